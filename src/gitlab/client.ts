// GitLab's REST API (v4): PRIVATE-TOKEN, JSON, every call with a timeout, errors that say what
// GitLab answered and the likely cause, and pagination through x-next-page / Link.
import { RelayError } from '../errors.js'
import type { Logger } from '../log.js'
import { VERSION } from '../version.js'

/** Per-request timeout. */
const REQUEST_TIMEOUT_MS = 30_000
/** At most this many pages are read from one listing (100 per page: 10 000 items). */
const MAX_PAGES = 100

export interface GitLabClientOptions {
  /** The API root, e.g. https://gitlab.com/api/v4 (no trailing slash needed). */
  apiUrl: string
  /** A project, group or personal access token, sent as PRIVATE-TOKEN. */
  token: string
  log: Pick<Logger, 'info' | 'debug'>
  /** The platform fetch, replaceable (the shared HTTP policy plugs in here). */
  fetch?: typeof fetch
  timeoutMs?: number
}

export interface GitLabRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Path below the API root, e.g. `/projects/42/statuses/<sha>`. */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
}

/** A response GitLab gave with a status outside 2xx. */
export class GitLabApiError extends RelayError {
  constructor(
    override readonly status: number,
    /** GitLab's `message` or `error`, as it said it. */
    readonly said: string,
    message: string,
  ) {
    super(message, { status })
    this.name = 'GitLabApiError'
  }
}

const GENERIC: Record<number, string> = {
  401: 'GitLab rejected the token (401): gitlab-token (CI_RELAY_GITLAB_TOKEN) is wrong, expired or revoked.',
  403: "GitLab refused (403): the token's scope or role does not allow this (a project or group access token with the api scope and at least the Developer role).",
  404: 'GitLab found nothing there (404): the project does not exist, or the token cannot see it.',
  429: 'GitLab rate-limited the requests (429).',
}

/** `projects/:id` takes a numeric id or the URL-encoded path. */
export function projectPath(project: string): string {
  return `/projects/${encodeURIComponent(project)}`
}

/** What GitLab said in an error body: `message` (string or field → errors) or `error`. */
function saidOf(body: unknown, text: string): string {
  const b = body as { message?: unknown; error?: unknown; error_description?: unknown } | undefined
  const message = b?.message ?? b?.error_description ?? b?.error
  if (typeof message === 'string') return message
  if (message && typeof message === 'object') return JSON.stringify(message)
  return text.slice(0, 200) || 'no details'
}

export class GitLabClient {
  readonly apiUrl: string
  private readonly fetch: typeof fetch

  constructor(private readonly options: GitLabClientOptions) {
    this.apiUrl = options.apiUrl.replace(/\/+$/, '')
    this.fetch = options.fetch ?? globalThis.fetch
  }

  private url(request: GitLabRequest, page?: number): URL {
    const url = new URL(`${this.apiUrl}${request.path}`)
    for (const [name, value] of Object.entries(request.query ?? {}))
      if (value !== undefined) url.searchParams.set(name, String(value))
    if (page !== undefined) url.searchParams.set('page', String(page))
    return url
  }

  /**
   * One request. `doing` says what it was for, in messages (`Posting the status on group/app@abc`);
   * `hints` add the likely cause for a status code.
   */
  async request<T>(
    request: GitLabRequest,
    doing: string,
    hints: Partial<Record<number, string>> = {},
  ): Promise<{ data: T; headers: Headers; status: number }> {
    return this.send<T>(request, this.url(request), doing, hints)
  }

  private async send<T>(
    request: GitLabRequest,
    url: URL,
    doing: string,
    hints: Partial<Record<number, string>>,
  ): Promise<{ data: T; headers: Headers; status: number }> {
    const method = request.method ?? 'GET'
    let response: Response
    try {
      response = await this.fetch(url, {
        method,
        headers: {
          'PRIVATE-TOKEN': this.options.token,
          Accept: 'application/json',
          'User-Agent': `ci-relay/${VERSION}`,
          ...(request.body !== undefined && { 'Content-Type': 'application/json' }),
        },
        body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? REQUEST_TIMEOUT_MS),
      })
    } catch (error) {
      const cause =
        (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message
      throw new RelayError(
        `${doing} failed: ${method} ${this.apiUrl}${request.path} could not be completed (${cause}). Check gitlab-api-url and that the GitLab instance is reachable from this job.`,
        { cause: error },
      )
    }
    const text = await response.text()
    let body: unknown
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = undefined
    }
    if (!response.ok) {
      const said = saidOf(body, text)
      const hint = hints[response.status] ?? GENERIC[response.status]
      const retry = response.headers.get('retry-after')
      throw new GitLabApiError(
        response.status,
        said,
        `${doing} failed. GitLab answered ${response.status}: ${said}.${hint ? ` Likely cause: ${hint}` : ''}${response.status === 429 && retry ? ` GitLab asked to retry after ${retry} s.` : ''}`,
      )
    }
    return { data: body as T, headers: response.headers, status: response.status }
  }

  /**
   * Every item of a paginated listing, 100 per page, following `x-next-page` (offset pagination)
   * or the Link header's `rel="next"` (keyset pagination).
   */
  async paginate<T>(request: GitLabRequest, doing: string): Promise<T[]> {
    const items: T[] = []
    let url: URL | undefined = this.url({ ...request, query: { per_page: 100, ...request.query } })
    for (let page = 1; url && page <= MAX_PAGES; page++) {
      const { data, headers } = await this.send<T[]>(request, url, doing, {})
      if (!Array.isArray(data))
        throw new RelayError(`${doing} failed: GitLab answered something other than a list.`)
      items.push(...data)
      url = nextPage(url, headers)
    }
    if (url) this.options.log.info(`${doing}: stopped after ${MAX_PAGES} pages.`)
    return items
  }
}

function nextPage(current: URL, headers: Headers): URL | undefined {
  const link = headers
    .get('link')
    ?.split(',')
    .find((part) => /rel="next"/.test(part))
    ?.match(/<([^>]+)>/)?.[1]
  if (link) return new URL(link)
  const next = headers.get('x-next-page')
  if (!next) return undefined
  const url = new URL(current)
  url.searchParams.set('page', next)
  return url
}
