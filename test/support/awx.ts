// A loopback stand-in for AWX's (Ansible Tower's) webhook receivers, strict as AWX is
// (awx/api/views/webhooks.py, read, not copied):
//   POST /api/v2/{job_templates,workflow_job_templates}/<id>/{github,gitlab}/
// - the body is parsed first: empty is {}, anything but a JSON object (or null) is 400;
// - a template exists for a service only with that webhook service and a key, else 403;
// - github: only `X-Hub-Signature: sha1=<hex>` (HMAC-SHA1 of the raw body) is read; the event is
//   X-GitHub-Event and the delivery id X-GitHub-Delivery (a database column of 128 characters);
// - gitlab: X-Gitlab-Token must equal the key (no HMAC: the body is not covered); the event is
//   X-Gitlab-Event and the delivery id is the SHA-1 of the body;
// - a delivery id already launched for the template is answered 202 and launches nothing;
// - the ref and the status link are extracted as AWX does, and the launch is recorded with the
//   extra vars AWX passes (awx_webhook_* and tower_webhook_*).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after } from 'node:test'

export type AwxService = 'github' | 'gitlab'
export type AwxTemplateKind = 'job_templates' | 'workflow_job_templates'

export interface AwxTemplate {
  kind: AwxTemplateKind
  id: number
  service: AwxService
  /** The template's webhook key ('' = webhook not enabled). */
  key: string
}

export interface AwxLaunch {
  template: string
  service: AwxService
  eventType: string | null
  guid: string | null
  ref: string | null
  statusApi: string | null
  payload: unknown
  extraVars: Record<string, unknown>
}

export interface AwxRequest {
  path: string
  headers: IncomingMessage['headers']
  body: string
  status: number
  answer: unknown
}

export interface FakeAwx {
  url: string
  /** `${url}/api/v2/<kind>/<id>/<service>/` of a configured template. */
  endpoint(kind: AwxTemplateKind, id: number, service: AwxService): string
  launches: AwxLaunch[]
  requests: AwxRequest[]
  /**
   * The next requests, one each, are answered by a proxy in front of AWX without reaching it
   * (`status`), or reach AWX whose answer is then lost on the way back ('drop').
   */
  fault(...faults: (number | 'drop')[]): void
  close(): Promise<void>
}

/** GitHub events AWX reads a ref from, and where. */
const GITHUB_REF_KEYS: Record<string, string> = {
  pull_request: 'pull_request.head.sha',
  pull_request_review: 'pull_request.head.sha',
  pull_request_review_comment: 'pull_request.head.sha',
  push: 'after',
  release: 'release.tag_name',
  commit_comment: 'comment.commit_id',
  create: 'ref',
  page_build: 'build.commit',
}

const GITLAB_REF_KEYS: Record<string, string> = {
  'Push Hook': 'checkout_sha',
  'Tag Push Hook': 'checkout_sha',
  'Merge Request Hook': 'object_attributes.last_commit.id',
}

const DELETED_REF = '0'.repeat(40)
const GUID_MAX = 128

class Answer extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(String(status))
  }
}
const denied = () =>
  new Answer(403, { detail: 'You do not have permission to perform this action.' })

/** Python's str() of what a dict lookup may give, as AWX formats the GitLab status link. */
function pyStr(value: unknown): string {
  if (value === null || value === undefined) return 'None'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function dotted(data: unknown, key: string): unknown {
  let value: unknown = data
  for (const element of key.split('.')) {
    if (/^\d+$/.test(element)) {
      value = Array.isArray(value) ? value[Number(element)] : undefined
    } else {
      value =
        value && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)[element]
          : undefined
    }
  }
  return value === undefined ? null : value
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

function parseBody(req: IncomingMessage, raw: Buffer): Record<string, unknown> {
  const type = (headerOf(req, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') {
    throw new Answer(415, { detail: `Unsupported media type "${type}" in request.` })
  }
  const text = raw.toString('utf8')
  if (!text) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Answer(400, { detail: `JSON parse error - ${(error as Error).message}` })
  }
  if (parsed === null) return {}
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Answer(400, { detail: 'JSON parse error - not a JSON object' })
  }
  return parsed as Record<string, unknown>
}

function checkGithubSignature(req: IncomingMessage, raw: Buffer, key: string): void {
  const header = headerOf(req, 'x-hub-signature')
  if (!header) throw denied()
  const parts = header.split('=')
  // Python's `hash_alg, signature = header_sig.split('=')` raises on any other count.
  if (parts.length !== 2) throw new Answer(500, { detail: 'A server error has occurred.' })
  const [alg, signature] = parts as [string, string]
  // AWX's GitHub receiver reads only sha1 (its shared check would compute sha256 too).
  if (alg !== 'sha1') throw denied()
  const expected = Buffer.from(createHmac(alg, key).update(raw).digest('hex'))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw denied()
}

function checkGitlabToken(req: IncomingMessage, key: string): void {
  const token = Buffer.from(headerOf(req, 'x-gitlab-token') ?? '')
  const expected = Buffer.from(key)
  if (token.length !== expected.length || !timingSafeEqual(token, expected)) throw denied()
}

export async function startFakeAwx(templates: AwxTemplate[]): Promise<FakeAwx> {
  const launches: AwxLaunch[] = []
  const requests: AwxRequest[] = []
  const faults: (number | 'drop')[] = []

  function receive(
    path: string,
    req: IncomingMessage,
    raw: Buffer,
  ): { status: number; body: unknown } {
    const match =
      /^\/api\/v2\/(job_templates|workflow_job_templates)\/(\d+)\/(github|gitlab)\/$/.exec(path)
    if (!match) return { status: 404, body: { detail: 'Not found.' } }
    if (req.method !== 'POST')
      return { status: 405, body: { detail: `Method "${req.method}" not allowed.` } }
    const [, kind, id, service] = match as unknown as [string, AwxTemplateKind, string, AwxService]
    const data = parseBody(req, raw)
    const template = templates.find(
      (t) => t.kind === kind && t.id === Number(id) && t.service === service && t.key !== '',
    )
    if (!template) throw denied()

    let eventType: string | null
    let guid: string | null
    let ref: string | null
    let statusApi: string | null = null
    const refOf = (keys: Record<string, string>) => {
      const value = dotted(data, keys[eventType ?? ''] ?? '')
      return value === DELETED_REF ? null : (value as string | null)
    }
    if (service === 'github') {
      checkGithubSignature(req, raw, template.key)
      eventType = headerOf(req, 'x-github-event') ?? null
      guid = headerOf(req, 'x-github-delivery') ?? null
      ref = refOf(GITHUB_REF_KEYS)
      if (eventType === 'pull_request') {
        statusApi = (dotted(data, 'pull_request.statuses_url') as string | null) ?? null
      }
    } else {
      checkGitlabToken(req, template.key)
      eventType = headerOf(req, 'x-gitlab-event') ?? null
      guid = createHash('sha1').update(raw).digest('hex')
      ref = refOf(GITLAB_REF_KEYS)
      const project = (data.project ?? {}) as Record<string, unknown>
      if (eventType !== null && eventType in GITLAB_REF_KEYS && project.web_url) {
        const parsed = new URL(String(project.web_url))
        statusApi = `${parsed.protocol}//${parsed.host}/api/v4/projects/${pyStr(project.id)}/statuses/${pyStr(ref)}`
      }
    }

    const name = `${kind}/${id}`
    if (launches.some((l) => l.template === name && l.service === service && l.guid === guid)) {
      return { status: 202, body: { message: 'Webhook previously received, aborting.' } }
    }
    // The guid is a varchar(128) column that is not null: the database refuses anything else.
    if (guid === null || guid.length > GUID_MAX) {
      return { status: 500, body: { detail: 'A server error has occurred.' } }
    }
    const extraVars: Record<string, unknown> = {}
    for (const prefix of ['awx', 'tower']) {
      extraVars[`${prefix}_webhook_event_type`] = eventType
      extraVars[`${prefix}_webhook_event_guid`] = guid
      extraVars[`${prefix}_webhook_event_ref`] = ref
      extraVars[`${prefix}_webhook_status_api`] = statusApi
      extraVars[`${prefix}_webhook_payload`] = data
    }
    launches.push({
      template: name,
      service,
      eventType,
      guid,
      ref,
      statusApi,
      payload: data,
      extraVars,
    })
    return { status: 202, body: { message: 'Job queued.' } }
  }

  const server = createServer((req, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const path = new URL(req.url ?? '/', 'http://awx').pathname
      const fault = faults.shift()
      let answer: { status: number; body: unknown }
      if (typeof fault === 'number') {
        answer = { status: fault, body: `<html><body>${fault} Bad Gateway</body></html>` }
      } else {
        try {
          answer = receive(path, req, raw)
        } catch (error) {
          if (!(error instanceof Answer)) throw error
          answer = { status: error.status, body: error.body }
        }
      }
      requests.push({
        path,
        headers: req.headers,
        body: raw.toString('utf8'),
        status: answer.status,
        answer: answer.body,
      })
      if (fault === 'drop') {
        req.socket.destroy()
        return
      }
      res.writeHead(answer.status, {
        'content-type': typeof answer.body === 'string' ? 'text/html' : 'application/json',
      })
      res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  after(close)
  return {
    url,
    endpoint: (kind, id, service) => `${url}/api/v2/${kind}/${id}/${service}/`,
    launches,
    requests,
    fault: (...more) => faults.push(...more),
    close,
  }
}

/** A value deep in a JSON payload, by a dotted path ('commits.0.title'). */
export const get = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value)
