// What the receiving tools (verify, listen) share: signature scheme and secret, and checking one
// delivery under an explicit or detected signature scheme.
import { UsageError } from './args.js'
import { SIGNATURE_SCHEMES, secretKey, type SignatureScheme } from '../webhook/sign.js'
import { WebhookVerificationError, verify, type IncomingHeaders } from '../webhook/verify.js'

/** The flags every receiving tool takes. */
export const RECEIVER_FLAGS = ['signature', 'secret', 'tolerance'] as const

export interface ReceiverSettings {
  /** Undefined: detected from each delivery's headers (never `none`). */
  signature?: SignatureScheme
  secret?: string
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
  const secret = flags.get('secret') ?? (env.CI_RELAY_SECRET || undefined)
  if (signature !== 'none' && !secret) {
    throw new UsageError(
      'a secret is needed to check signatures: set CI_RELAY_SECRET (or --secret), or pass --signature none to accept unsigned deliveries.',
    )
  }
  if (secret && (signature === undefined || signature === 'standard')) {
    try {
      secretKey(secret, 'standard')
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
  return { signature: signature as SignatureScheme | undefined, secret, toleranceSeconds }
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
