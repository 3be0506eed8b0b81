// The neutral build model: what a finished build is, whichever platform ran it. The GitHub and
// GitLab platform modules fill it, the payload formats (webhook/formats/) read it, and commands
// pass it along; it lives outside all of them so each may import it.

/** Outcome of a whole build (workflow run / pipeline). */
export type BuildStatus = 'success' | 'failure' | 'cancelled'

/** State of one job of the build when the payload is built (the notifying job is still running). */
export type RunStatus = JobOutcome | 'in_progress' | 'queued'

export interface BuildRun {
  name: string
  status: RunStatus
  webUrl: string
  /** Where the job's log can be fetched, when known. */
  logUrl?: string | null
  /** API URL of the job (jobserv `url`); the web URL stands in when absent. */
  apiUrl?: string | null
  /** ISO 8601, null when the job has not started. */
  started?: string | null
  /** ISO 8601, null when the job has not finished. */
  completed?: string | null
  /** Runner name or label (jobserv `host_tag`). */
  runner?: string | null
  /** A failure here does not fail the build (GitLab's allow_failure). */
  allowFailure?: boolean
}

export interface PullRequest {
  number: number
  title: string
  sourceBranch: string
  targetBranch: string
  webUrl: string
}

export interface MergeRequest {
  iid: number
  title: string
  sourceBranch: string
  targetBranch: string
  webUrl: string
}

/**
 * The neutral description of a finished build every format is built from. The GitHub and GitLab
 * contexts fill it; nothing here knows where it came from.
 */
/**
 * Where a build ran: GitHub Actions, GitLab CI, or `other` (any other CI or a laptop, described by
 * notify's explicit inputs).
 */
export type BuildProvider = 'github' | 'gitlab' | 'other'

export interface BuildInfo {
  provider: BuildProvider
  /** Unique id of the build: GitHub run id, GitLab pipeline id; 0 when unknown (`other`). */
  buildId: number
  /** Sequential number: GitHub run number, GitLab pipeline iid; 0 when unknown (`other`). */
  buildNumber: number
  status: BuildStatus
  /** `owner/name` on GitHub, the project path on GitLab. */
  repository: string
  sha: string
  ref: string
  webUrl: string
  /** API URL of the build (jobserv `url`); the web URL stands in when absent. */
  apiUrl?: string | null
  /** Workflow or pipeline name. */
  workflow: string
  /** Workflow id or file (cloud-automator `trigger_job_id`); the workflow name stands in. */
  workflowId?: string | number | null
  /** Triggering event: `push`, `pull_request`, `merge_request_event`, ... */
  event: string
  actor: string
  pullRequest?: PullRequest | null
  mergeRequest?: MergeRequest | null
  /** ISO 8601. */
  created: string
  /** ISO 8601. */
  completed: string
  runs: BuildRun[]
  /** A test delivery (`type: ping`). */
  test?: boolean
}

/** The pull request (GitHub) or merge request (GitLab) a build is about. */
export type ChangeRequest =
  ({ kind: 'pull_request' } & PullRequest) | ({ kind: 'merge_request' } & MergeRequest)

/** How a finished job ended, in the words `${{ job.status }}` uses (GitLab's are mapped to them). */
export type JobOutcome = 'success' | 'failure' | 'cancelled' | 'skipped'

/** What a command knows when it describes a build, whichever platform ran it. */
export interface BuildFacts {
  status: BuildStatus
  runs: BuildRun[]
  test: boolean
  /** When the payload is built (ms since the epoch). */
  now: number
}

/**
 * `status: auto`: failure when a job failed (unless it was allowed to), else cancelled when one
 * was, else success.
 */
export function autoBuildStatus(
  runs: readonly Pick<BuildRun, 'status' | 'allowFailure'>[],
): BuildStatus {
  if (runs.some((run) => run.status === 'failure' && !run.allowFailure)) return 'failure'
  if (runs.some((run) => run.status === 'cancelled')) return 'cancelled'
  return 'success'
}

/** An ISO 8601 time to the second, as GitHub and GitLab write them. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The earliest start among the runs (the build's own start is not in either environment). */
export function earliestStart(runs: readonly BuildRun[]): string | undefined {
  return runs
    .map((r) => r.started)
    .filter((t): t is string => typeof t === 'string' && !Number.isNaN(Date.parse(t)))
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0]
}
