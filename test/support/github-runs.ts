// Workflow runs for the GitHub stand-in: each repository_dispatch the stand-in accepted starts a
// run in that repository, titled by the run-name its receiving workflow declares, which then goes
// through scripted statuses. Served as GitHub does: GET /repos/{o}/{r}/actions/runs (filtered by
// event and created) and GET /repos/{o}/{r}/actions/runs/{id}, both needing actions: read.
import type { FakeGitHub, FakeRequest, FakeResponse } from './github-api.js'

export type RunStatus = 'queued' | 'in_progress' | 'completed'

export interface RunScript {
  /** List requests answered without the run before it shows up. Default 0. */
  hiddenFor?: number
  /**
   * Status of the run at each observation (a list that shows it, or a read), in turn; the last
   * repeats. Default ['completed'].
   */
  statuses?: RunStatus[]
  /** Conclusion once completed. Default 'success'. */
  conclusion?: string
  /**
   * The run's title from the dispatched client_payload, as the receiving workflow's run-name
   * makes it. Default: `Deploy ${client_payload._relay.id}`.
   */
  runName?: (clientPayload: Record<string, unknown>) => string
}

export interface FakeRun {
  id: number
  repository: string
  display_title: string
  created_at: string
  observations: number
  script: RunScript
}

export interface RunsStandIn {
  runs: FakeRun[]
  /** Headers added to every runs answer (e.g. to spend the rate limit). */
  headers: Record<string, string>
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const CREATED = /^>=(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)$/

export const defaultRunName = (payload: Record<string, unknown>): string =>
  `Deploy ${String((payload._relay as { id?: unknown } | undefined)?.id)}`

/** Adds the runs endpoints; `scripts` is keyed by owner/repo (repositories without one get no runs). */
export function serveRuns(fake: FakeGitHub, scripts: Record<string, RunScript>): RunsStandIn {
  const standIn: RunsStandIn = { runs: [], headers: {} }
  let nextId = 7_000_000_001
  const listed = new Map<string, number>()
  const scriptOf = (repository: string) =>
    Object.entries(scripts).find(([name]) => name.toLowerCase() === repository.toLowerCase())?.[1]

  // Runs of dispatches accepted so far and not yet turned into runs.
  const startRuns = (repository: string) => {
    const script = scriptOf(repository)
    if (!script) return
    const dispatches = fake.requests.filter(
      (r) =>
        r.method === 'POST' &&
        r.status === 204 &&
        r.path.toLowerCase() === `/repos/${repository}/dispatches`.toLowerCase(),
    )
    const known = standIn.runs.filter((run) => run.repository === repository)
    for (const request of dispatches.slice(known.length)) {
      const body = request.body as { client_payload?: Record<string, unknown> }
      standIn.runs.push({
        id: nextId++,
        repository,
        display_title: (script.runName ?? defaultRunName)(body.client_payload ?? {}),
        created_at: isoSeconds(Date.now()),
        observations: 0,
        script,
      })
    }
  }

  const runJson = (run: FakeRun | Decoy, observe: boolean) => {
    let status: RunStatus = 'completed'
    let conclusion: string | null = 'success'
    if ('script' in run) {
      const statuses = run.script.statuses ?? ['completed']
      status = statuses[Math.min(run.observations, statuses.length - 1)] ?? 'completed'
      conclusion = status === 'completed' ? (run.script.conclusion ?? 'success') : null
      if (observe) run.observations++
    }
    const [owner, repo] = run.repository.split('/')
    return {
      id: run.id,
      name: 'Deploy',
      node_id: `WFR_${run.id}`,
      head_branch: 'main',
      head_sha: 'ffac537e6cbbf934b08745a378932722df287a53',
      path: '.github/workflows/deploy.yml',
      display_title: run.display_title,
      run_number: run.id % 1000,
      run_attempt: 1,
      event: 'repository_dispatch',
      status,
      conclusion,
      workflow_id: 4242,
      url: `${fake.url}/repos/${owner}/${repo}/actions/runs/${run.id}`,
      html_url: `https://github.com/${owner}/${repo}/actions/runs/${run.id}`,
      created_at: run.created_at,
      updated_at: isoSeconds(Date.now()),
      run_started_at: run.created_at,
      repository: { full_name: run.repository },
    }
  }

  const answer = (status: number, body: unknown): FakeResponse => ({
    status,
    body,
    headers: standIn.headers,
  })

  fake.route('GET', /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs$/, (req: FakeRequest) => {
    const [, owner = '', repo = ''] = req.match
    const denied = fake.authorize(req, owner, repo, ['actions', 'read'])
    if (denied) return denied
    const repository = `${owner}/${repo}`
    const created = req.query.get('created')
    const since = created === null ? undefined : CREATED.exec(created)?.[1]
    const perPage = Number(req.query.get('per_page') ?? 30)
    if (created !== null && !since) return req.invalid(`created: '${created}' is not >=<date-time>`)
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
      return req.invalid('per_page must be 1 to 100')
    }
    startRuns(repository)
    const count = (listed.get(repository) ?? 0) + 1
    listed.set(repository, count)
    const event = req.query.get('event')
    const visible = standIn.runs.filter(
      (run) => run.repository === repository && count > (run.script.hiddenFor ?? 0),
    )
    const all = [...visible, ...decoys(repository)]
      .filter((run) => !since || Date.parse(run.created_at) >= Date.parse(since))
      .filter(() => event === null || event === 'repository_dispatch')
      .sort((a, b) => b.id - a.id)
      .slice(0, perPage)
    return answer(200, {
      total_count: all.length,
      workflow_runs: all.map((run) => runJson(run, true)),
    })
  })

  fake.route('GET', /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)$/, (req: FakeRequest) => {
    const [, owner = '', repo = '', id = ''] = req.match
    const denied = fake.authorize(req, owner, repo, ['actions', 'read'])
    if (denied) return denied
    const run = standIn.runs.find(
      (r) => r.id === Number(id) && r.repository.toLowerCase() === `${owner}/${repo}`.toLowerCase(),
    )
    if (!run) return answer(404, { message: 'Not Found', status: '404' })
    return answer(200, runJson(run, true))
  })

  return standIn
}

interface Decoy {
  id: number
  repository: string
  display_title: string
  created_at: string
}

/** Runs that must not be mistaken for ours: another dispatch now, and one from yesterday. */
function decoys(repository: string): Decoy[] {
  return [
    {
      id: 6_000_000_002,
      repository,
      display_title: 'Deploy 1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      created_at: isoSeconds(Date.now()),
    },
    {
      id: 6_000_000_001,
      repository,
      display_title: 'Nightly',
      created_at: isoSeconds(Date.now() - 86_400_000),
    },
  ]
}
