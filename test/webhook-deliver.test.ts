import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Webhook } from 'standardwebhooks'
import { backoffMs, DELIVERY_POLICY, parseRetryAfter, type Clock } from '../src/http/policy.js'
import {
  deliver,
  deliverAll,
  redactUrl,
  type DeliverOptions,
  type DeliveryTarget,
} from '../src/webhook/deliver.js'
import { sign } from '../src/webhook/sign.js'
import { hang, reset, startReceiver, status, type Handler } from './support/receiver.js'

const receiver = startReceiver

interface Recorder extends DeliverOptions {
  delays: number[]
  lines: string[]
}

/** A clock whose sleeps are recorded and return at once (time moves by what was slept). */
function fakeClock(delays: number[], fixed: { now?: number; random?: number } = {}): Clock {
  let now = fixed.now ?? Date.now()
  return {
    now: () => now,
    sleep: async (ms) => {
      delays.push(ms)
      if (fixed.now === undefined) now += ms
    },
    random: () => fixed.random ?? Math.random(),
  }
}

function options(
  overrides: Partial<DeliverOptions> = {},
  fixed: { now?: number; random?: number } = {},
): Recorder {
  const delays: number[] = []
  const lines: string[] = []
  return {
    maxAttempts: 10,
    timeoutMs: 5000,
    version: '9.9.9',
    log: {
      info: (m) => lines.push(`info: ${m}`),
      warning: (m) => lines.push(`warning: ${m}`),
      debug: (m) => lines.push(`debug: ${m}`),
    },
    clock: fakeClock(delays, fixed),
    delays,
    lines,
    ...overrides,
  }
}

const BODY = JSON.stringify({ type: 'build.completed', build_id: 1 })

function target(url: string, deliveryId = 'delivery-1', headers = {}): DeliveryTarget {
  return { url, body: BODY, headers: { 'webhook-id': deliveryId, ...headers }, deliveryId }
}

describe('deliver', () => {
  it('retries 502, 502 then succeeds, with the same id, body and standard headers', async () => {
    const server = await receiver([status(502), status(502), status(200)])
    const opts = options()
    const result = await deliver(target(server.url), opts)
    assert.equal(result.ok, true)
    assert.equal(result.status, 200)
    assert.equal(result.attempts, 3)
    assert.equal(result.deliveryId, 'delivery-1')
    assert.equal(server.received.length, 3)
    for (const request of server.received) {
      assert.equal(request.method, 'POST')
      assert.equal(request.body, BODY)
      assert.equal(request.headers['webhook-id'], 'delivery-1')
      assert.equal(request.headers['content-type'], 'application/json')
      assert.equal(request.headers['user-agent'], 'ci-relay/9.9.9')
    }
    assert.equal(opts.delays.length, 2)
    assert.ok(
      opts.lines.some((l) =>
        /^info: POST http:\/\/127\.0\.0\.1:\d+\/hook \(delivery delivery-1\): 502 Bad Gateway; retrying in \d+\.\d s \(attempt 2 of 10\)$/.test(
          l,
        ),
      ),
    )
    assert.ok(opts.lines.some((l) => l.endsWith('(attempt 3 of 10)')))
  })

  it('waits as Retry-After: 2 asks after a 429', async () => {
    const server = await receiver([status(429, { 'Retry-After': '2' }), status(204)])
    const opts = options()
    const result = await deliver(target(server.url), opts)
    assert.equal(result.ok, true)
    assert.equal(result.attempts, 2)
    assert.ok((opts.delays[0] ?? 0) >= 2000, `waited ${opts.delays[0]} ms`)
  })

  it('really waits at least 2 s for Retry-After: 2 (real clock)', async () => {
    const server = await receiver([status(503, { 'Retry-After': '2' }), status(200)])
    const opts = options()
    delete opts.clock
    const result = await deliver(target(server.url), opts)
    assert.equal(result.ok, true)
    const [first, second] = server.received
    assert.ok(first && second)
    assert.ok(second.at - first.at >= 2000, `waited ${second.at - first.at} ms`)
    assert.ok(result.ms >= 2000)
  })

  it('times out a hung attempt, then succeeds', async () => {
    const server = await receiver([hang, status(200)])
    const opts = options({ timeoutMs: 300 })
    const result = await deliver(target(server.url), opts)
    assert.equal(result.ok, true)
    assert.equal(result.attempts, 2)
    assert.ok(
      opts.lines.some((l) => /timed out after 0\.3 s; retrying in .* \(attempt 2 of 10\)/.test(l)),
    )
  })

  it('retries a reset connection', async () => {
    const server = await receiver([reset, status(200)])
    const opts = options()
    const result = await deliver(target(server.url), opts)
    assert.equal(result.ok, true)
    assert.equal(result.attempts, 2)
    assert.equal(server.received.length, 2)
    assert.ok(
      opts.lines.some((l) => /connection reset before an answer \(ECONNRESET\); retrying/.test(l)),
      opts.lines.join('\n'),
    )
  })

  it('does not retry a 400', async () => {
    const server = await receiver([status(400), status(200)])
    const opts = options()
    const result = await deliver(target(server.url), opts)
    assert.equal(result.ok, false)
    assert.equal(result.status, 400)
    assert.equal(result.attempts, 1)
    assert.match(result.error ?? '', /^HTTP 400/)
    assert.equal(server.received.length, 1)
    assert.deepEqual(opts.delays, [])
    assert.ok(opts.lines.some((l) => l.startsWith('warning: ') && l.includes('not retrying')))
  })

  it('does not follow a 302, and says so without the query of the Location', async () => {
    const server = await receiver([
      status(302, { Location: 'http://127.0.0.1:1/elsewhere?token=sekrit' }),
      status(200),
    ])
    const result = await deliver(target(server.url), options())
    assert.equal(result.ok, false)
    assert.equal(result.status, 302)
    assert.equal(result.attempts, 1)
    assert.match(result.error ?? '', /redirects are not followed/)
    assert.match(result.error ?? '', /http:\/\/127\.0\.0\.1:1\/elsewhere/)
    assert.doesNotMatch(result.error ?? '', /sekrit/)
    assert.equal(server.received.length, 1)
  })

  it('makes exactly maxAttempts attempts against a steady 503', async () => {
    const server = await receiver([status(503)])
    const opts = options({ maxAttempts: 3 })
    const result = await deliver(target(server.url), opts)
    assert.equal(result.ok, false)
    assert.equal(result.status, 503)
    assert.equal(result.attempts, 3)
    assert.equal(result.error, 'HTTP 503 Service Unavailable')
    assert.equal(server.received.length, 3)
    assert.equal(opts.delays.length, 2)
    assert.ok(
      opts.lines.some((l) => l.startsWith('warning: ') && l.includes('(attempt 3/3, giving up)')),
    )
  })

  it('retries 408 and 425 but not 401, 404 or 422', async () => {
    for (const code of [408, 425]) {
      const server = await receiver([status(code), status(200)])
      assert.equal((await deliver(target(server.url), options())).attempts, 2, String(code))
    }
    for (const code of [401, 404, 422]) {
      const server = await receiver([status(code), status(200)])
      const result = await deliver(target(server.url), options())
      assert.equal(result.attempts, 1, String(code))
      assert.equal(result.ok, false)
    }
  })

  it('retries a refused connection, then gives up', async () => {
    const server = await receiver([status(200)])
    await server.close()
    const result = await deliver(target(server.url), options({ maxAttempts: 2 }))
    assert.equal(result.ok, false)
    assert.equal(result.attempts, 2)
    assert.equal(result.status, undefined)
    assert.match(result.error ?? '', /refused|network error/)
  })

  it('re-signs each attempt with a fresh timestamp and the same id', async () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
    const server = await receiver([status(500), status(500), status(200)])
    const calls: number[] = []
    let clock = 1_700_000_000
    const result = await deliver(
      { url: server.url, body: BODY, headers: {}, deliveryId: 'msg_same' },
      options({
        resign: (attempt) => {
          calls.push(attempt)
          clock += 100
          return sign('standard', secret, BODY, { id: 'msg_same', timestamp: clock })
        },
      }),
    )
    assert.equal(result.ok, true)
    assert.deepEqual(calls, [1, 2, 3])
    const stamps = server.received.map((r) => r.headers['webhook-timestamp'])
    assert.deepEqual(stamps, ['1700000100', '1700000200', '1700000300'])
    assert.ok(server.received.every((r) => r.headers['webhook-id'] === 'msg_same'))
  })

  it('delivers a standard-signed body that the standardwebhooks package verifies', async () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
    const server = await receiver([status(200)])
    const headers = sign('standard', secret, BODY, { id: 'msg_1' })
    await deliver({ url: server.url, body: BODY, headers, deliveryId: 'msg_1' }, options())
    const got = server.received[0]
    assert.ok(got)
    new Webhook(secret).verify(got.body, got.headers as Record<string, string>)
  })

  it('keeps query, userinfo and Authorization out of logs and results', async () => {
    const echo: Handler = (req, res) => {
      res.writeHead(401)
      res.end(`denied ${req.headers.authorization} at ${req.url}`)
    }
    const server = await receiver([status(500), echo])
    const url = server.url.replace('http://', 'http://user:p%40ss@') + '?token=query-secret'
    const opts = options()
    const result = await deliver(target(url, 'd', { Authorization: 'Bearer header-secret' }), opts)
    assert.equal(result.ok, false)
    assert.equal(result.url, server.url)
    const request = server.received[0]
    assert.ok(request)
    assert.equal(request.url, '/hook?token=query-secret')
    // An explicit Authorization wins over the URL's userinfo.
    assert.equal(request.headers.authorization, 'Bearer header-secret')
    assert.ok(opts.lines.some((l) => l.startsWith('debug: ') && l.includes('denied ***')))
    const everything = JSON.stringify(result) + opts.lines.join('\n')
    for (const secret of ['query-secret', 'header-secret', 'p%40ss', 'p@ss', 'user:']) {
      assert.ok(!everything.includes(secret), `${secret} leaked`)
    }
  })

  it('turns URL userinfo into Basic authorization', async () => {
    const server = await receiver([status(200)])
    const url = server.url.replace('http://', 'http://user:p%40ss@')
    const result = await deliver(target(url), options())
    assert.equal(result.ok, true)
    const expected = `Basic ${Buffer.from('user:p@ss').toString('base64')}`
    assert.equal(server.received[0]?.headers.authorization, expected)
  })

  it('refuses non-http URLs and header values with line breaks without sending', async () => {
    const bad = await deliver(target('ftp://127.0.0.1/x'), options())
    assert.equal(bad.ok, false)
    assert.equal(bad.attempts, 0)
    assert.match(bad.error ?? '', /only http and https/)
    const server = await receiver([status(200)])
    const opts = options()
    const broken = await deliver(target(server.url, 'd', { Authorization: 'abc\r\ndef' }), opts)
    assert.equal(broken.ok, false)
    assert.equal(broken.attempts, 0)
    assert.match(broken.error ?? '', /Authorization header value/)
    assert.ok(!(broken.error ?? '').includes('abc'))
    assert.equal(server.received.length, 0)
  })
})

describe('deliverAll', () => {
  it('delivers to two URLs concurrently with distinct ids, one failure not failing the other', async () => {
    const one = await receiver([status(200)])
    const two = await receiver([status(500), status(202)])
    const three = await receiver([status(410)])
    const results = await deliverAll(
      [target(one.url, 'id-1'), target(two.url, 'id-2'), target(three.url, 'id-3')],
      options(),
    )
    assert.deepEqual(
      results.map((r) => [r.deliveryId, r.ok, r.status, r.attempts]),
      [
        ['id-1', true, 200, 1],
        ['id-2', true, 202, 2],
        ['id-3', false, 410, 1],
      ],
    )
    assert.equal(one.received[0]?.headers['webhook-id'], 'id-1')
    assert.deepEqual(
      two.received.map((r) => r.headers['webhook-id']),
      ['id-2', 'id-2'],
    )
  })
})

describe('backoff and Retry-After', () => {
  it('grows exponentially with equal jitter up to the cap', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(n, DELIVERY_POLICY, 1)),
      [1000, 2000, 4000, 8000, 16000, 30000, 30000],
    )
    assert.equal(backoffMs(3, DELIVERY_POLICY, 0), 2000)
    assert.equal(backoffMs(3, DELIVERY_POLICY, 0.5), 3000)
  })

  it('uses the jittered backoff between attempts, and gives up on a Retry-After beyond 60 s', async () => {
    const server = await receiver([
      status(500),
      status(500),
      status(503, { 'Retry-After': '3600' }),
      status(200),
    ])
    const opts = options({}, { random: 0.5 })
    const result = await deliver(target(server.url), opts)
    assert.equal(result.ok, false)
    assert.equal(result.attempts, 3)
    assert.deepEqual(opts.delays, [750, 1500])
    assert.match(
      result.error ?? '',
      /^HTTP 503 Service Unavailable; asked to retry at .*, later than the 60\.0 s we wait$/,
    )
    assert.equal(server.received.length, 3)
  })

  it('parses delay-seconds and HTTP-dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z')
    assert.equal(parseRetryAfter('2', now), 2000)
    assert.equal(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now), 5000)
    assert.equal(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now), 0)
    assert.equal(parseRetryAfter('soon', now), undefined)
    assert.equal(parseRetryAfter(null, now), undefined)
  })

  it('honours an HTTP-date Retry-After against the injected clock', async () => {
    const now = Date.parse('2025-01-01T00:00:00Z')
    const server = await receiver([
      status(429, { 'Retry-After': 'Wed, 01 Jan 2025 00:00:04 GMT' }),
      status(200),
    ])
    const opts = options({}, { now })
    await deliver(target(server.url), opts)
    assert.deepEqual(opts.delays, [4000])
  })

  it('redacts URLs to origin and path', () => {
    assert.equal(
      redactUrl('https://u:p@example.test:8443/a/b?x=1#f'),
      'https://example.test:8443/a/b',
    )
    assert.equal(redactUrl('not a url'), '(invalid URL)')
  })
})
