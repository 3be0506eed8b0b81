// GitLab's REST API (v4): PRIVATE-TOKEN, JSON, errors that say what GitLab answered and the
// likely cause, and pagination through x-next-page / Link. Every request goes through src/http
// (the one retry, rate-limit and timeout policy: a 429 waits for Retry-After / RateLimit-Reset).
import { RelayError } from '../errors.js'
import { request as httpRequest, type RequestOptions, type RequestResult } from '../http/request.js'
import type { AnswerHeaders } from '../http/transport.js'
import type { Logger } from '../log.js'
import { VERSION } from '../version.js'
/** At most this many pages are read from one listing (100 per page: 10 000 items). */
const MAX_PAGES = 100

export interface GitLabClientOptions {
  /** The API root, e.g. https://gitlab.com/api/v4 (no trailing slash needed). */
  apiUrl: string
  /**
   * A project, group or personal access token, sent as PRIVATE-TOKEN. None for the calls that
   * carry their own credential (the pipeline trigger token is a body field).
   */
  token?: string
  log: Pick<Logger, 'info' | 'debug'>
  /** Overrides of the HTTP policy, its clock or transport (tests). */
  http?: Pick<RequestOptions, 'policy' | 'clock' | 'transport'>
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

  constructor(private readonly options: GitLabClientOptions) {
    this.apiUrl = options.apiUrl.replace(/\/+$/, '')
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
  ): Promise<{ data: T; headers: AnswerHeaders; status: number }> {
    return this.send<T>(request, this.url(request), doing, hints)
  }

  private async send<T>(
    request: GitLabRequest,
    url: URL,
    doing: string,
    hints: Partial<Record<number, string>>,
  ): Promise<{ data: T; headers: AnswerHeaders; status: number }> {
    const method = request.method ?? 'GET'
    let response: RequestResult
    try {
      response = await httpRequest(url, {
        ...this.options.http,
        method,
        headers: {
          ...(this.options.token !== undefined && { 'PRIVATE-TOKEN': this.options.token }),
          Accept: 'application/json',
          'User-Agent': `ci-relay/${VERSION}`,
          ...(request.body !== undefined && { 'Content-Type': 'application/json' }),
        },
        body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
        label: `${method} ${this.apiUrl}${request.path}`,
        log: this.options.log,
      })
    } catch (error) {
      throw new RelayError(
        `${doing} failed: ${(error as Error).message}. Check gitlab-api-url and that GitLab is reachable from this job.`,
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
      throw new GitLabApiError(
        response.status,
        said,
        `${doing} failed. GitLab answered ${response.status}: ${said}.${hint ? ` Likely cause: ${hint}` : ''}${response.gaveUp ? ` Not retried: ${response.gaveUp}.` : ''}`,
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

function nextPage(current: URL, headers: AnswerHeaders): URL | undefined {
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
