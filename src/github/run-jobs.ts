import type { Octokit } from './client.js'

/** One job of a workflow run attempt, as the Actions API lists it (the fields ci-relay reads). */
export interface RunJob {
  id: number
  name: string
  /** queued, in_progress, completed, waiting, requested or pending. */
  status: string
  /** Set when status is completed: success, failure, cancelled, skipped, timed_out, ... */
  conclusion: string | null
  /** Web page of the job. */
  htmlUrl: string | null
  /** API URL of the job. */
  url: string
  createdAt: string | null
  startedAt: string | null
  completedAt: string | null
  runnerName: string | null
}

export interface RunAttempt {
  owner: string
  repo: string
  runId: number
  attempt: number
}

/**
 * Every job of one run attempt (`GET /repos/{o}/{r}/actions/runs/{run_id}/attempts/{n}/jobs`,
 * all pages; needs `actions: read`). Failures are Octokit request errors, for the caller to explain.
 */
export async function listRunJobs(octokit: Octokit, run: RunAttempt): Promise<RunJob[]> {
  const jobs = await octokit.paginate(
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
    {
      owner: run.owner,
      repo: run.repo,
      run_id: run.runId,
      attempt_number: run.attempt,
      per_page: 100,
    },
  )
  return jobs.map((job) => ({
    id: job.id,
    name: job.name,
    status: job.status,
    conclusion: job.conclusion ?? null,
    htmlUrl: job.html_url ?? null,
    url: job.url,
    createdAt: job.created_at ?? null,
    startedAt: job.started_at ?? null,
    completedAt: job.completed_at ?? null,
    runnerName: job.runner_name ?? null,
  }))
}
