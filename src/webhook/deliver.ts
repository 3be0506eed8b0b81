import { NetworkError, RequestFailedError } from '../http/errors.js'
import {
  DELIVERY_POLICY,
  isRetryableStatus,
  realClock,
  type Clock,
  type RetryPolicy,
} from '../http/policy.js'
import { mergeHeaders, request, safeDecode, shownUrl, type Transport } from '../http/request.js'

export interface DeliveryTarget {
  url: string
  /** The serialized payload: these exact bytes are signed and sent on every attempt. */
  body: string
  /** Signature and id headers (already signed), plus e.g. Authorization. */
  headers: Record<string, string>
  /** Stays the same across the retries of this delivery. */
  deliveryId: string
  /** This target's own re-signing (see DeliverOptions.resign), used instead of the options'. */
  resign?: (attempt: number) => Record<string, string>
}

export interface DeliveryLog {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export interface DeliverOptions {
  /** Attempts before giving up (>= 1). */
  maxAttempts: number
  /** Time each attempt may take, in milliseconds (connect, send, response headers and body). */
  timeoutMs: number
  /** Sent as `User-Agent: ci-relay/<version>`. */
  version: string
  log: DeliveryLog
  /**
   * Headers for attempt `attempt` (1-based), laid over target.headers: a fresh timestamp and
   * signature per attempt for Standard Webhooks, whose receivers reject timestamps older than
   * 5 minutes. Keep the delivery id.
   */
  resign?: (attempt: number) => Record<string, string>
  /** Overrides of DELIVERY_POLICY (backoff steps, longest Retry-After waited, deadline). */
  policy?: Partial<RetryPolicy>
  /** Time, sleep and jitter (tests). */
  clock?: Clock
  /** Replaces node:http (tests). */
  transport?: Transport
}

export interface DeliveryResult {
  /** The URL without userinfo, query or fragment (those may carry tokens). */
  url: string
  /** HTTP status of the last response, when there was one. */
  status?: number
  attempts: number
  deliveryId: string
  /** Time from the first attempt to the outcome. */
  ms: number
  ok: boolean
  /** Why the delivery failed (last attempt). */
  error?: string
}

const MAX_ERROR_BODY = 200

/** A URL fit for logs: origin and path only. Userinfo, query and fragment may hold secrets. */
export const redactUrl = shownUrl

function resolve(location: string, base: string): string {
  try {
    return new URL(location, base).toString()
  } catch {
    return location
  }
}

/** Blanks out anything that must not be shown (header values, the full URL) from a message. */
function scrub(message: string, secrets: readonly string[]): string {
  let scrubbed = message
  for (const secret of secrets) {
    if (secret.length >= 4) scrubbed = scrubbed.split(secret).join('***')
  }
  return scrubbed
}

interface Prepared {
  url: string
  headers: Record<string, string>
  /** Parts of the URL that may be secret (query, password): never shown. */
  secrets: string[]
}

/**
 * The request URL and base headers. Userinfo in the URL (which fetch refuses) becomes
 * `Authorization: Basic`, unless an Authorization header is already set.
 */
function prepare(target: DeliveryTarget, version: string): Prepared | string {
  let parsed: URL
  try {
    parsed = new URL(target.url)
  } catch {
    return 'not a valid URL'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `only http and https URLs are supported, not ${parsed.protocol}`
  }
  const headers: Record<string, string> = { 'User-Agent': `ci-relay/${version}` }
  const hasAuthorization = Object.keys(target.headers).some(
    (name) => name.toLowerCase() === 'authorization',
  )
  const user = safeDecode(parsed.username)
  const password = safeDecode(parsed.password)
  if ((user || password) && !hasAuthorization) {
    headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  }
  const secrets = [parsed.search, parsed.search.slice(1), parsed.password, password]
  parsed.username = ''
  parsed.password = ''
  return { url: parsed.toString(), headers, secrets }
}

/**
 * POSTs one delivery, retrying network errors, timeouts, 408, 425, 429 and 5xx with exponential
 * backoff and full jitter (or as Retry-After asks, capped). Other 4xx and all 3xx (redirects are
 * not followed: a redirect would drop or re-send a signed body elsewhere) fail at once.
 * Never rejects: failures are in the result.
 */
export async function deliver(
  target: DeliveryTarget,
  options: DeliverOptions,
): Promise<DeliveryResult> {
  const clock = options.clock ?? realClock
  const maxAttempts = Number.isFinite(options.maxAttempts)
    ? Math.max(1, Math.floor(options.maxAttempts))
    : 1
  const { log } = options
  const url = redactUrl(target.url)
  const started = clock.now()
  const result = (fields: Partial<DeliveryResult> & { ok: boolean; attempts: number }) => ({
    url,
    deliveryId: target.deliveryId,
    ms: Math.max(0, clock.now() - started),
    ...fields,
  })
  const failed = (error: string, attempts: number, why: string, status?: number) => {
    log.warning(
      `Delivery ${target.deliveryId} to ${url} failed: ${error}${attempts > 0 ? ` (attempt ${attempts}/${maxAttempts}, ${why})` : ''}.`,
    )
    return result({ ok: false, attempts, error, ...(status !== undefined ? { status } : {}) })
  }

  const prepared = prepare(target, options.version)
  if (typeof prepared === 'string') {
    log.warning(`Not delivering to ${url}: ${prepared}.`)
    return result({ ok: false, attempts: 0, error: prepared })
  }
  let sent: Record<string, string> = {}
  // What a receiver's error body or a network error might echo back: never shown.
  const sensitive = () => [
    target.url,
    prepared.url,
    ...prepared.secrets,
    ...Object.entries(sent)
      .filter(([name]) => name.toLowerCase() === 'authorization')
      .flatMap(([, value]) => [value, value.replace(/^\S+\s+/, '')]),
  ]
  const headersFor = (attempt: number): Record<string, string> => {
    let headers: Record<string, string>
    try {
      const resign = target.resign ?? options.resign
      headers = mergeHeaders(prepared.headers, target.headers, resign?.(attempt) ?? {}, {
        'Content-Type': 'application/json',
      })
    } catch (caught) {
      throw new AttemptNotSent(
        attempt,
        `could not sign attempt ${attempt}: ${caught instanceof Error ? caught.message : String(caught)}`,
      )
    }
    const invalid = Object.entries(headers).find(([, value]) => /[\r\n\0]/.test(value))
    if (invalid) {
      throw new AttemptNotSent(
        attempt,
        `the ${invalid[0]} header value contains a line break or NUL`,
      )
    }
    sent = headers
    return headers
  }

  try {
    const answer = await request(prepared.url, {
      method: 'POST',
      body: target.body,
      headersFor,
      label: `POST ${url} (delivery ${target.deliveryId})`,
      policy: { ...DELIVERY_POLICY, ...options.policy, maxAttempts, timeoutMs: options.timeoutMs },
      log,
      clock,
      ...(options.transport ? { transport: options.transport } : {}),
    })
    const status = answer.status
    if (answer.ok) {
      log.info(
        `Delivered ${target.deliveryId} to ${url}: ${status} (attempt ${answer.attempts}/${maxAttempts}).`,
      )
      return result({ ok: true, status, attempts: answer.attempts })
    }
    const text = await answer.text().catch(() => '')
    if (text)
      log.debug(`${url} answered ${status}: ${scrub(text.slice(0, MAX_ERROR_BODY), sensitive())}`)
    const reason = `${status}${answer.statusText ? ` ${answer.statusText}` : ''}`
    if (status >= 300 && status <= 399) {
      const location = answer.headers.get('location')
      const where = location ? ` (to ${redactUrl(resolve(location, prepared.url))})` : ''
      return failed(
        `HTTP ${reason}: redirects are not followed${where}; use the final URL`,
        answer.attempts,
        'not retrying',
        status,
      )
    }
    const error = `HTTP ${reason}${answer.gaveUp ? `; ${answer.gaveUp}` : ''}`
    return failed(
      error,
      answer.attempts,
      isRetryableStatus(status) ? 'giving up' : 'not retrying',
      status,
    )
  } catch (caught) {
    if (caught instanceof AttemptNotSent)
      return failed(caught.message, caught.attempt - 1, 'not sent')
    if (caught instanceof RequestFailedError) {
      const why = caught.failure.retryable ? 'giving up' : 'not retrying'
      const error = scrub(caught.failure.message, sensitive())
      return failed(error, caught.attempts, why)
    }
    if (caught instanceof NetworkError) return failed(caught.message, 0, 'not sent')
    throw caught
  }
}

/** A delivery attempt that could not be built (signing failed, a header value is invalid). */
class AttemptNotSent extends Error {
  constructor(
    readonly attempt: number,
    message: string,
  ) {
    super(message)
  }
}

/** Delivers every target concurrently; one failure never rejects the others. Order is kept. */
export async function deliverAll(
  targets: readonly DeliveryTarget[],
  options: DeliverOptions,
): Promise<DeliveryResult[]> {
  return Promise.all(
    targets.map((target) =>
      deliver(target, options).catch((caught: unknown): DeliveryResult => ({
        url: redactUrl(target.url),
        attempts: 0,
        deliveryId: target.deliveryId,
        ms: 0,
        ok: false,
        error: caught instanceof Error ? caught.message : String(caught),
      })),
    ),
  )
}
