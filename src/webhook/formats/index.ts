import type { BuildInfo } from '../../build.js'
import type { CommitFacts } from '../../commit-facts.js'
import { buildCiRelayPayload, type CiRelayPayload, type JsonObject } from './ci-relay.js'
import { buildReference, type BuildReferenceFacts } from './build-reference.js'
import { buildCloudAutomatorPayload, type CloudAutomatorPayload } from './cloud-automator.js'
import { buildGithubPayload, githubEventName } from './github.js'
import { buildGitlabPayload, gitlabEventName } from './gitlab.js'
import { buildJobservPayload, type JobservPayload } from './jobserv.js'

export * from './build-reference.js'
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

/** The formats that describe the commit as its forge's own event (built from CommitFacts). */
export type ForgeFormat = 'github' | 'gitlab'
/** The formats that describe the build (built from BuildInfo). */
export type BuildFormat = Exclude<PayloadFormat, ForgeFormat>

export function isForgeFormat(format: PayloadFormat): format is ForgeFormat {
  return format === 'github' || format === 'gitlab'
}

export type Payload = CiRelayPayload | JobservPayload | CloudAutomatorPayload

function checkExtra(extra: JsonObject): void {
  if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) {
    throw new TypeError('The extra payload must be a JSON object.')
  }
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
export function buildPayload(format: BuildFormat, build: BuildInfo, extra?: JsonObject): Payload
export function buildPayload(
  format: BuildFormat,
  build: BuildInfo,
  extra: JsonObject = {},
): Payload {
  checkExtra(extra)
  switch (format) {
    case 'ci-relay':
      return buildCiRelayPayload(build, extra)
    case 'jobserv':
      return buildJobservPayload(build, extra)
    case 'cloud-automator':
      return buildCloudAutomatorPayload(build, extra)
    default:
      throw new TypeError(
        `Unknown payload format '${String(format)}'${isForgeFormat(format) ? ' (a forge format: buildForgePayload)' : ''}.`,
      )
  }
}

/**
 * The body of a delivery in a forge format: the event the forge would send for the commit in
 * `facts`, with `ci_relay` naming the build that sent it, `"test": true` on a test delivery, and
 * `extra` (the `payload` input) merged at the top level, its keys winning.
 */
export function buildForgePayload(
  format: ForgeFormat,
  build: BuildReferenceFacts,
  facts: CommitFacts,
  extra: JsonObject = {},
): JsonObject {
  checkExtra(extra)
  const event = format === 'github' ? buildGithubPayload(facts) : buildGitlabPayload(facts)
  return {
    ...event,
    ci_relay: buildReference(build),
    // The forges' own test deliveries are real events; this one says what it is.
    ...(build.test && { test: true }),
    ...extra,
  }
}

/**
 * The event name a forge format sends in X-GitHub-Event / X-Gitlab-Event when none is given:
 * the one it describes (`push`, `pull_request`, `Push Hook`, `Tag Push Hook`,
 * `Merge Request Hook`), or `ping` for a test delivery of the github format (as GitHub names its
 * own; GitLab's test deliveries are the real event).
 */
export function forgeEventName(format: ForgeFormat, facts: CommitFacts, test: boolean): string {
  if (format === 'github') return test ? 'ping' : githubEventName(facts)
  return gitlabEventName(facts)
}
