import type { RunContext } from '../context.js'
import {
  earliestStart,
  isoSeconds,
  type BuildFacts,
  type BuildInfo,
  type BuildRun,
  type RunStatus,
} from '../build.js'
import type { WorkflowJob } from './jobs.js'
import { outcomeOfConclusion } from './outcomes.js'

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
    ['GITHUB_RUN_ID', context.run.id],
    ['GITHUB_SHA', context.sha],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name)
  const runId = Number(context.run.id)
  if (!missing.length && !Number.isSafeInteger(runId)) missing.push('GITHUB_RUN_ID (a number)')
  if (missing.length) return `${missing.join(', ')} must be set`
  return { repository: context.repository as string, runId, sha: context.sha as string }
}

/** A finished job's outcome, or where an unfinished job is, as a run status. */
export function runStatusOf(job: Pick<WorkflowJob, 'status' | 'conclusion'>): RunStatus {
  if (job.status !== 'completed') return job.status === 'in_progress' ? 'in_progress' : 'queued'
  return job.conclusion ? outcomeOfConclusion(job.conclusion) : 'skipped'
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
    name: context.job.name ?? 'job',
    status: 'in_progress',
    webUrl,
    started: null,
    completed: null,
    runner: context.job.runner ?? null,
  }
}

/**
 * The neutral build description of this GitHub Actions run. `created` is the earliest start
 * among the listed jobs (the run's own start is not in the environment), else now.
 */
/** `apiUrl` is the GitHub API the jobs were read from. */
export function githubBuildInfo(
  context: RunContext,
  run: GitHubRun,
  facts: BuildFacts,
  apiUrl: string,
): BuildInfo {
  const completed = isoSeconds(facts.now)
  const { attempt: n } = context.run
  const attempt = n > 1 ? `/attempts/${n}` : ''
  const workflowFile = context.github?.workflowRef?.match(/^[^/]+\/[^/]+\/(.+?)@/)?.[1]
  return {
    provider: 'github',
    buildId: run.runId,
    buildNumber: context.run.number ?? 0,
    status: facts.status,
    repository: run.repository,
    sha: run.sha,
    ref: context.ref ?? '',
    webUrl: runWebUrl(context, run),
    apiUrl: `${apiUrl}/repos/${run.repository}/actions/runs/${run.runId}${attempt}`,
    workflow: context.run.workflow ?? '',
    workflowId: workflowFile ?? null,
    event: context.run.event ?? '',
    actor: context.actor ?? '',
    pullRequest: context.pullRequest() ?? null,
    created: earliestStart(facts.runs) ?? completed,
    completed,
    runs: facts.runs,
    test: facts.test,
  }
}

export function runWebUrl(context: RunContext, run: GitHubRun): string {
  return (
    context.run.url ??
    `${context.serverUrl ?? 'https://github.com'}/${run.repository}/actions/runs/${run.runId}`
  )
}
