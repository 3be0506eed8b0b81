// Identity tokens (notify's oidc-audience) checked with jose: signature against the issuer's
// published keys (cached; refetched for an unknown kid), RS256 only, exp/nbf/iat with a tolerance,
// iss/aud/claims; a hung key server fails in bounded time. Through the library (verifyIdentity,
// also imported by package name) and `ci-relay listen --oidc-*`.
import assert from 'node:assert/strict'
import { createHmac, generateKeyPairSync } from 'node:crypto'
import { describe, test } from 'node:test'
import { verifyIdentity } from '../src/webhook/identity.js'
import { WebhookVerificationError } from '../src/webhook/verify.js'
import { startListen } from './support/listen.js'
import { startOidcIssuer } from './support/oidc-issuer.js'

const AUD = 'https://ci.example.com/hook'
const now = () => Math.floor(Date.now() / 1000)
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

async function refused(promise: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof WebhookVerificationError, String(error))
    assert.match(error.message, message)
    return true
  })
}

describe('verifyIdentity', () => {
  test('verifies, fetches the keys once for many tokens, refetches for a new kid', async () => {
    const issuer = await startOidcIssuer()
    const expected = { issuer: issuer.url, audience: AUD, keys: { cooldownMs: 0 } }
    const claims = await verifyIdentity(issuer.mint({ aud: AUD, repository: 'octo-org/app' }), {
      ...expected,
      claims: { repository: 'octo-org/app' },
    })
    assert.equal(claims.repository, 'octo-org/app')
    await verifyIdentity(issuer.mint({ aud: [AUD, 'other'] }), expected)
    await verifyIdentity(issuer.mint({ aud: AUD }), expected)
    assert.equal(issuer.jwksRequests(), 1, 'the key set is cached')
    issuer.rotate()
    await verifyIdentity(issuer.mint({ aud: AUD }), expected)
    assert.equal(issuer.jwksRequests(), 2, 'an unknown kid fetches the keys again')
  })

  test('refuses forged, expired, early, future, stale and mismatched tokens', async () => {
    const issuer = await startOidcIssuer()
    const expected = { issuer: issuer.url, audience: AUD }
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    const t = now()
    const valid = issuer.mint({ aud: AUD })
    const [h, p] = valid.split('.') as [string, string]
    const publicJwks = await (await fetch(`${issuer.url}/.well-known/jwks`)).text()
    const cases: [string, string, RegExp][] = [
      [
        'signed by another key with the same kid',
        issuer.mint({ aud: AUD }, { key: other }),
        /Invalid token signature/,
      ],
      [
        'alg none',
        `${b64url({ alg: 'none', typ: 'JWT' })}.${p}.`,
        /Unsupported token algorithm|Invalid token/,
      ],
      [
        'HS256 keyed with the public key set (algorithm confusion)',
        (() => {
          const input = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${p}`
          return `${input}.${createHmac('sha256', publicJwks).update(input).digest('base64url')}`
        })(),
        /Unsupported token algorithm/,
      ],
      [
        'a changed payload',
        `${h}.${b64url({ iss: issuer.url, aud: AUD, exp: t + 9999, iat: t })}.${valid.split('.')[2]}`,
        /Invalid token signature/,
      ],
      ['expired beyond the tolerance', issuer.mint({ aud: AUD, exp: t - 120 }), /Token expired/],
      [
        'not valid before a time 2 min ahead',
        issuer.mint({ aud: AUD, nbf: t + 120 }),
        /not yet valid/,
      ],
      [
        'issued an hour ahead',
        issuer.mint({ aud: AUD, iat: t + 3600 }),
        /issued at an unacceptable time/,
      ],
      [
        'issued two days ago',
        issuer.mint({ aud: AUD, iat: t - 2 * 86400, nbf: t - 2 * 86400, exp: t + 60 }),
        /Token too old/,
      ],
      ['without exp', issuer.mint({ aud: AUD, exp: undefined }), /claim 'exp'|Invalid token/],
      [
        'without iat',
        issuer.mint({ aud: AUD, iat: undefined }),
        /issued at an unacceptable time \(missing\)/,
      ],
      ['another audience', issuer.mint({ aud: 'https://elsewhere.example' }), /audience mismatch/],
      [
        'another issuer',
        issuer.mint({ aud: AUD, iss: 'https://token.actions.githubusercontent.com' }),
        /issuer mismatch/,
      ],
      ['not a JWT', 'not-a-token', /Invalid token/],
      ['two parts', `${h}.${p}`, /Invalid token/],
    ]
    for (const [name, token, message] of cases) {
      await refused(verifyIdentity(token, expected), message).catch((error: Error) => {
        throw new Error(`${name}: ${error.message}`)
      })
    }
    await refused(
      verifyIdentity(issuer.mint({ aud: AUD, repository: 'octo-org/app' }), {
        ...expected,
        claims: { repository: 'other/app' },
      }),
      /claim 'repository' mismatch/,
    )
    // Inside the tolerance (60 s) both ways: accepted.
    await verifyIdentity(issuer.mint({ aud: AUD, exp: t - 30 }), expected)
    await verifyIdentity(issuer.mint({ aud: AUD, nbf: t + 30, iat: t + 30 }), expected)
  })

  test('a key server that never answers fails in bounded time, naming what it waited for', async () => {
    const issuer = await startOidcIssuer()
    issuer.hang = true
    const started = Date.now()
    await refused(
      verifyIdentity(issuer.mint({ aud: AUD }), { issuer: issuer.url, keys: { timeoutMs: 300 } }),
      /Cannot fetch the OpenID configuration: no answer within 0.3 s/,
    )
    assert.ok(Date.now() - started < 5000)
  })

  test('the library exports it by package name', async () => {
    const library = (await import('@ci-relay/cli' as string)) as typeof import('../src/index.js')
    assert.equal(typeof library.verifyIdentity, 'function')
    const issuer = await startOidcIssuer()
    const claims = await library.verifyIdentity(
      issuer.mint({ aud: AUD, sub: 'repo:octo-org/app' }),
      {
        issuer: issuer.url,
        audience: AUD,
      },
    )
    assert.equal(claims.sub, 'repo:octo-org/app')
  })
})

describe('ci-relay listen --oidc-issuer', () => {
  test('accepts a delivery whose bearer token verifies, refuses the rest, fetches the keys once', async () => {
    const issuer = await startOidcIssuer()
    const listener = await startListen([
      '--oidc-issuer',
      issuer.url,
      '--oidc-audience',
      AUD,
      '--oidc-claim',
      'repository=octo-org/app',
    ])
    const body = JSON.stringify({ type: 'build.completed' })
    const post = (authorization?: string) =>
      fetch(`${listener.url}/hook`, {
        method: 'POST',
        body,
        headers: authorization ? { authorization } : {},
      }).then((r) => r.status)
    try {
      assert.match(listener.stderr(), /signature: none, OIDC tokens of http:\/\/127\.0\.0\.1/)
      const good = issuer.mint({ aud: AUD, repository: 'octo-org/app', sub: 'repo:octo-org/app' })
      assert.equal(await post(`Bearer ${good}`), 200)
      assert.equal(
        await post(`Bearer ${issuer.mint({ aud: AUD, repository: 'octo-org/app' })}`),
        200,
      )
      assert.equal(await post(), 401)
      assert.equal(
        await post(`Bearer ${issuer.mint({ aud: 'other', repository: 'octo-org/app' })}`),
        401,
      )
      assert.equal(await post(`Bearer ${issuer.mint({ aud: AUD, repository: 'evil/app' })}`), 401)
      assert.equal(
        await post(
          `Bearer ${issuer.mint({ aud: AUD, repository: 'octo-org/app', exp: now() - 600 })}`,
        ),
        401,
      )
      assert.equal(issuer.jwksRequests(), 1)
      assert.match(
        listener.stdout(),
        /verified \(none\)|accepted, unsigned, OIDC token of .* \(sub: repo:octo-org\/app\)/,
      )
      assert.equal((listener.stdout().match(/^rejected /gm) ?? []).length, 4)
      assert.ok(!listener.stdout().includes(good), 'the token is not printed')
    } finally {
      assert.equal(await listener.stop(), 0)
    }
  })
})
