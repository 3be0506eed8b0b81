import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { describe, it } from 'node:test'
import { sign as octokitSign, verify as octokitVerify } from '@octokit/webhooks-methods'
import { Webhook } from 'standardwebhooks'
import { sign } from '../src/webhook/sign.js'
import { WebhookVerificationError, verify } from '../src/webhook/verify.js'

// Known-answer vector of the Standard Webhooks reference libraries.
const SW = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
}
// GitHub's documented vector.
const GH = {
  secret: "It's a Secret to Everybody",
  body: 'Hello, World!',
  signature: 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

function rejects(fn: () => void, message: RegExp): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof WebhookVerificationError, `not a WebhookVerificationError: ${error}`)
    assert.match(error.message, message)
    return true
  })
}

describe('sign: standard', () => {
  it('matches the Standard Webhooks known-answer vector', () => {
    const headers = sign('standard', SW.secret, SW.body, { id: SW.id, timestamp: SW.timestamp })
    assert.deepEqual(headers, {
      'webhook-id': SW.id,
      'webhook-timestamp': String(SW.timestamp),
      'webhook-signature': SW.signature,
    })
  })

  it('signs a Buffer body like the same string', () => {
    const fromBuffer = sign('standard', SW.secret, Buffer.from(SW.body), SW)
    assert.equal(fromBuffer['webhook-signature'], SW.signature)
  })

  it('decodes a secret without whsec_ as base64, as the Standard Webhooks libraries do', () => {
    const secret = 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
    const headers = sign('standard', secret, 'x', { id: 'a', timestamp: 1 })
    const key = Buffer.from(secret, 'base64')
    const expected = createHmac('sha256', key).update('a.1.x').digest()
    assert.equal(headers['webhook-signature'], `v1,${expected.toString('base64')}`)
  })

  it('refuses a secret that is not base64, saying how to make one (never showing it)', () => {
    for (const secret of ['plain sécret', 'whsec_abc', 'whsec_', 'abcd=efg', 'YWJj\nZA==']) {
      assert.throws(
        () => sign('standard', secret, 'x'),
        (error: Error) =>
          /base64|empty/.test(error.message) && !error.message.includes(secret.slice(6) || '\0'),
        secret,
      )
    }
  })

  it('is verified by the standardwebhooks package', () => {
    const body = JSON.stringify({ type: 'build.completed', ünïcode: '✓' })
    const headers = sign('standard', SW.secret, body)
    assert.deepEqual(new Webhook(SW.secret).verify(body, headers), JSON.parse(body))
    // The same string, without the prefix, means the same key to that library.
    const plain = SW.secret.slice('whsec_'.length)
    const plainHeaders = sign('standard', plain, body)
    assert.deepEqual(new Webhook(plain).verify(body, plainHeaders), JSON.parse(body))
  })

  it('gives a fresh id and the current timestamp by default', () => {
    const a = sign('standard', SW.secret, '{}')
    const b = sign('standard', SW.secret, '{}')
    assert.notEqual(a['webhook-id'], b['webhook-id'])
    assert.match(a['webhook-id'] ?? '', /^[0-9a-f-]{36}$/)
    assert.ok(Math.abs(Number(a['webhook-timestamp']) - nowSeconds()) <= 2)
  })
})

describe('sign: github, jobserv, none', () => {
  it('matches the GitHub known-answer vector, with sha1, event and delivery', () => {
    const headers = sign('github', GH.secret, GH.body, { id: 'd-1', timestamp: 5 })
    assert.equal(headers['X-Hub-Signature-256'], GH.signature)
    const sha1 = createHmac('sha1', GH.secret).update(GH.body).digest('hex')
    assert.equal(headers['X-Hub-Signature'], `sha1=${sha1}`)
    assert.equal(headers['X-GitHub-Event'], 'build.completed')
    assert.equal(headers['X-GitHub-Delivery'], 'd-1')
    assert.equal(headers['webhook-id'], 'd-1')
    assert.equal(sign('github', GH.secret, GH.body, { event: 'ping' })['X-GitHub-Event'], 'ping')
  })

  it('is verified by @octokit/webhooks-methods', async () => {
    const body = JSON.stringify({ type: 'build.completed' })
    const headers = sign('github', GH.secret, body)
    assert.equal(await octokitVerify(GH.secret, body, headers['X-Hub-Signature-256'] ?? ''), true)
  })

  it('uses a whsec_ secret as it is under github and jobserv', () => {
    const headers = sign('github', SW.secret, GH.body)
    const expected = createHmac('sha256', SW.secret).update(GH.body).digest('hex')
    assert.equal(headers['X-Hub-Signature-256'], `sha256=${expected}`)
  })

  it('signs jobserv as sha256:<lowercase hex> of the raw body', () => {
    const headers = sign('jobserv', GH.secret, GH.body)
    assert.equal(headers['X-JobServ-Sig'], `sha256:${GH.signature.slice('sha256='.length)}`)
  })

  it('sends only id and timestamp with none, secret or not', () => {
    assert.deepEqual(sign('none', undefined, '{}', { id: 'x', timestamp: 7 }), {
      'webhook-id': 'x',
      'webhook-timestamp': '7',
    })
  })

  it('throws without a secret for every signing scheme, naming no secret', () => {
    for (const scheme of ['standard', 'github', 'jobserv'] as const) {
      assert.throws(() => sign(scheme, undefined, '{}'), /needs a secret/)
      assert.throws(() => sign(scheme, '', '{}'), /needs a secret/)
    }
    assert.throws(() => sign('standard', 'whsec_', '{}'), /empty key/)
    assert.throws(
      () => sign('standard', 'whsec_not base64!', '{}'),
      (error: Error) => {
        assert.doesNotMatch(error.message, /not base64/)
        return true
      },
    )
  })
})

describe('verify: standard', () => {
  const vectorHeaders = {
    'webhook-id': SW.id,
    'webhook-timestamp': String(SW.timestamp),
    'webhook-signature': SW.signature,
  }

  it('accepts the known-answer vector at its time', () => {
    verify('standard', SW.secret, SW.body, vectorHeaders, { now: SW.timestamp + 10 })
  })

  it('accepts what the standardwebhooks package signs, header names in any case', () => {
    const body = '{"hello":"world"}'
    const id = 'msg_1'
    const timestamp = new Date()
    const signature = new Webhook(SW.secret).sign(id, timestamp, body)
    verify('standard', SW.secret, Buffer.from(body), {
      'Webhook-Id': id,
      'WEBHOOK-TIMESTAMP': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': signature,
    })
  })

  it('accepts one matching signature among several (key rotation)', () => {
    const headers = {
      ...vectorHeaders,
      'webhook-signature': `v1,Zm9vYmFy v1a,ignored ${SW.signature} v2,x`,
    }
    verify('standard', SW.secret, SW.body, headers, { now: SW.timestamp })
    verify(
      'standard',
      SW.secret,
      SW.body,
      { ...vectorHeaders, 'webhook-signature': ['v1,AAAA', SW.signature] },
      {
        now: SW.timestamp,
      },
    )
  })

  it('rejects a changed body byte, a wrong secret and a malformed signature', () => {
    const options = { now: SW.timestamp }
    rejects(
      () => verify('standard', SW.secret, '{"test": 2432232315}', vectorHeaders, options),
      /^No matching signature found$/,
    )
    rejects(
      () => verify('standard', 'whsec_AAAAAAAAAAAAAAAAAAAAAAAA', SW.body, vectorHeaders, options),
      /^No matching signature found$/,
    )
    rejects(
      () =>
        verify(
          'standard',
          SW.secret,
          SW.body,
          { ...vectorHeaders, 'webhook-signature': 'v1,' },
          options,
        ),
      /^No matching signature found$/,
    )
  })

  it('rejects timestamps outside ±5 minutes, and bad or missing headers', () => {
    rejects(
      () => verify('standard', SW.secret, SW.body, vectorHeaders, { now: SW.timestamp + 301 }),
      /^Message timestamp too old$/,
    )
    rejects(
      () => verify('standard', SW.secret, SW.body, vectorHeaders, { now: SW.timestamp - 301 }),
      /^Message timestamp too new$/,
    )
    verify('standard', SW.secret, SW.body, vectorHeaders, { now: SW.timestamp + 300 })
    verify('standard', SW.secret, SW.body, vectorHeaders, {
      now: SW.timestamp + 3000,
      toleranceSeconds: 3600,
    })
    // Against the real clock the 2021 vector is far too old.
    rejects(() => verify('standard', SW.secret, SW.body, vectorHeaders), /too old/)
    rejects(
      () =>
        verify('standard', SW.secret, SW.body, { ...vectorHeaders, 'webhook-timestamp': 'abc' }),
      /^Invalid signature headers$/,
    )
    rejects(
      () => verify('standard', SW.secret, SW.body, { ...vectorHeaders, 'webhook-id': undefined }),
      /^Missing required headers$/,
    )
  })

  it('round-trips sign → verify, also across a retry re-sign', () => {
    const body = '{"a":1}'
    const first = sign('standard', SW.secret, body, { id: 'same' })
    const later = sign('standard', SW.secret, body, { id: 'same', timestamp: nowSeconds() + 60 })
    verify('standard', SW.secret, body, first)
    verify('standard', SW.secret, body, later)
  })
})

describe('verify: github and jobserv', () => {
  it('accepts the GitHub vector and what @octokit/webhooks-methods signs', async () => {
    verify('github', GH.secret, GH.body, { 'x-hub-signature-256': GH.signature })
    const body = '{"action":"completed"}'
    const signature = await octokitSign(GH.secret, body)
    verify('github', GH.secret, body, { 'X-Hub-Signature-256': signature })
  })

  it('rejects a changed byte or a wrong secret', () => {
    const headers = sign('github', GH.secret, GH.body)
    rejects(() => verify('github', GH.secret, 'Hello, World?', headers), /No matching/)
    rejects(() => verify('github', 'wrong', GH.body, headers), /No matching/)
  })

  it('checks sha256 when present and accepts sha1 alone only when allowed', () => {
    const headers = sign('github', GH.secret, GH.body)
    const sha1Only = { 'X-Hub-Signature': headers['X-Hub-Signature'] }
    rejects(() => verify('github', GH.secret, GH.body, sha1Only), /Missing required headers/)
    verify('github', GH.secret, GH.body, sha1Only, { allowSha1: true })
    rejects(() => verify('github', 'wrong', GH.body, sha1Only, { allowSha1: true }), /No matching/)
    // A bad sha256 is not rescued by a good sha1.
    const badSha256 = { ...headers, 'X-Hub-Signature-256': `sha256=${'0'.repeat(64)}` }
    rejects(
      () => verify('github', GH.secret, GH.body, badSha256, { allowSha1: true }),
      /No matching/,
    )
    rejects(() => verify('github', GH.secret, GH.body, {}), /^Missing required headers$/)
  })

  it('verifies jobserv sha256:<hex> and rejects other prefixes', () => {
    const headers = sign('jobserv', GH.secret, GH.body)
    verify('jobserv', GH.secret, Buffer.from(GH.body), {
      'x-jobserv-sig': headers['X-JobServ-Sig'],
    })
    rejects(
      () => verify('jobserv', GH.secret, GH.body, { 'X-JobServ-Sig': GH.signature }),
      /No matching/,
    )
    rejects(() => verify('jobserv', GH.secret, GH.body + ' ', headers), /No matching/)
    rejects(() => verify('jobserv', GH.secret, GH.body, {}), /Missing required headers/)
  })

  it('checks nothing under none and needs a secret otherwise', () => {
    verify('none', undefined, '{}', {})
    assert.throws(() => verify('github', undefined, '{}', {}), /needs a secret/)
  })

  it('never puts the secret or the signature in an error message', () => {
    const headers = sign('standard', SW.secret, SW.body)
    for (const attempt of [
      () => verify('standard', 'whsec_AAAAAAAAAAAAAAAAAAAAAAAA', SW.body, headers),
      () => verify('github', GH.secret, 'x', sign('github', GH.secret, GH.body)),
    ]) {
      assert.throws(attempt, (error: Error) => {
        assert.ok(!error.message.includes(SW.secret.slice(6)))
        assert.ok(!error.message.includes(GH.secret))
        assert.ok(!error.message.includes('sha256='))
        assert.ok(!error.message.includes('v1,'))
        return true
      })
    }
  })
})

describe('sign and verify: gitlab', () => {
  const TOKEN = 'glpat-like-webhook-token_0123'

  it('sends the token as it is, the event, and the delivery and hook ids', () => {
    const headers = sign('gitlab', TOKEN, '{}', {
      id: 'id-1',
      event: 'Push Hook',
      hook: 'https://awx.example.com/api/v2/job_templates/7/gitlab/',
      instance: 'https://gitlab.example.com',
    })
    assert.equal(headers['X-Gitlab-Token'], TOKEN)
    assert.equal(headers['X-Gitlab-Event'], 'Push Hook')
    assert.equal(headers['X-Gitlab-Event-UUID'], 'id-1')
    assert.equal(headers['X-Gitlab-Instance'], 'https://gitlab.example.com')
    const hook = headers['X-Gitlab-Webhook-UUID']
    assert.match(
      hook ?? '',
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    const again = sign('gitlab', TOKEN, '{"x":1}', {
      hook: 'https://awx.example.com/api/v2/job_templates/7/gitlab/',
    })
    assert.equal(again['X-Gitlab-Webhook-UUID'], hook, 'one hook, one UUID')
    assert.notEqual(again['X-Gitlab-Event-UUID'], 'id-1')
    const other = sign('gitlab', TOKEN, '{}', { hook: 'https://other.example.com/' })
    assert.notEqual(other['X-Gitlab-Webhook-UUID'], hook)
    assert.equal(sign('gitlab', TOKEN, '{}')['X-Gitlab-Event'], 'build.completed')
    assert.ok(!('X-Hub-Signature' in headers) && !('webhook-signature' in headers))
  })

  it('verifies the token (case-insensitive header name) and nothing of the body', () => {
    const headers = sign('gitlab', TOKEN, '{"a":1}')
    verify('gitlab', TOKEN, '{"a":1}', headers)
    verify('gitlab', TOKEN, 'any other body', { 'x-gitlab-token': TOKEN })
    rejects(() => verify('gitlab', `${TOKEN}x`, '{}', headers), /^No matching token found$/)
    rejects(
      () => verify('gitlab', TOKEN, '{}', { 'X-Gitlab-Token': TOKEN.slice(1) }),
      /No matching/,
    )
    rejects(() => verify('gitlab', TOKEN, '{}', {}), /^Missing required headers$/)
  })

  it('accepts any token of a rotation list, and no other', () => {
    const byOld = sign('gitlab', 'previous-token', '{}')
    verify('gitlab', [TOKEN, 'previous-token'], '{}', byOld)
    rejects(() => verify('gitlab', [TOKEN, 'another'], '{}', byOld), /No matching token/)
  })

  it('refuses a token that cannot travel as a header value, never echoing it', () => {
    for (const bad of ['line\nbreak', 'spaced-token ', 'tab\tin', 'ünïcode']) {
      assert.throws(
        () => sign('gitlab', bad, '{}'),
        (error: Error) => /printable ASCII/.test(error.message) && !error.message.includes(bad),
      )
    }
    assert.throws(() => sign('gitlab', TOKEN, '{}', { event: 'Push\r\nX: y' }), /line breaks/)
  })
})
