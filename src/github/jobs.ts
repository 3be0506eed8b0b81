// This run's jobs, read through the Actions API: list the jobs of the current run attempt, find
// the job this step runs in, and derive its outcome from its steps. Used by every command that
// reports a job's own result (status auto, notify).
import type { JobOutcome } from '../build.js'
import type { RunContext } from '../context.js'
import { RelayError } from '../errors.js'
import type { GitHubAccess } from './access.js'
import { answeredStatus, explainGitHubError } from './errors.js'
import { outcomeOfConclusion } from './outcomes.js'

/** The fields of GitHub's workflow job object that ci-relay reads. */
export interface WorkflowJob {
  id: number
  name: string
  status: string
  conclusion: string | null
  runner_name: string | null
  html_url: string | null
  started_at: string
  completed_at: string | null
  steps?: JobStep[]
}

export interface JobStep {
  name: string
  status: string
  conclusion: string | null
  number: number
}

/**
 * This run's jobs could not be read, or this job was not among them. `reason` is short enough for
 * a commit status description; the message says what happened and how to fix it.
 */
export class JobLookupError extends RelayError {
  constructor(
    readonly reason: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'JobLookupError'
  }
}

const JOBS_ROUTE = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs'

/**
 * Every job of this run attempt (`per_page=100`, following pages), with a token that has
 * `actions: read` on the run's repository.
 */
export async function listAttemptJobs(
  github: GitHubAccess,
  context: RunContext,
): Promise<WorkflowJob[]> {
  const [owner, repo] = context.repository?.split('/') ?? []
  if (!owner || !repo || !context.run.id) {
    throw new JobLookupError(
      'not running in a GitHub Actions job',
      "Reading this run's jobs needs GITHUB_REPOSITORY and GITHUB_RUN_ID: run it in a GitHub Actions job.",
    )
  }
  const run = `run ${context.run.id} (attempt ${context.run.attempt}) of ${owner}/${repo}`
  const permission = github.usesApp
    ? "give the GitHub App the 'Actions: read' repository permission and accept it on the installation"
    : "add 'actions: read' to the workflow's or the job's permissions block"
  let octokit
  try {
    octokit = await github.client(owner, [repo], { actions: 'read' })
  } catch (error) {
    const status = (error as { cause?: { status?: number } }).cause?.status
    throw new JobLookupError(
      status === 422
        ? 'the GitHub App lacks actions: read'
        : 'no token could be minted to read them',
      `Could not get a token to read the jobs of ${run}: ${(error as Error).message}${status === 422 ? ` To fix: ${permission}.` : ''}`,
      { cause: error },
    )
  }
  try {
    return (await octokit.paginate(JOBS_ROUTE, {
      owner,
      repo,
      run_id: Number(context.run.id),
      attempt_number: context.run.attempt,
      per_page: 100,
    })) as WorkflowJob[]
  } catch (error) {
    const status = answeredStatus(error)
    const reason =
      status === 403
        ? 'the token lacks actions: read'
        : status === 404
          ? 'this run was not found'
          : `the jobs API failed${status ? ` (${status})` : ''}`
    throw new JobLookupError(
      reason,
      explainGitHubError(error, `Reading the jobs of ${run}`, {
        403: `the token lacks actions: read. To fix: ${permission}.`,
        404: `the token cannot see ${owner}/${repo}, or the run does not exist there.`,
      }).message,
      { cause: error },
    )
  }
}

export interface CurrentJob {
  job: WorkflowJob
  /** How it was found: by RUNNER_NAME, by the job's id in its name, or as the only running job. */
  by: 'runner-name' | 'job-name' | 'only-running-job'
}

/**
 * The job this step runs in. A runner runs one job at a time, so the running job whose
 * `runner_name` is RUNNER_NAME is this one, matrix legs included. Without RUNNER_NAME, or when no
 * running job has it: the one running job named after GITHUB_JOB (`build`, or `build (a, b)` for a
 * matrix leg), else the only running job of the attempt. Anything else is a JobLookupError rather
 * than a guess.
 */
export function findCurrentJob(jobs: WorkflowJob[], context: Pick<RunContext, 'job'>): CurrentJob {
  const running = jobs.filter((job) => job.status === 'in_progress')
  const one = (list: WorkflowJob[]) => (list.length === 1 ? list[0] : undefined)
  const { runner: runnerName, name: jobId } = context.job
  if (runnerName) {
    const onRunner = jobs.filter((job) => job.runner_name === runnerName)
    const job =
      one(onRunner.filter((candidate) => running.includes(candidate))) ??
      one(onRunner.filter((candidate) => candidate.status !== 'completed'))
    if (job) return { job, by: 'runner-name' }
  }
  if (jobId) {
    const job = one(
      running.filter(
        (candidate) => candidate.name === jobId || candidate.name.startsWith(`${jobId} (`),
      ),
    )
    if (job) return { job, by: 'job-name' }
  }
  const only = one(running)
  if (only) return { job: only, by: 'only-running-job' }
  const tried = [
    runnerName ? `no running job has runner_name '${runnerName}'` : 'RUNNER_NAME is not set',
    jobId ? `${running.length} running job(s), none alone named after '${jobId}'` : undefined,
  ].filter(Boolean)
  throw new JobLookupError(
    "this job was not found among the run's jobs",
    `Could not tell which of this run's ${jobs.length} job(s) is this one: ${tried.join('; ')}.`,
  )
}

/**
 * A job's outcome in `job.status` words. A finished job has its conclusion; for the running job
 * (seen from its own post step) any step that failed makes it `failure`, else a cancelled step
 * makes it `cancelled`, else `success`. `step` names the step that decided it.
 */
export function jobOutcome(job: WorkflowJob): { outcome: JobOutcome; step?: string } {
  if (job.status === 'completed' && job.conclusion)
    return { outcome: outcomeOfConclusion(job.conclusion) }
  const stepOutcomes = (job.steps ?? []).flatMap((step) =>
    step.conclusion ? [{ step: step.name, outcome: outcomeOfConclusion(step.conclusion) }] : [],
  )
  const decisive =
    stepOutcomes.find(({ outcome }) => outcome === 'failure') ??
    stepOutcomes.find(({ outcome }) => outcome === 'cancelled')
  return decisive ?? { outcome: 'success' }
}
