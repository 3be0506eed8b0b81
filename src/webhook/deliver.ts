import { setTimeout as delay } from 'node:timers/promises'

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
  sleep?: (ms: number) => Promise<void>
  fetch?: typeof fetch
  /** Milliseconds since the epoch (durations and Retry-After dates). Default Date.now. */
  now?: () => number
  /** In [0, 1): the jitter. Default Math.random. */
  random?: () => number
  /**
   * Headers for attempt `attempt` (1-based), laid over target.headers: a fresh timestamp and
   * signature per attempt for Standard Webhooks, whose receivers reject timestamps older than
   * 5 minutes. Keep the delivery id.
   */
  resign?: (attempt: number) => Record<string, string>
  /** First backoff step in ms (default 1000); step n is base * 2^(n-1), capped at backoffCapMs. */
  backoffBaseMs?: number
  /** Largest backoff in ms (default 30 000). */
  backoffCapMs?: number
  /** Largest wait a Retry-After header can ask for, in ms (default 60 000). */
  retryAfterCapMs?: number
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

const RETRY_STATUSES = new Set([408, 425, 429])
const MAX_ERROR_BODY = 200

/** A URL fit for logs: origin and path only. Userinfo, query and fragment may hold secrets. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`
  } catch {
    return '(invalid URL)'
  }
}

/** `Retry-After` (delay-seconds or HTTP-date) in ms from now, or undefined when absent/invalid. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/** Full-jitter exponential backoff: uniform in [0, min(cap, base * 2^(attempt-1))]. */
export function backoffMs(attempt: number, base: number, cap: number, random: number): number {
  const ceiling = Math.min(cap, base * 2 ** Math.min(attempt - 1, 30))
  return Math.round(random * ceiling)
}

function isRetryableStatus(status: number): boolean {
  return RETRY_STATUSES.has(status) || (status >= 500 && status <= 599)
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** A network error in a few words, from the fetch error and its cause (never the URL). */
function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `timed out after ${seconds(timeoutMs)}`
  }
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown }) : undefined
  const code = typeof cause?.code === 'string' ? cause.code : undefined
  switch (code) {
    case 'ECONNRESET':
      return `connection reset (${code})`
    case 'UND_ERR_SOCKET':
      return `connection closed by the server (${code})`
    case 'ECONNREFUSED':
      return 'connection refused (ECONNREFUSED)'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host not found (${code})`
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `timed out connecting (${code})`
  }
  if (code) return `network error (${code})`
  if (typeof cause?.message === 'string' && cause.message) return `network error: ${cause.message}`
  return error instanceof Error ? `network error: ${error.message}` : 'network error'
}

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

function safeDecode(component: string): string {
  try {
    return decodeURIComponent(component)
  } catch {
    return component
  }
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

/** Merges header records case-insensitively, later ones winning, keeping the later spelling. */
function mergeHeaders(...records: Record<string, string>[]): Record<string, string> {
  const merged = new Map<string, [string, string]>()
  for (const record of records) {
    for (const [name, value] of Object.entries(record))
      merged.set(name.toLowerCase(), [name, value])
  }
  return Object.fromEntries(merged.values())
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
  const doFetch = options.fetch ?? fetch
  const sleep = options.sleep ?? ((ms: number) => delay(ms))
  const now = options.now ?? Date.now
  const random = options.random ?? Math.random
  const base = options.backoffBaseMs ?? 1000
  const cap = options.backoffCapMs ?? 30_000
  const retryAfterCap = options.retryAfterCapMs ?? 60_000
  const maxAttempts = Number.isFinite(options.maxAttempts)
    ? Math.max(1, Math.floor(options.maxAttempts))
    : 1
  const { log } = options
  const shownUrl = redactUrl(target.url)
  const started = now()
  const result = (fields: Partial<DeliveryResult> & { ok: boolean; attempts: number }) => ({
    url: shownUrl,
    deliveryId: target.deliveryId,
    ms: Math.max(0, now() - started),
    ...fields,
  })

  const prepared = prepare(target, options.version)
  if (typeof prepared === 'string') {
    log.warning(`Not delivering to ${shownUrl}: ${prepared}.`)
    return result({ ok: false, attempts: 0, error: prepared })
  }
  // What a receiver's error body or a network error might echo back: never shown.
  const sensitive = (headers: Record<string, string>) => [
    target.url,
    prepared.url,
    ...prepared.secrets,
    ...Object.entries(headers)
      .filter(([name]) => name.toLowerCase() === 'authorization')
      .flatMap(([, value]) => [value, value.replace(/^\S+\s+/, '')]),
  ]

  let status: number | undefined
  let error = 'not attempted'
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let retryAfterMs: number | undefined
    let retryable: boolean
    status = undefined
    let headers: Record<string, string>
    try {
      const resign = target.resign ?? options.resign
      headers = mergeHeaders(prepared.headers, target.headers, resign?.(attempt) ?? {}, {
        'Content-Type': 'application/json',
      })
    } catch (caught) {
      error = `could not sign attempt ${attempt}: ${caught instanceof Error ? caught.message : String(caught)}`
      log.warning(`Delivery ${target.deliveryId} to ${shownUrl} failed: ${error}.`)
      return result({ ok: false, attempts: attempt - 1, error })
    }
    const invalid = Object.entries(headers).find(([, value]) => /[\r\n\0]/.test(value))
    if (invalid) {
      error = `the ${invalid[0]} header value contains a line break or NUL`
      log.warning(`Delivery ${target.deliveryId} to ${shownUrl} failed: ${error}.`)
      return result({ ok: false, attempts: attempt - 1, error })
    }
    try {
      const response = await doFetch(prepared.url, {
        method: 'POST',
        headers,
        body: target.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      })
      status = response.status
      if (status >= 200 && status <= 299) {
        await response.body?.cancel().catch(() => undefined)
        log.info(
          `Delivered ${target.deliveryId} to ${shownUrl}: ${status} (attempt ${attempt}/${maxAttempts}).`,
        )
        return result({ ok: true, status, attempts: attempt })
      }
      const text = await response.text().catch(() => '')
      if (text) {
        const shown = scrub(text.slice(0, MAX_ERROR_BODY), sensitive(headers))
        log.debug(`${shownUrl} answered ${status}: ${shown}`)
      }
      const reason = `${status}${response.statusText ? ` ${response.statusText}` : ''}`
      if (status >= 300 && status <= 399) {
        const location = response.headers.get('location')
        const where = location ? ` (to ${redactUrl(resolve(location, prepared.url))})` : ''
        error = `HTTP ${reason}: redirects are not followed${where}; use the final URL`
        retryable = false
      } else {
        error = `HTTP ${reason}`
        retryable = isRetryableStatus(status)
        retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now())
      }
    } catch (caught) {
      error = scrub(describeNetworkError(caught, options.timeoutMs), sensitive(headers))
      retryable = true
    }

    if (!retryable || attempt === maxAttempts) {
      const why = retryable ? 'giving up' : 'not retrying'
      log.warning(
        `Delivery ${target.deliveryId} to ${shownUrl} failed: ${error} (attempt ${attempt}/${maxAttempts}, ${why}).`,
      )
      return result({ ok: false, status, attempts: attempt, error })
    }

    const wait =
      retryAfterMs !== undefined
        ? Math.min(retryAfterMs, retryAfterCap)
        : backoffMs(attempt, base, cap, random())
    log.info(
      `attempt ${attempt}/${maxAttempts} to ${shownUrl}: ${status ?? error}, retrying in ${seconds(wait)}`,
    )
    await sleep(wait)
  }
  // Unreachable: the loop returns on its last attempt.
  return result({ ok: false, status, attempts: maxAttempts, error })
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
