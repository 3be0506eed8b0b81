import { RelayError } from '../errors.js'

interface RequestFailure {
  status?: number
  message?: string
  response?: { data?: unknown }
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
  const failure = (error ?? {}) as RequestFailure
  const status = failure.status
  const data = failure.response?.data as { message?: string } | undefined
  const said = data?.message ?? failure.message ?? String(error)
  const hint = (status !== undefined && (hints[status] ?? GENERIC[status])) || undefined
  const answered = status !== undefined ? `GitHub answered ${status}: ${said}` : said
  return new RelayError(`${doing} failed. ${answered}${hint ? `. Likely cause: ${hint}` : ''}`, {
    cause: error,
    status,
  })
}
