// A loopback stand-in for the GitHub Actions OIDC provider: the runner's token service
// (ACTIONS_ID_TOKEN_REQUEST_URL, bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, `&audience=`) and the
// issuer's OpenID configuration and keys, with RS256 tokens shaped like GitHub's.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after } from 'node:test'

export interface OidcIssuer {
  /** The issuer (iss), e.g. http://127.0.0.1:1234 */
  url: string
  /** What the runner sets: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  runnerEnv: Record<string, string>
  /** Requests to the token service, as "path?query" with the bearer it carried. */
  tokenRequests: { path: string; authorization?: string }[]
  /** A token for `claims` (iss, iat, nbf, exp added unless given), signed by the issuer's key. */
  mint(
    claims: Record<string, unknown>,
    options?: { key?: KeyObject; header?: Record<string, unknown> },
  ): string
  /** Requests for the key set (GET /.well-known/jwks) so far. */
  jwksRequests(): number
  /** A new signing key with a new kid; the key set then publishes only it. */
  rotate(): void
  /** While true, the key set and discovery requests are never answered. */
  hang: boolean
}

const REQUEST_TOKEN = 'runner-request-token-0123456789'

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

export async function startOidcIssuer(): Promise<OidcIssuer> {
  let { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  let kid = 'test-key-1'
  const tokenRequests: OidcIssuer['tokenRequests'] = []
  let jwksRequests = 0
  let url = ''
  const control = { hang: false }

  const mint: OidcIssuer['mint'] = (claims, options = {}) => {
    const now = Math.floor(Date.now() / 1000)
    const header = { typ: 'JWT', alg: 'RS256', kid, ...options.header }
    const input = `${b64url(header)}.${b64url({
      iss: url,
      iat: now,
      nbf: now - 5,
      exp: now + 300,
      ...claims,
    })}`
    const signature = createSign('sha256')
      .update(input)
      .sign(options.key ?? privateKey)
    return `${input}.${signature.toString('base64url')}`
  }

  const server = createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    const parsed = new URL(req.url ?? '/', url)
    if (control.hang && parsed.pathname.startsWith('/.well-known/')) return
    if (parsed.pathname === '/.well-known/openid-configuration') {
      return reply(200, { issuer: url, jwks_uri: `${url}/.well-known/jwks` })
    }
    if (parsed.pathname === '/.well-known/jwks') {
      jwksRequests++
      return reply(200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig' }] })
    }
    if (parsed.pathname === '/idtoken') {
      tokenRequests.push({ path: req.url ?? '', authorization: req.headers.authorization })
      if (req.headers.authorization !== `Bearer ${REQUEST_TOKEN}`) return reply(401, {})
      const audience = parsed.searchParams.get('audience') ?? url
      return reply(200, {
        value: mint({
          aud: audience,
          sub: 'repo:octo-org/app:ref:refs/heads/main',
          repository: 'octo-org/app',
          ref: 'refs/heads/main',
        }),
      })
    }
    return reply(404, {})
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  after(() => {
    server.closeAllConnections()
    server.close()
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    runnerEnv: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
    },
    tokenRequests,
    mint,
    jwksRequests: () => jwksRequests,
    rotate: () => {
      ;({ privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 }))
      kid = `test-key-${Date.now()}`
    },
    get hang() {
      return control.hang
    },
    set hang(value: boolean) {
      control.hang = value
    },
  }
}
