// The logger every layer may take: commands, platforms (github/, gitlab/), webhook/ and the hosts
// that implement it. It lives here, not in hosts/, so nothing below an entry imports a host.

/** What a command may say. Secrets are masked through `mask` before anything could print them. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** Register a secret so no later output shows it (`::add-mask::` on Actions). */
  mask(secret: string): void
}
