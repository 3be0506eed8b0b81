import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto'

/**
 * How a delivery is signed:
 * - `standard`: Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature: v1,<base64>).
 * - `github`: X-Hub-Signature-256 (and legacy X-Hub-Signature) over the raw body.
 * - `jobserv`: X-JobServ-Sig: sha256:<hex> over the raw body (Foundries CI).
 * - `gitlab`: X-Gitlab-Token: <secret> (a plain token, as GitLab sends it), X-Gitlab-Event and
 *   GitLab's delivery headers.
 * - `none`: unsigned.
 */
export type SignatureScheme = 'standard' | 'github' | 'jobserv' | 'gitlab' | 'none'

export const SIGNATURE_SCHEMES: readonly SignatureScheme[] = [
  'standard',
  'github',
  'jobserv',
  'gitlab',
  'none',
]

/** X-GitHub-Event sent when the caller names no event: the ci-relay payload type. */
export const DEFAULT_GITHUB_EVENT = 'build.completed'

export interface SignOptions {
  /** Delivery id; stays the same across retries. Default: a new UUID. */
  id?: string
  /** Unix seconds. Default: now. */
  timestamp?: number
  /** X-GitHub-Event (github) or X-Gitlab-Event (gitlab). Default: `build.completed`. */
  event?: string
  /**
   * gitlab: X-Gitlab-Webhook-UUID, the id of the webhook (GitLab's stays the same for every
   * delivery of one hook). Default: a name-based UUID of `hook` when given, else omitted.
   */
  webhookUuid?: string
  /** gitlab: what identifies the hook when no webhookUuid is given (notify: the URL). */
  hook?: string
  /** gitlab: X-Gitlab-Instance, the sending instance's URL (notify: the CI server). */
  instance?: string
}

const WHSEC_PREFIX = 'whsec_'

/** A fresh delivery id (UUID v4: what X-GitHub-Delivery carries, and a valid webhook-id). */
export function newDeliveryId(): string {
  return randomUUID()
}

/** How to make a Standard Webhooks secret; said wherever one is refused. */
export const MAKE_SECRET_HINT =
  'Make one with `npx @ci-relay/cli secret` (or `echo "whsec_$(openssl rand -base64 32)"`) and give the receiver the same string.'

/** Strict base64 as the Standard Webhooks libraries decode it (padding included). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/**
 * The HMAC key of a secret. Under `standard` the secret is base64 after an optional `whsec_`
 * prefix, decoded exactly as the Standard Webhooks libraries decode it, so a receiver using them
 * with the same string accepts what ci-relay signs; a secret that is not base64 is refused.
 * Under `github` and `jobserv` (whose receivers use the secret string as it is) it is used as its
 * UTF-8 bytes. Errors never include the secret.
 */
export function secretKey(secret: string, scheme: SignatureScheme = 'standard'): Uint8Array {
  if (secret.length === 0) throw new TypeError('The webhook secret is empty.')
  if (scheme === 'gitlab') checkHeaderToken(secret)
  if (scheme !== 'standard') return Buffer.from(secret, 'utf8')
  const encoded = secret.startsWith(WHSEC_PREFIX) ? secret.slice(WHSEC_PREFIX.length) : secret
  if (!BASE64.test(encoded)) {
    throw new TypeError(
      `A Standard Webhooks secret is base64, optionally prefixed whsec_ (the libraries that verify it decode it so); this one is not valid base64. ${MAKE_SECRET_HINT}`,
    )
  }
  const key = Buffer.from(encoded, 'base64')
  if (key.length === 0) throw new TypeError('The Standard Webhooks secret decodes to an empty key.')
  return key
}

/** A fresh Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function newSecret(): string {
  return `${WHSEC_PREFIX}${randomBytes(32).toString('base64')}`
}

/**
 * A GitLab token travels as a header value as it is: printable ASCII only, so that it cannot
 * split a header and is the same bytes for every receiver. Errors never include the secret.
 */
export function checkHeaderToken(secret: string): void {
  if (!/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(secret)) {
    throw new TypeError(
      'A gitlab secret is sent as the X-Gitlab-Token header: it must be printable ASCII with no line breaks or leading/trailing spaces.',
    )
  }
}

/** A name-based UUID (RFC 9562 version 5 layout, SHA-1 of `name`): stable for one name. */
export function nameUuid(name: string): string {
  const bytes = createHash('sha1').update(`ci-relay:${name}`, 'utf8').digest().subarray(0, 16)
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function toBuffer(body: string | Uint8Array): Uint8Array {
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : body
}

/** `v1,<base64 HMAC-SHA256 of "${id}.${timestamp}.${body}">` (the Standard Webhooks signature). */
export function standardSignature(
  key: Uint8Array,
  id: string,
  timestamp: number,
  body: string | Uint8Array,
): string {
  const digest = createHmac('sha256', key)
    .update(`${id}.${timestamp}.`, 'utf8')
    .update(toBuffer(body))
    .digest('base64')
  return `v1,${digest}`
}

export function hmacHex(
  algorithm: 'sha256' | 'sha1',
  key: Uint8Array,
  body: string | Uint8Array,
): string {
  return createHmac(algorithm, key).update(toBuffer(body)).digest('hex')
}

/**
 * The headers that sign `body` (the exact bytes that will be sent) under `scheme`.
 *
 * Every scheme carries `webhook-id` and `webhook-timestamp` so a receiver can de-duplicate
 * retries the Standard Webhooks way whatever the signature; `github` adds `X-GitHub-Delivery`
 * (the same id) and `X-GitHub-Event`; `gitlab` adds `X-Gitlab-Event-UUID` (the same id),
 * `X-Gitlab-Event` and, when known, the hook and instance headers. Throws when a signing scheme
 * has no secret.
 */
export function sign(
  scheme: SignatureScheme,
  secret: string | undefined,
  body: string | Uint8Array,
  options: SignOptions = {},
): Record<string, string> {
  const id = options.id ?? newDeliveryId()
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000)
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new TypeError('The signature timestamp must be a whole number of seconds since 1970.')
  }
  if (/[\r\n]/.test(id)) throw new TypeError('The delivery id must not contain line breaks.')
  for (const [name, value] of Object.entries({
    event: options.event,
    instance: options.instance,
    webhookUuid: options.webhookUuid,
  })) {
    if (value !== undefined && /[\r\n\0]/.test(value)) {
      throw new TypeError(`The ${name} header value must not contain line breaks.`)
    }
  }
  const headers: Record<string, string> = {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
  }
  if (scheme === 'none') return headers
  if (!SIGNATURE_SCHEMES.includes(scheme)) {
    throw new TypeError(`Unknown signature scheme '${String(scheme)}'.`)
  }
  if (secret === undefined || secret === '') {
    throw new TypeError(
      `Signing with the '${scheme}' scheme needs a secret. Set the secret, or use signature 'none'.`,
    )
  }
  const key = secretKey(secret, scheme)
  switch (scheme) {
    case 'standard':
      headers['webhook-signature'] = standardSignature(key, id, timestamp, body)
      break
    case 'github':
      headers['X-Hub-Signature-256'] = `sha256=${hmacHex('sha256', key, body)}`
      headers['X-Hub-Signature'] = `sha1=${hmacHex('sha1', key, body)}`
      headers['X-GitHub-Event'] = options.event ?? DEFAULT_GITHUB_EVENT
      headers['X-GitHub-Delivery'] = id
      break
    case 'jobserv':
      headers['X-JobServ-Sig'] = `sha256:${hmacHex('sha256', key, body)}`
      break
    case 'gitlab': {
      headers['X-Gitlab-Token'] = secret
      headers['X-Gitlab-Event'] = options.event ?? DEFAULT_GITHUB_EVENT
      headers['X-Gitlab-Event-UUID'] = id
      const hookUuid =
        options.webhookUuid ?? (options.hook !== undefined ? nameUuid(options.hook) : undefined)
      if (hookUuid !== undefined) headers['X-Gitlab-Webhook-UUID'] = hookUuid
      if (options.instance) headers['X-Gitlab-Instance'] = options.instance
      break
    }
  }
  return headers
}
