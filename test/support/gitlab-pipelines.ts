// A loopback GitLab for pipeline triggers, strict as GitLab is: `POST /projects/:id/trigger/pipeline`
// takes a trigger token of that project (404 otherwise), an existing ref (400 "Reference not found"),
// and variables[NAME]=value form fields; `GET /projects/:id/pipelines/:pipeline_id` needs a
// PRIVATE-TOKEN with read_api or api (401/403), and walks each pipeline through scripted statuses.
// :id is a numeric ID or the URL-encoded path: an unencoded path does not route (404), as on GitLab.
// (To be folded into the GitLab stand-in, test/support/gitlab-api.ts, once it exists.)
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after } from 'node:test'

export interface FakeProject {
  id: number
  path: string
  refs: string[]
  triggerTokens: string[]
}

export interface FakeAccessToken {
  token: string
  scopes: string[]
}

export interface TriggeredPipeline {
  id: number
  iid: number
  projectId: number
  ref: string
  variables: Record<string, string>
  /** Statuses the GET answers in turn (the last repeats). */
  statuses: string[]
  reads: number
}

export interface RecordedGitLabRequest {
  method: string
  /** Raw path as sent (still URL-encoded), without the query. */
  path: string
  headers: IncomingMessage['headers']
  /** Form or JSON fields, as GitLab would read them. */
  fields: Record<string, string>
  status: number
}

export interface FakeGitLabPipelines {
  /** The API URL, http://127.0.0.1:<port>/api/v4 */
  url: string
  /** http://127.0.0.1:<port> */
  serverUrl: string
  requests: RecordedGitLabRequest[]
  pipelines: TriggeredPipeline[]
  /** Statuses the next triggered pipeline goes through. Default ['created', 'running', 'success']. */
  nextStatuses: string[]
  close(): Promise<void>
}

export interface FakeGitLabPipelinesOptions {
  projects: FakeProject[]
  accessTokens?: FakeAccessToken[]
}

const VARIABLE_NAME = /^[A-Za-z0-9_]+$/

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function fieldsOf(req: IncomingMessage, body: string): Record<string, string> | undefined {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim()
  if (!body) return {}
  if (type === 'application/x-www-form-urlencoded')
    return Object.fromEntries(new URLSearchParams(body))
  if (type === 'application/json') {
    const parsed = JSON.parse(body) as Record<string, unknown>
    const fields: Record<string, string> = {}
    for (const [key, value] of Object.entries(parsed)) {
      if (key === 'variables' && value && typeof value === 'object')
        for (const [name, v] of Object.entries(value)) fields[`variables[${name}]`] = String(v)
      else fields[key] = String(value)
    }
    return fields
  }
  return undefined
}

export async function startFakeGitLabPipelines(
  options: FakeGitLabPipelinesOptions,
): Promise<FakeGitLabPipelines> {
  const requests: RecordedGitLabRequest[] = []
  const pipelines: TriggeredPipeline[] = []
  let nextId = 5000
  const state = { nextStatuses: ['created', 'running', 'success'] }

  const findProject = (raw: string): FakeProject | undefined => {
    if (raw.includes('/')) return undefined
    const id = decodeURIComponent(raw)
    return options.projects.find((p) => String(p.id) === id || p.path === id)
  }

  const handle = async (req: IncomingMessage): Promise<[number, unknown]> => {
    const path = (req.url ?? '').split('?')[0] as string
    const body = await readBody(req)
    const fields = fieldsOf(req, body)
    const record: RecordedGitLabRequest = {
      method: req.method ?? '',
      path,
      headers: req.headers,
      fields: fields ?? {},
      status: 0,
    }
    requests.push(record)
    const answer = (status: number, json: unknown): [number, unknown] => {
      record.status = status
      return [status, json]
    }
    const trigger = /^\/api\/v4\/projects\/([^/]+)\/trigger\/pipeline$/.exec(path)
    const read = /^\/api\/v4\/projects\/([^/]+)\/pipelines\/(\d+)$/.exec(path)
    if (trigger && req.method === 'POST') {
      if (!fields) return answer(415, { error: 'Unsupported Media Type' })
      if (!fields.token) return answer(400, { error: 'token is missing' })
      if (!fields.ref) return answer(400, { error: 'ref is missing' })
      const project = findProject(trigger[1] as string)
      if (!project || !project.triggerTokens.includes(fields.token))
        return answer(404, { message: '404 Not Found' })
      const variables: Record<string, string> = {}
      for (const [key, value] of Object.entries(fields)) {
        const name = /^variables\[(.*)\]$/.exec(key)?.[1]
        if (name === undefined) continue
        if (!VARIABLE_NAME.test(name))
          return answer(400, { message: { variables: [`${name} is not a valid variable key`] } })
        variables[name] = value
      }
      if (!project.refs.includes(fields.ref))
        return answer(400, { message: { base: ['Reference not found'] } })
      const id = nextId++
      const pipeline: TriggeredPipeline = {
        id,
        iid: pipelines.filter((p) => p.projectId === project.id).length + 1,
        projectId: project.id,
        ref: fields.ref,
        variables,
        statuses: [...state.nextStatuses],
        reads: 0,
      }
      pipelines.push(pipeline)
      return answer(201, pipelineJson(pipeline, project, 'created'))
    }
    if (read && req.method === 'GET') {
      const token = req.headers['private-token']
      const access = options.accessTokens?.find((t) => t.token === token)
      if (!token || !access) return answer(401, { message: '401 Unauthorized' })
      if (!access.scopes.some((s) => s === 'api' || s === 'read_api'))
        return answer(403, {
          error: 'insufficient_scope',
          error_description:
            'The request requires higher privileges than provided by the access token.',
          scope: 'api read_api',
        })
      const project = findProject(read[1] as string)
      const pipeline = pipelines.find(
        (p) => p.id === Number(read[2]) && p.projectId === project?.id,
      )
      if (!project || !pipeline) return answer(404, { message: '404 Not found' })
      const status = pipeline.statuses[Math.min(pipeline.reads, pipeline.statuses.length - 1)]
      pipeline.reads++
      return answer(200, pipelineJson(pipeline, project, status as string))
    }
    return answer(404, { error: '404 Not Found' })
  }

  let serverUrl = ''
  const pipelineJson = (p: TriggeredPipeline, project: FakeProject, status: string) => ({
    id: p.id,
    iid: p.iid,
    project_id: project.id,
    sha: 'a'.repeat(40),
    ref: p.ref,
    status,
    source: 'trigger',
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    web_url: `${serverUrl}/${project.path}/-/pipelines/${p.id}`,
  })

  const server = createServer((req, res: ServerResponse) => {
    handle(req).then(
      ([status, json]) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(json))
      },
      (error: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: `500 Internal Server Error: ${error.message}` }))
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  serverUrl = `http://127.0.0.1:${port}`
  const fake: FakeGitLabPipelines = {
    url: `${serverUrl}/api/v4`,
    serverUrl,
    requests,
    pipelines,
    get nextStatuses() {
      return state.nextStatuses
    },
    set nextStatuses(statuses: string[]) {
      state.nextStatuses = statuses
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  after(() => fake.close())
  return fake
}
