// One RSA key pair per test process (generating one takes ~100 ms), with the private key in the
// forms users paste into a `private-key` secret.
import { generateKeyPairSync } from 'node:crypto'

export interface TestKeys {
  /** PKCS#1 PEM: -----BEGIN RSA PRIVATE KEY----- (what GitHub's "Generate a private key" gives). */
  pkcs1: string
  /** PKCS#8 PEM: -----BEGIN PRIVATE KEY----- (after `openssl pkcs8 -topk8 -nocrypt`). */
  pkcs8: string
  /** PKCS#1 on one line, newlines replaced by a literal backslash-n. */
  escaped: string
  /** The PKCS#1 PEM (with its trailing newline), base64-encoded, as `base64 -w0 key.pem` gives. */
  base64: string
  /** SPKI PEM of the public key, for startFakeGitHub({ publicKey }). */
  publicKey: string
}

let cached: TestKeys | undefined

export function testKeys(): TestKeys {
  if (cached) return cached
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
  cached = {
    pkcs1,
    pkcs8: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    escaped: pkcs1.trim().replace(/\n/g, '\\n'),
    base64: Buffer.from(pkcs1).toString('base64'),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  }
  return cached
}

/** The cached key pair (generated when this module is first imported). */
export const keys: TestKeys = testKeys()

/** The public key of a different pair: the App's JWTs will not verify against it. */
export function otherPublicKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return publicKey.export({ type: 'spki', format: 'pem' }).toString()
}
