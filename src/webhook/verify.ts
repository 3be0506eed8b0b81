import { createHash, timingSafeEqual } from 'node:crypto'
import {
  SIGNATURE_SCHEMES,
  hmacHex,
  secretKey,
  standardSignature,
  type SignatureScheme,
} from './sign.js'

/** A delivery failed verification. Messages are short and never include secrets or signatures. */
export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WebhookVerificationError'
  }
}

export type IncomingHeaders = Record<string, string | string[] | undefined>

export interface VerifyOptions {
  /** Accepted distance between webhook-timestamp and now, in seconds (standard). Default 300. */
  toleranceSeconds?: number
  /** Now, in unix seconds (standard). Default: the clock. */
  now?: number
  /**
   * github: accept a delivery that carries only the legacy `X-Hub-Signature: sha1=` header.
   * Default false: SHA-1 is accepted only when asked for (e.g. senders that predate SHA-256).
   * When `X-Hub-Signature-256` is present it is the one checked, whatever this says.
   */
  allowSha1?: boolean
}

export const DEFAULT_TOLERANCE_SECONDS = 300

/** Header lookup by case-insensitive name; repeated headers are joined by a space. */
function header(headers: IncomingHeaders, name: string): string | undefined {
  const wanted = name.toLowerCase()
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue
    const joined = Array.isArray(value) ? value.join(' ') : value
    return joined.trim()
  }
  return undefined
}

/** Constant-time comparison of two byte strings; different lengths are simply unequal. */
function bytesEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The digest in `<prefix><hex>`, or undefined when the value is not of that form. */
function hexDigest(value: string, prefix: string, hexLength: number): Buffer | undefined {
  if (!value.startsWith(prefix)) return undefined
  const hex = value.slice(prefix.length).trim()
  if (hex.length !== hexLength || !/^[0-9a-fA-F]+$/.test(hex)) return undefined
  return Buffer.from(hex, 'hex')
}

function verifyStandard(
  keys: Uint8Array[],
  body: string | Uint8Array,
  headers: IncomingHeaders,
  options: VerifyOptions,
): void {
  const id = header(headers, 'webhook-id')
  const timestampHeader = header(headers, 'webhook-timestamp')
  const signatures = header(headers, 'webhook-signature')
  if (!id || !timestampHeader || !signatures) {
    throw new WebhookVerificationError('Missing required headers')
  }
  if (!/^\d{1,15}$/.test(timestampHeader)) {
    throw new WebhookVerificationError('Invalid signature headers')
  }
  const timestamp = Number(timestampHeader)
  const now = options.now ?? Math.floor(Date.now() / 1000)
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS
  if (now - timestamp > tolerance) throw new WebhookVerificationError('Message timestamp too old')
  if (timestamp - now > tolerance) throw new WebhookVerificationError('Message timestamp too new')

  // Several space-separated signatures may be sent while the sender rotates its key, and several
  // keys may be accepted while the receiver rotates: one match of any pair is enough.
  const given = signatures
    .split(' ')
    .filter((versioned) => versioned.startsWith('v1,'))
    .map((versioned) => Buffer.from(versioned.slice('v1,'.length)))
  for (const key of keys) {
    const expected = Buffer.from(standardSignature(key, id, timestamp, body).slice('v1,'.length))
    if (given.some((signature) => bytesEqual(signature, expected))) return
  }
  throw new WebhookVerificationError('No matching signature found')
}

/** Whether `given` is the HMAC of body under any of the keys. */
function anyKeyMatches(
  keys: Uint8Array[],
  algorithm: 'sha256' | 'sha1',
  body: string | Uint8Array,
  given: Buffer | undefined,
): boolean {
  return (
    given !== undefined &&
    keys.some((key) => bytesEqual(given, Buffer.from(hmacHex(algorithm, key, body), 'hex')))
  )
}

function verifyGithub(
  keys: Uint8Array[],
  body: string | Uint8Array,
  headers: IncomingHeaders,
  options: VerifyOptions,
): void {
  const sha256 = header(headers, 'x-hub-signature-256')
  if (sha256) {
    if (anyKeyMatches(keys, 'sha256', body, hexDigest(sha256, 'sha256=', 64))) return
    throw new WebhookVerificationError('No matching signature found')
  }
  const sha1 = header(headers, 'x-hub-signature')
  if (sha1 && options.allowSha1) {
    if (anyKeyMatches(keys, 'sha1', body, hexDigest(sha1, 'sha1=', 40))) return
    throw new WebhookVerificationError('No matching signature found')
  }
  if (sha1)
    throw new WebhookVerificationError('Missing required headers (SHA-1 only; SHA-256 required)')
  throw new WebhookVerificationError('Missing required headers')
}

function verifyJobserv(
  keys: Uint8Array[],
  body: string | Uint8Array,
  headers: IncomingHeaders,
): void {
  const value = header(headers, 'x-jobserv-sig')
  if (!value) throw new WebhookVerificationError('Missing required headers')
  if (anyKeyMatches(keys, 'sha256', body, hexDigest(value, 'sha256:', 64))) return
  throw new WebhookVerificationError('No matching signature found')
}

/** One secret, or several while rotating (valid if any matches). */
export type Secrets = string | readonly string[]

/** The secrets of `secret`, empties dropped. */
export function secretList(secret: Secrets | undefined): string[] {
  return (typeof secret === 'string' ? [secret] : [...(secret ?? [])]).filter((s) => s !== '')
}

/**
 * gitlab: the token in X-Gitlab-Token equals one of the secrets. Both sides are hashed first so
 * the comparison takes the same time whatever the length or content of the token sent, and every
 * secret is compared. The body is not covered: GitLab signs nothing, so anyone holding the token
 * can send any body.
 */
function verifyGitlab(secrets: readonly string[], headers: IncomingHeaders): void {
  const token = header(headers, 'x-gitlab-token')
  if (token === undefined || token === '')
    throw new WebhookVerificationError('Missing required headers')
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()
  const given = digest(token)
  const matches = secrets.map((secret) => bytesEqual(given, digest(secret)))
  if (!matches.includes(true)) throw new WebhookVerificationError('No matching token found')
}

/**
 * Checks that `body` (the raw bytes received) was signed with `secret` under `scheme`; throws
 * WebhookVerificationError when not. `secret` may be a list while rotating: the delivery is valid
 * when any of them signed it (as @octokit/webhooks-methods' verifyWithFallback). `none` checks
 * nothing. Header names are case-insensitive.
 */
export function verify(
  scheme: SignatureScheme,
  secret: Secrets | undefined,
  body: string | Uint8Array,
  headers: IncomingHeaders,
  options: VerifyOptions = {},
): void {
  if (scheme === 'none') return
  if (!SIGNATURE_SCHEMES.includes(scheme)) {
    throw new TypeError(`Unknown signature scheme '${String(scheme)}'.`)
  }
  const secrets = secretList(secret)
  if (secrets.length === 0) {
    throw new TypeError(`Verifying a '${scheme}' signature needs a secret.`)
  }
  const keys = secrets.map((one) => secretKey(one, scheme))
  switch (scheme) {
    case 'standard':
      return verifyStandard(keys, body, headers, options)
    case 'github':
      return verifyGithub(keys, body, headers, options)
    case 'jobserv':
      return verifyJobserv(keys, body, headers)
    case 'gitlab':
      return verifyGitlab(secrets, headers)
  }
}
