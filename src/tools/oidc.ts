// Checking a CI platform's OIDC identity token (what notify's oidc-audience sends as
// `Authorization: Bearer`): RS256 signature against the issuer's published keys (OpenID
// discovery → jwks_uri), then iss, aud, exp/nbf and the claims asked for.
import { createPublicKey, verify as verifySignature, type JsonWebKey } from 'node:crypto'
import { VERSION } from '../version.js'
import { WebhookVerificationError } from '../webhook/verify.js'

export interface IdTokenExpectations {
  issuer: string
  audience?: string
  /** Claims that must equal these strings (e.g. repository=octo-org/app). */
  claims: Record<string, string>
  /** Unix seconds. Default: the clock. */
  now?: number
}

/** Clock skew accepted on exp and nbf, in seconds. */
const LEEWAY_SECONDS = 60
const FETCH_TIMEOUT_MS = 10_000

function fail(message: string): never {
  throw new WebhookVerificationError(message)
}

function decodePart(part: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'))
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>
  } catch {
    // falls through
  }
  return fail('Invalid token')
}

/** https, or http on this machine (a local issuer for tests and prototyping). */
function checkFetchable(url: string, what: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return fail(`Invalid ${what} URL`)
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    fail(`The ${what} URL must be https`)
  }
  return parsed
}

async function getJson(url: URL, what: string): Promise<Record<string, unknown>> {
  let response: Response
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json', 'User-Agent': `ci-relay/${VERSION}` },
      redirect: 'error',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    })
  } catch (error) {
    return fail(`Cannot fetch the ${what}: ${(error as Error).message}`)
  }
  if (!response.ok) fail(`Cannot fetch the ${what}: HTTP ${response.status}`)
  const body: unknown = await response.json().catch(() => undefined)
  if (!body || typeof body !== 'object') fail(`The ${what} is not JSON`)
  return body as Record<string, unknown>
}

/** The token's claims when it verifies; throws WebhookVerificationError otherwise. */
export async function verifyIdToken(
  token: string,
  expected: IdTokenExpectations,
): Promise<Record<string, unknown>> {
  const parts = token.split('.')
  if (parts.length !== 3) fail('Invalid token')
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string]
  const header = decodePart(headerPart)
  const claims = decodePart(payloadPart)
  // Only RS256, what GitHub and GitLab sign with: no `none`, no HMAC with a public key.
  if (header.alg !== 'RS256') fail('Unsupported token algorithm')

  const issuer = expected.issuer.replace(/\/+$/, '')
  if (claims.iss !== issuer) fail('Token issuer mismatch')
  const discovery = await getJson(
    checkFetchable(`${issuer}/.well-known/openid-configuration`, 'issuer'),
    'OpenID configuration',
  )
  if (typeof discovery.jwks_uri !== 'string') fail('The OpenID configuration has no jwks_uri')
  const jwks = await getJson(checkFetchable(discovery.jwks_uri, 'jwks_uri'), 'issuer keys')
  const keys = (Array.isArray(jwks.keys) ? jwks.keys : []) as (JsonWebKey & { kid?: string })[]
  const jwk = keys.find((key) => key.kty === 'RSA' && (!header.kid || key.kid === header.kid))
  if (!jwk) fail('No issuer key matches the token')
  const key = createPublicKey({ key: jwk, format: 'jwk' })
  const signed = verifySignature(
    'sha256',
    Buffer.from(`${headerPart}.${payloadPart}`),
    key,
    Buffer.from(signaturePart, 'base64url'),
  )
  if (!signed) fail('Invalid token signature')

  const now = expected.now ?? Math.floor(Date.now() / 1000)
  if (typeof claims.exp !== 'number' || claims.exp + LEEWAY_SECONDS < now) fail('Token expired')
  if (typeof claims.nbf === 'number' && claims.nbf - LEEWAY_SECONDS > now) {
    fail('Token not yet valid')
  }
  if (expected.audience !== undefined) {
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
    if (!audiences.includes(expected.audience)) fail('Token audience mismatch')
  }
  for (const [name, value] of Object.entries(expected.claims)) {
    if (String(claims[name]) !== value) fail(`Token claim '${name}' mismatch`)
  }
  return claims
}
