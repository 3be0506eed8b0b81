import type { RunContext } from '../context.js'
import type { GitHubAccess } from '../github/access.js'
import type { Logger } from '../log.js'
import type { InputReader } from '../input-reader.js'
import type { OutputName } from '../inputs.js'

/** State handed from the main step to the post step. */
export interface StepState {
  save(name: string, value: string): void
  get(name: string): string
}

export interface CommandDeps {
  log: Logger
  context: RunContext
  state: StepState
  env: NodeJS.ProcessEnv
  /** GitHub clients; present for the commands that take the GitHub inputs. */
  github?: GitHubAccess
  /** True when `post` will run after the job's steps (the Action); false on the CLI. */
  postStep?: boolean
}

export interface CommandResult {
  outputs: Partial<Record<OutputName, string>> & Record<string, string>
  /** Markdown for the job summary. */
  summary?: string
  /** Set when the command did part of its work and then failed: outputs are still set. */
  failure?: string
  /**
   * The post step has work left by this step (status auto's final status, or revoking a token
   * whose output later steps use): the step's tokens are kept for it. Otherwise they are revoked
   * at the end of this step.
   */
  post?: boolean
}

/**
 * A command: `parse` validates every input without touching the network (so bad input sends
 * nothing), `run` does the work, `post` (optional) runs in the Actions post step.
 */
export interface Command<I = unknown> {
  parse(reader: InputReader, context: RunContext): I
  run(inputs: I, deps: CommandDeps): Promise<CommandResult>
  post?(deps: CommandDeps): Promise<Omit<CommandResult, 'outputs'> | void>
}

export function requireGitHub(deps: CommandDeps): GitHubAccess {
  if (!deps.github) throw new Error('This command needs GitHub access (inputs.ts commands list).')
  return deps.github
}
