/** Bad input: names the input and what was expected. Raised before any request is sent. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input '${input}': ${message}`)
    this.name = 'InputError'
  }
}

/** A failure the user can act on; the message is shown as it is. */
export class RelayError extends Error {
  /** The HTTP status behind the failure, when there was one. */
  readonly status?: number

  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options)
    this.name = 'RelayError'
    this.status = options?.status
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
