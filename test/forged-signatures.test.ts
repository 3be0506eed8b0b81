// Forged deliveries are refused everywhere a signature is checked: the library's verify,
// `ci-relay verify`, `ci-relay listen`, and `receive` (the signed dispatch payload). A list of
// secrets (rotation) is accepted when one of them signed it, and only then.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { signRelay, verifyRelay, RelaySignatureError } from '../src/relay-signature.js'
import { sign, type SignatureScheme } from '../src/webhook/sign.js'
import { verify, WebhookVerificationError, type IncomingHeaders } from '../src/webhook/verify.js'
import { startListen } from './support/listen.js'
import { runCli } from './support/runner.js'

/** The schemes that sign the body (gitlab sends a token and covers nothing: webhook-sign.test.ts). */
type Signed = Exclude<SignatureScheme, 'none' | 'gitlab'>

const SECRETS: Record<Signed, string> = {
  standard: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  github: "It's a Secret to Everybody",
  jobserv: 'jobserv-secret',
}
const OLD: Record<Signed, string> = {
  standard: 'whsec_c2Vjb25kIHNlY3JldCBmb3Igcm90YXRpb24=',
  github: 'the previous github secret',
  jobserv: 'the previous jobserv secret',
}
const BODY = JSON.stringify({ type: 'build.completed', status: 'success', sha: 'a'.repeat(40) })
const now = () => Math.floor(Date.now() / 1000)

interface Delivery {
  name: string
  body: string
  headers: Record<string, string>
}

/** The signature header of each scheme, and a well-formed value that is not the right one. */
const SIGNATURE_HEADER = {
  standard: 'webhook-signature',
  github: 'X-Hub-Signature-256',
  jobserv: 'X-JobServ-Sig',
}

function without(headers: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([k]) => k.toLowerCase() !== name.toLowerCase()),
  )
}

/** Forgeries of a valid delivery under `scheme`; none of them may verify with SECRETS[scheme]. */
function forgeries(scheme: Signed): Delivery[] {
  const secret = SECRETS[scheme]
  const valid = sign(scheme, secret, BODY, { id: 'msg_forged' })
  const header = SIGNATURE_HEADER[scheme]
  const value = valid[header] as string
  const flipped = value.slice(0, -2) + (value.endsWith('a') ? 'b' : 'a') + value.slice(-1)
  const list: Delivery[] = [
    { name: 'a changed body', body: BODY.replace('success', 'failure'), headers: valid },
    { name: 'a body with one byte more', body: `${BODY} `, headers: valid },
    {
      name: 'a wrong secret',
      body: BODY,
      headers: sign(scheme, scheme === 'standard' ? 'whsec_d3Jvbmcga2V5' : 'wrong', BODY),
    },
    { name: 'no signature header', body: BODY, headers: without(valid, header) },
    { name: 'an empty signature header', body: BODY, headers: { ...valid, [header]: '' } },
    { name: 'one flipped character', body: BODY, headers: { ...valid, [header]: flipped } },
    {
      name: 'a truncated signature',
      body: BODY,
      headers: { ...valid, [header]: value.slice(0, -4) },
    },
  ]
  if (scheme === 'standard') {
    const digest = value.slice(3)
    const signedAt = (ts: number) => sign(scheme, secret, BODY, { id: 'msg_forged', timestamp: ts })
    list.push(
      { name: 'a timestamp 320 s old', body: BODY, headers: signedAt(now() - 320) },
      { name: 'a timestamp 320 s ahead', body: BODY, headers: signedAt(now() + 320) },
      { name: 'a timestamp from 1970', body: BODY, headers: signedAt(0) },
      {
        name: 'a timestamp re-stamped without re-signing',
        body: BODY,
        headers: { ...valid, 'webhook-timestamp': String(now() + 1) },
      },
      {
        name: 'a changed webhook-id',
        body: BODY,
        headers: { ...valid, 'webhook-id': 'msg_other' },
      },
      { name: 'no webhook-id', body: BODY, headers: without(valid, 'webhook-id') },
      { name: 'no webhook-timestamp', body: BODY, headers: without(valid, 'webhook-timestamp') },
      {
        name: 'a non-numeric timestamp',
        body: BODY,
        headers: { ...valid, 'webhook-timestamp': 'soon' },
      },
      {
        name: 'the wrong version prefix (v2)',
        body: BODY,
        headers: { ...valid, [header]: `v2,${digest}` },
      },
      { name: 'no version prefix', body: BODY, headers: { ...valid, [header]: digest } },
      {
        name: 'the asymmetric prefix (v1a)',
        body: BODY,
        headers: { ...valid, [header]: `v1a,${digest}` },
      },
      {
        name: 'only bad signatures in a list',
        body: BODY,
        headers: { ...valid, [header]: `v1,${flipped.slice(3)} v1,AAAA v2,${digest}` },
      },
    )
  } else {
    const hex = value.slice(value.indexOf(scheme === 'github' ? '=' : ':') + 1)
    const wrongPrefix = scheme === 'github' ? `sha1=${hex}` : `sha256=${hex}`
    list.push(
      { name: 'the wrong scheme prefix', body: BODY, headers: { ...valid, [header]: wrongPrefix } },
      { name: 'no scheme prefix', body: BODY, headers: { ...valid, [header]: hex } },
      {
        name: 'not hex',
        body: BODY,
        headers: { ...valid, [header]: value.replace(/[0-9a-f]{6}$/, 'zzzzzz') },
      },
      {
        name: 'two signatures, both bad',
        body: BODY,
        headers: { ...valid, [header]: `${flipped}, ${flipped}` },
      },
    )
  }
  if (scheme === 'github') {
    // Only the legacy SHA-1 header (right for this body): not accepted unless asked for.
    list.push({ name: 'only the legacy SHA-1 header', body: BODY, headers: without(valid, header) })
  }
  return list
}

const SCHEMES = ['standard', 'github', 'jobserv'] as const
let forgedCount = 0

describe('library verify refuses forgeries', () => {
  for (const scheme of SCHEMES) {
    for (const forged of forgeries(scheme)) {
      forgedCount++
      test(`${scheme}: ${forged.name}`, () => {
        assert.throws(
          () => verify(scheme, SECRETS[scheme], forged.body, forged.headers),
          WebhookVerificationError,
        )
        // With a rotation list, still refused.
        assert.throws(
          () => verify(scheme, [OLD[scheme], SECRETS[scheme]], forged.body, forged.headers),
          WebhookVerificationError,
        )
      })
    }
    test(`${scheme}: rotation lists`, () => {
      const byOld = sign(scheme, OLD[scheme], BODY)
      verify(scheme, [SECRETS[scheme], OLD[scheme]], BODY, byOld)
      verify(scheme, [OLD[scheme]], BODY, byOld)
      assert.throws(() => verify(scheme, SECRETS[scheme], BODY, byOld), WebhookVerificationError)
      assert.throws(() => verify(scheme, [SECRETS[scheme], 'x'.repeat(8)], BODY, byOld), /./)
      assert.throws(() => verify(scheme, [], BODY, byOld), TypeError)
    })
  }
  test('standard: a header listing a bad and a good signature is accepted', () => {
    const good = sign('standard', SECRETS.standard, BODY, { id: 'm' })
    const bad = sign('standard', OLD.standard, BODY, {
      id: 'm',
      timestamp: Number(good['webhook-timestamp']),
    })
    verify('standard', SECRETS.standard, BODY, {
      ...good,
      'webhook-signature': `${bad['webhook-signature']} ${good['webhook-signature']}`,
    })
  })
  test('timestamps just inside the window both ways are accepted', () => {
    for (const skew of [-299, 299]) {
      verify(
        'standard',
        SECRETS.standard,
        BODY,
        sign('standard', SECRETS.standard, BODY, { timestamp: now() + skew }),
      )
    }
  })
})

/** `--header 'name: value'` flags for a delivery. */
const headerFlags = (headers: IncomingHeaders) =>
  Object.entries(headers).flatMap(([name, value]) => ['--header', `${name}: ${String(value)}`])

describe(
  'ci-relay verify refuses forgeries (exit 1), accepts a rotation list',
  { concurrency: 6 },
  () => {
    for (const scheme of SCHEMES) {
      for (const forged of forgeries(scheme)) {
        test(`${scheme}: ${forged.name}`, async () => {
          const result = await runCli(
            ['verify', '--signature', scheme, ...headerFlags(forged.headers)],
            {
              env: { CI_RELAY_SECRET: `${OLD[scheme]}\n${SECRETS[scheme]}` },
              stdin: forged.body,
            },
          )
          assert.equal(result.code, 1, result.stderr)
          assert.match(result.stderr, /^error: not valid: /m)
          assert.equal(result.stdout, '')
          assert.ok(!result.stderr.includes(SECRETS[scheme]))
        })
      }
      test(`${scheme}: signed with the old secret, checked with --secret new --secret old`, async () => {
        const headers = sign(scheme, OLD[scheme], BODY)
        const ok = await runCli(
          ['verify', '--secret', SECRETS[scheme], '--secret', OLD[scheme], ...headerFlags(headers)],
          { stdin: BODY },
        )
        assert.equal(ok.code, 0, ok.stderr)
        assert.equal(ok.stdout, `${BODY}\n`)
        const refused = await runCli(['verify', ...headerFlags(headers)], {
          env: { CI_RELAY_SECRET: SECRETS[scheme] },
          stdin: BODY,
        })
        assert.equal(refused.code, 1)
      })
    }
  },
)

describe('ci-relay listen refuses forgeries (401), accepts a rotation list', () => {
  for (const scheme of SCHEMES) {
    test(scheme, async () => {
      const listener = await startListen(['--signature', scheme], {
        CI_RELAY_SECRET: `${SECRETS[scheme]}\n${OLD[scheme]}`,
      })
      try {
        for (const forged of forgeries(scheme)) {
          const response = await fetch(`${listener.url}/hook`, {
            method: 'POST',
            headers: forged.headers,
            body: forged.body,
          })
          assert.equal(response.status, 401, forged.name)
        }
        for (const secret of [SECRETS[scheme], OLD[scheme]]) {
          const response = await fetch(`${listener.url}/hook`, {
            method: 'POST',
            headers: sign(scheme, secret, BODY),
            body: BODY,
          })
          assert.equal(response.status, 200)
        }
        assert.equal(
          (listener.stdout().match(/^rejected /gm) ?? []).length,
          forgeries(scheme).length,
        )
        assert.equal((listener.stdout().match(/^delivery .* verified/gm) ?? []).length, 2)
      } finally {
        assert.equal(await listener.stop(), 0)
      }
      assert.ok(
        !listener.stdout().includes(SECRETS[scheme]) &&
          !listener.stderr().includes(SECRETS[scheme]),
      )
    })
  }
})

// receive: the signed dispatch (client_payload._relay) checked by the library and by the CLI.
const RELAY_SECRET = 'relay-signing-secret-0123456789'
const RELAY_OLD = 'relay-signing-secret-previous'
const DATA = { version: '1.2.3', env: 'staging' }

function relayForgeries(): [string, string | undefined, Record<string, unknown>][] {
  const stamp = signRelay(RELAY_SECRET, 'deploy', DATA, { id: 'c0ffee' })
  return [
    ['a changed value', 'deploy', { ...DATA, version: '9.9.9', _relay: stamp }],
    ['an added key', 'deploy', { ...DATA, extra: true, _relay: stamp }],
    ['a changed event type', 'release', { ...DATA, _relay: stamp }],
    [
      'a wrong secret',
      'deploy',
      { ...DATA, _relay: signRelay('not-the-secret', 'deploy', DATA, { id: 'c0ffee' }) },
    ],
    [
      'a signature 3601 s old',
      'deploy',
      { ...DATA, _relay: signRelay(RELAY_SECRET, 'deploy', DATA, { id: 'c', ts: now() - 3601 }) },
    ],
    [
      'a signature 120 s ahead',
      'deploy',
      { ...DATA, _relay: signRelay(RELAY_SECRET, 'deploy', DATA, { id: 'c', ts: now() + 120 }) },
    ],
    ['a re-stamped time', 'deploy', { ...DATA, _relay: { ...stamp, ts: stamp.ts + 1 } }],
    ['a changed id', 'deploy', { ...DATA, _relay: { ...stamp, id: 'other' } }],
    ['no _relay', 'deploy', { ...DATA }],
    ['_relay without sig', 'deploy', { ...DATA, _relay: { id: 'c', ts: stamp.ts } }],
    ['a sig that is not hex', 'deploy', { ...DATA, _relay: { ...stamp, sig: 'z'.repeat(64) } }],
    [
      'a sig in upper case',
      'deploy',
      { ...DATA, _relay: { ...stamp, sig: stamp.sig.toUpperCase() } },
    ],
    ['a ts that is a string', 'deploy', { ...DATA, _relay: { ...stamp, ts: String(stamp.ts) } }],
    ['_relay that is a string', 'deploy', { ...DATA, _relay: 'signed' }],
  ]
}

describe('receive refuses forged signed dispatches', { concurrency: 6 }, () => {
  for (const [name, eventType, payload] of relayForgeries()) {
    forgedCount++
    test(`library: ${name}`, () => {
      assert.throws(
        () => verifyRelay([RELAY_OLD, RELAY_SECRET], eventType, payload),
        RelaySignatureError,
      )
    })
    test(`CLI: ${name}`, async () => {
      const result = await runCli(['receive', '--json'], {
        env: {
          CI_RELAY_PAYLOAD: JSON.stringify({ event_type: eventType, client_payload: payload }),
          CI_RELAY_SECRET: `${RELAY_OLD}\n${RELAY_SECRET}`,
        },
      })
      assert.equal(result.code, 1, result.stderr)
      assert.match(result.stderr, /Rejected the payload|Input/)
      assert.equal(result.stdout, '', 'no outputs')
    })
  }
  test('a list where one secret signed it is accepted; without that secret it is refused', async () => {
    const payload = { ...DATA, _relay: signRelay(RELAY_OLD, 'deploy', DATA, { id: 'c0ffee' }) }
    const body = JSON.stringify({ event_type: 'deploy', client_payload: payload })
    const ok = await runCli(['receive', '--json'], {
      env: { CI_RELAY_PAYLOAD: body, CI_RELAY_SECRET: `${RELAY_SECRET}\n${RELAY_OLD}` },
    })
    assert.equal(ok.code, 0, ok.stderr)
    assert.equal((JSON.parse(ok.stdout) as Record<string, string>).verified, 'true')
    const refused = await runCli(['receive', '--json'], {
      env: { CI_RELAY_PAYLOAD: body, CI_RELAY_SECRET: RELAY_SECRET },
    })
    assert.equal(refused.code, 1)
  })
  test('the forged-signature table is not empty', () =>
    assert.ok(forgedCount > 40, String(forgedCount)))
})
