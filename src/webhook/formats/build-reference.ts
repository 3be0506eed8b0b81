import type { BuildInfo } from '../../build.js'
import type { JsonObject } from './ci-relay.js'

/** What the forge formats say about the build that sent them. */
export type BuildReferenceFacts = Pick<
  BuildInfo,
  'provider' | 'buildId' | 'buildNumber' | 'webUrl' | 'workflow' | 'test'
>

/**
 * The `ci_relay` key of the github and gitlab formats: which build (run or pipeline, and its
 * attempt through the web URL) sent the event. Beyond linking back, it keeps the bodies of two
 * builds of one commit apart: AWX's GitLab endpoint takes the SHA-1 of the body as the delivery
 * id, so without it a re-run would be answered "previously received" and launch nothing.
 */
export function buildReference(build: BuildReferenceFacts): JsonObject {
  return {
    provider: build.provider,
    build_id: build.buildId,
    build_number: build.buildNumber,
    web_url: build.webUrl,
    workflow: build.workflow,
  }
}
