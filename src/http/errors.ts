// What went wrong when a call got no usable answer, in words a CI log reader understands.

export type FailureKind =
  | 'refused'
  | 'reset'
  | 'dns'
  | 'dns-temporary'
  | 'timeout'
  | 'tls'
  | 'proxy'
  | 'invalid-url'
  | 'too-large'
  | 'other'

/** Kinds worth another attempt (see policy.ts for why). */
const RETRYABLE: ReadonlySet<FailureKind> = new Set([
  'refused',
  'reset',
  'dns-temporary',
  'timeout',
  'other',
])

/** One attempt that got no answer: connection refused, reset, DNS failure, timeout ... */
export class NetworkError extends Error {
  override name = 'NetworkError'
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind)
  }

  /** The same failure, saying it happened on the way through `proxy`. */
  through(proxy: string): NetworkError {
    return new NetworkError(this.kind, `${this.message} (through the proxy ${proxy})`, this.code, {
      cause: this.cause,
    })
  }
}

/**
 * A call that failed without an answer after all its attempts: `call` is `METHOD url` (the URL
 * without query, fragment or credentials), the message says what happened.
 */
export class RequestFailedError extends Error {
  override name = 'RequestFailedError'
  constructor(
    readonly call: string,
    readonly failure: NetworkError,
    readonly attempts: number,
    why?: string,
  ) {
    super(
      `${call}: ${failure.message}${attempts > 1 ? ` (${attempts} attempts)` : ''}${why ? `; ${why}` : ''}`,
      { cause: failure },
    )
  }
}

/** The first RequestFailedError or NetworkError in an error's cause chain (Octokit wraps them). */
export function networkFailureIn(error: unknown): RequestFailedError | NetworkError | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof RequestFailedError || e instanceof NetworkError) return e
  }
  return undefined
}

/** A Node socket/DNS/TLS error as a NetworkError. `host` names the host in DNS messages. */
export function describeSocketError(error: unknown, host: string): NetworkError {
  if (error instanceof NetworkError) return error
  const code = (error as { code?: unknown })?.code
  const text = error instanceof Error ? error.message : String(error)
  const c = typeof code === 'string' ? code : undefined
  const make = (kind: FailureKind, message: string) =>
    new NetworkError(kind, message, c, { cause: error })
  switch (c) {
    case 'ECONNREFUSED':
      return make('refused', `connection refused (${c})`)
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return make('reset', `connection reset before an answer (${c})`)
    case 'ENOTFOUND':
      return make('dns', `DNS failure: host ${host} not found (${c})`)
    case 'EAI_AGAIN':
      return make('dns-temporary', `DNS failure: temporary, looking up ${host} (${c})`)
    case 'ETIMEDOUT':
    case 'ECONNABORTED':
      return make('timeout', `connection timed out (${c})`)
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return make('other', `host unreachable (${c})`)
  }
  if (
    c &&
    (/^ERR_TLS|^CERT_|^UNABLE_TO|SELF_SIGNED|^ERR_SSL/.test(c) || /certificate/i.test(text))
  ) {
    return make('tls', `TLS failure: ${text} (${c})`)
  }
  if (c === 'ERR_INVALID_URL' || c === 'ERR_INVALID_ARG_VALUE') return make('invalid-url', text)
  return make('other', `network error: ${text}${c && !text.includes(c) ? ` (${c})` : ''}`)
}
