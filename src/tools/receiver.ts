// What the receiving tools (verify, listen) share: signature scheme and secret, and checking one
// delivery under an explicit or detected signature scheme.
import { UsageError } from './args.js'
import { SIGNATURE_SCHEMES, secretKey, type SignatureScheme } from '../webhook/sign.js'
import { WebhookVerificationError, verify, type IncomingHeaders } from '../webhook/verify.js'
import { verifyIdentity, type IdentityExpectations } from '../webhook/identity.js'

/** The flags every receiving tool takes. */
export const RECEIVER_FLAGS = ['signature', 'secret', 'tolerance'] as const
/** Identity-token flags (notify's oidc-audience), the same for verify and listen. */
export const OIDC_FLAGS = ['oidc-issuer', 'oidc-audience', 'oidc-claim'] as const

/** --oidc-issuer, --oidc-audience and --oidc-claim name=value (repeatable), checked. */
export function oidcExpectations(flags: Map<string, string>): IdentityExpectations | undefined {
  const issuer = flags.get('oidc-issuer')
  if (!issuer) {
    if (flags.has('oidc-audience') || flags.has('oidc-claim'))
      throw new UsageError('--oidc-audience and --oidc-claim need --oidc-issuer.')
    return undefined
  }
  const claims: Record<string, string> = {}
  for (const pair of (flags.get('oidc-claim') ?? '').split('\n').filter(Boolean)) {
    const eq = pair.indexOf('=')
    if (eq <= 0) throw new UsageError(`--oidc-claim must be name=value (got '${pair}').`)
    claims[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  return { issuer, audience: flags.get('oidc-audience'), claims }
}

/** The identity token of `Authorization: Bearer <token>`, verified. */
export async function checkIdentity(
  headers: IncomingHeaders,
  expected: IdentityExpectations,
): Promise<Record<string, unknown>> {
  const value = first(headers, 'authorization')
  const match = /^Bearer\s+(\S+)$/i.exec(String(value ?? '').trim())
  if (!match) throw new WebhookVerificationError('Missing required headers (Authorization: Bearer)')
  return verifyIdentity(match[1] as string, expected)
}

export interface ReceiverSettings {
  /** Undefined: detected from each delivery's headers (never `none`). */
  signature?: SignatureScheme
  /** Accepted secrets: --secret repeated, or CI_RELAY_SECRET one per line (rotation). */
  secret?: string[]
  toleranceSeconds?: number
}

/** --signature and --secret (else CI_RELAY_SIGNATURE, CI_RELAY_SECRET), checked. */
export function receiverSettings(
  flags: Map<string, string>,
  env: NodeJS.ProcessEnv,
  /** What an unset --signature means without a secret: `none` when something else proves the sender. */
  unsignedDefault?: 'none',
): ReceiverSettings {
  const secretGiven = flags.get('secret') ?? env.CI_RELAY_SECRET
  const signature =
    (flags.get('signature') ?? env.CI_RELAY_SIGNATURE ?? '').trim() ||
    (secretGiven ? undefined : unsignedDefault)
  if (signature !== undefined && !SIGNATURE_SCHEMES.includes(signature as SignatureScheme)) {
    throw new UsageError(
      `--signature must be one of ${SIGNATURE_SCHEMES.join(', ')} (got '${signature}').`,
    )
  }
  const secret = (flags.get('secret') ?? env.CI_RELAY_SECRET ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  if (signature !== 'none' && secret.length === 0) {
    throw new UsageError(
      'a secret is needed to check signatures: set CI_RELAY_SECRET (or --secret), or pass --signature none to accept unsigned deliveries.',
    )
  }
  if (signature === 'standard') {
    try {
      for (const one of secret) secretKey(one, 'standard')
    } catch (error) {
      throw new UsageError(`the secret cannot be used: ${(error as Error).message}`)
    }
  }
  let toleranceSeconds: number | undefined
  const tolerance = flags.get('tolerance')
  if (tolerance !== undefined) {
    if (!/^\d+$/.test(tolerance)) throw new UsageError('--tolerance must be a number of seconds.')
    toleranceSeconds = Number(tolerance)
  }
  return {
    signature: signature as SignatureScheme | undefined,
    secret: secret.length ? secret : undefined,
    toleranceSeconds,
  }
}

const SIGNATURE_HEADERS: [string, SignatureScheme][] = [
  ['webhook-signature', 'standard'],
  ['x-hub-signature-256', 'github'],
  ['x-hub-signature', 'github'],
  ['x-jobserv-sig', 'jobserv'],
  ['x-gitlab-token', 'gitlab'],
]

/** The scheme whose signature header the delivery carries. */
export function detectScheme(headers: IncomingHeaders): SignatureScheme | undefined {
  const names = new Set(Object.keys(headers).map((name) => name.toLowerCase()))
  return SIGNATURE_HEADERS.find(([name]) => names.has(name))?.[1]
}

export interface CheckedDelivery {
  signature: SignatureScheme
  /** webhook-id, else X-GitHub-Delivery, else X-Gitlab-Event-UUID. */
  id?: string
}

function first(headers: IncomingHeaders, name: string): string | undefined {
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name)
  const value = entry?.[1]
  return Array.isArray(value) ? value[0] : value
}

/** Verifies one delivery; throws WebhookVerificationError when it does not verify. */
export function checkDelivery(
  body: string | Buffer,
  headers: IncomingHeaders,
  settings: ReceiverSettings,
): CheckedDelivery {
  const signature = settings.signature ?? detectScheme(headers)
  if (!signature) {
    throw new WebhookVerificationError(
      'Missing required headers (no webhook-signature, X-Hub-Signature-256, X-JobServ-Sig or X-Gitlab-Token)',
    )
  }
  verify(signature, settings.secret, body, headers, {
    toleranceSeconds: settings.toleranceSeconds,
  })
  return {
    signature,
    id:
      first(headers, 'webhook-id') ??
      first(headers, 'x-github-delivery') ??
      first(headers, 'x-gitlab-event-uuid'),
  }
}
