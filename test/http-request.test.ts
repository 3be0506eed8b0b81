// request() (src/http/request.ts): schedules through an injected clock and transport, and a few
// real sockets (a refused port, a reset, a server that never answers, with real time).
import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { describe, test } from 'node:test'
import { describeSocketError, NetworkError, RequestFailedError } from '../src/http/errors.js'
import { request } from '../src/http/request.js'
import { fakeClock, scripted, socketError } from './support/http-fakes.js'
import { hang, reset, startReceiver, status } from './support/receiver.js'

const URL_WITH_SECRETS =
  'https://user:pa55@api.example.test/repos/o/r/dispatches?token=q-secret#frag'

function logged() {
  const lines: string[] = []
  return { lines, log: { info: (m: string) => lines.push(m) } }
}

describe('request(): schedules through the injected clock', () => {
  test('502, 503, then 200: three attempts, two jittered waits, the real path in each line', async () => {
    const clock = fakeClock()
    const { transport, attempts } = scripted([
      { status: 502 },
      { status: 503 },
      { status: 200, body: 'ok' },
    ])
    const { lines, log } = logged()
    const answer = await request(URL_WITH_SECRETS, {
      method: 'POST',
      body: '{}',
      clock,
      transport,
      log,
    })
    assert.equal(answer.status, 200)
    assert.equal(await answer.text(), 'ok')
    assert.equal(answer.attempts, 3)
    assert.deepEqual(clock.sleeps, [375, 750])
    assert.deepEqual(lines, [
      'POST https://api.example.test/repos/o/r/dispatches: 502 Bad Gateway; retrying in 0.4 s (attempt 2 of 4)',
      'POST https://api.example.test/repos/o/r/dispatches: 503 Service Unavailable; retrying in 0.8 s (attempt 3 of 4)',
    ])
    // The query goes to the server; the credentials become Basic authorization.
    assert.equal(
      attempts[0]?.url,
      'https://api.example.test/repos/o/r/dispatches?token=q-secret#frag',
    )
    assert.equal(
      attempts[0]?.init.headers.Authorization,
      `Basic ${Buffer.from('user:pa55').toString('base64')}`,
    )
  })

  test('a 403 and a 429 with retry-after, then success: waits exactly what was asked', async () => {
    const clock = fakeClock()
    const { transport } = scripted([
      { status: 403, headers: { 'retry-after': '3' } },
      {
        status: 429,
        headers: { 'retry-after': new Date(clock.now() + 3000 + 5000).toUTCString() },
      },
      { status: 204 },
    ])
    const { lines, log } = logged()
    const answer = await request('https://api.example.test/x', { clock, transport, log })
    assert.equal(answer.status, 204)
    assert.deepEqual(clock.sleeps, [3000, 5000])
    assert.match(lines[0] ?? '', /403 Forbidden \(rate limited\); retrying in 3\.0 s/)
  })

  test('a 403 with x-ratelimit-remaining: 0 waits until the reset', async () => {
    const clock = fakeClock()
    const reset = String(clock.now() / 1000 + 20)
    const { transport, attempts } = scripted([
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } },
      { status: 200 },
    ])
    const answer = await request('https://api.example.test/x', { clock, transport })
    assert.equal(answer.status, 200)
    assert.equal(attempts.length, 2)
    assert.deepEqual(clock.sleeps, [21_000])
  })

  test('400, 401, 404, 422: one attempt, the answer is handed back', async () => {
    for (const code of [400, 401, 404, 422]) {
      const clock = fakeClock()
      const { transport, attempts } = scripted([{ status: code }, { status: 200 }])
      const answer = await request('https://api.example.test/x', { clock, transport })
      assert.equal(answer.status, code)
      assert.equal(answer.attempts, 1)
      assert.equal(attempts.length, 1)
      assert.deepEqual(clock.sleeps, [])
    }
  })

  test('connection refused every time: 4 attempts, then an error that says so with the real path', async () => {
    const clock = fakeClock()
    const { transport, attempts } = scripted([
      socketError('ECONNREFUSED', 'refused', 'connection refused (ECONNREFUSED)'),
    ])
    const error = await request(URL_WITH_SECRETS, { method: 'DELETE', clock, transport }).catch(
      (e: unknown) => e,
    )
    assert.ok(error instanceof RequestFailedError)
    assert.equal(
      error.message,
      'DELETE https://api.example.test/repos/o/r/dispatches: connection refused (ECONNREFUSED) (4 attempts)',
    )
    assert.equal(attempts.length, 4)
    assert.doesNotMatch(error.message, /pa55|q-secret|500/)
  })

  test('a host DNS does not know (ENOTFOUND): one attempt, named as a DNS failure', async () => {
    const clock = fakeClock()
    const { transport, attempts } = scripted([
      {
        error: describeSocketError(
          Object.assign(new Error('getaddrinfo ENOTFOUND api.githb.com'), { code: 'ENOTFOUND' }),
          'api.githb.com',
        ),
      },
    ])
    const error = await request('https://api.githb.com/x', { clock, transport }).catch(
      (e: unknown) => e,
    )
    assert.ok(error instanceof RequestFailedError)
    assert.equal(
      error.message,
      'GET https://api.githb.com/x: DNS failure: host api.githb.com not found (ENOTFOUND)',
    )
    assert.equal(attempts.length, 1)
  })

  test('a request never answered: each attempt times out, and the total stays within the deadline', async () => {
    const clock = fakeClock()
    const { transport, attempts } = scripted([{ hang: true }], clock)
    const started = clock.now()
    const error = await request('https://api.example.test/x', {
      clock,
      transport,
      policy: { deadlineMs: 60_000 },
    }).catch((e: unknown) => e)
    assert.ok(error instanceof RequestFailedError)
    assert.match(
      error.message,
      /^GET https:\/\/api\.example\.test\/x: timed out after 29\.6 s \(2 attempts\); the next attempt would start after the 60\.0 s deadline$/,
    )
    assert.equal(attempts.length, 2)
    assert.equal(clock.now() - started, 60_000)
    assert.deepEqual(clock.sleeps, [30_000, 375, 29_625])
  })

  test('invalid URLs, other schemes and port 0 fail at once without an attempt', async () => {
    for (const url of [
      'not a url',
      'ftp://example.test/x',
      'http://example.test:0/x',
      'http://example.test:99999/',
    ]) {
      const { transport, attempts } = scripted([{ status: 200 }])
      const error = await request(url, { transport, clock: fakeClock() }).catch((e: unknown) => e)
      assert.ok(error instanceof NetworkError && error.kind === 'invalid-url', url)
      assert.equal(attempts.length, 0)
    }
  })

  test('headersFor lays fresh headers over the base ones on each attempt', async () => {
    const { transport, attempts } = scripted([{ status: 500 }, { status: 200 }])
    await request('https://api.example.test/x', {
      headers: { 'webhook-id': 'same', 'webhook-timestamp': '0' },
      headersFor: (n) => ({ 'Webhook-Timestamp': String(n) }),
      clock: fakeClock(),
      transport,
    })
    assert.deepEqual(
      attempts.map((a) => [a.init.headers['webhook-id'], a.init.headers['Webhook-Timestamp']]),
      [
        ['same', '1'],
        ['same', '2'],
      ],
    )
  })
})

describe('request(): real sockets and real time', () => {
  test('a refused port is named as such', async () => {
    const closed = await startReceiver([status(200)])
    await closed.close()
    const error = await request(closed.url, { policy: { maxAttempts: 2, baseDelayMs: 10 } }).catch(
      (e: unknown) => e,
    )
    assert.ok(error instanceof RequestFailedError)
    assert.match(
      error.message,
      /^GET http:\/\/127\.0\.0\.1:\d+\/hook: connection refused \(ECONNREFUSED\) \(2 attempts\)$/,
    )
  })

  test('a reset connection is retried, then the answer comes', async () => {
    const server = await startReceiver([reset, status(200)])
    const answer = await request(server.url, {
      method: 'POST',
      body: 'x',
      policy: { baseDelayMs: 10 },
    })
    assert.equal(answer.status, 200)
    assert.equal(answer.attempts, 2)
    assert.equal(server.received.length, 2)
  })

  test('a server that never answers: the per-attempt timeout ends each attempt', async () => {
    const server = await startReceiver([hang])
    const started = Date.now()
    const error = await request(server.url, {
      policy: { timeoutMs: 200, maxAttempts: 2, baseDelayMs: 10 },
    }).catch((e: unknown) => e)
    assert.ok(error instanceof RequestFailedError)
    assert.match(error.message, /: timed out after 0\.2 s \(2 attempts\)$/)
    assert.equal(server.received.length, 2)
    assert.ok(Date.now() - started < 5000)
  })

  test('a server that accepts the connection and never reads: timed out, not hung', async () => {
    const sockets: import('node:net').Socket[] = []
    const silent = createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as AddressInfo
    try {
      const error = await request(`http://127.0.0.1:${port}/`, {
        policy: { timeoutMs: 150, maxAttempts: 1 },
      }).catch((e: unknown) => e)
      assert.ok(error instanceof RequestFailedError)
      assert.equal(error.message, `GET http://127.0.0.1:${port}/: timed out after 0.1 s`)
    } finally {
      for (const socket of sockets) socket.destroy()
      silent.close()
    }
  })
})
