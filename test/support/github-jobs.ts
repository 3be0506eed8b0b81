// The Actions jobs endpoint on the GitHub stand-in: GET
// /repos/{o}/{r}/actions/runs/{run_id}/attempts/{attempt}/jobs, authorized like GitHub (actions:
// read), paginated with a Link header as GitHub does, jobs shaped like GitHub's.
import type { FakeGitHub } from './github-api.js'

export interface JobSpec {
  name: string
  status?: 'queued' | 'in_progress' | 'completed' | 'waiting'
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | null
  runnerName?: string | null
}

export interface RunJobsOptions {
  owner?: string
  repo?: string
  runId?: number
  attempt?: number
  jobs: JobSpec[]
  /** Largest page the stand-in serves, whatever per_page asks (to exercise pagination). */
  maxPageSize?: number
}

/** Adds the jobs of one run attempt (default: the runner environment's octo-org/app run). */
export function addRunJobs(fake: FakeGitHub, options: RunJobsOptions): void {
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'app'
  const runId = options.runId ?? 9876543210
  const attempt = options.attempt ?? 1
  const base = Date.parse('2026-01-01T10:00:00Z')
  const jobs = options.jobs.map((spec, i) => {
    const id = 30_000_000_000 + i
    const status = spec.status ?? 'completed'
    const started = status === 'queued' || status === 'waiting' ? null : base + i * 60_000
    return {
      id,
      run_id: runId,
      run_url: `${fake.url}/repos/${owner}/${repo}/actions/runs/${runId}`,
      run_attempt: attempt,
      node_id: `CR_kwDO${id}`,
      head_sha: 'ffac537e6cbbf934b08745a378932722df287a53',
      url: `${fake.url}/repos/${owner}/${repo}/actions/jobs/${id}`,
      html_url: `https://github.com/${owner}/${repo}/actions/runs/${runId}/job/${id}`,
      status,
      conclusion: status === 'completed' ? (spec.conclusion ?? 'success') : null,
      created_at: new Date(base + i * 60_000 - 5000).toISOString().replace('.000', ''),
      started_at: started === null ? null : new Date(started).toISOString().replace('.000', ''),
      completed_at:
        status === 'completed' && started !== null
          ? new Date(started + 30_000).toISOString().replace('.000', '')
          : null,
      name: spec.name,
      steps: [],
      check_run_url: `${fake.url}/repos/${owner}/${repo}/check-runs/${id}`,
      labels: ['ubuntu-latest'],
      runner_id: spec.runnerName === null ? null : 7 + i,
      runner_name: spec.runnerName === undefined ? `GitHub Actions ${7 + i}` : spec.runnerName,
      runner_group_id: 1,
      runner_group_name: 'GitHub Actions',
      workflow_name: 'CI',
      head_branch: 'main',
    }
  })
  const path = new RegExp(
    `^/repos/(${owner})/(${repo})/actions/runs/${runId}/attempts/${attempt}/jobs$`,
    'i',
  )
  fake.route('GET', path, (req) => {
    const denied = fake.authorize(req, owner, repo, ['actions', 'read'])
    if (denied) return denied
    const perPage = Math.min(
      Number(req.query.get('per_page') ?? 30),
      100,
      options.maxPageSize ?? 100,
    )
    const page = Number(req.query.get('page') ?? 1)
    const slice = jobs.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = {}
    if (page * perPage < jobs.length) {
      const next = new URL(`${fake.url}${req.pathname}`)
      next.searchParams.set('per_page', String(req.query.get('per_page') ?? perPage))
      next.searchParams.set('page', String(page + 1))
      headers.link = `<${next}>; rel="next"`
    }
    return { status: 200, headers, body: { total_count: jobs.length, jobs: slice } }
  })
}
