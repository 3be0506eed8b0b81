import type { CommitFacts } from '../../commit-facts.js'
import {
  buildCiRelayPayload,
  payloadType,
  type BuildInfo,
  type CiRelayPayload,
  type JsonObject,
} from './ci-relay.js'
import { buildCloudAutomatorPayload, type CloudAutomatorPayload } from './cloud-automator.js'
import { buildGithubPayload, githubEventName } from './github.js'
import { buildGitlabPayload, gitlabEventName } from './gitlab.js'
import { buildJobservPayload, type JobservPayload } from './jobserv.js'

export * from './ci-relay.js'
export * from './cloud-automator.js'
export * from './github.js'
export * from './gitlab.js'
export * from './jobserv.js'

export const PAYLOAD_FORMATS = [
  'ci-relay',
  'jobserv',
  'cloud-automator',
  'github',
  'gitlab',
] as const
export type PayloadFormat = (typeof PAYLOAD_FORMATS)[number]

/** The formats that describe the commit as a forge's own event (built from CommitFacts). */
export const FORGE_FORMATS: readonly PayloadFormat[] = ['github', 'gitlab']

export function isForgeFormat(format: PayloadFormat): format is 'github' | 'gitlab' {
  return FORGE_FORMATS.includes(format)
}

export type Payload = CiRelayPayload | JobservPayload | CloudAutomatorPayload | JsonObject

/**
 * The event name sent in X-GitHub-Event / X-Gitlab-Event when none is given: the one the format
 * describes (`push`, `pull_request`, `Push Hook`, `Merge Request Hook`, ...), `ping` for a test
 * delivery of the github format (as GitHub names its own), else the ci-relay payload type.
 */
export function defaultEvent(format: PayloadFormat, build: BuildInfo, facts?: CommitFacts): string {
  if (format === 'github' && facts) return build.test ? 'ping' : githubEventName(facts)
  if (format === 'gitlab' && facts) return gitlabEventName(facts)
  return payloadType(build)
}

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
export function buildPayload(
  format: PayloadFormat,
  build: BuildInfo,
  extra?: JsonObject,
  facts?: CommitFacts,
): Payload
/** `facts` (the commit as its forge knows it) is needed by the github and gitlab formats only. */
export function buildPayload(
  format: PayloadFormat,
  build: BuildInfo,
  extra: JsonObject = {},
  facts?: CommitFacts,
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
    case 'github':
    case 'gitlab':
      if (!facts) throw new TypeError(`The '${format}' format needs the commit's forge facts.`)
      return format === 'github'
        ? buildGithubPayload(build, facts, extra)
        : buildGitlabPayload(build, facts, extra)
    default:
      throw new TypeError(`Unknown payload format '${String(format)}'.`)
  }
}
