// A loopback GitLab (REST v4) as strict as GitLab is on what ci-relay calls:
// - PRIVATE-TOKEN checked on every request (401 without or with an unknown token); the CI job
//   token is refused where GitLab refuses it (commit statuses, pipeline jobs); scopes enforced
//   (api for writes, read_api or api for reads: 403 insufficient_scope); projects by id or
//   URL-encoded path (404 when the token cannot see them).
// - Commit statuses: states, 255-character name/description/target_url, the commit must exist,
//   pipeline_id must be a pipeline of that sha (404 "Pipeline for pipeline_id, sha and ref"),
//   a ref is needed when no branch holds the commit, and a status posted in the state it already
//   has answers 400 "Cannot transition status via :run from :running".
// - Pipeline jobs: paginated (per_page ≤ 100) with x-page, x-per-page, x-total, x-total-pages,
//   x-next-page, x-prev-page and Link headers; retried jobs only with include_retried.
// - Pipeline triggers: `POST /projects/:id/trigger/pipeline` takes a trigger token of that project
//   in the body (404 otherwise, no PRIVATE-TOKEN needed), an existing branch (400 "Reference not
//   found") and variables (form `variables[NAME]` or a JSON object; names [A-Za-z0-9_]); the
//   pipeline it creates answers `GET /projects/:id/pipelines/:pipeline_id` (read_api) with the
//   project's `triggeredStatuses` in turn (the last repeats).
// - `fault()` scripts answers (e.g. 429 with Retry-After and RateLimit-Reset); `route()` adds
//   endpoints (a route table other tests extend, e.g. trigger/pipelines); every request recorded.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface GitLabRecordedRequest {
  method: string
  /** Path below /api/v4, with the query string, as sent. */
  path: string
  headers: Record<string, string | string[] | undefined>
  body: unknown
  /** The token name the request authenticated as, if any. */
  as?: string
}

export interface GitLabToken {
  value: string
  /** api, read_api. */
  scopes: string[]
  /** Project ids the token may reach (a project or group access token). */
  projects: number[]
  /** A CI job token: GitLab accepts it only on a few endpoints (not these). */
  job?: boolean
  name?: string
}

export interface GitLabJobFixture {
  id: number
  name: string
  stage?: string
  status: string
  allow_failure?: boolean
  started_at?: string | null
  finished_at?: string | null
  retried?: boolean
  runner?: string
}

export interface GitLabPipelineFixture {
  id: number
  iid?: number
  sha: string
  ref: string
  jobs?: GitLabJobFixture[]
  /** How it was started (`trigger` for a trigger token). */
  source?: string
  /** Variables it was started with (a trigger's). */
  variables?: Record<string, string>
  /** Statuses `GET .../pipelines/:id` answers in turn (the last repeats); default success. */
  statuses?: string[]
  /** How often it has been read. */
  reads?: number
}

export interface GitLabProjectFixture {
  id: number
  path: string
  /** Branch name → the commits it holds. */
  branches?: Record<string, string[]>
  /** Commits that exist but no branch holds (e.g. merged-results merge commits). */
  commits?: string[]
  pipelines?: GitLabPipelineFixture[]
  /** Pipeline trigger tokens of the project. */
  triggerTokens?: string[]
  /** Statuses a triggered pipeline goes through. Default created, running, success. */
  triggeredStatuses?: string[]
}

export interface StoredStatus {
  id: number
  sha: string
  ref: string
  status: string
  name: string
  target_url: string | null
  description: string | null
  pipeline_id: number
  created_at: string
}

export interface GitLabRequestContext {
  method: string
  /** Path below /api/v4 without the query. */
  pathname: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: unknown
  token?: GitLabToken
}

export interface GitLabResponse {
  status: number
  /** Instead of answering: 'reset' drops the connection, 'hang' never answers (status ignored). */
  drop?: 'reset' | 'hang'
  headers?: Record<string, string>
  body?: unknown
}

export type GitLabRouteHandler = (
  request: GitLabRequestContext,
  params: string[],
) => GitLabResponse | Promise<GitLabResponse>

export interface FakeGitLab {
  /** The API root, e.g. http://127.0.0.1:1234/api/v4: the CI_API_V4_URL / gitlab-api-url. */
  url: string
  /** The web root, e.g. http://127.0.0.1:1234: CI_SERVER_URL. */
  serverUrl: string
  requests: GitLabRecordedRequest[]
  /** `METHOD /path` of every request, in order. */
  sequence(): string[]
  /** Statuses of a commit, oldest first. */
  statuses(projectId: number, sha: string): StoredStatus[]
  /** The project a request's `:id` names (id or URL-encoded path), if the token may see it. */
  project(id: string): GitLabProjectFixture | undefined
  /** Answer the next matching requests yourself; return undefined to let the stand-in answer. */
  fault(hook: (request: GitLabRequestContext) => GitLabResponse | undefined): void
  /**
   * Add an endpoint, checked before the built-in ones (so a test may replace one): `pattern`
   * matches the path below /api/v4 (groups become params). With
   * `auth: 'private-token'` (default) the stand-in answers 401 without a valid PRIVATE-TOKEN
   * first (and for a job token); `auth: 'none'` leaves it to the handler (e.g. a trigger token).
   */
  route(
    method: string,
    pattern: RegExp,
    handler: GitLabRouteHandler,
    options?: { auth?: 'private-token' | 'none' },
  ): void
  close(): Promise<void>
}

export interface FakeGitLabOptions {
  tokens: GitLabToken[]
  projects: GitLabProjectFixture[]
}

const STATES = ['pending', 'running', 'success', 'failed', 'canceled', 'skipped']
/** The state machine event GitLab fires for each requested state, as its messages name it. */
const EVENT_OF: Record<string, string> = {
  pending: 'enqueue',
  running: 'run',
  success: 'succeed',
  failed: 'drop',
  canceled: 'cancel',
  skipped: 'skip',
}
/** From an unfinished status, the states GitLab can move it to. */
const TRANSITIONS: Record<string, string[]> = {
  pending: ['running', 'success', 'failed', 'canceled', 'skipped'],
  running: ['success', 'failed', 'canceled'],
}
const LIMIT = 255

const json = (status: number, body: unknown, headers?: Record<string, string>): GitLabResponse => ({
  status,
  body,
  headers,
})
const chars = (value: string) => [...value].length

export async function startFakeGitLab(options: FakeGitLabOptions): Promise<FakeGitLab> {
  const requests: GitLabRecordedRequest[] = []
  const faults: ((request: GitLabRequestContext) => GitLabResponse | undefined)[] = []
  const routes: {
    method: string
    pattern: RegExp
    handler: GitLabRouteHandler
    auth: 'private-token' | 'none'
  }[] = []
  const statuses: StoredStatus[] = []
  let nextStatusId = 1000
  let nextPipelineId = 50_000

  const projectFor = (id: string, token?: GitLabToken) => {
    const decoded = decodeURIComponent(id)
    const project = options.projects.find((p) => String(p.id) === decoded || p.path === decoded)
    if (!project || (token && !token.projects.includes(project.id))) return undefined
    return project
  }
  const commitExists = (project: GitLabProjectFixture, sha: string) =>
    (project.commits ?? []).includes(sha) ||
    Object.values(project.branches ?? {}).some((shas) => shas.includes(sha)) ||
    (project.pipelines ?? []).some((p) => p.sha === sha)

  const needScope = (token: GitLabToken, write: boolean): GitLabResponse | undefined => {
    const ok = write
      ? token.scopes.includes('api')
      : token.scopes.some((s) => s === 'api' || s === 'read_api')
    if (ok) return undefined
    return json(403, {
      error: 'insufficient_scope',
      error_description:
        'The request requires higher privileges than provided by the access token.',
      scope: write ? 'api' : 'read_api api',
    })
  }

  /** A pipeline the request's token may read (read_api or api), or GitLab's answer why not. */
  const readablePipeline = (
    request: GitLabRequestContext,
    id: string,
    pipelineId: string,
  ): { project: GitLabProjectFixture; pipeline: GitLabPipelineFixture } | GitLabResponse => {
    const token = request.token as GitLabToken
    const project = projectFor(id, token)
    if (!project) return json(404, { message: '404 Project Not Found' })
    const scope = needScope(token, false)
    if (scope) return scope
    const pipeline = (project.pipelines ?? []).find((p) => String(p.id) === pipelineId)
    if (!pipeline) return json(404, { message: '404 Not found' })
    return { project, pipeline }
  }

  // POST /projects/:id/statuses/:sha
  routes.push({
    method: 'POST',
    pattern: /^\/projects\/([^/]+)\/statuses\/([^/]+)$/,
    auth: 'private-token',
    handler: (request, [id = '', sha = '']) => {
      const token = request.token as GitLabToken
      const project = projectFor(id, token)
      if (!project) return json(404, { message: '404 Project Not Found' })
      const scope = needScope(token, true)
      if (scope) return scope
      const body = (request.body ?? {}) as Record<string, unknown>
      const state = body.state
      if (typeof state !== 'string' || !state) return json(400, { message: 'State is required' })
      if (!STATES.includes(state)) return json(400, { error: 'state does not have a valid value' })
      const errors: Record<string, string[]> = {}
      for (const field of ['name', 'description', 'target_url'])
        if (typeof body[field] === 'string' && chars(body[field] as string) > LIMIT)
          errors[field] = [`is too long (maximum is ${LIMIT} characters)`]
      if (typeof body.target_url === 'string' && !/^https?:\/\/[^/]/.test(body.target_url))
        errors.target_url = [
          ...(errors.target_url ?? []),
          'is blocked: Only allowed schemes are http, https',
        ]
      if (Object.keys(errors).length) return json(400, { message: errors })
      if (!commitExists(project, sha)) return json(404, { message: '404 Commit Not Found' })
      const ref = typeof body.ref === 'string' ? body.ref : undefined
      const pipelineId = typeof body.pipeline_id === 'number' ? body.pipeline_id : undefined
      const pipelines = (project.pipelines ?? [])
        .filter((p) => p.sha === sha)
        .filter((p) => !ref || p.ref === ref)
        .filter((p) => !pipelineId || p.id === pipelineId)
        .sort((a, b) => b.id - a.id)
      if (pipelineId && !pipelines.length)
        return json(404, { message: '404 Pipeline for pipeline_id, sha and ref Not Found' })
      const branch = Object.entries(project.branches ?? {}).find(([, shas]) => shas.includes(sha))
      const statusRef = ref ?? pipelines[0]?.ref ?? branch?.[0]
      if (!statusRef) return json(404, { message: '404 References for commit Not Found' })
      let pipeline = pipelines[0]
      if (!pipeline) {
        pipeline = { id: nextPipelineId++, sha, ref: statusRef, jobs: [] }
        project.pipelines = [...(project.pipelines ?? []), pipeline]
      }
      const name = typeof body.name === 'string' ? body.name : 'default'
      const existing = statuses.find(
        (s) =>
          s.pipeline_id === pipeline.id &&
          s.name === name &&
          s.ref === statusRef &&
          (s.status === 'pending' || s.status === 'running'),
      )
      if (existing && !(TRANSITIONS[existing.status] ?? []).includes(state)) {
        const event = EVENT_OF[state]
        return json(400, {
          message: `Cannot transition status via :${event} from :${existing.status} (Reason(s): Status cannot transition via "${event}")`,
        })
      }
      const stored: StoredStatus = existing ?? {
        id: nextStatusId++,
        sha,
        ref: statusRef,
        status: state,
        name,
        target_url: null,
        description: null,
        pipeline_id: pipeline.id,
        created_at: new Date().toISOString(),
      }
      stored.status = state
      if (typeof body.target_url === 'string') stored.target_url = body.target_url
      if (typeof body.description === 'string') stored.description = body.description
      if (!existing) statuses.push(stored)
      return json(201, {
        ...stored,
        allow_failure: false,
        author: { username: token.name ?? 'bot' },
      })
    },
  })

  // GET /projects/:id/pipelines/:pipeline_id/jobs
  routes.push({
    method: 'GET',
    pattern: /^\/projects\/([^/]+)\/pipelines\/(\d+)\/jobs$/,
    auth: 'private-token',
    handler: (request, [id = '', pipelineId = '']) => {
      const found = readablePipeline(request, id, pipelineId)
      if ('status' in found) return found
      const { project, pipeline } = found
      const perPageParam = Number(request.query.get('per_page') ?? 20)
      const perPage = Math.min(Math.max(Number.isInteger(perPageParam) ? perPageParam : 20, 1), 100)
      const page = Math.max(Number(request.query.get('page') ?? 1) || 1, 1)
      const withRetried = request.query.get('include_retried') === 'true'
      const jobs = (pipeline.jobs ?? [])
        .filter((job) => withRetried || !job.retried)
        .sort((a, b) => b.id - a.id)
      const totalPages = Math.max(Math.ceil(jobs.length / perPage), 1)
      const slice = jobs.slice((page - 1) * perPage, page * perPage)
      const base = `${serverUrl}/api/v4${request.pathname}`
      const link = (p: number) => {
        const query = new URLSearchParams(request.query)
        query.set('page', String(p))
        query.set('per_page', String(perPage))
        return `${base}?${query}`
      }
      const links = [
        ...(page < totalPages ? [`<${link(page + 1)}>; rel="next"`] : []),
        ...(page > 1 ? [`<${link(page - 1)}>; rel="prev"`] : []),
        `<${link(1)}>; rel="first"`,
        `<${link(totalPages)}>; rel="last"`,
      ]
      return json(
        200,
        slice.map((job) => ({
          id: job.id,
          name: job.name,
          stage: job.stage ?? 'test',
          status: job.status,
          allow_failure: job.allow_failure ?? false,
          created_at: job.started_at ?? '2026-01-01T10:00:00.000Z',
          started_at: job.started_at ?? null,
          finished_at: job.finished_at ?? null,
          web_url: `${serverUrl}/${project.path}/-/jobs/${job.id}`,
          ...(withRetried && { retried: job.retried === true }),
          runner: job.runner ? { id: 1, description: job.runner } : null,
          pipeline: { id: pipeline.id, sha: pipeline.sha, ref: pipeline.ref },
        })),
        {
          'x-page': String(page),
          'x-per-page': String(perPage),
          'x-total': String(jobs.length),
          'x-total-pages': String(totalPages),
          'x-next-page': page < totalPages ? String(page + 1) : '',
          'x-prev-page': page > 1 ? String(page - 1) : '',
          link: links.join(', '),
        },
      )
    },
  })

  // POST /projects/:id/trigger/pipeline: the trigger token in the body is the credential.
  routes.push({
    method: 'POST',
    pattern: /^\/projects\/([^/]+)\/trigger\/pipeline$/,
    auth: 'none',
    handler: (request, [id = '']) => {
      const body = (request.body ?? {}) as Record<string, unknown>
      if (typeof body.token !== 'string' || !body.token)
        return json(400, { error: 'token is missing' })
      if (typeof body.ref !== 'string' || !body.ref) return json(400, { error: 'ref is missing' })
      const project = projectFor(id)
      if (!project || !(project.triggerTokens ?? []).includes(body.token))
        return json(404, { message: '404 Not Found' })
      const variables: Record<string, string> = {}
      const given =
        typeof body.variables === 'object' && body.variables !== null
          ? Object.entries(body.variables as Record<string, unknown>)
          : Object.entries(body).flatMap(([key, value]) => {
              const name = /^variables\[(.*)\]$/.exec(key)?.[1]
              return name === undefined ? [] : [[name, value] as [string, unknown]]
            })
      for (const [name, value] of given) {
        if (!/^[A-Za-z0-9_]+$/.test(name) || typeof value !== 'string')
          return json(400, { message: { variables: [`${name} is not a valid variable`] } })
        variables[name] = value
      }
      const sha = project.branches?.[body.ref]?.at(-1)
      if (!sha) return json(400, { message: { base: ['Reference not found'] } })
      const pipeline: GitLabPipelineFixture = {
        id: nextPipelineId++,
        iid: (project.pipelines ?? []).length + 1,
        sha,
        ref: body.ref,
        source: 'trigger',
        variables,
        statuses: [...(project.triggeredStatuses ?? ['created', 'running', 'success'])],
        reads: 0,
        jobs: [],
      }
      project.pipelines = [...(project.pipelines ?? []), pipeline]
      return json(201, pipelineJson(project, pipeline, 'created'))
    },
  })

  // GET /projects/:id/pipelines/:pipeline_id
  routes.push({
    method: 'GET',
    pattern: /^\/projects\/([^/]+)\/pipelines\/(\d+)$/,
    auth: 'private-token',
    handler: (request, [id = '', pipelineId = '']) => {
      const found = readablePipeline(request, id, pipelineId)
      if ('status' in found) return found
      const { project, pipeline } = found
      const statuses = pipeline.statuses ?? ['success']
      const status = statuses[Math.min(pipeline.reads ?? 0, statuses.length - 1)] as string
      pipeline.reads = (pipeline.reads ?? 0) + 1
      return json(200, pipelineJson(project, pipeline, status))
    },
  })

  const pipelineJson = (
    project: GitLabProjectFixture,
    pipeline: GitLabPipelineFixture,
    status: string,
  ) => ({
    id: pipeline.id,
    iid: pipeline.iid,
    project_id: project.id,
    sha: pipeline.sha,
    ref: pipeline.ref,
    status,
    source: pipeline.source ?? 'push',
    created_at: '2026-01-01T10:00:00.000Z',
    updated_at: '2026-01-01T10:00:00.000Z',
    web_url: `${serverUrl}/${project.path}/-/pipelines/${pipeline.id}`,
  })

  const server = createServer((req, res) => void handle(req, res))
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const full = new URL(req.url ?? '/', 'http://x')
    const path = full.pathname.replace(/^\/api\/v4/, '')
    const contentType = String(req.headers['content-type'] ?? '')
    let body: unknown = raw
    if (raw && contentType.includes('application/json')) {
      try {
        body = JSON.parse(raw)
      } catch {
        return send(res, json(400, { error: 'body is not valid JSON' }))
      }
    } else if (raw && contentType.includes('application/x-www-form-urlencoded')) {
      body = Object.fromEntries(new URLSearchParams(raw))
    } else if (!raw) body = undefined

    const privateToken = req.headers['private-token']
    const token = options.tokens.find((t) => t.value === privateToken)
    requests.push({
      method: req.method ?? 'GET',
      path: `${path}${full.search}`,
      headers: req.headers,
      body,
      as: token?.name,
    })
    const context: GitLabRequestContext = {
      method: req.method ?? 'GET',
      pathname: path,
      query: full.searchParams,
      headers: req.headers,
      body,
      token,
    }
    for (const hook of faults) {
      const answer = hook(context)
      if (answer) return send(res, answer)
    }
    if (!full.pathname.startsWith('/api/v4/'))
      return send(res, json(404, { error: '404 Not Found' }))
    const route = routes.find((r) => r.method === context.method && r.pattern.test(path))
    if (!route) return send(res, json(404, { error: '404 Not Found' }))
    const params = (path.match(route.pattern) ?? []).slice(1)
    if (route.auth === 'private-token' && (!token || token.job))
      return send(res, json(401, { message: '401 Unauthorized' }))
    try {
      send(res, await route.handler(context, params))
    } catch (error) {
      send(res, json(500, { message: `stand-in error: ${(error as Error).message}` }))
    }
  }

  function send(res: ServerResponse, answer: GitLabResponse) {
    if (answer.drop === 'reset') return void res.socket?.destroy()
    if (answer.drop === 'hang') return
    const headers: Record<string, string> = { ...answer.headers }
    let payload: string | undefined
    if (answer.body !== undefined) {
      payload = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)
      headers['content-type'] ??= 'application/json'
    }
    res.writeHead(answer.status, headers)
    res.end(payload)
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const serverUrl = `http://127.0.0.1:${port}`

  return {
    url: `${serverUrl}/api/v4`,
    serverUrl,
    requests,
    sequence: () => requests.map((r) => `${r.method} ${r.path}`),
    statuses: (projectId, sha) =>
      statuses.filter(
        (s) =>
          s.sha === sha &&
          options.projects
            .find((p) => p.id === projectId)
            ?.pipelines?.some((p) => p.id === s.pipeline_id),
      ),
    project: (id) => projectFor(id),
    fault: (hook) => void faults.push(hook),
    route: (method, pattern, handler, { auth = 'private-token' } = {}) =>
      void routes.unshift({ method, pattern, handler, auth }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
