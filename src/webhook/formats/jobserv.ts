import type { BuildInfo, BuildStatus, RunStatus } from '../../build.js'
import type { JsonObject } from './ci-relay.js'

export type JobservStatus = 'PASSED' | 'FAILED' | 'RUNNING' | 'QUEUED'

export interface JobservRun {
  name: string
  url: string
  status: JobservStatus
  log_url: string | null
  web_url: string
  created: string | null
  completed: string | null
  host_tag: string | null
}

/** The Foundries JobServ build-complete webhook body. */
export interface JobservPayload extends JsonObject {
  build_id: number
  url: string
  status: 'PASSED' | 'FAILED'
  runs: JobservRun[]
  web_url: string
  trigger_name: string
  created: string
  completed: string
}

export function jobservBuildStatus(status: BuildStatus): 'PASSED' | 'FAILED' {
  return status === 'success' ? 'PASSED' : 'FAILED'
}

const RUN_STATUS: Record<Exclude<RunStatus, 'skipped'>, JobservStatus> = {
  success: 'PASSED',
  failure: 'FAILED',
  cancelled: 'FAILED',
  in_progress: 'RUNNING',
  queued: 'QUEUED',
}

/**
 * The `jobserv` payload (Foundries CI build-complete webhook). `build_id` is the build's unique
 * id (as in the ci-relay format), `trigger_name` the workflow, `host_tag` the runner. Skipped
 * jobs are left out: JobServ has no such run state, and reporting them as FAILED or PASSED
 * would mislead receivers that act on run status. `extra` is merged at the top level, its keys
 * winning; a test delivery also carries `"test": true`.
 */
export function buildJobservPayload(build: BuildInfo, extra: JsonObject = {}): JobservPayload {
  const runs: JobservRun[] = []
  for (const run of build.runs) {
    if (run.status === 'skipped') continue
    runs.push({
      name: run.name,
      url: run.apiUrl ?? run.webUrl,
      status: RUN_STATUS[run.status],
      log_url: run.logUrl ?? null,
      web_url: run.webUrl,
      created: run.started ?? null,
      completed: run.completed ?? null,
      host_tag: run.runner ?? null,
    })
  }
  return {
    build_id: build.buildId,
    url: build.apiUrl ?? build.webUrl,
    status: jobservBuildStatus(build.status),
    runs,
    web_url: build.webUrl,
    trigger_name: build.workflow,
    created: build.created,
    completed: build.completed,
    ...(build.test && { test: true }),
    ...extra,
  }
}
