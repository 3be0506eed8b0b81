import { readContext } from './context.js'
import { InputError, errorMessage } from './errors.js'
import { checkGivenInputs } from './input-check.js'
import { didYouMean } from './suggest.js'
import { failureSummary } from './summary.js'
import type { GitHubAuthInputs, SavedToken } from './github/access.js'
import type { Host } from './hosts/types.js'
import { InputReader } from './input-reader.js'
import { INPUTS, isCommandName, COMMAND_NAMES, type CommandName } from './inputs.js'
import { loadCommand } from './commands/index.js'
import type { CommandDeps, CommandResult } from './commands/types.js'
import { STATE, postStepHasWork } from './step-state.js'

export function takesGitHubInputs(name: CommandName): boolean {
  return INPUTS.token.commands.includes(name)
}

/** GitHub access (and the private-key handling under it) is loaded only by commands that take it. */
const loadAccess = () => import('./github/access.js')

/**
 * One step: validate every input (nothing is sent before that), run the command, set outputs and
 * the summary. Any error fails the step with its message; nothing is rethrown.
 */
export async function runMain(
  host: Host,
  commandInput?: string,
  options: { perCommandAction?: boolean } = {},
): Promise<void> {
  let ran: CommandName | undefined
  const minted: SavedToken[] = []
  let result: CommandResult | undefined
  let auth: GitHubAuthInputs | undefined
  try {
    const name = (commandInput ?? host.getInput('command')).trim()
    if (!isCommandName(name)) {
      throw new InputError(
        'command',
        `must be one of ${COMMAND_NAMES.join(', ')} (got '${name}')${didYouMean(name, COMMAND_NAMES)}.`,
      )
    }
    ran = name
    const given = host.givenInputs?.()
    if (given)
      checkGivenInputs(given, name, { perCommandAction: options.perCommandAction === true })
    host.saveState(STATE.command, name)
    const context = readContext(host.env)
    const reader = new InputReader(host, name)
    const access = takesGitHubInputs(name) ? await loadAccess() : undefined
    auth = access?.readGitHubAuthInputs(reader)
    const command = await loadCommand(name)
    const inputs = command.parse(reader, context)

    // Minted tokens go to the step state at once: should this step die before it revokes them,
    // the post step still can.
    const github =
      auth &&
      access &&
      new access.GitHubAccess(auth, host, (token) => {
        minted.push(access.savedToken(token))
        host.saveState(STATE.tokens, JSON.stringify(minted))
      })
    if (auth) {
      host.saveState(STATE.apiUrl, auth.apiUrl)
      host.saveState(STATE.revoke, String(auth.revoke))
    }
    const deps: CommandDeps = {
      log: host,
      context,
      env: host.env,
      github,
      state: stateOf(host),
      postStep: host.postStep === true,
    }
    result = await command.run(inputs, deps)
    // The post step has work only when main got this far: it never repeats main's errors.
    if (result.post) host.saveState(STATE.post, 'true')
    for (const [output, value] of Object.entries(result.outputs))
      if (value !== undefined) host.setOutput(output, value)
    if (result.summary) await host.summary(result.summary)
    if (result.failure) host.fail(result.failure)
  } catch (error) {
    const message = errorMessage(error)
    // A step that failed before writing its summary (bad input, a refused signature) says so there.
    if (ran) await host.summary(failureSummary(ran, message)).catch(() => undefined)
    host.fail(message, error instanceof InputError ? 'input' : undefined)
  } finally {
    // A token is revoked as soon as the step that minted it no longer needs it: here, unless its
    // output lives on (token) or the post step uses it again (status auto).
    if (auth?.revoke && minted.length && !result?.post)
      await revokeAtEndOfMain(host, minted, auth.apiUrl)
  }
}

/** Revokes main's tokens; the ones that could not be revoked stay in the state for the post step. */
async function revokeAtEndOfMain(host: Host, minted: SavedToken[], apiUrl: string): Promise<void> {
  const { revokeToken } = await loadAccess()
  const left: SavedToken[] = []
  for (const token of minted) if (!(await revokeToken(token, apiUrl, host))) left.push(token)
  host.saveState(STATE.tokens, JSON.stringify(left))
}

/**
 * The Actions post step. It has work only when main left some: the command's post work (status
 * auto), with GitHub access built from the same inputs and main's tokens, and revoking the tokens
 * main kept for it or could not revoke. Otherwise it reads its state and exits: no command chunk,
 * no Octokit, and none of main's errors repeated.
 */
export async function runPost(host: Host): Promise<void> {
  const name = host.getState(STATE.command)
  if (!isCommandName(name) || !postStepHasWork((state) => host.getState(state))) return
  const pending = host.getState(STATE.post) === 'true'
  const saved = savedTokens(host)
  const revoke = host.getState(STATE.revoke) !== 'false'
  const minted: SavedToken[] = []
  try {
    const command = pending ? await loadCommand(name) : undefined
    if (command?.post) {
      const access = takesGitHubInputs(name) ? await loadAccess() : undefined
      const github = access
        ? new access.GitHubAccess(
            access.readGitHubAuthInputs(new InputReader(host, name)),
            host,
            (token) => void minted.push(access.savedToken(token)),
            { saved },
          )
        : undefined
      const result = await command.post({
        log: host,
        context: readContext(host.env),
        env: host.env,
        github,
        state: stateOf(host),
        postStep: true,
      })
      if (result?.summary) await host.summary(result.summary)
      if (result?.failure) host.fail(result.failure)
    }
  } catch (error) {
    host.fail(errorMessage(error))
  } finally {
    const tokens = [...saved, ...minted]
    if (revoke && tokens.length) {
      const { revokeToken } = await loadAccess()
      for (const token of tokens) await revokeToken(token, host.getState(STATE.apiUrl), host)
    }
  }
}

function savedTokens(host: Host): SavedToken[] {
  const saved = host.getState(STATE.tokens)
  if (!saved) return []
  try {
    const tokens = JSON.parse(saved) as SavedToken[]
    for (const { token } of tokens) host.mask(token)
    return tokens
  } catch {
    host.warning('Could not read the minted tokens from the step state; nothing revoked.')
    return []
  }
}

function stateOf(host: Host): CommandDeps['state'] {
  return { save: (name, value) => host.saveState(name, value), get: (name) => host.getState(name) }
}
