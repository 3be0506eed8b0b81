import { InputError } from '../errors.js'
import { redactUrl } from './deliver.js'

/** Longest receiver URL accepted (what browsers and most proxies handle). */
export const MAX_URL_LENGTH = 2048

/**
 * Receiver URLs from a comma- or newline-separated input. A comma splits only where the next
 * item starts with a scheme, so a comma inside a query string (`?tags=a,b`) stays in its URL.
 */
export function splitUrls(value: string): string[] {
  return value
    .split(/\r?\n|,(?=\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/)/)
    .map((item) => item.trim())
    .filter(Boolean)
}

/** One http(s) URL of at most 2048 characters, or an InputError naming `input`. */
export function checkWebhookUrl(value: string, input: string): string {
  if (value.length > MAX_URL_LENGTH) {
    throw new InputError(
      input,
      `each URL must be at most ${MAX_URL_LENGTH} characters (got ${value.length}).`,
    )
  }
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw new InputError(
      input,
      `each URL must be an absolute http or https URL like https://ci.example.com/hook (got '${redactUrl(value)}').`,
    )
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError(
      input,
      `each URL must use http or https, not ${parsed.protocol.slice(0, -1)} (got '${redactUrl(value)}').`,
    )
  }
  // Credentials in a URL would be logged with it and are refused by fetch; the authorization
  // input carries them (masked) instead.
  if (parsed.username || parsed.password) {
    throw new InputError(
      input,
      `each URL must not carry credentials (user:password@): pass them with the authorization input instead, e.g. Basic <base64 of user:password> (got '${redactUrl(value)}').`,
    )
  }
  return value
}
