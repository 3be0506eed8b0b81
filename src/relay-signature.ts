// The signature `dispatch` puts in client_payload._relay and `receive` checks. GitHub parses the
// dispatch body and serializes client_payload again for the event (key order, spacing and escapes
// change), so the signature covers the RFC 8785 canonical form of the parsed values, not bytes.
import { timingSafeEqual } from 'node:crypto'
import canonicalize from 'canonicalize'
import { hmacHex, secretKey } from './webhook/sign.js'
import { defaultOf } from './inputs.js'

/** The client_payload key ci-relay owns. */
export const RELAY_KEY = '_relay'

/** client_payload._relay: the correlation id, and with a signing secret the time and signature. */
export interface RelayStamp {
  id: string
  /** Unix seconds when signed. */
  ts?: number
  /** Lowercase hex HMAC-SHA256 of `${id}.${ts}.${canonical JSON of {event_type, client_payload}}`. */
  sig?: string
}

/** A payload failed verification. Messages never include the secret or a signature. */
export class RelaySignatureError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RelaySignatureError'
  }
}

/** Default oldest accepted signature, in seconds (the max-age input). */
export const DEFAULT_MAX_AGE_SECONDS = Number(defaultOf('max-age'))
/** A signature this far in the receiver's future is still accepted: clocks of two runners differ. */
export const FUTURE_SKEW_SECONDS = 30

/** The payload without ci-relay's `_relay` key, and that key's value (undefined when absent). */
export function splitRelay(payload: Record<string, unknown>): {
  data: Record<string, unknown>
  relay: unknown
} {
  const { [RELAY_KEY]: relay, ...data } = payload
  return { data, relay }
}

/** The exact text the HMAC covers. `data` is client_payload without `_relay`. */
export function relaySigningInput(
  id: string,
  ts: number,
  eventType: string | undefined,
  data: Record<string, unknown>,
): string {
  let canonical: string | undefined
  try {
    canonical = canonicalize({ event_type: eventType, client_payload: data })
  } catch (error) {
    // e.g. a string holding a lone UTF-16 surrogate ("\ud800"), which RFC 8785 refuses.
    throw new RelaySignatureError(
      `The payload has no canonical JSON form (RFC 8785), so it cannot be signed: ${(error as Error).message}.`,
    )
  }
  return `${id}.${ts}.${canonical}`
}

/** HMAC-SHA256 keyed with the secret's UTF-8 bytes (no whsec_ decoding), as lowercase hex. */
function hmac(secret: string, text: string): string {
  return hmacHex('sha256', secretKey(secret, 'github'), text)
}

/** The `_relay` stamp for a dispatch of `data` (client_payload without `_relay`). */
export function signRelay(
  secret: string,
  eventType: string | undefined,
  data: Record<string, unknown>,
  stamp: { id: string; ts?: number },
): Required<RelayStamp> {
  const ts = stamp.ts ?? Math.floor(Date.now() / 1000)
  if (!Number.isSafeInteger(ts) || ts < 0) {
    throw new TypeError('The signature time must be a whole number of seconds since 1970.')
  }
  const sig = hmac(secret, relaySigningInput(stamp.id, ts, eventType, data))
  return { id: stamp.id, ts, sig }
}

/**
 * Throws RelaySignatureError when `data` cannot be signed: it has a `_relay` key of its own (where
 * ci-relay writes the stamp) or no RFC 8785 form.
 */
export function assertSignable(eventType: string | undefined, data: Record<string, unknown>): void {
  if (RELAY_KEY in data) {
    throw new RelaySignatureError(
      `The payload must not have a top-level ${RELAY_KEY} key: ci-relay writes its signature there.`,
    )
  }
  relaySigningInput('', 0, eventType, data)
}

/** `data` with `_relay` = {id, ts, sig}: what a signed dispatch or trigger sends. */
export function signedPayload(
  secret: string,
  eventType: string | undefined,
  data: Record<string, unknown>,
  id: string,
): Record<string, unknown> {
  return { ...data, [RELAY_KEY]: signRelay(secret, eventType, data, { id }) }
}

export interface VerifyRelayOptions {
  /** Oldest accepted signature in seconds. Default 3600. */
  maxAgeSeconds?: number
  /** Now, in unix seconds. Default: the clock. */
  now?: number
}

/** Whether the payload carries a `_relay` with a signature (it may still be invalid). */
export function isSigned(payload: Record<string, unknown>): boolean {
  const relay = payload[RELAY_KEY]
  return typeof relay === 'object' && relay !== null && 'sig' in relay
}

/**
 * Checks the `_relay` signature of a received client_payload; throws RelaySignatureError when it
 * is missing, malformed, does not match, is older than maxAgeSeconds or from the future. Returns
 * the verified stamp. `secret` may be a list while rotating: valid when any of them signed it.
 */
export function verifyRelay(
  secret: string | readonly string[],
  eventType: string | undefined,
  payload: Record<string, unknown>,
  options: VerifyRelayOptions = {},
): Required<RelayStamp> {
  const { data, relay } = splitRelay(payload)
  if (relay === undefined) throw new RelaySignatureError('The payload is not signed (no _relay).')
  const { id, ts, sig } = (relay ?? {}) as Record<string, unknown>
  if (typeof relay !== 'object' || relay === null || sig === undefined) {
    throw new RelaySignatureError('The payload is not signed (_relay has no sig).')
  }
  if (
    typeof id !== 'string' ||
    typeof ts !== 'number' ||
    !Number.isSafeInteger(ts) ||
    typeof sig !== 'string' ||
    !/^[0-9a-f]{64}$/.test(sig)
  ) {
    throw new RelaySignatureError(
      'The payload signature is malformed (_relay must be {id: string, ts: seconds, sig: 64 hex}).',
    )
  }
  const signed = relaySigningInput(id, ts, eventType, data)
  const given = Buffer.from(sig, 'hex')
  const secrets = (typeof secret === 'string' ? [secret] : secret).filter((s) => s !== '')
  if (secrets.length === 0) throw new TypeError('Verifying a payload signature needs a secret.')
  const matches = secrets.some((one) => {
    const expected = Buffer.from(hmac(one, signed), 'hex')
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
  if (!matches) {
    throw new RelaySignatureError(
      'The payload signature does not match: the secret differs from the signing-secret of the sender, or the payload or event type was changed.',
    )
  }
  const now = options.now ?? Math.floor(Date.now() / 1000)
  const maxAge = options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS
  if (now - ts > maxAge) {
    throw new RelaySignatureError(
      `The payload was signed ${now - ts} s ago, longer than max-age (${maxAge} s) allows: a replayed or re-run event. Raise max-age to accept older payloads.`,
    )
  }
  if (ts - now > FUTURE_SKEW_SECONDS) {
    throw new RelaySignatureError(
      `The payload was signed ${ts - now} s in the future: the clocks of sender and receiver disagree, or the time was forged.`,
    )
  }
  return { id, ts, sig }
}
