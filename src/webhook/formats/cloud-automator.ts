import type { BuildInfo, BuildStatus } from '../../build.js'
import type { JsonObject } from './ci-relay.js'

export type CloudAutomatorStatus = 'completed' | 'failed' | 'aborted'

export interface CloudAutomatorJob extends JsonObject {
  type: 'job'
  trigger_job_id: string | number
  trigger_job_log_id: number
  status: CloudAutomatorStatus
  name: string
  started_at: string
  finished_at: string
}

/** A JSON array of one job result, as Cloud Automator's webhook post-process sends. */
export type CloudAutomatorPayload = [CloudAutomatorJob]

const STATUS: Record<BuildStatus, CloudAutomatorStatus> = {
  success: 'completed',
  failure: 'failed',
  cancelled: 'aborted',
}

/**
 * The `cloud-automator` payload. A Cloud Automator job is a definition and a job log one
 * execution of it, so `trigger_job_id` is the workflow (its id when known, else its name) and
 * `trigger_job_log_id` the build id. `extra` is merged into the job object, its keys winning;
 * a test delivery also carries `"test": true`.
 */
export function buildCloudAutomatorPayload(
  build: BuildInfo,
  extra: JsonObject = {},
): CloudAutomatorPayload {
  return [
    {
      type: 'job',
      trigger_job_id: build.workflowId ?? build.workflow,
      trigger_job_log_id: build.buildId,
      status: STATUS[build.status],
      name: build.workflow,
      started_at: build.created,
      finished_at: build.completed,
      ...(build.test && { test: true }),
      ...extra,
    },
  ]
}
