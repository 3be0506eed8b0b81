// dispatch with signing-secret: client_payload._relay = {id, ts, sig}, and the signature itself.
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { describe, test } from 'node:test'
import {
  RelaySignatureError,
  signRelay,
  verifyRelay,
  type RelayStamp,
} from '../src/relay-signature.js'
import { reordered, runDispatch } from './support/dispatch-event.js'
import { assertNoSecretPrinted, assertSchemaValid, startGitHub } from './support/scenario.js'

const SECRET = 'relay-signing-secret-0123456789'
type Body = { event_type: string; client_payload: Record<string, unknown> & { _relay: RelayStamp } }

describe('dispatch with signing-secret', () => {
  test('signs client_payload._relay with the correlation id, to every repository', async () => {
    const fake = await startGitHub()
    const before = Math.floor(Date.now() / 1000)
    const payload = { version: '1.2.3', build: 7, meta: { env: 'staging' } }
    const step = await runDispatch(
      fake,
      { repository: 'octo-org/deploy, partner-org/integration-tests', 'signing-secret': SECRET },
      payload,
    )
    assert.equal(step.code, 0, step.stdout + step.stderr)
    const bodies = fake.requests.filter((r) => r.path.endsWith('/dispatches')).map((r) => r.body)
    assert.equal(bodies.length, 2)
    for (const body of bodies as Body[]) {
      const { _relay, ...data } = body.client_payload
      assert.deepEqual(data, payload)
      assert.deepEqual(Object.keys(_relay).sort(), ['id', 'sig', 'ts'])
      assert.equal(_relay.id, step.outputs['correlation-id'])
      assert.ok((_relay.ts as number) >= before && (_relay.ts as number) <= before + 30)
      assert.match(_relay.sig as string, /^[0-9a-f]{64}$/)
      assert.deepEqual(verifyRelay(SECRET, 'deploy', body.client_payload), _relay)
    }
    assert.ok(step.masks.includes(SECRET))
    assertNoSecretPrinted(step, [SECRET])
    assertSchemaValid(fake)
  })

  for (const [name, payload, extra, message] of [
    [
      'ten keys leave no room for _relay (signing)',
      Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i])),
      { 'signing-secret': SECRET },
      /Input 'client-payload': has 10 top-level keys; with signing-secret ci-relay adds _relay/,
    ],
    [
      'ten keys leave no room for _relay (wait)',
      Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i])),
      { wait: 'true' },
      /Input 'client-payload': has 10 top-level keys; with wait ci-relay adds _relay/,
    ],
    [
      'a _relay key of its own',
      { _relay: { id: 'mine' } },
      { 'signing-secret': SECRET },
      /must not have a top-level _relay key when signing-secret is set/,
    ],
    [
      'a payload that _relay pushes to 64 KB',
      { blob: 'x'.repeat(65_536 - 100) },
      { 'signing-secret': SECRET },
      /Input 'client-payload': must serialize to under 64 KB/,
    ],
    [
      'a string RFC 8785 cannot write (a lone surrogate)',
      JSON.parse('{"name": "\\ud800"}') as Record<string, unknown>,
      { 'signing-secret': SECRET },
      /Input 'client-payload': The payload has no canonical JSON form \(RFC 8785\)/,
    ],
  ] as const) {
    test(`refused before anything is sent: ${name}`, async () => {
      const fake = await startGitHub()
      const step = await runDispatch(fake, extra, payload)
      assert.equal(step.code, 1)
      assert.match(step.errors.join('\n'), message)
      assert.deepEqual(fake.requests, [])
      assertNoSecretPrinted(step, [SECRET])
    })
  }
})

describe('the _relay signature', () => {
  const data = { b: [1, 'é', { z: null, a: true }], a: 1e21, c: 'line\u2028sep', d: 1.5 }
  const stamp = { id: 'c0ffee00-0000-4000-8000-000000000001', ts: 1_700_000_000 }

  test('is HMAC-SHA256 of id.ts.<RFC 8785 JSON of {event_type, client_payload}>', () => {
    // Canonical form written out by hand: keys sorted, no space, ES number form (1e+21), the
    // U+2028 kept as it is.
    const canonical =
      '{"client_payload":{"a":1e+21,"b":[1,"é",{"a":true,"z":null}],"c":"line\u2028sep","d":1.5},"event_type":"deploy"}'
    const expected = createHmac('sha256', SECRET)
      .update(`${stamp.id}.${stamp.ts}.${canonical}`)
      .digest('hex')
    assert.deepEqual(signRelay(SECRET, 'deploy', data, stamp), { ...stamp, sig: expected })
  })

  test('survives re-serialization: key order, escapes, number spelling', () => {
    const _relay = signRelay(SECRET, 'deploy', data, stamp)
    const text = JSON.stringify(reordered({ ...data, _relay }), null, 2)
      .replace('1e+21', '1.0E21')
      .replace('é', '\\u00e9')
    const received = JSON.parse(text) as Record<string, unknown>
    assert.deepEqual(verifyRelay(SECRET, 'deploy', received, { now: stamp.ts + 10 }), _relay)
  })

  test('rejects each kind of bad payload with its own message', () => {
    const _relay = signRelay(SECRET, 'deploy', data, stamp)
    const at = { now: stamp.ts + 10 }
    const cases: [Record<string, unknown>, string, string, RegExp][] = [
      [{ ...data, d: 2.5, _relay }, 'deploy', SECRET, /does not match/],
      [{ ...data, extra: 1, _relay }, 'deploy', SECRET, /does not match/],
      [{ ...data, _relay }, 'other', SECRET, /does not match/],
      [{ ...data, _relay }, 'deploy', `${SECRET}x`, /does not match/],
      [{ ...data }, 'deploy', SECRET, /not signed \(no _relay\)/],
      [{ ...data, _relay: { id: stamp.id } }, 'deploy', SECRET, /not signed/],
      [{ ...data, _relay: { ..._relay, sig: 'zz' } }, 'deploy', SECRET, /malformed/],
      [{ ...data, _relay: { ..._relay, ts: String(stamp.ts) } }, 'deploy', SECRET, /malformed/],
    ]
    for (const [payload, eventType, secret, message] of cases) {
      assert.throws(
        () => verifyRelay(secret, eventType, payload, at),
        (error: Error) => error instanceof RelaySignatureError && message.test(error.message),
        message.source,
      )
    }
    const payload = { ...data, _relay }
    assert.throws(() => verifyRelay(SECRET, 'deploy', payload, { now: stamp.ts + 3601 }), /max-age/)
    verifyRelay(SECRET, 'deploy', payload, { now: stamp.ts + 3600 })
    verifyRelay(SECRET, 'deploy', payload, { now: stamp.ts + 3601, maxAgeSeconds: 3601 })
    verifyRelay(SECRET, 'deploy', payload, { now: stamp.ts - 30 })
    assert.throws(() => verifyRelay(SECRET, 'deploy', payload, { now: stamp.ts - 31 }), /future/)
  })
})
