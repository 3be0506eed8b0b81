// The one retry policy (src/http/policy.ts): which answers are retried and how long each wait is.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  API_POLICY,
  backoffMs,
  decideAnswer,
  parseReset,
  parseRetryAfter,
  type StatusAndHeaders,
} from '../src/http/policy.js'
import { AnswerHeaders } from '../src/http/transport.js'

const NOW = Date.parse('2026-01-01T00:00:00Z')
const clock = { now: () => NOW, random: () => 0.5 }
const answer = (status: number, headers: Record<string, string> = {}): StatusAndHeaders => ({
  status,
  headers: new AnswerHeaders(headers),
})

describe('retry policy', () => {
  test('retries 5xx, 408, 425 and 429; not 400, 401, 403, 404, 422 or 3xx', () => {
    for (const status of [500, 502, 503, 504, 408, 425, 429]) {
      assert.equal(decideAnswer(answer(status), 1, API_POLICY, clock).retry, true, String(status))
    }
    for (const status of [301, 302, 400, 401, 403, 404, 409, 410, 422]) {
      assert.equal(decideAnswer(answer(status), 1, API_POLICY, clock).retry, false, String(status))
    }
  })

  test('a 403 is retried only with a rate-limit signal, waiting what it asks', () => {
    assert.deepEqual(decideAnswer(answer(403, { 'retry-after': '7' }), 1, API_POLICY, clock), {
      retry: true,
      delayMs: 7000,
    })
    const reset = String(NOW / 1000 + 30)
    assert.deepEqual(
      decideAnswer(
        answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }),
        1,
        API_POLICY,
        clock,
      ),
      { retry: true, delayMs: 31_000 },
    )
    // Quota left: a plain permission problem.
    assert.equal(
      decideAnswer(
        answer(403, { 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': reset }),
        1,
        API_POLICY,
        clock,
      ).retry,
      false,
    )
  })

  test('Retry-After as an HTTP date is honoured on 403, 429 and 503', () => {
    const date = new Date(NOW + 4000).toUTCString()
    for (const status of [403, 429, 503]) {
      assert.deepEqual(
        decideAnswer(answer(status, { 'Retry-After': date }), 1, API_POLICY, clock),
        {
          retry: true,
          delayMs: 4000,
        },
      )
    }
  })

  test("GitLab's RateLimit-Reset (epoch seconds) on a 429", () => {
    const headers = { 'RateLimit-Remaining': '0', 'RateLimit-Reset': String(NOW / 1000 + 10) }
    assert.deepEqual(decideAnswer(answer(429, headers), 1, API_POLICY, clock), {
      retry: true,
      delayMs: 11_000,
    })
  })

  test('a wait longer than maxWaitMs is not waited: the call gives up and says until when', () => {
    const decision = decideAnswer(answer(429, { 'retry-after': '3600' }), 1, API_POLICY, clock)
    assert.equal(decision.retry, false)
    assert.match(
      decision.retry ? '' : (decision.why ?? ''),
      /^rate limited until 2026-01-01T01:00:00\.000Z, later than the 120\.0 s we wait$/,
    )
  })

  test('no retry past maxAttempts, or when the wait would end after the deadline', () => {
    assert.equal(decideAnswer(answer(502), 4, API_POLICY, clock).retry, false)
    const decision = decideAnswer(
      answer(503, { 'retry-after': '10' }),
      1,
      { ...API_POLICY, deadlineMs: 5000 },
      clock,
      NOW + 5000,
    )
    assert.equal(decision.retry, false)
    assert.match(decision.retry ? '' : (decision.why ?? ''), /after the 5\.0 s deadline/)
  })

  test('backoff doubles from the base with equal jitter, capped', () => {
    const policy = { ...API_POLICY, baseDelayMs: 500, maxDelayMs: 4000 }
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((n) => backoffMs(n, policy, 1)),
      [500, 1000, 2000, 4000, 4000],
    )
    assert.deepEqual(
      [1, 2, 3].map((n) => backoffMs(n, policy, 0)),
      [250, 500, 1000],
    )
  })

  test('header parsing: seconds, dates, garbage; resets in epoch or relative seconds', () => {
    assert.equal(parseRetryAfter('2', NOW), 2000)
    assert.equal(parseRetryAfter(' 0 ', NOW), 0)
    assert.equal(parseRetryAfter(new Date(NOW - 5000).toUTCString(), NOW), 0)
    assert.equal(parseRetryAfter('soon', NOW), undefined)
    assert.equal(parseRetryAfter('-1', NOW), undefined)
    assert.equal(parseRetryAfter(null, NOW), undefined)
    assert.equal(parseReset(String(NOW / 1000 + 60), NOW), 61_000)
    assert.equal(parseReset('60', NOW), 61_000)
    assert.equal(parseReset('x', NOW), undefined)
  })
})
