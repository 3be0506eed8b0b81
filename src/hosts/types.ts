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
  fail(message: string): void
  env: NodeJS.ProcessEnv
  /** True where a post step runs after the job's steps (the GitHub Action), false on the CLI. */
  postStep?: boolean
}
