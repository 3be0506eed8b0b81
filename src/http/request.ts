/**
 * ci-relay's one way to make an outgoing HTTP call: `request(url, options)`, a small fetch-like
 * function with the retry policy of ./policy.ts, a timeout per attempt, an overall deadline,
 * proxies from the environment and messages that say what happened.
 *
 *   import { request } from '../http/request.js'
 *   const answer = await request('https://gitlab.example/api/v4/projects/1/statuses/abc', {
 *     method: 'POST',
 *     headers: { 'PRIVATE-TOKEN': token, 'Content-Type': 'application/json' },
 *     body: JSON.stringify(status),
 *     log,                                  // retries are logged with log.info
 *     policy: { timeoutMs: 10_000 },        // any RetryPolicy field; default API_POLICY
 *   })
 *   if (!answer.ok) throw new Error(`GitLab answered ${answer.status}: ${await answer.text()}`)
 *
 * - Resolves with the final answer — a 2xx, an answer that is not retried (400, 401, 404 ...), or
 *   the last retryable one when attempts, deadline or rate-limit patience run out — as a
 *   fetch-compatible Response (status, statusText, ok, headers.get, text(), json(),
 *   arrayBuffer()), plus `attempts` and, when it gave up on a rate limit, `gaveUp` (why).
 *   It never throws for an HTTP status: the caller says what the status means for its call.
 * - Rejects with a RequestFailedError when no attempt got an answer: the message is
 *   `METHOD url: connection refused (ECONNREFUSED) (4 attempts)`, `…: timed out after 30.0 s`,
 *   `…: DNS failure: host … not found (ENOTFOUND)`, with the URL shown without query string,
 *   fragment or credentials. An invalid URL or a non-http(s) scheme rejects at once.
 * - Retries, waits and timeouts follow ./policy.ts (documented there). `clock` (now, sleep,
 *   random) and `transport` are injectable so tests drive whole schedules without waiting.
 * - `headersFor(attempt)` lays per-attempt headers (a fresh webhook signature) over `headers`.
 * - Redirects are never followed (a signed body must not go elsewhere): a 3xx is the answer.
 * - HTTPS_PROXY, HTTP_PROXY, NO_PROXY (and lower case) apply to every call (./proxy.ts).
 *
 * `fetchFor(options)` wraps the same thing as a `fetch` for clients that take one (Octokit's
 * `request.fetch`).
 */
import { NetworkError, RequestFailedError } from './errors.js'
import {
  API_POLICY,
  decideAnswer,
  decideFailure,
  realClock,
  seconds,
  type Clock,
  type RetryPolicy,
} from './policy.js'
import { attempt as nodeAttempt, type Answer, type AttemptInit } from './transport.js'

export type { Answer } from './transport.js'
export type Transport = (url: URL, init: AttemptInit) => Promise<Answer>

export interface RequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: string | Uint8Array
  /** Headers for attempt n (1-based), laid over `headers`. */
  headersFor?: (attempt: number) => Record<string, string>
  /** Overrides of API_POLICY. */
  policy?: Partial<RetryPolicy>
  /** Absolute end (clock ms): no attempt runs and no wait lasts past it. */
  deadline?: number
  /** What the call is in log lines and errors; default `METHOD url` (URL shown redacted). */
  label?: string
  log?: { info(message: string): void }
  clock?: Clock
  transport?: Transport
  /** Aborts the call (any attempt or wait) from outside. */
  signal?: AbortSignal
}

export interface RequestResult extends Answer {
  attempts: number
  gaveUp?: string
}

/** A URL fit for logs: scheme, host and path. Userinfo, query and fragment may hold secrets. */
export function shownUrl(url: string | URL): string {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`
  } catch {
    return '(invalid URL)'
  }
}

function parseTarget(url: string | URL): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new NetworkError('invalid-url', 'not a valid URL')
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new NetworkError(
      'invalid-url',
      `only http and https URLs are supported, not ${parsed.protocol}`,
    )
  }
  if (parsed.port === '0')
    throw new NetworkError('invalid-url', 'port 0 is not a port one can connect to')
  return parsed
}

function statusLine(answer: Answer): string {
  return `${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`
}

export async function request(
  url: string | URL,
  options: RequestOptions = {},
): Promise<RequestResult> {
  const policy: RetryPolicy = { ...API_POLICY, ...options.policy }
  const clock = options.clock ?? realClock
  const transport = options.transport ?? nodeAttempt
  const method = (options.method ?? 'GET').toUpperCase()
  const label = options.label ?? `${method} ${shownUrl(url)}`
  const target = parseTarget(url)
  const started = clock.now()
  const deadline = Math.min(
    options.deadline ?? Infinity,
    policy.deadlineMs !== undefined ? started + policy.deadlineMs : Infinity,
  )
  const bounded = Number.isFinite(deadline) ? deadline : undefined
  // A userinfo part becomes Basic authorization (as fetch would refuse it), unless one is given.
  const base: Record<string, string> = { ...options.headers }
  if (
    (target.username || target.password) &&
    !Object.keys(base).some((h) => h.toLowerCase() === 'authorization')
  ) {
    const user = safeDecode(target.username)
    const password = safeDecode(target.password)
    base.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  }
  target.username = ''
  target.password = ''

  for (let n = 1; ; n++) {
    options.signal?.throwIfAborted()
    const timeoutMs = Math.max(1, Math.min(policy.timeoutMs, deadline - clock.now()))
    const timer = new AbortController()
    const timeout = setTimeout(
      () => timer.abort(new NetworkError('timeout', `timed out after ${seconds(timeoutMs)}`)),
      timeoutMs,
    )
    const signal = options.signal ? AbortSignal.any([timer.signal, options.signal]) : timer.signal
    let headers = base
    if (options.headersFor) {
      headers = mergeHeaders(base, options.headersFor(n))
    }
    let answer: Answer | undefined
    let failure: NetworkError | undefined
    try {
      answer = await transport(target, { method, headers, body: options.body, signal, timeoutMs })
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason
      failure =
        error instanceof NetworkError
          ? error
          : new NetworkError(
              'other',
              `network error: ${error instanceof Error ? error.message : String(error)}`,
              undefined,
              { cause: error },
            )
    } finally {
      clearTimeout(timeout)
    }

    const decision = answer
      ? decideAnswer(answer, n, policy, clock, bounded)
      : decideFailure((failure as NetworkError).retryable, n, policy, clock, bounded)
    if (!decision.retry) {
      if (answer) {
        const result = answer as RequestResult
        result.attempts = n
        if (decision.why) {
          result.gaveUp = decision.why
          options.log?.info(`${label}: ${statusLine(answer)}; not retrying: ${decision.why}`)
        }
        return result
      }
      throw new RequestFailedError(label, failure as NetworkError, n, decision.why)
    }
    const what = answer
      ? `${statusLine(answer)}${answer.status === 403 || answer.status === 429 ? ' (rate limited)' : ''}`
      : (failure as NetworkError).message
    options.log?.info(
      `${label}: ${what}; retrying in ${seconds(decision.delayMs)} (attempt ${n + 1} of ${policy.maxAttempts})`,
    )
    await clock.sleep(decision.delayMs)
  }
}

/** decodeURIComponent that leaves a malformed component as it is. */
export function safeDecode(component: string): string {
  try {
    return decodeURIComponent(component)
  } catch {
    return component
  }
}

/** Merges header records case-insensitively, later ones winning with their spelling. */
export function mergeHeaders(...records: Record<string, string>[]): Record<string, string> {
  const merged = new Map<string, [string, string]>()
  for (const record of records) {
    for (const [name, value] of Object.entries(record))
      merged.set(name.toLowerCase(), [name, value])
  }
  return Object.fromEntries(merged.values())
}

interface FetchInit {
  method?: string
  headers?: Record<string, string> | Iterable<[string, string]>
  body?: unknown
  signal?: AbortSignal | null
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 3

export interface FetchForOptions extends Omit<
  RequestOptions,
  'method' | 'headers' | 'body' | 'signal'
> {
  /**
   * Follow redirects to the same origin (as API clients expect: GitHub answers 301/307 for a
   * renamed repository), repeating the request as RFC 9110 says (303, and 301/302 after a POST,
   * become a GET without body). Redirects elsewhere are handed back: credentials stay home.
   */
  followSameOrigin?: boolean
}

/**
 * A `fetch` for clients that take one (Octokit's `request.fetch`): each call goes through
 * request() with these options. A network failure rejects with the RequestFailedError.
 */
export function fetchFor(options: FetchForOptions) {
  const { followSameOrigin, ...requestOptions } = options
  return async (url: string | URL, init: FetchInit = {}): Promise<RequestResult> => {
    const headers: Record<string, string> = {}
    for (const [name, value] of init.headers instanceof Object && Symbol.iterator in init.headers
      ? (init.headers as Iterable<[string, string]>)
      : Object.entries(init.headers ?? {})) {
      headers[name] = String(value)
    }
    if (
      init.body !== undefined &&
      init.body !== null &&
      typeof init.body !== 'string' &&
      !(init.body instanceof Uint8Array)
    ) {
      throw new TypeError('fetchFor sends string or byte bodies only')
    }
    let method = init.method ?? 'GET'
    let body = (init.body ?? undefined) as string | Uint8Array | undefined
    let target = new URL(url)
    for (let hops = 0; ; hops++) {
      const answer = await request(target, {
        ...requestOptions,
        method,
        headers,
        body,
        ...(init.signal ? { signal: init.signal } : {}),
      })
      const location = answer.headers.get('location')
      if (
        !followSameOrigin ||
        !REDIRECTS.has(answer.status) ||
        !location ||
        hops >= MAX_REDIRECTS
      ) {
        return answer
      }
      const next = new URL(location, target)
      if (next.origin !== target.origin) return answer
      if (
        answer.status === 303 ||
        ((answer.status === 301 || answer.status === 302) && method === 'POST')
      ) {
        method = 'GET'
        body = undefined
        for (const name of Object.keys(headers)) {
          if (/^content-(type|length)$/i.test(name)) delete headers[name]
        }
      }
      target = next
    }
  }
}
