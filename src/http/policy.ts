// The one retry policy for every outgoing call (GitHub, GitLab, webhooks, callbacks, OIDC): which
// outcomes are retried, how long to wait before the next attempt, and when to give up. Pure
// functions over an injectable clock, so tests drive whole schedules without waiting.
//
// Retried:
//   - 5xx, 408 Request Timeout, 425 Too Early, 429 Too Many Requests;
//   - 403 only with a rate-limit signal (`retry-after`, or `x-ratelimit-remaining: 0`): GitHub's
//     primary and secondary rate limits answer 403; any other 403 is a missing permission;
//   - network failures that can heal: connection refused (a service restarting), reset or closed
//     before the answer, a temporary DNS failure (EAI_AGAIN), and an attempt that timed out.
// Not retried (one attempt, the error says what happened):
//   - other 4xx (400, 401, 404, 422 ...) and 3xx;
//   - an invalid URL, a host that DNS says does not exist (ENOTFOUND: a typo does not heal),
//     TLS/certificate failures.
// Waits: `Retry-After` (delay-seconds or HTTP date), else, when the quota is spent, GitHub's
// `x-ratelimit-reset` (epoch seconds) or GitLab's `RateLimit-Reset` (epoch seconds; small values
// are read as seconds from now, as the IETF draft has it), else exponential backoff with equal
// jitter (half fixed, half random) capped at maxDelayMs. A wait longer than maxWaitMs, or past the
// overall deadline, is not waited: the call fails and says when the limit resets.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  sleep(ms: number): Promise<void>
  /** In [0, 1): the jitter. */
  random(): number
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
}

export interface RetryPolicy {
  /** Attempts in all, the first included (>= 1). */
  maxAttempts: number
  /** First backoff step; step n is baseDelayMs * 2^(n-1), jittered. */
  baseDelayMs: number
  /** Largest backoff step. */
  maxDelayMs: number
  /** Longest wait a rate limit or Retry-After may ask for; beyond it the call fails at once. */
  maxWaitMs: number
  /** Time one attempt may take: connect, send, the answer's headers and body. */
  timeoutMs: number
  /** Time all attempts and waits together may take, from the first attempt. */
  deadlineMs?: number
}

/** GitHub and GitLab API calls: 4 attempts, 30 s each, rate limits waited up to 2 minutes. */
export const API_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxWaitMs: 120_000,
  timeoutMs: 30_000,
  deadlineMs: 5 * 60_000,
}

/** Webhook deliveries and callbacks (attempts and timeout come from the inputs). */
export const DELIVERY_POLICY: RetryPolicy = {
  maxAttempts: 10,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxWaitMs: 60_000,
  timeoutMs: 10_000,
}

/** What a response looks like to the policy. */
export interface StatusAndHeaders {
  status: number
  headers: { get(name: string): string | null }
}

export type Decision =
  | { retry: true; delayMs: number }
  | {
      retry: false
      /** Said after the error when the call gives up because of the wait. */ why?: string
    }

/** Exponential backoff with equal jitter: in [ceiling/2, ceiling], ceiling = min(cap, base*2^(n-1)). */
export function backoffMs(attempt: number, policy: RetryPolicy, random: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempt - 1, 30))
  return Math.round(ceiling / 2 + random * (ceiling / 2))
}

/** `Retry-After` (delay-seconds or HTTP date) in ms from now; undefined when absent or invalid. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  if (!/[a-z]/i.test(trimmed)) return undefined
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** A reset header: epoch seconds (GitHub, GitLab), or seconds from now when small (IETF draft). */
export function parseReset(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined || !/^\d+$/.test(value.trim())) return undefined
  const seconds = Number(value.trim())
  const at = seconds > 1_000_000_000 ? seconds * 1000 : now + seconds * 1000
  // One second more: GitHub's reset second itself may still be limited.
  return Math.max(0, at - now) + 1000
}

/** The wait a rate-limited answer asks for, or undefined when it carries no rate-limit signal. */
export function rateLimitWait(answer: StatusAndHeaders, now: number): number | undefined {
  const header = (name: string) => answer.headers.get(name)
  const retryAfter = parseRetryAfter(header('retry-after'), now)
  if (retryAfter !== undefined) return retryAfter
  if (header('x-ratelimit-remaining')?.trim() === '0') {
    return parseReset(header('x-ratelimit-reset'), now)
  }
  if (header('ratelimit-remaining')?.trim() === '0' || answer.status === 429) {
    return parseReset(header('ratelimit-reset'), now)
  }
  return undefined
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || (status >= 500 && status <= 599)
}

/** Whether to try again after `attempt` (1-based) got this answer, and after how long. */
export function decideAnswer(
  answer: StatusAndHeaders,
  attempt: number,
  policy: RetryPolicy,
  clock: Pick<Clock, 'now' | 'random'>,
  deadline?: number,
): Decision {
  const now = clock.now()
  const { status } = answer
  const rateLimit = status === 403 || status === 429
  const asked = rateLimit
    ? rateLimitWait(answer, now)
    : isRetryableStatus(status)
      ? parseRetryAfter(answer.headers.get('retry-after'), now)
      : undefined
  if (status === 403 && asked === undefined) return { retry: false }
  if (status !== 403 && !isRetryableStatus(status)) return { retry: false }
  if (asked !== undefined && asked > policy.maxWaitMs) {
    const at = new Date(now + asked).toISOString()
    const what = rateLimit ? 'rate limited until' : 'asked to retry at'
    return {
      retry: false,
      why: `${what} ${at}, later than the ${seconds(policy.maxWaitMs)} we wait`,
    }
  }
  return schedule(
    asked ?? backoffMs(attempt, policy, clock.random()),
    attempt,
    policy,
    now,
    deadline,
  )
}

/** Whether to try again after `attempt` failed without an answer. */
export function decideFailure(
  retryable: boolean,
  attempt: number,
  policy: RetryPolicy,
  clock: Pick<Clock, 'now' | 'random'>,
  deadline?: number,
): Decision {
  if (!retryable) return { retry: false }
  return schedule(
    backoffMs(attempt, policy, clock.random()),
    attempt,
    policy,
    clock.now(),
    deadline,
  )
}

function schedule(
  delayMs: number,
  attempt: number,
  policy: RetryPolicy,
  now: number,
  deadline: number | undefined,
): Decision {
  if (attempt >= policy.maxAttempts) return { retry: false }
  if (deadline !== undefined && now + delayMs >= deadline) {
    return {
      retry: false,
      why: `the next attempt would start after the ${seconds(policy.deadlineMs ?? 0)} deadline`,
    }
  }
  return { retry: true, delayMs }
}

/** `1.5 s`: durations in messages. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
