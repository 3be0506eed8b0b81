import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SIGNATURE_SCHEMES, type SignatureScheme } from './sign.js'

/**
 * What a failed delivery leaves for `ci-relay redeliver`: the URL, the exact body and the
 * delivery id, so a later attempt is the same delivery (receivers de-duplicate on the id), with a
 * fresh timestamp and signature. Secrets are never written: redeliver takes the secret and the
 * authorization again. The URL is kept whole (its query may carry a token): the file is created
 * readable by its owner only.
 */
export interface UndeliveredDelivery {
  url: string
  body: string
  deliveryId: string
  signature: SignatureScheme
  /** X-GitHub-Event / X-Gitlab-Event of the github / gitlab schemes. */
  event: string
  /** X-Gitlab-Instance of the gitlab scheme. */
  instance?: string
  /** An Authorization header was sent (redeliver needs it again). */
  authorization: boolean
}

export interface UndeliveredFile {
  version: 1
  /** The command that made the deliveries. */
  command: string
  created: string
  deliveries: UndeliveredDelivery[]
}

/** Writes the file in `dir` and returns its path. */
export function writeUndelivered(
  dir: string,
  command: string,
  deliveries: UndeliveredDelivery[],
): string {
  const file: UndeliveredFile = {
    version: 1,
    command,
    created: new Date().toISOString(),
    deliveries,
  }
  const path = join(dir, `ci-relay-undelivered-${randomUUID()}.json`)
  writeFileSync(path, JSON.stringify(file, null, 2) + '\n', { mode: 0o600, flag: 'wx' })
  return path
}

/** Reads and checks a file written by writeUndelivered; throws a short message when it is not one. */
export function readUndelivered(path: string): UndeliveredFile {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`)
  }
  const file = parsed as Partial<UndeliveredFile>
  const ok =
    file?.version === 1 &&
    Array.isArray(file.deliveries) &&
    file.deliveries.every(
      (d) =>
        typeof d?.url === 'string' &&
        typeof d.body === 'string' &&
        typeof d.deliveryId === 'string' &&
        typeof d.event === 'string' &&
        (d.instance === undefined || typeof d.instance === 'string') &&
        typeof d.authorization === 'boolean' &&
        SIGNATURE_SCHEMES.includes(d.signature),
    )
  if (!ok) throw new Error(`${path} is not a ci-relay undelivered file (version 1).`)
  return file as UndeliveredFile
}
