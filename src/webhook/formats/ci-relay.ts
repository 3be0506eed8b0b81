import type { BuildInfo, BuildProvider, BuildStatus, RunStatus } from '../../build.js'

export type {
  BuildInfo,
  BuildRun,
  BuildStatus,
  MergeRequest,
  PullRequest,
  RunStatus,
} from '../../build.js'

export type JsonObject = { [key: string]: unknown }

export type CiRelayPayloadType = 'build.completed' | 'ping'

/** The `ci-relay` format (schema/ci-relay-payload.schema.json). */
export interface CiRelayPayload extends JsonObject {
  type: CiRelayPayloadType
  provider: BuildProvider
  build_id: number
  build_number: number
  status: BuildStatus
  repository: string
  sha: string
  ref: string
  web_url: string
  workflow: string
  event: string
  actor: string
  pull_request?: {
    number: number
    title: string
    source_branch: string
    target_branch: string
    web_url: string
  }
  merge_request?: {
    iid: number
    title: string
    source_branch: string
    target_branch: string
    web_url: string
  }
  created: string
  completed: string
  runs: {
    name: string
    status: RunStatus
    web_url: string
    log_url: string | null
    started: string | null
    completed: string | null
    runner: string | null
  }[]
  test: boolean
}

/** `ping` for a test delivery, else `build.completed`; also the default X-GitHub-Event. */
export function payloadType(build: BuildInfo): CiRelayPayloadType {
  return build.test ? 'ping' : 'build.completed'
}

/**
 * The `ci-relay` payload. `extra` (the `payload` input) is merged at the top level after the
 * built fields, so its keys win: the user asked for them.
 */
export function buildCiRelayPayload(build: BuildInfo, extra: JsonObject = {}): CiRelayPayload {
  const pr = build.pullRequest
  const mr = build.mergeRequest
  const payload: CiRelayPayload = {
    type: payloadType(build),
    provider: build.provider,
    build_id: build.buildId,
    build_number: build.buildNumber,
    status: build.status,
    repository: build.repository,
    sha: build.sha,
    ref: build.ref,
    web_url: build.webUrl,
    workflow: build.workflow,
    event: build.event,
    actor: build.actor,
    ...(pr && {
      pull_request: {
        number: pr.number,
        title: pr.title,
        source_branch: pr.sourceBranch,
        target_branch: pr.targetBranch,
        web_url: pr.webUrl,
      },
    }),
    ...(mr && {
      merge_request: {
        iid: mr.iid,
        title: mr.title,
        source_branch: mr.sourceBranch,
        target_branch: mr.targetBranch,
        web_url: mr.webUrl,
      },
    }),
    created: build.created,
    completed: build.completed,
    runs: build.runs.map((run) => ({
      name: run.name,
      status: run.status,
      web_url: run.webUrl,
      log_url: run.logUrl ?? null,
      started: run.started ?? null,
      completed: run.completed ?? null,
      runner: run.runner ?? null,
    })),
    test: build.test === true,
  }
  return { ...payload, ...extra }
}
