import { createPrivateKey } from 'node:crypto'
import { InputError } from '../errors.js'

/**
 * Accepts what people paste into a secret: PEM (PKCS#1 or PKCS#8) with real newlines or literal
 * `\n` escapes, or the whole PEM base64-encoded. Returns PKCS#8 PEM, which every JWT library takes.
 */
export function normalizePrivateKey(raw: string): string {
  let text = raw.trim()
  if (!text.includes('-----BEGIN')) {
    const decoded = Buffer.from(text, 'base64').toString('utf8')
    if (!decoded.includes('-----BEGIN')) {
      throw new InputError(
        'private-key',
        'must be a PEM private key (-----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----), optionally base64-encoded. Paste the whole .pem file the GitHub App settings page generated.',
      )
    }
    text = decoded.trim()
  }
  text = text.replace(/\\r/g, '').replace(/\\n/g, '\n').replace(/\r\n/g, '\n')
  try {
    const key = createPrivateKey({ key: text, format: 'pem' })
    if (key.asymmetricKeyType !== 'rsa') {
      throw new Error(`it is an ${key.asymmetricKeyType ?? 'unknown'} key; GitHub Apps use RSA`)
    }
    return key.export({ type: 'pkcs8', format: 'pem' }).toString()
  } catch (error) {
    throw new InputError(
      'private-key',
      `could not be read as an RSA private key (${(error as Error).message.split('\n')[0]}). Paste the whole .pem file, including the BEGIN and END lines.`,
    )
  }
}
