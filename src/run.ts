import { readContext } from './context.js'
import { InputError, errorMessage } from './errors.js'
import { checkGivenInputs } from './input-check.js'
import { didYouMean } from './suggest.js'
import { failureSummary } from './summary.js'
import {
  GitHubAccess,
  readGitHubAuthInputs,
  revokeToken,
  type SavedToken,
} from './github/access.js'
import type { Host } from './hosts/types.js'
import { InputReader } from './input-reader.js'
import { INPUTS, isCommandName, COMMAND_NAMES, type CommandName } from './inputs.js'
import { loadCommand } from './commands/index.js'
import type { CommandDeps } from './commands/types.js'

const STATE = {
  command: 'command',
  tokens: 'tokens',
  apiUrl: 'github-api-url',
  revoke: 'revoke-token',
}

export function takesGitHubInputs(name: CommandName): boolean {
  return INPUTS.token.commands.includes(name)
}

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
    const auth = takesGitHubInputs(name) ? readGitHubAuthInputs(reader) : undefined
    const command = await loadCommand(name)
    const inputs = command.parse(reader, context)

    // Minted tokens go to the step state: the post step reuses them and then revokes them.
    const minted: SavedToken[] = []
    const github =
      auth &&
      new GitHubAccess(auth, host, ({ token, expiresAt, scope }) => {
        minted.push({ token, expiresAt, scope })
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
    const result = await command.run(inputs, deps)
    for (const [output, value] of Object.entries(result.outputs))
      if (value !== undefined) host.setOutput(output, value)
    if (result.summary) await host.summary(result.summary)
    if (result.failure) host.fail(result.failure)
  } catch (error) {
    const message = errorMessage(error)
    // A step that failed before writing its summary (bad input, a refused signature) says so there.
    if (ran) await host.summary(failureSummary(ran, message)).catch(() => undefined)
    host.fail(message, error instanceof InputError ? 'input' : undefined)
  }
}

/**
 * The Actions post step: the command's own post work (with GitHub access built from the same
 * inputs, reusing the main step's tokens), then revoke every token minted in either step.
 */
export async function runPost(host: Host): Promise<void> {
  const name = host.getState(STATE.command)
  if (!isCommandName(name)) return
  const saved = savedTokens(host)
  const minted: SavedToken[] = []
  try {
    const command = await loadCommand(name)
    if (command.post) {
      const github = takesGitHubInputs(name)
        ? new GitHubAccess(
            readGitHubAuthInputs(new InputReader(host, name)),
            host,
            ({ token, expiresAt }) => void minted.push({ token, expiresAt }),
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
    await revokeMinted(host, [...saved, ...minted])
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

/** Revoke what the main step minted: the CLI's end of a run, which has no post step. */
export async function revokeMainStepTokens(host: Host): Promise<void> {
  await revokeMinted(host, savedTokens(host))
}

async function revokeMinted(host: Host, tokens: SavedToken[]): Promise<void> {
  if (host.getState(STATE.revoke) === 'false') return
  for (const token of tokens) await revokeToken(token, host.getState(STATE.apiUrl), host)
}

function stateOf(host: Host): CommandDeps['state'] {
  return { save: (name, value) => host.saveState(name, value), get: (name) => host.getState(name) }
}
