import type { RunContext } from '../context.js'
import type {
  BuildInfo,
  BuildRun,
  BuildStatus,
  PullRequest,
  RunStatus,
} from '../webhook/formats/index.js'
import type { WorkflowJob } from './jobs.js'

/** The parts of a GitHub run context a build description cannot do without. */
export interface GitHubRun {
  repository: string
  runId: number
  sha: string
}

/**
 * The run this step belongs to, or a sentence saying which variables are missing (the runner
 * always sets them; a laptop does not).
 */
export function githubRunOf(context: RunContext): GitHubRun | string {
  const missing = [
    ['GITHUB_REPOSITORY', context.repository],
    ['GITHUB_RUN_ID', context.runId],
    ['GITHUB_SHA', context.sha],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name)
  const runId = Number(context.runId)
  if (!missing.length && !Number.isSafeInteger(runId)) missing.push('GITHUB_RUN_ID (a number)')
  if (missing.length) return `${missing.join(', ')} must be set`
  return { repository: context.repository as string, runId, sha: context.sha as string }
}

/** A finished job's conclusion, or where an unfinished job is, as a run status. */
export function runStatusOf(job: Pick<WorkflowJob, 'status' | 'conclusion'>): RunStatus {
  if (job.status !== 'completed') return job.status === 'in_progress' ? 'in_progress' : 'queued'
  switch (job.conclusion) {
    case 'success':
    case 'neutral':
      return 'success'
    case 'failure':
    case 'timed_out':
    case 'startup_failure':
    case 'action_required':
      return 'failure'
    case 'cancelled':
      return 'cancelled'
    default:
      return 'skipped'
  }
}

/** `status: auto`: failure when a finished job failed, else cancelled when one was, else success. */
export function autoBuildStatus(runs: readonly Pick<BuildRun, 'status'>[]): BuildStatus {
  if (runs.some((run) => run.status === 'failure')) return 'failure'
  if (runs.some((run) => run.status === 'cancelled')) return 'cancelled'
  return 'success'
}

/** The API's jobs as build runs. */
export function runsOfJobs(
  jobs: readonly WorkflowJob[],
  apiUrl: string,
  repository: string,
): BuildRun[] {
  return jobs.map((job) => {
    const jobApiUrl = `${apiUrl}/repos/${repository}/actions/jobs/${job.id}`
    return {
      name: job.name,
      status: runStatusOf(job),
      webUrl: job.html_url ?? jobApiUrl,
      logUrl: `${jobApiUrl}/logs`,
      apiUrl: jobApiUrl,
      started: job.status === 'queued' ? null : (job.started_at ?? null),
      completed: job.completed_at,
      runner: job.runner_name,
    }
  })
}

/** This job alone, when the jobs of the run cannot be listed. */
export function currentJobRun(context: RunContext, webUrl: string): BuildRun {
  return {
    name: context.job ?? 'job',
    status: 'in_progress',
    webUrl,
    started: null,
    completed: null,
    runner: context.runnerName ?? null,
  }
}

/** The pull request of a pull_request / pull_request_target event (from GITHUB_EVENT_PATH). */
export function pullRequestOfEvent(event: Record<string, unknown>): PullRequest | undefined {
  const pr = event.pull_request as
    | {
        number?: unknown
        title?: unknown
        html_url?: unknown
        head?: { ref?: unknown }
        base?: { ref?: unknown }
      }
    | undefined
  if (!pr || typeof pr.number !== 'number' || typeof pr.html_url !== 'string') return undefined
  return {
    number: pr.number,
    title: typeof pr.title === 'string' ? pr.title : '',
    sourceBranch: typeof pr.head?.ref === 'string' ? pr.head.ref : '',
    targetBranch: typeof pr.base?.ref === 'string' ? pr.base.ref : '',
    webUrl: pr.html_url,
  }
}

/** An ISO 8601 time to the second, as GitHub writes them. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export interface BuildFacts {
  status: BuildStatus
  runs: BuildRun[]
  test: boolean
  /** When the payload is built (ms since the epoch). */
  now: number
}

/**
 * The neutral build description of this GitHub Actions run. `created` is the earliest start
 * among the listed jobs (the run's own start is not in the environment), else now.
 */
export function githubBuildInfo(context: RunContext, run: GitHubRun, facts: BuildFacts): BuildInfo {
  const completed = isoSeconds(facts.now)
  const starts = facts.runs
    .map((r) => r.started)
    .filter((t): t is string => typeof t === 'string' && !Number.isNaN(Date.parse(t)))
    .sort((a, b) => Date.parse(a) - Date.parse(b))
  const attempt = context.runAttempt > 1 ? `/attempts/${context.runAttempt}` : ''
  const workflowFile = context.workflowRef?.match(/^[^/]+\/[^/]+\/(.+?)@/)?.[1]
  return {
    provider: 'github',
    buildId: run.runId,
    buildNumber: context.runNumber ?? 0,
    status: facts.status,
    repository: run.repository,
    sha: run.sha,
    ref: context.ref ?? '',
    webUrl: runWebUrl(context, run),
    apiUrl: `${context.apiUrl}/repos/${run.repository}/actions/runs/${run.runId}${attempt}`,
    workflow: context.workflow ?? '',
    workflowId: workflowFile ?? null,
    event: context.eventName ?? '',
    actor: context.actor ?? '',
    pullRequest: pullRequestOfEvent(context.event()) ?? null,
    created: starts[0] ?? completed,
    completed,
    runs: facts.runs,
    test: facts.test,
  }
}

export function runWebUrl(context: RunContext, run: GitHubRun): string {
  return context.runUrl ?? `${context.serverUrl}/${run.repository}/actions/runs/${run.runId}`
}
