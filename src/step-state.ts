// What the main step leaves in the step state for the post step, and whether that is any work.
// Kept apart from run.ts so that the post entry can decide before it loads anything else.

/** Names of the step-state entries main saves. */
export const STATE = {
  command: 'command',
  tokens: 'tokens',
  apiUrl: 'github-api-url',
  revoke: 'revoke-token',
  /** 'true' when main got as far as leaving work for the post step (CommandResult.post). */
  post: 'post',
} as const

/**
 * True when the post step has something to do: work main left for it, or tokens main minted and
 * has not revoked (kept for later steps, or its revocation failed, or it died before revoking).
 */
export function postStepHasWork(getState: (name: string) => string): boolean {
  if (!getState(STATE.command)) return false
  if (getState(STATE.post) === 'true') return true
  if (getState(STATE.revoke) === 'false') return false
  const tokens = getState(STATE.tokens)
  return tokens !== '' && tokens !== '[]'
}
