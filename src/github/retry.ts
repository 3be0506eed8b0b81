import type { Logger } from '../log.js'

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number
  baseDelayMs: number
  /** Longest wait we accept for a rate limit; beyond it we fail with the reset time. */
  maxWaitMs: number
  sleep: (ms: number) => Promise<void>
  now: () => number
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxWaitMs: 120_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
}

interface HttpFailure {
  status?: number
  response?: { headers?: Record<string, string | number | undefined> }
}

export type RetryDecision =
  { retry: true; delayMs: number; reason: string } | { retry: false; reason?: string }

/**
 * GitHub's documented behaviour: on 403/429 honour `retry-after`, else `x-ratelimit-reset` when the
 * quota is spent; 5xx and network failures back off exponentially with jitter; other answers are
 * final.
 */
export function retryDecision(error: unknown, attempt: number, policy: RetryPolicy): RetryDecision {
  const failure = (error ?? {}) as HttpFailure
  const status = failure.status
  const headers = failure.response?.headers ?? {}
  const header = (name: string): string | undefined => {
    const value = headers[name]
    return value === undefined ? undefined : String(value)
  }
  if (status === 403 || status === 429) {
    const retryAfter = header('retry-after')
    let waitMs: number | undefined
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) waitMs = Number(retryAfter) * 1000
    else if (header('x-ratelimit-remaining') === '0' && header('x-ratelimit-reset')) {
      waitMs = Math.max(0, Number(header('x-ratelimit-reset')) * 1000 - policy.now()) + 1000
    } else if (status === 429) waitMs = backoff(attempt, policy)
    if (waitMs === undefined) return { retry: false }
    if (waitMs > policy.maxWaitMs) {
      const at = new Date(policy.now() + waitMs).toISOString()
      return { retry: false, reason: `GitHub's rate limit resets at ${at}, later than we wait` }
    }
    return { retry: true, delayMs: waitMs, reason: `rate limited (${status})` }
  }
  if (status === undefined || status >= 500) {
    return {
      retry: true,
      delayMs: backoff(attempt, policy),
      reason: status ? `${status}` : 'network error',
    }
  }
  return { retry: false }
}

function backoff(attempt: number, policy: RetryPolicy): number {
  const ceiling = policy.baseDelayMs * 2 ** (attempt - 1)
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2))
}

export async function withRetry<T>(
  what: string,
  operation: () => Promise<T>,
  log: Pick<Logger, 'info'>,
  policy: RetryPolicy = defaultRetryPolicy,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation()
    } catch (error) {
      const decision = retryDecision(error, attempt, policy)
      if (!decision.retry || attempt >= policy.maxAttempts) {
        if (decision.reason && error instanceof Error) error.message += ` (${decision.reason})`
        throw error
      }
      log.info(
        `${what}: ${decision.reason}; retrying in ${(decision.delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.maxAttempts})`,
      )
      await policy.sleep(decision.delayMs)
    }
  }
}
