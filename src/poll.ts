// Waiting for something that completes later (a pipeline), polling at growing intervals so a long
// wait costs few requests, and never sleeping past the deadline.

import { realClock, type Clock as HttpClock } from './http/policy.js'

export type Clock = Pick<HttpClock, 'now' | 'sleep'>

/** The look at the deadline itself may take this long. */
const LAST_LOOK_MS = 5_000

export interface PollOptions {
  timeoutMs: number
  /** Pause after the first poll; each later pause is 1.5 times longer, up to maxIntervalMs. */
  firstIntervalMs?: number
  maxIntervalMs?: number
  clock?: Clock
}

/**
 * Calls `poll` at once, then after growing pauses, until it returns a value other than undefined
 * (returned) or the deadline passes (undefined).
 */
export async function pollUntil<T>(
  /** `budgetMs`: how long this poll may take (the time left, or a last look at the deadline). */
  poll: (budgetMs: number) => Promise<T | undefined>,
  options: PollOptions,
): Promise<T | undefined> {
  const clock = options.clock ?? realClock
  const deadline = clock.now() + options.timeoutMs
  let interval = options.firstIntervalMs ?? 1000
  const maxInterval = options.maxIntervalMs ?? 15_000
  for (;;) {
    const result = await poll(Math.max(deadline - clock.now(), LAST_LOOK_MS))
    if (result !== undefined) return result
    const now = clock.now()
    if (now >= deadline) return undefined
    await clock.sleep(Math.min(interval, deadline - now))
    interval = Math.min(interval * 1.5, maxInterval)
  }
}
