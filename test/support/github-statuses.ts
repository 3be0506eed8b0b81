// Commit statuses, pull requests and a run's jobs for the GitHub stand-in, as strict as GitHub
// where ci-relay depends on it: 422 on a description over 140 characters, a context over 255, a
// state GitHub does not know (the OpenAPI schema), a sha that is not a commit, or the 1001st status
// for one sha and context; statuses need statuses: write, jobs actions: read; the jobs list is
// paginated (per_page at most 100) with a Link header, as octokit.paginate expects.
import type { FakeGitHub, FakeRequest, FakeResponse } from './github-api.js'

export interface FakeStep {
  name: string
  /** Default 'completed'. */
  status?: 'queued' | 'in_progress' | 'completed'
  /** Default 'success' when completed, else null. */
  conclusion?: string | null
}

export interface FakeJob {
  name: string
  /** Default 'in_progress'. */
  status?: 'queued' | 'in_progress' | 'completed'
  conclusion?: string | null
  runner_name?: string | null
  steps?: FakeStep[]
}

export interface RunRef {
  /** Default 'octo-org/app'. */
  repository?: string
  /** Default '9876543210' (the runner environment's GITHUB_RUN_ID). */
  runId?: string
  /** Default 1. */
  attempt?: number
}

export interface FakePullRequest {
  /** Default 'octo-org/app'. */
  repository?: string
  number: number
  headSha: string
  /** The test merge commit GitHub makes: GITHUB_SHA on pull_request events. */
  mergeSha: string
  baseSha?: string
  headRef?: string
  baseRef?: string
  title?: string
}

export interface RecordedStatus {
  repository: string
  sha: string
  state: string
  context: string
  description: string | null
  target_url: string | null
  url: string
}

export interface FakeStatuses {
  /** Every status created, in order. */
  statuses: RecordedStatus[]
  /** `state` of each status created on repository@sha (any when omitted), in order. */
  states(sha?: string, repository?: string): string[]
  /** Sets the jobs of a run attempt (their ids, urls and times are filled in). */
  setJobs(run: RunRef, jobs: FakeJob[]): void
  /** Adds a pull request; returns the `pull_request` event payload GitHub sends for it. */
  addPullRequest(pr: FakePullRequest): Record<string, unknown>
}

const SHA = /^[0-9a-f]{40}$/
const chars = (value: unknown) => (typeof value === 'string' ? [...value].length : 0)
const json = (status: number, body: unknown, headers?: Record<string, string>): FakeResponse => ({
  status,
  body,
  headers,
})
const notFound = () => json(404, { message: 'Not Found', status: '404' })

/** A realistic job for `runner` that has passed its setup and our step and is in its post step. */
export function runningJob(
  name: string,
  runner: string,
  steps: FakeStep[] = [{ name: 'Run tests' }],
): FakeJob {
  return {
    name,
    runner_name: runner,
    steps: [
      { name: 'Set up job' },
      { name: 'Run actions/checkout@v4' },
      { name: 'Run octo-org/ci-relay@v1' },
      ...steps,
      { name: 'Post Run octo-org/ci-relay@v1', status: 'in_progress' },
      { name: 'Post Run actions/checkout@v4', status: 'queued' },
      { name: 'Complete job', status: 'queued' },
    ],
  }
}

export function addStatusRoutes(fake: FakeGitHub): FakeStatuses {
  const statuses: RecordedStatus[] = []
  const runs = new Map<string, Record<string, unknown>[]>()
  const pulls = new Map<string, Record<string, unknown>>()
  const started = new Date(Date.now() - 120_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  let nextId = 1
  const web = (repository: string) => `https://github.com/${repository}`
  const repoOf = (req: FakeRequest) => `${req.match[1]}/${req.match[2]}`.toLowerCase()

  fake.route('POST', /^\/repos\/([^/]+)\/([^/]+)\/statuses\/([^/]+)$/, (req) => {
    const [, owner = '', repo = '', sha = ''] = req.match
    const denied = fake.authorize(req, owner, repo, ['statuses', 'write'])
    if (denied) return denied
    const body = req.body as Record<string, string | null>
    if (!SHA.test(sha)) return req.invalid(`No commit found for SHA: ${sha}`)
    if (chars(body.description) > 140)
      return req.invalid('description is too long (maximum is 140 characters)')
    const context = body.context ?? 'default'
    if (chars(context) > 255) return req.invalid('context is too long (maximum is 255 characters)')
    const repository = `${owner}/${repo}`
    const same = statuses.filter(
      (s) => s.repository === repository && s.sha === sha && s.context === context,
    )
    if (same.length >= 1000)
      return req.invalid('This SHA and context has reached the maximum number of statuses.')
    const url = `${fake.url}/repos/${repository}/statuses/${sha}`
    const status: RecordedStatus = {
      repository,
      sha,
      state: String(body.state),
      context,
      description: body.description ?? null,
      target_url: body.target_url ?? null,
      url,
    }
    statuses.push(status)
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    const id = nextId++
    return json(201, {
      url,
      avatar_url: 'https://avatars.githubusercontent.com/in/31337?v=4',
      id,
      node_id: `SC_${id}`,
      state: status.state,
      description: status.description,
      target_url: status.target_url,
      context,
      created_at: now,
      updated_at: now,
      creator: { login: 'ci-relay-test[bot]', type: 'Bot' },
    })
  })

  fake.route('GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/, (req) => {
    const [, owner = '', repo = '', number = ''] = req.match
    const denied = fake.authorize(req, owner, repo, ['pull_requests', 'read'])
    if (denied) return denied
    const pull = pulls.get(`${repoOf(req)}#${number}`)
    return pull ? json(200, pull) : notFound()
  })

  fake.route(
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/attempts\/(\d+)\/jobs$/,
    (req) => {
      const [, owner = '', repo = '', runId = '', attempt = ''] = req.match
      const denied = fake.authorize(req, owner, repo, ['actions', 'read'])
      if (denied) return denied
      const jobs = runs.get(`${repoOf(req)}/${runId}/${attempt}`)
      if (!jobs) return notFound()
      const perPage = Math.min(Number(req.query.get('per_page') ?? 30) || 30, 100)
      const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1)
      const last = Math.max(Math.ceil(jobs.length / perPage), 1)
      const link = (n: number, rel: string) =>
        `<${fake.url}${req.pathname}?per_page=${perPage}&page=${n}>; rel="${rel}"`
      const links = [
        ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
        ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
      ]
      return json(
        200,
        { total_count: jobs.length, jobs: jobs.slice((page - 1) * perPage, page * perPage) },
        links.length ? { link: links.join(', ') } : undefined,
      )
    },
  )

  return {
    statuses,
    states: (sha, repository) =>
      statuses
        .filter(
          (s) =>
            (!sha || s.sha === sha) &&
            (!repository || s.repository.toLowerCase() === repository.toLowerCase()),
        )
        .map((s) => s.state),

    setJobs(run, jobs) {
      const repository = run.repository ?? 'octo-org/app'
      const runId = run.runId ?? '9876543210'
      const attempt = run.attempt ?? 1
      const runUrl = `${fake.url}/repos/${repository}/actions/runs/${runId}`
      runs.set(
        `${repository.toLowerCase()}/${runId}/${attempt}`,
        jobs.map((job, index) => {
          const id = 30_000_000_000 + index
          const status = job.status ?? 'in_progress'
          return {
            id,
            run_id: Number(runId),
            run_url: runUrl,
            run_attempt: attempt,
            node_id: `CR_${id}`,
            head_sha: 'ffac537e6cbbf934b08745a378932722df287a53',
            url: `${fake.url}/repos/${repository}/actions/jobs/${id}`,
            html_url: `${web(repository)}/actions/runs/${runId}/job/${id}`,
            status,
            conclusion: job.conclusion ?? null,
            created_at: started,
            started_at: started,
            completed_at: status === 'completed' ? started : null,
            name: job.name,
            steps: (job.steps ?? []).map((step, i) => {
              const stepStatus = step.status ?? 'completed'
              return {
                name: step.name,
                status: stepStatus,
                conclusion:
                  step.conclusion !== undefined
                    ? step.conclusion
                    : stepStatus === 'completed'
                      ? 'success'
                      : null,
                number: i + 1,
                started_at: stepStatus === 'queued' ? null : started,
                completed_at: stepStatus === 'completed' ? started : null,
              }
            }),
            check_run_url: `${fake.url}/repos/${repository}/check-runs/${id}`,
            labels: ['ubuntu-latest'],
            runner_id: job.runner_name ? 1000 + index : null,
            runner_name: job.runner_name ?? null,
            runner_group_id: job.runner_name ? 2 : null,
            runner_group_name: job.runner_name ? 'GitHub Actions' : null,
            workflow_name: 'CI',
            head_branch: 'main',
          }
        }),
      )
    },

    addPullRequest(pr) {
      const repository = pr.repository ?? 'octo-org/app'
      const [owner = '', name = ''] = repository.split('/')
      const repo = {
        name,
        full_name: repository,
        owner: { login: owner },
        html_url: web(repository),
      }
      const pull = {
        url: `${fake.url}/repos/${repository}/pulls/${pr.number}`,
        html_url: `${web(repository)}/pull/${pr.number}`,
        number: pr.number,
        state: 'open',
        title: pr.title ?? 'Add a feature',
        user: { login: 'monalisa' },
        head: {
          label: `${owner}:${pr.headRef ?? 'feature'}`,
          ref: pr.headRef ?? 'feature',
          sha: pr.headSha,
          repo,
        },
        base: {
          label: `${owner}:${pr.baseRef ?? 'main'}`,
          ref: pr.baseRef ?? 'main',
          sha: pr.baseSha ?? '0'.repeat(40),
          repo,
        },
        merge_commit_sha: pr.mergeSha,
        mergeable: true,
        draft: false,
      }
      pulls.set(`${repository.toLowerCase()}#${pr.number}`, pull)
      return {
        action: 'synchronize',
        number: pr.number,
        pull_request: pull,
        repository: repo,
        sender: { login: 'monalisa', type: 'User' },
      }
    },
  }
}
