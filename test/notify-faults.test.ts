// Delivery faults end to end: the built dist/ run as a runner step against loopback receivers
// scripted to fail. Real time: retries wait the engine's real backoff (full jitter from 1 s,
// doubling), which keeps each scenario within a few seconds.
import assert from 'node:assert/strict'
import { readFileSync, statSync } from 'node:fs'
import { describe, test } from 'node:test'
import { Webhook } from 'standardwebhooks'
import {
  hang,
  reset,
  startReceiver,
  status,
  type Handler,
  type Received,
} from './support/receiver.js'
import { githubEnv, runAction, runCli } from './support/runner.js'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'

function notify(url: string, inputs: Record<string, string> = {}) {
  return runAction('main', {
    env: githubEnv(),
    inputs: {
      command: 'notify',
      url,
      secret: SECRET,
      status: 'success',
      'include-jobs': 'false',
      ...inputs,
    },
  })
}

/** Every request is one delivery: same id, same body, each signature valid. */
function assertOneDelivery(received: Received[]): string {
  const id = received[0]?.headers['webhook-id']
  assert.ok(typeof id === 'string' && id.length > 0)
  for (const request of received) {
    assert.equal(request.headers['webhook-id'], id)
    assert.equal(request.body, received[0]?.body)
    new Webhook(SECRET).verify(request.body, request.headers as Record<string, string>)
  }
  return id
}

async function scenario(handlers: Handler[], inputs: Record<string, string> = {}) {
  const receiver = await startReceiver(handlers)
  const step = await notify(receiver.url, inputs)
  const results = JSON.parse(step.outputs.results ?? '[]')
  return { receiver, step, result: results[0], results }
}

describe('notify delivery faults', () => {
  test('502, 502, 200: three attempts, one delivery id', async () => {
    const { receiver, step, result } = await scenario([status(502), status(502), status(200)])
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(receiver.received.length, 3)
    const id = assertOneDelivery(receiver.received)
    assert.equal(step.outputs['delivery-id'], id)
    assert.equal(result.attempts, 3)
    assert.equal(result.status_code, 200)
    assert.equal(result.delivery_id, id)
    assert.match(
      step.stdout,
      /POST http:\/\/127\.0\.0\.1:\d+\/hook \(delivery [^)]+\): 502 Bad Gateway; retrying in \d+\.\d s \(attempt 2 of 10\)/,
    )
    assert.match(step.stdout, /: 502 Bad Gateway; retrying in \d+\.\d s \(attempt 3 of 10\)/)
  })

  test('429 with Retry-After: 2 waits at least 2 s', async () => {
    const { receiver, step, result } = await scenario([
      status(429, { 'Retry-After': '2' }),
      status(200),
    ])
    assert.equal(step.code, 0, step.stderr + step.stdout)
    const [first, second] = receiver.received
    assert.ok(first && second)
    assert.ok(second.at - first.at >= 2000, `waited ${second.at - first.at} ms`)
    assert.equal(result.attempts, 2)
    assert.ok(result.ms >= 2000)
    assertOneDelivery(receiver.received)
  })

  test('a hung attempt times out, then the next succeeds', async () => {
    const { receiver, step, result } = await scenario([hang, status(200)], { timeout: '1' })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(receiver.received.length, 2)
    assert.equal(result.attempts, 2)
    assert.match(step.stdout, /: timed out after 1\.0 s; retrying in \d+\.\d s \(attempt 2 of 10\)/)
    assertOneDelivery(receiver.received)
  })

  test('a reset connection is retried', async () => {
    const { receiver, step, result } = await scenario([reset, status(204)])
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(receiver.received.length, 2)
    assert.equal(result.attempts, 2)
    assert.equal(result.status_code, 204)
    assert.match(step.stdout, /: connection reset before an answer \(ECONNRESET\); retrying/)
  })

  test('400: one attempt, the step fails and says why', async () => {
    const { receiver, step, result } = await scenario([status(400), status(200)])
    assert.equal(step.code, 1)
    assert.equal(receiver.received.length, 1)
    assert.equal(result.attempts, 1)
    assert.equal(result.status_code, 400)
    assert.equal(result.delivered, false)
    assert.match(
      step.errors.join('\n'),
      /Not delivered to 1 of 1 URL:\n.*\/hook: HTTP 400 Bad Request \(1 attempt\)/,
    )
    assert.ok(step.outputs.undelivered, 'undelivered output set')
    assert.match(step.summary, /failed: HTTP 400 Bad Request/)
  })

  test('always 503 with max-attempts 3: exactly three attempts; redeliver sends the same delivery later', async () => {
    const receiver = await startReceiver([status(503), status(503), status(503), status(200)])
    const step = await notify(receiver.url, { 'max-attempts': '3' })
    assert.equal(step.code, 1)
    assert.equal(receiver.received.length, 3)
    const id = assertOneDelivery(receiver.received)
    const result = JSON.parse(step.outputs.results ?? '[]')[0]
    assert.equal(result.attempts, 3)
    assert.equal(result.status_code, 503)
    assert.match(step.errors.join('\n'), /HTTP 503 Service Unavailable \(3 attempts\)/)

    const file = step.outputs.undelivered as string
    assert.ok(file.startsWith(step.childEnv.RUNNER_TEMP as string), file)
    assert.equal(statSync(file).mode & 0o777, 0o600)
    const saved = readFileSync(file, 'utf8')
    assert.ok(!saved.includes(SECRET.slice(6)), 'the secret is not in the file')
    assert.deepEqual(JSON.parse(saved).deliveries, [
      {
        url: receiver.url,
        body: receiver.received[0]?.body,
        deliveryId: id,
        signature: 'standard',
        event: 'build.completed',
        authorization: false,
      },
    ])

    const unsigned = await runCli(['redeliver', file])
    assert.equal(unsigned.code, 2)
    assert.match(unsigned.stderr, /CI_RELAY_SECRET/)
    assert.equal(receiver.received.length, 3)

    const again = await runCli(['redeliver', file], { env: { CI_RELAY_SECRET: SECRET } })
    assert.equal(again.code, 0, again.stderr)
    assert.equal(receiver.received.length, 4)
    assert.equal(assertOneDelivery(receiver.received), id)
    assert.equal(JSON.parse(again.stdout)[0].delivered, true)
  })

  test('two URLs: both delivered concurrently, each with its own delivery id', async () => {
    const one = await startReceiver()
    const two = await startReceiver([status(500), status(202)])
    const step = await notify(`${one.url}?team=a,b\n${two.url}`)
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(one.received.length, 1)
    assert.equal(one.received[0]?.url, '/hook?team=a,b', 'a comma in a query stays in its URL')
    assert.equal(two.received.length, 2)
    const ids = [assertOneDelivery(one.received), assertOneDelivery(two.received)]
    assert.notEqual(ids[0], ids[1])
    assert.equal(one.received[0]?.body, two.received[0]?.body)
    const results = JSON.parse(step.outputs.results ?? '[]')
    assert.deepEqual(
      results.map((r: { url: string; delivery_id: string; attempts: number }) => [
        r.url,
        r.delivery_id,
        r.attempts,
      ]),
      [
        [one.url, ids[0], 1],
        [two.url, ids[1], 2],
      ],
    )
    assert.equal(step.outputs['delivery-id'], ids[0])
  })

  test('one of two URLs fails: the other is still delivered, then the step fails', async () => {
    const good = await startReceiver()
    const bad = await startReceiver([status(410)])
    const step = await notify(`${bad.url}, ${good.url}`)
    assert.equal(step.code, 1)
    assert.equal(good.received.length, 1)
    assert.equal(bad.received.length, 1)
    assert.match(step.errors.join('\n'), /Not delivered to 1 of 2 URLs/)
    const saved = JSON.parse(readFileSync(step.outputs.undelivered as string, 'utf8'))
    assert.deepEqual(
      saved.deliveries.map((d: { url: string }) => d.url),
      [bad.url],
    )
  })
})
