import type { BuildInfo } from '../../build.js'
import { buildCiRelayPayload, type CiRelayPayload, type JsonObject } from './ci-relay.js'
import { buildCloudAutomatorPayload, type CloudAutomatorPayload } from './cloud-automator.js'
import { buildJobservPayload, type JobservPayload } from './jobserv.js'

export * from './ci-relay.js'
export * from './cloud-automator.js'
export * from './jobserv.js'

export const PAYLOAD_FORMATS = ['ci-relay', 'jobserv', 'cloud-automator'] as const
export type PayloadFormat = (typeof PAYLOAD_FORMATS)[number]

export type Payload = CiRelayPayload | JobservPayload | CloudAutomatorPayload

/**
 * The body of a delivery in `format`, built from `build`, with `extra` (the `payload` input,
 * a JSON object) merged at the top level. Serialize the result once and sign those bytes.
 */
export function buildPayload(
  format: 'ci-relay',
  build: BuildInfo,
  extra?: JsonObject,
): CiRelayPayload
export function buildPayload(
  format: 'jobserv',
  build: BuildInfo,
  extra?: JsonObject,
): JobservPayload
export function buildPayload(
  format: 'cloud-automator',
  build: BuildInfo,
  extra?: JsonObject,
): CloudAutomatorPayload
export function buildPayload(format: PayloadFormat, build: BuildInfo, extra?: JsonObject): Payload
export function buildPayload(
  format: PayloadFormat,
  build: BuildInfo,
  extra: JsonObject = {},
): Payload {
  if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) {
    throw new TypeError('The extra payload must be a JSON object.')
  }
  switch (format) {
    case 'ci-relay':
      return buildCiRelayPayload(build, extra)
    case 'jobserv':
      return buildJobservPayload(build, extra)
    case 'cloud-automator':
      return buildCloudAutomatorPayload(build, extra)
    default:
      throw new TypeError(`Unknown payload format '${String(format)}'.`)
  }
}
