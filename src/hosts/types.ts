import type { Logger } from '../log.js'

/** Where a command runs: reads raw inputs, writes outputs. Only hosts touch the runner protocol. */
export interface Host extends Logger {
  /** Raw value of an input, '' when not given. */
  getInput(name: string): string
  setOutput(name: string, value: string): void
  saveState(name: string, value: string): void
  getState(name: string): string
  /** Append markdown to the job summary (ignored where there is none). */
  summary(markdown: string): Promise<void>
  /** Fails the step; `input` when the failure is bad input found before anything was done. */
  fail(message: string, kind?: 'input'): void
  env: NodeJS.ProcessEnv
  /** The inputs the step was given, by name (the Action's INPUT_* variables). */
  givenInputs?(): Map<string, string>
  /** True where a post step runs after the job's steps (the GitHub Action), false on the CLI. */
  postStep?: boolean
}
