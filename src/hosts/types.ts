/** What a command may say. Secrets are masked through `mask` before anything could print them. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** Register a secret so no later output shows it (`::add-mask::` on Actions). */
  mask(secret: string): void
}

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
