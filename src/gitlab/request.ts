// One GitLab REST call through the shared HTTP policy (retries, per-attempt timeouts, proxies), and
// a failure that says what GitLab answered. PRIVATE-TOKEN is optional: the pipeline trigger call
// authenticates with the trigger token in its body.
import { RelayError, errorMessage } from '../errors.js'
import { request as request_, type RequestOptions, type RequestResult } from '../http/request.js'
import type { Logger } from '../log.js'
import { VERSION } from '../version.js'

export interface GitLabRequest {
  apiUrl: string
  method: 'GET' | 'POST'
  /** Path below the API URL, already URL-encoded (`/projects/group%2Fapp/...`). */
  path: string
  /** PRIVATE-TOKEN header (project, group or personal access token). */
  privateToken?: string
  /** Sent as application/x-www-form-urlencoded, as GitLab documents its form parameters. */
  form?: URLSearchParams
  /** Retries are logged here. */
  log?: Pick<Logger, 'info'>
  /** Overrides of the HTTP policy, its clock or transport (tests). */
  http?: Pick<RequestOptions, 'policy' | 'clock' | 'transport'>
}

export interface GitLabAnswer<T> {
  status: number
  body: T
}

/** A GitLab answer that was not 2xx. */
export class GitLabError extends RelayError {
  constructor(
    message: string,
    override readonly status: number,
    readonly said: string,
  ) {
    super(message, { status })
    this.name = 'GitLabError'
  }
}

/** GitLab's error bodies: {"message": "..."} or {"message": {"field": ["..."]}} or {"error": "..."}. */
export function gitlabMessage(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 300)
  const { message, error } = (body ?? {}) as { message?: unknown; error?: unknown }
  const said = message ?? error
  if (typeof said === 'string') return said
  if (said && typeof said === 'object')
    return Object.entries(said)
      .map(([field, text]) => `${field}: ${Array.isArray(text) ? text.join(', ') : String(text)}`)
      .join('; ')
  return JSON.stringify(body)
}

export async function gitlabRequest<T>(
  request: GitLabRequest,
  doing: string,
): Promise<GitLabAnswer<T>> {
  const url = `${request.apiUrl.replace(/\/+$/, '')}${request.path}`
  const headers: Record<string, string> = {
    accept: 'application/json',
    'user-agent': `ci-relay/${VERSION}`,
  }
  if (request.privateToken) headers['private-token'] = request.privateToken
  if (request.form) headers['content-type'] = 'application/x-www-form-urlencoded'
  let response: RequestResult
  try {
    response = await request_(url, {
      ...request.http,
      method: request.method,
      headers,
      body: request.form?.toString(),
      log: request.log,
    })
  } catch (error) {
    throw new RelayError(`${doing} failed: ${errorMessage(error)}.`, { cause: error })
  }
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON: keep the text for the message
  }
  if (response.status < 200 || response.status >= 300) {
    const said = gitlabMessage(body)
    throw new GitLabError(
      `${doing} failed. GitLab answered ${response.status}: ${said}`,
      response.status,
      said,
    )
  }
  return { status: response.status, body: body as T }
}
