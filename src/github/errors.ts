import { RelayError } from '../errors.js'
import { networkFailureIn } from '../http/errors.js'

interface RequestFailure {
  status?: number
  message?: string
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> }
}

const GENERIC: Record<number, string> = {
  401: 'GitHub rejected the credentials (401 Bad credentials): check app-id and private-key (the key must belong to that App), or the token.',
  403: 'GitHub refused (403): the token lacks a permission this needs.',
}

/**
 * Turn an Octokit failure into a message a user can act on: what we were doing, what GitHub
 * answered, and the likely fix for that status.
 */
export function explainGitHubError(
  error: unknown,
  doing: string,
  hints: Partial<Record<number, string>> = {},
): RelayError {
  const network = networkFailureIn(error)
  if (network) {
    return new RelayError(`${doing} failed: no answer from GitHub. ${network.message}`, {
      cause: error,
    })
  }
  const failure = (error ?? {}) as RequestFailure
  const status = failure.status
  const data = failure.response?.data as { message?: string } | undefined
  const said = data?.message ?? failure.message ?? String(error)
  const hint =
    rateLimitHint(failure) ??
    ((status !== undefined && (hints[status] ?? GENERIC[status])) || undefined)
  const answered = status !== undefined ? `GitHub answered ${status}: ${said}` : said
  return new RelayError(`${doing} failed. ${answered}${hint ? `. Likely cause: ${hint}` : ''}`, {
    cause: error,
    status,
  })
}

/** When a 403/429 carries a spent quota: when it resets. */
function rateLimitHint(failure: RequestFailure): string | undefined {
  if (failure.status !== 403 && failure.status !== 429) return undefined
  const headers = failure.response?.headers ?? {}
  const reset = Number(headers['x-ratelimit-reset'])
  if (String(headers['x-ratelimit-remaining']) !== '0' || !Number.isFinite(reset)) return undefined
  return `GitHub's rate limit for this token is spent until ${new Date(reset * 1000).toISOString()}; retry after that, or use another token.`
}

/** `502 Bad Gateway: message` or the network failure: for warnings that must keep the status. */
export function describeGitHubFailure(error: unknown): string {
  const network = networkFailureIn(error)
  if (network) return network.message
  const failure = (error ?? {}) as RequestFailure
  const data = failure.response?.data as { message?: string } | undefined
  const said = data?.message ?? failure.message ?? String(error)
  return failure.status !== undefined ? `${failure.status} ${said}` : said
}

/** The HTTP status GitHub answered, or undefined when no answer came (Octokit says 500 then). */
export function answeredStatus(error: unknown): number | undefined {
  if (networkFailureIn(error)) return undefined
  return (error as { status?: number } | undefined)?.status
}
