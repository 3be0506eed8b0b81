// Property-based tests (fast-check): signatures round-trip for any body and secret and interoperate
// with the Standard Webhooks library; the signed-dispatch canonical form does not depend on key
// order or formatting; payload keys never become invalid or colliding output or variable names
// without being reported.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { Webhook } from 'standardwebhooks'
import { dotenvFile } from '../src/receive/dotenv.js'
import { keyOutputs } from '../src/receive/outputs.js'
import { signRelay, verifyRelay } from '../src/relay-signature.js'
import { sign } from '../src/webhook/sign.js'
import { verify, WebhookVerificationError } from '../src/webhook/verify.js'
import { reordered } from './support/dispatch-event.js'

const RUNS = { numRuns: 200 }
const body = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.uint8Array().map((a) => Buffer.from(a)),
)
/** Standard Webhooks secrets: any non-empty key, base64, with or without whsec_. */
const standardSecret = fc
  .tuple(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.boolean())
  .map(([key, prefix]) => `${prefix ? 'whsec_' : ''}${Buffer.from(key).toString('base64')}`)
/** github and jobserv secrets: any non-empty string. */
const plainSecret = fc.string({ unit: 'binary', minLength: 1 })
const toBuffer = (b: string | Buffer) => (typeof b === 'string' ? Buffer.from(b) : b)
const changed = (b: string | Buffer, at: number) => {
  const bytes = Buffer.from(toBuffer(b))
  if (bytes.length === 0) return Buffer.from('x')
  bytes[at % bytes.length] = (bytes[at % bytes.length] as number) ^ 1
  return bytes
}

describe('properties: signatures', () => {
  test('standard: sign → verify round trips; one changed bit or another key fails', () => {
    fc.assert(
      fc.property(body, standardSecret, standardSecret, fc.nat(), (b, secret, other, at) => {
        const headers = sign('standard', secret, b)
        verify('standard', secret, b, headers)
        verify('standard', [other, secret], b, headers)
        assert.throws(
          () => verify('standard', secret, changed(b, at), headers),
          WebhookVerificationError,
        )
        const sameKey = Buffer.from(secret.replace(/^whsec_/, ''), 'base64').equals(
          Buffer.from(other.replace(/^whsec_/, ''), 'base64'),
        )
        if (!sameKey)
          assert.throws(() => verify('standard', other, b, headers), WebhookVerificationError)
      }),
      RUNS,
    )
  })

  test('standard: the Standard Webhooks library and ci-relay accept each other, given the same string', () => {
    const id = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\s,]/.test(s))
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), standardSecret, id, (text, secret, msgId) => {
        const library = new Webhook(secret)
        const headers = sign('standard', secret, text, { id: msgId })
        library.verify(text, headers as Record<string, string>, { jsonParse: false })
        const ts = new Date(Number(headers['webhook-timestamp']) * 1000)
        verify('standard', secret, text, {
          ...headers,
          'webhook-signature': library.sign(msgId, ts, text),
        })
      }),
      RUNS,
    )
  })

  for (const scheme of ['github', 'jobserv'] as const) {
    test(`${scheme}: sign → verify round trips; a changed bit or another secret fails`, () => {
      fc.assert(
        fc.property(body, plainSecret, plainSecret, fc.nat(), (b, secret, other, at) => {
          const headers = sign(scheme, secret, b)
          verify(scheme, secret, b, headers)
          verify(scheme, [other, secret], b, headers)
          assert.throws(
            () => verify(scheme, secret, changed(b, at), headers),
            WebhookVerificationError,
          )
          if (other !== secret)
            assert.throws(() => verify(scheme, other, b, headers), WebhookVerificationError)
        }),
        RUNS,
      )
    })
  }
})

describe('properties: signed dispatch', () => {
  const payload = fc.dictionary(
    fc.string({ minLength: 1 }).filter((k) => k !== '_relay' && k !== '__proto__'),
    fc.jsonValue(),
    { maxKeys: 10 },
  )
  test('canonical JSON is stable under key reordering and re-serialization', () => {
    fc.assert(
      fc.property(
        payload,
        fc.string({ minLength: 1, maxLength: 100 }),
        plainSecret,
        (data, eventType, secret) => {
          const stamp = signRelay(secret, eventType, data, { id: 'c0ffee' })
          const again = signRelay(secret, eventType, reordered(data) as Record<string, unknown>, {
            id: 'c0ffee',
            ts: stamp.ts,
          })
          assert.equal(again.sig, stamp.sig)
          // What GitHub hands the receiver: parsed, reordered, indented differently.
          const received = JSON.parse(
            JSON.stringify(reordered({ ...data, _relay: stamp }), null, 3),
          ) as Record<string, unknown>
          verifyRelay(secret, eventType, received)
        },
      ),
      RUNS,
    )
  })
})

describe('properties: output and variable names', () => {
  const key = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom(
      'payload',
      'PAYLOAD',
      'event-type',
      'event_type',
      'Verified',
      'a-b',
      'a_b',
      'A-B',
      '_',
      '-',
      '1a',
    ),
  )
  const data = fc.dictionary(key, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 12 })
  const reserved = ['payload', 'event-type', 'verified', 'callback-url']

  test('outputs: every name valid, none colliding (case-insensitively), every key an output or reported', () => {
    fc.assert(
      fc.property(data, (d) => {
        const { outputs, skipped } = keyOutputs(d, reserved)
        const names = Object.keys(outputs)
        for (const name of names) assert.match(name, /^[A-Za-z_][A-Za-z0-9_-]*$/)
        const lower = [...names, ...reserved].map((n) => n.toLowerCase())
        assert.equal(new Set(lower).size, lower.length, 'colliding names')
        assert.equal(names.length + skipped.length, Object.keys(d).length, 'a key went silently')
        for (const name of names) assert.ok(Object.hasOwn(d, name))
      }),
      RUNS,
    )
  })

  test('dotenv: every written name valid and unique, every value read back by GitLab as it was, the rest reported', () => {
    const entries = fc.array(fc.tuple(key, fc.string({ unit: 'binary', maxLength: 30 })), {
      maxLength: 12,
    })
    fc.assert(
      fc.property(entries, fc.constantFrom('RELAY_', 'X', '_'), (list, prefix) => {
        const file = dotenvFile(list, prefix)
        assert.equal(
          file.written.length + file.skipped.length,
          list.length,
          'an entry went silently',
        )
        assert.equal(new Set(file.written).size, file.written.length)
        const lines = file.text.split('\n').filter((l) => l !== '')
        assert.equal(lines.length, file.written.length)
        for (const line of lines) {
          const [, name = '', value = ''] = /^(.*?)=(.*)$/.exec(line) ?? []
          assert.match(name.trim(), /^[A-Z0-9_]+$/)
          // The first entry of that name whose value GitLab can carry: an earlier one it cannot
          // carry is skipped (and reported), so a later key of the same name may take its place.
          const original = list.find(
            ([k, v]) =>
              `${prefix}${k}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_') === name &&
              !/[\r\n]/.test(v) &&
              v === v.trim(),
          )
          assert.ok(original)
          assert.equal(value.trim(), original[1], 'GitLab would read another value')
        }
      }),
      RUNS,
    )
  })
})
