// In-process fakes for src/http: a clock that records its sleeps and moves only when slept on,
// and a scripted transport (answers or socket errors, one per attempt) that records each attempt.
import type { Clock } from '../../src/http/policy.js'
import type { Transport } from '../../src/http/request.js'
import { Answer, AnswerHeaders, type AttemptInit } from '../../src/http/transport.js'
import { NetworkError } from '../../src/http/errors.js'

export interface FakeClock extends Clock {
  sleeps: number[]
}

/** Moves only when slept on (from `start`; pass Date.now() where real reset times matter). */
export function fakeClock(start = Date.parse('2026-01-01T00:00:00Z'), random = 0.5): FakeClock {
  let now = start
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms)
      now += ms
    },
    random: () => random,
  }
}

export type Step =
  | { status: number; headers?: Record<string, string>; body?: string }
  | { error: NetworkError }
  /** Never answers: takes the attempt's whole timeout on the clock, then fails as request() would. */
  | { hang: true }

export interface Scripted {
  transport: Transport
  attempts: { url: string; init: AttemptInit }[]
}

/** Attempt n gets steps[n] (the last one repeats). */
export function scripted(steps: Step[], clock?: FakeClock): Scripted {
  const attempts: Scripted['attempts'] = []
  const transport: Transport = async (url, init) => {
    const step = steps[Math.min(attempts.length, steps.length - 1)] as Step
    attempts.push({ url: url.href, init })
    if ('error' in step) throw step.error
    if ('hang' in step) {
      await clock?.sleep(init.timeoutMs)
      throw new NetworkError('timeout', `timed out after ${(init.timeoutMs / 1000).toFixed(1)} s`)
    }
    return new Answer(
      step.status,
      STATUS_TEXT[step.status] ?? '',
      new AnswerHeaders(step.headers ?? {}),
      url.href,
      Buffer.from(step.body ?? ''),
    )
  }
  return { transport, attempts }
}

export const socketError = (
  code: string,
  kind: ConstructorParameters<typeof NetworkError>[0],
  message: string,
) => ({ error: new NetworkError(kind, message, code) }) as const

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  422: 'Unprocessable Entity',
  425: 'Too Early',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
}
