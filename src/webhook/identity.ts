// Checking a CI platform's OIDC identity token (what notify's oidc-audience sends as
// `Authorization: Bearer`) with jose: the signature against the issuer's published keys (OpenID
// discovery → jwks_uri, cached, refetched when a token names an unknown kid), the algorithm,
// iss, aud, exp, nbf and iat, then the claims asked for.
import {
  createRemoteJWKSet,
  customFetch,
  errors,
  jwtVerify,
  type FetchImplementation,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose'
import { VERSION } from '../version.js'
import { WebhookVerificationError } from './verify.js'

export interface IdentityExpectations {
  /** The issuer (iss), e.g. https://token.actions.githubusercontent.com or https://gitlab.com. */
  issuer: string
  /** The audience the token must name (aud). */
  audience?: string
  /** Claims that must equal these strings, e.g. { repository: 'octo-org/app' }. */
  claims?: Record<string, string>
  /** Accepted clock skew on exp, nbf and iat, in seconds. Default 60. */
  clockToleranceSeconds?: number
  /** Oldest accepted token by iat, in seconds. Default one day. */
  maxAgeSeconds?: number
  /** Now, in unix seconds. Default: the clock. */
  now?: number
  /**
   * Fetching the issuer's keys: each fetch's timeout (default 10 s), and how long after a fetch a
   * token with an unknown kid is refused rather than fetching again (default 30 s).
   */
  keys?: { timeoutMs?: number; cooldownMs?: number }
}

/** What GitHub and GitLab sign identity tokens with: no `none`, no HMAC with a public key. */
export const IDENTITY_ALGORITHMS = ['RS256']
const DEFAULT_TOLERANCE_SECONDS = 60
const DEFAULT_MAX_AGE_SECONDS = 24 * 3600
/** Each discovery or key fetch may take this long. */
export const IDENTITY_FETCH_TIMEOUT_MS = 10_000
const HEADERS = { Accept: 'application/json', 'User-Agent': `ci-relay/${VERSION}` }

function fail(message: string): never {
  throw new WebhookVerificationError(message)
}

/** https, or http on this machine (a local issuer for tests and prototyping). */
function fetchableUrl(url: string, what: string): URL {
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

/** Discovery and key fetches: src/http's policy (proxies too), two attempts of timeoutMs each. */
const fetchPolicy = (timeoutMs: number) => ({
  timeoutMs,
  maxAttempts: 2,
  deadlineMs: 2 * timeoutMs,
})

async function discoverJwksUri(issuer: string, timeoutMs: number): Promise<URL> {
  const url = fetchableUrl(`${issuer}/.well-known/openid-configuration`, 'issuer')
  const { request } = await import('../http/request.js')
  const { networkFailureIn } = await import('../http/errors.js')
  let response: Awaited<ReturnType<typeof request>>
  try {
    response = await request(url, { headers: HEADERS, policy: fetchPolicy(timeoutMs) })
  } catch (error) {
    const failure = networkFailureIn(error)
    const kind = failure && ('failure' in failure ? failure.failure.kind : failure.kind)
    const timedOut = kind === 'timeout'
    return fail(
      `Cannot fetch the OpenID configuration: ${timedOut ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message}`,
    )
  }
  if (!response.ok) fail(`Cannot fetch the OpenID configuration: HTTP ${response.status}`)
  const body = (await response.json().catch(() => undefined)) as { jwks_uri?: unknown } | undefined
  if (typeof body?.jwks_uri !== 'string') fail('The OpenID configuration has no jwks_uri')
  return fetchableUrl(body.jwks_uri, 'jwks_uri')
}

// One key set per issuer for the life of the process: `listen` checks many deliveries with one
// fetch, and jose refetches (at most every 30 s) when a token names a kid it has not seen.
const keySets = new Map<string, Promise<JWTVerifyGetKey>>()

function keySetOf(
  issuer: string,
  { timeoutMs = IDENTITY_FETCH_TIMEOUT_MS, cooldownMs }: NonNullable<IdentityExpectations['keys']>,
): Promise<JWTVerifyGetKey> {
  const cacheKey = JSON.stringify([issuer, timeoutMs, cooldownMs])
  let keySet = keySets.get(cacheKey)
  if (!keySet) {
    keySet = discoverJwksUri(issuer, timeoutMs).then(async (uri) =>
      createRemoteJWKSet(uri, {
        timeoutDuration: timeoutMs,
        [customFetch]: (await import('../http/request.js')).fetchFor({
          policy: fetchPolicy(timeoutMs),
        }) as unknown as FetchImplementation,
        ...(cooldownMs !== undefined && { cooldownDuration: cooldownMs }),
        headers: HEADERS,
      }),
    )
    // A failed discovery is not cached: the next delivery tries again.
    keySet.catch(() => keySets.delete(cacheKey))
    keySets.set(cacheKey, keySet)
  }
  return keySet
}

/** jose's errors as short messages that never include the token. */
function explain(error: unknown): never {
  if (error instanceof WebhookVerificationError) throw error
  if (error instanceof errors.JWTExpired) {
    fail(error.claim === 'iat' ? 'Token too old (issued longer ago than max age)' : 'Token expired')
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const claim = error.claim
    if (claim === 'iss') fail('Token issuer mismatch')
    if (claim === 'aud') fail('Token audience mismatch')
    if (claim === 'nbf') fail('Token not yet valid')
    if (claim === 'iat') fail(`Token issued at an unacceptable time (${error.reason})`)
    fail(`Token claim '${claim}' invalid (${error.reason})`)
  }
  if (error instanceof errors.JOSEAlgNotAllowed) fail('Unsupported token algorithm')
  if (error instanceof errors.JWKSNoMatchingKey) fail('No issuer key matches the token')
  if (error instanceof errors.JWSSignatureVerificationFailed) fail('Invalid token signature')
  if (error instanceof errors.JWKSTimeout) fail('Cannot fetch the issuer keys: no answer in time')
  if (error instanceof errors.JWKSInvalid || error instanceof errors.JOSENotSupported) {
    fail('The issuer keys cannot be used')
  }
  if (error instanceof errors.JOSEError) fail('Invalid token')
  fail(`Cannot check the token: ${(error as Error).message}`)
}

/**
 * A verified token's claims (jose's JWTPayload, declared here so that the library's types need
 * no jose: the package installs no dependencies).
 */
export interface IdentityClaims {
  iss?: string
  sub?: string
  aud?: string | string[]
  exp?: number
  nbf?: number
  iat?: number
  jti?: string
  [claim: string]: unknown
}

/**
 * The claims of an OIDC identity token when it verifies against the issuer's keys and
 * expectations; throws WebhookVerificationError otherwise.
 */
export async function verifyIdentity(
  token: string,
  expected: IdentityExpectations,
): Promise<IdentityClaims> {
  const issuer = expected.issuer.replace(/\/+$/, '')
  let payload: JWTPayload
  try {
    // The issuer is checked before any fetch: a token of another issuer costs no request.
    const unverified = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as { iss?: unknown }
    if (unverified.iss !== issuer) fail('Token issuer mismatch')
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw error
    fail('Invalid token')
  }
  try {
    const keys = await keySetOf(issuer, expected.keys ?? {})
    ;({ payload } = await jwtVerify(token, keys, {
      issuer,
      ...(expected.audience !== undefined && { audience: expected.audience }),
      algorithms: IDENTITY_ALGORITHMS,
      clockTolerance: expected.clockToleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
      maxTokenAge: expected.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS,
      requiredClaims: ['exp', 'iat'],
      ...(expected.now !== undefined && { currentDate: new Date(expected.now * 1000) }),
    }))
  } catch (error) {
    explain(error)
  }
  for (const [name, value] of Object.entries(expected.claims ?? {})) {
    if (String(payload[name]) !== value) fail(`Token claim '${name}' mismatch`)
  }
  return payload
}
