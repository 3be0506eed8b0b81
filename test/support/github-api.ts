// A loopback stand-in for the GitHub REST API, as strict as GitHub where ci-relay depends on it:
// App JWTs are verified (RS256, iss, iat, exp, 10-minute lifetime), installation tokens are scoped
// to repositories and permissions, request bodies are validated against GitHub's OpenAPI
// description (test/fixtures/github-openapi.json, see scripts/extract-openapi.mjs), and every
// request is recorded for assertions on the exact sequence.
import { createPublicKey, randomBytes, randomInt, verify, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Ajv, type ValidateFunction } from 'ajv'

export type PermissionLevel = 'read' | 'write' | 'admin'

export interface FakeInstallation {
  id: number
  account: string
  /** Default 'Organization'. */
  accountType?: 'User' | 'Organization'
  /** Repository names (without the owner). */
  repositories: string[]
  /** Default { contents: 'write', metadata: 'read', statuses: 'write', actions: 'read' }. */
  permissions?: Record<string, PermissionLevel>
}

export interface FakeGitHubOptions {
  appId: number
  clientId?: string
  /** Default 'ci-relay-test'. */
  appSlug?: string
  /** PEM of the App's public key; JWTs must be signed with the matching private key. */
  publicKey: string
  installations: FakeInstallation[]
  /** Tokens (like GITHUB_TOKEN) valid on every repository with every permission. */
  plainTokens?: string[]
  /** Path prefix the API is served under, e.g. '/api/v3' to stand in for GHES. Default ''. */
  basePath?: string
}

export type AuthKind = 'jwt' | 'installation' | 'plain' | 'none' | 'invalid'

export interface RecordedRequest {
  method: string
  /** Path with query string, as sent (including any basePath). */
  path: string
  /** Lower-case header names. */
  headers: Record<string, string>
  /** Parsed JSON, or undefined when the body was empty or not JSON. */
  body: unknown
  rawBody: string
  auth: AuthKind
  /** What we answered. */
  status: number
  /** When it arrived (ms since the epoch). */
  at: number
  /** Errors of the body against the operation's OpenAPI schema. */
  schemaErrors?: string[]
  /** Errors of GitHub rules the schema does not express (e.g. client_payload size). */
  ruleErrors?: string[]
}

export interface IssuedToken {
  token: string
  installationId: number
  repositories: string[] | 'all'
  permissions: Record<string, string>
  expiresAt: string
  revoked: boolean
}

export interface JwtClaims {
  iss: number | string
  iat: number
  exp: number
  [claim: string]: unknown
}

export interface OperationMatch {
  /** "METHOD /path/{template}" as in the fixture. */
  key: string
  operationId: string
  params: Record<string, string>
  requestBody: { required: boolean; schema: Record<string, unknown> } | null
  query: Record<string, Record<string, unknown>>
  successStatus: number[]
}

export interface FakeRequest {
  method: string
  /** Path with query string, relative to basePath. */
  path: string
  /** Path without query string, relative to basePath. */
  pathname: string
  query: URLSearchParams
  headers: Record<string, string>
  body: unknown
  rawBody: string
  /** The route's RegExp match: match[1].. are the capture groups. */
  match: RegExpExecArray
  auth: AuthKind
  /** The installation token record when auth is 'installation'. */
  token?: IssuedToken
  /** The installation the token belongs to when auth is 'installation'. */
  installation?: FakeInstallation
  /** The bearer value when auth is 'plain'. */
  plainToken?: string
  /** Verified claims when auth is 'jwt'. */
  jwt?: JwtClaims
  /** The OpenAPI operation this request matches, if it is one ci-relay uses. */
  operation?: OperationMatch
  /** Answer 422 like GitHub and record the messages in ruleErrors. */
  invalid(...messages: string[]): FakeResponse
}

export interface FakeResponse {
  status: number
  /** Instead of answering: 'reset' drops the connection, 'hang' never answers (status ignored). */
  drop?: 'reset' | 'hang'
  headers?: Record<string, string>
  /** Objects are sent as JSON, strings as they are; nothing for undefined. */
  body?: unknown
}

export type RouteHandler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>

export interface FakeGitHub {
  /** e.g. http://127.0.0.1:12345 (no trailing slash; includes basePath), used as github-api-url. */
  url: string
  requests: RecordedRequest[]
  tokens: IssuedToken[]
  /**
   * The next responses.length requests matching method+path are answered with these instead (each
   * consumed once); still recorded. A string path matches the path with or without query string;
   * a RegExp is tested against the path with query string. Both are relative to basePath.
   */
  fault(
    method: string,
    path: string | RegExp,
    ...responses: {
      status: number
      headers?: Record<string, string>
      body?: unknown
      drop?: 'reset' | 'hang'
    }[]
  ): void
  /**
   * Adds a route, checked before the built-in routes (later routes first). `path` is tested
   * against the path without query string, relative to basePath; method '*' matches any. Bodies
   * of known operations are validated (422) before the handler runs.
   */
  route(method: string, path: RegExp, handler: RouteHandler): void
  /**
   * Checks that the request's token may act on owner/repo with permission name:level. Returns the
   * error GitHub would send (401 bad/revoked/expired/missing, 404 repository not in the token's
   * scope, 403 'Resource not accessible by integration' for a missing permission or an App JWT),
   * or undefined when allowed.
   */
  authorize(
    req: FakeRequest,
    owner: string,
    repo: string,
    permission?: [string, 'read' | 'write'],
  ): FakeResponse | undefined
  /** Log as compact lines "METHOD /path?query" for assertions on the exact sequence. */
  sequence(): string[]
  close(): Promise<void>
}

const DEFAULT_PERMISSIONS: Record<string, PermissionLevel> = {
  contents: 'write',
  metadata: 'read',
  statuses: 'write',
  actions: 'read',
}
const LEVELS: Record<string, number> = { read: 1, write: 2, admin: 3 }
const DOCS = 'https://docs.github.com/rest'
const MAX_JWT_LIFETIME = 600
const CLOCK_SKEW = 5

// ---------------------------------------------------------------------------------------------
// OpenAPI operations (from the fixture)

interface FixtureOperation {
  operationId: string
  requestBody: { required: boolean; schema: Record<string, unknown> } | null
  pathParameters: string[]
  query: Record<string, Record<string, unknown>>
  successStatus: number[]
}

const FIXTURE_URL = new URL('../fixtures/github-openapi.json', import.meta.url)

interface CompiledOperation extends FixtureOperation {
  key: string
  method: string
  regex: RegExp
  names: string[]
  validate?: ValidateFunction
}

let compiled: CompiledOperation[] | undefined

function operations(): CompiledOperation[] {
  if (compiled) return compiled
  let fixture: { operations: Record<string, FixtureOperation> }
  try {
    fixture = JSON.parse(readFileSync(FIXTURE_URL, 'utf8')) as typeof fixture
  } catch (error) {
    throw new Error(
      `Cannot read ${FIXTURE_URL.pathname} (${String(error)}). Regenerate it with ` +
        '`node scripts/extract-openapi.mjs <path to node_modules/@octokit/openapi>`.',
    )
  }
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
  compiled = Object.entries(fixture.operations).map(([key, op]) => {
    const [method = '', template = ''] = key.split(' ')
    const names: string[] = []
    const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, n) => {
      names.push(n as string)
      return '([^/]+)'
    })
    return {
      ...op,
      key,
      method,
      names,
      regex: new RegExp(`^${source}$`),
      validate: op.requestBody ? ajv.compile(op.requestBody.schema) : undefined,
    }
  })
  return compiled
}

/**
 * The OpenAPI operation (among those ci-relay uses) for a request, with its path parameters.
 * `path` is relative to the API root; a query string is ignored.
 */
export function matchOperation(method: string, path: string): OperationMatch | undefined {
  const pathname = path.split('?')[0] ?? ''
  for (const op of operations()) {
    if (op.method !== method.toUpperCase()) continue
    const m = op.regex.exec(pathname)
    if (!m) continue
    const params = Object.fromEntries(
      op.names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')]),
    )
    const { operationId, requestBody, query, successStatus, key } = op
    return { key, operationId, params, requestBody, query, successStatus }
  }
  return undefined
}

function schemaErrorsFor(method: string, path: string, body: unknown, raw: string) {
  const match = matchOperation(method, path)
  if (!match?.requestBody) return undefined
  const op = operations().find((o) => o.key === match.key)
  if (raw.trim() === '') {
    return match.requestBody.required ? ['request body is required'] : undefined
  }
  if (op?.validate && !op.validate(body)) {
    return (op.validate.errors ?? []).map((e) => {
      const extra =
        e.keyword === 'additionalProperties'
          ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
          : ''
      return `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`
    })
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Responses

function json(status: number, body: unknown, headers?: Record<string, string>): FakeResponse {
  return { status, body, headers }
}

function message(status: number, text: string, headers?: Record<string, string>): FakeResponse {
  return json(status, { message: text, documentation_url: DOCS, status: String(status) }, headers)
}

function invalidRequest(errors: string[]): FakeResponse {
  return message(422, `Invalid request.\n\n${errors.join('\n')}`)
}

const notFound = () => message(404, 'Not Found')
const badCredentials = () => message(401, 'Bad credentials')
const jwtRequired = () => message(401, 'A JSON web token could not be decoded')

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function randomToken(prefix: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  let out = prefix
  for (let i = 0; i < 36; i++) out += alphabet[randomInt(alphabet.length)]
  return out
}

function b64urlJson(part: string): unknown {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
}

// ---------------------------------------------------------------------------------------------

interface ResolvedAuth {
  kind: AuthKind
  /** For 'invalid': why. */
  error?: string
  token?: IssuedToken
  installation?: FakeInstallation
  plainToken?: string
  jwt?: JwtClaims
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  operations() // fail early when the fixture is missing
  const appSlug = options.appSlug ?? 'ci-relay-test'
  const basePath = (options.basePath ?? '').replace(/\/+$/, '')
  const publicKey: KeyObject = createPublicKey(options.publicKey)
  const plainTokens = new Set(options.plainTokens ?? [])
  const revokedPlain = new Set<string>()
  const requests: RecordedRequest[] = []
  const tokens: IssuedToken[] = []
  const faults: { method: string; path: string | RegExp; responses: FakeResponse[] }[] = []
  const routes: { method: string; path: RegExp; handler: RouteHandler }[] = []
  const createdAt = isoSeconds(Date.now() - 86_400_000)
  let url = ''

  // Stable ids for accounts and repositories, as GitHub has.
  const repoIds = new Map<string, number>()
  const accountIds = new Map<string, number>()
  for (const inst of options.installations) {
    accountIds.set(inst.account.toLowerCase(), 10_000 + accountIds.size)
    for (const name of inst.repositories) {
      repoIds.set(`${inst.account}/${name}`.toLowerCase(), 100_000 + repoIds.size)
    }
  }
  const permissionsOf = (inst: FakeInstallation) => inst.permissions ?? DEFAULT_PERMISSIONS
  const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  const findInstallation = (pred: (i: FakeInstallation) => boolean) =>
    options.installations.find(pred)

  function account(inst: FakeInstallation) {
    return {
      login: inst.account,
      id: accountIds.get(inst.account.toLowerCase()),
      type: inst.accountType ?? 'Organization',
      url: `${url}/users/${inst.account}`,
      html_url: `https://github.com/${inst.account}`,
    }
  }

  function repository(inst: FakeInstallation, name: string) {
    return {
      id: repoIds.get(`${inst.account}/${name}`.toLowerCase()),
      name,
      full_name: `${inst.account}/${name}`,
      private: true,
      owner: account(inst),
      html_url: `https://github.com/${inst.account}/${name}`,
      url: `${url}/repos/${inst.account}/${name}`,
    }
  }

  function installationJson(inst: FakeInstallation) {
    return {
      id: inst.id,
      account: account(inst),
      app_id: options.appId,
      app_slug: appSlug,
      client_id: options.clientId,
      target_id: accountIds.get(inst.account.toLowerCase()),
      target_type: inst.accountType ?? 'Organization',
      repository_selection: 'selected',
      permissions: permissionsOf(inst),
      events: [],
      access_tokens_url: `${url}/app/installations/${inst.id}/access_tokens`,
      repositories_url: `${url}/installation/repositories`,
      html_url: `https://github.com/organizations/${inst.account}/settings/installations/${inst.id}`,
      created_at: createdAt,
      updated_at: createdAt,
      single_file_name: null,
      suspended_by: null,
      suspended_at: null,
    }
  }

  function verifyJwt(jwt: string): ResolvedAuth {
    const fail = (error: string): ResolvedAuth => ({ kind: 'invalid', error })
    const [h = '', p = '', s = ''] = jwt.split('.')
    let header: { alg?: unknown }
    let claims: JwtClaims
    try {
      header = b64urlJson(h) as { alg?: unknown }
      claims = b64urlJson(p) as JwtClaims
    } catch {
      return fail('A JSON web token could not be decoded')
    }
    if (header.alg !== 'RS256' || typeof claims !== 'object' || claims === null) {
      return fail('A JSON web token could not be decoded')
    }
    const iss = claims.iss
    const issOk =
      iss === options.appId ||
      iss === String(options.appId) ||
      (options.clientId !== undefined && iss === options.clientId)
    if (!issOk) return fail(`'Issuer' claim ('iss') must be the App's ID or client ID`)
    let signed = false
    try {
      signed = verify('sha256', Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, 'base64url'))
    } catch {
      signed = false
    }
    if (!signed) return fail('A JSON web token could not be decoded')
    const now = Math.floor(Date.now() / 1000)
    const { iat, exp } = claims
    if (!Number.isInteger(iat) || iat > now + CLOCK_SKEW) {
      return fail(`'Issued at' claim ('iat') must be an Integer representing a time in the past.`)
    }
    if (!Number.isInteger(exp) || exp <= now) {
      return fail(
        `'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires.`,
      )
    }
    if (exp - iat > MAX_JWT_LIFETIME || exp > now + MAX_JWT_LIFETIME + CLOCK_SKEW) {
      return fail(`'Expiration time' claim ('exp') is too far in the future.`)
    }
    return { kind: 'jwt', jwt: claims }
  }

  function resolveAuth(header: string | undefined): ResolvedAuth {
    if (!header) return { kind: 'none' }
    const m = /^(bearer|token|basic)\s+(\S+)\s*$/i.exec(header)
    if (!m) return { kind: 'invalid', error: 'Bad credentials' }
    let value = m[2] ?? ''
    if (m[1]?.toLowerCase() === 'basic') {
      const decoded = Buffer.from(value, 'base64').toString('utf8')
      value = decoded.slice(decoded.indexOf(':') + 1)
    }
    if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(value)) return verifyJwt(value)
    const token = tokens.find((t) => t.token === value)
    if (token) {
      if (token.revoked || Date.parse(token.expiresAt) <= Date.now()) {
        return { kind: 'invalid', error: 'Bad credentials' }
      }
      const installation = findInstallation((i) => i.id === token.installationId)
      return { kind: 'installation', token, installation }
    }
    if (plainTokens.has(value) && !revokedPlain.has(value)) {
      return { kind: 'plain', plainToken: value }
    }
    return { kind: 'invalid', error: 'Bad credentials' }
  }

  function authorize(
    req: FakeRequest,
    owner: string,
    repo: string,
    permission?: [string, 'read' | 'write'],
  ): FakeResponse | undefined {
    switch (req.auth) {
      case 'none':
        return message(401, 'Requires authentication')
      case 'invalid':
        return badCredentials()
      case 'plain':
        return undefined
      case 'jwt':
        return message(403, 'Resource not accessible by integration')
    }
    const { token, installation } = req
    if (!token || !installation || !eq(installation.account, owner)) return notFound()
    const inScope =
      token.repositories === 'all'
        ? installation.repositories.some((r) => eq(r, repo))
        : token.repositories.some((r) => eq(r, repo))
    if (!inScope) return notFound()
    if (permission) {
      const [name, level] = permission
      const granted = LEVELS[token.permissions[name] ?? ''] ?? 0
      if (granted < (LEVELS[level] ?? 0)) {
        return message(403, 'Resource not accessible by integration', {
          'x-accepted-github-permissions': `${name}=${level}`,
        })
      }
    }
    return undefined
  }

  function createToken(req: FakeRequest, id: number): FakeResponse {
    const inst = findInstallation((i) => i.id === id)
    if (!inst) return notFound()
    const body = (req.body ?? {}) as {
      repositories?: string[]
      repository_ids?: number[]
      permissions?: Record<string, string>
    }
    const names: string[] = []
    for (const name of body.repositories ?? []) {
      const known = inst.repositories.find((r) => eq(r, name))
      if (!known) {
        return req.invalid(
          'There is at least one repository that does not exist or is not accessible to the parent installation.',
        )
      }
      names.push(known)
    }
    for (const repoId of body.repository_ids ?? []) {
      const known = inst.repositories.find(
        (r) => repoIds.get(`${inst.account}/${r}`.toLowerCase()) === repoId,
      )
      if (!known) {
        return req.invalid(
          'There is at least one repository that does not exist or is not accessible to the parent installation.',
        )
      }
      names.push(known)
    }
    const granted = permissionsOf(inst)
    let permissions: Record<string, string> = { ...granted }
    if (body.permissions && Object.keys(body.permissions).length > 0) {
      for (const [name, level] of Object.entries(body.permissions)) {
        if ((LEVELS[granted[name] ?? ''] ?? 0) < (LEVELS[level] ?? Infinity)) {
          return req.invalid('The permissions requested are not granted to this installation.')
        }
      }
      permissions = { ...body.permissions }
      if (granted.metadata && !permissions.metadata) permissions.metadata = 'read'
    }
    const selected = [...new Set(names)]
    const record: IssuedToken = {
      token: randomToken('ghs_'),
      installationId: inst.id,
      repositories: selected.length > 0 ? selected : 'all',
      permissions,
      expiresAt: isoSeconds(Date.now() + 3_600_000),
      revoked: false,
    }
    tokens.push(record)
    return json(201, {
      token: record.token,
      expires_at: record.expiresAt,
      permissions,
      repository_selection: selected.length > 0 ? 'selected' : 'all',
      ...(selected.length > 0 ? { repositories: selected.map((n) => repository(inst, n)) } : {}),
    })
  }

  type Builtin = { method: string; path: RegExp; handler: RouteHandler }
  const requireJwt =
    (handler: RouteHandler): RouteHandler =>
    (req) =>
      req.auth === 'jwt' ? handler(req) : jwtRequired()
  const builtins: Builtin[] = [
    {
      method: 'GET',
      path: /^\/app$/,
      handler: requireJwt(() =>
        json(200, {
          id: options.appId,
          slug: appSlug,
          client_id: options.clientId,
          name: appSlug,
          owner: options.installations[0] ? account(options.installations[0]) : null,
          permissions: DEFAULT_PERMISSIONS,
          events: [],
          installations_count: options.installations.length,
          created_at: createdAt,
          updated_at: createdAt,
        }),
      ),
    },
    {
      method: 'GET',
      path: /^\/app\/installations$/,
      handler: requireJwt(() => json(200, options.installations.map(installationJson))),
    },
    {
      method: 'GET',
      path: /^\/app\/installations\/(\d+)$/,
      handler: requireJwt((req) => {
        const inst = findInstallation((i) => i.id === Number(req.match[1]))
        return inst ? json(200, installationJson(inst)) : notFound()
      }),
    },
    {
      method: 'POST',
      path: /^\/app\/installations\/(\d+)\/access_tokens$/,
      handler: requireJwt((req) => createToken(req, Number(req.match[1]))),
    },
    {
      method: 'GET',
      path: /^\/repos\/([^/]+)\/([^/]+)\/installation$/,
      handler: requireJwt((req) => {
        const [, owner = '', repo = ''] = req.match
        const inst = findInstallation(
          (i) => eq(i.account, owner) && i.repositories.some((r) => eq(r, repo)),
        )
        return inst ? json(200, installationJson(inst)) : notFound()
      }),
    },
    {
      method: 'GET',
      path: /^\/users\/([^/]+)\/installation$/,
      handler: requireJwt((req) => {
        const inst = findInstallation((i) => eq(i.account, req.match[1] ?? ''))
        return inst ? json(200, installationJson(inst)) : notFound()
      }),
    },
    {
      method: 'GET',
      path: /^\/orgs\/([^/]+)\/installation$/,
      handler: requireJwt((req) => {
        const inst = findInstallation(
          (i) => eq(i.account, req.match[1] ?? '') && (i.accountType ?? 'Organization') !== 'User',
        )
        return inst ? json(200, installationJson(inst)) : notFound()
      }),
    },
    {
      method: 'DELETE',
      path: /^\/installation\/token$/,
      handler: (req) => {
        if (req.auth === 'installation' && req.token) {
          req.token.revoked = true
          return { status: 204 }
        }
        if (req.auth === 'plain' && req.plainToken) {
          // GITHUB_TOKEN is an installation token too: revoking it really works (and breaks the
          // rest of the job), so a stand-in that refused would hide that bug.
          revokedPlain.add(req.plainToken)
          return { status: 204 }
        }
        return req.auth === 'invalid' ? badCredentials() : message(401, 'Requires authentication')
      },
    },
    {
      method: 'POST',
      path: /^\/repos\/([^/]+)\/([^/]+)\/dispatches$/,
      handler: (req) => {
        const [, owner = '', repo = ''] = req.match
        const denied = authorize(req, owner, repo, ['contents', 'write'])
        if (denied) return denied
        const payload = (req.body as { client_payload?: unknown } | undefined)?.client_payload
        if (payload !== undefined && Buffer.byteLength(JSON.stringify(payload)) >= 65_536) {
          return req.invalid('client_payload must be less than 64KB')
        }
        return { status: 204 }
      },
    },
  ]

  function takeFault(method: string, path: string, pathname: string): FakeResponse | undefined {
    for (const f of faults) {
      if (f.responses.length === 0 || (f.method !== '*' && f.method !== method)) continue
      const hit =
        typeof f.path === 'string' ? f.path === path || f.path === pathname : f.path.test(path)
      if (hit) return f.responses.shift()
    }
    return undefined
  }

  async function answer(
    req: FakeRequest,
    auth: ResolvedAuth,
    parseError: boolean,
    schemaErrors: string[] | undefined,
  ): Promise<FakeResponse> {
    if (!req.headers['user-agent']) {
      return message(
        403,
        'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required).',
      )
    }
    if (auth.kind === 'invalid') return message(401, auth.error ?? 'Bad credentials')
    if (parseError) return message(400, 'Problems parsing JSON')
    const candidates = [...routes].reverse().concat(builtins)
    for (const r of candidates) {
      if (r.method !== '*' && r.method !== req.method) continue
      const m = r.path.exec(req.pathname)
      if (!m) continue
      if (schemaErrors?.length) return invalidRequest(schemaErrors)
      req.match = m
      return r.handler(req)
    }
    return notFound()
  }

  function send(res: ServerResponse, response: FakeResponse) {
    const reset = Math.floor(Date.now() / 1000) + 3600
    const headers: Record<string, string> = {
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
    }
    let payload = ''
    if (response.body !== undefined && response.status !== 204 && response.status !== 304) {
      if (typeof response.body === 'string') {
        payload = response.body
        headers['content-type'] = 'text/plain; charset=utf-8'
      } else {
        payload = JSON.stringify(response.body)
        headers['content-type'] = 'application/json; charset=utf-8'
      }
    }
    for (const [k, v] of Object.entries(response.headers ?? {})) headers[k.toLowerCase()] = v
    headers['content-length'] = String(Buffer.byteLength(payload))
    res.writeHead(response.status, headers)
    res.end(payload)
  }

  async function handle(incoming: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const rawBody = Buffer.concat(chunks).toString('utf8')
    const method = (incoming.method ?? 'GET').toUpperCase()
    const fullPath = incoming.url ?? '/'
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(incoming.headers)) {
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v
    }
    let body: unknown
    let parseError = false
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody)
      } catch {
        parseError = true
      }
    }
    const auth = resolveAuth(headers.authorization)
    const record: RecordedRequest = {
      method,
      path: fullPath,
      headers,
      body,
      rawBody,
      auth: auth.kind,
      status: 0,
      at: Date.now(),
    }
    requests.push(record) // in arrival order

    const parsed = new URL(fullPath, 'http://127.0.0.1')
    const inBase =
      basePath === '' || parsed.pathname === basePath || parsed.pathname.startsWith(`${basePath}/`)
    const pathname = inBase ? parsed.pathname.slice(basePath.length) : ''
    const path = pathname + parsed.search
    const operation = inBase ? matchOperation(method, pathname) : undefined
    const schemaErrors =
      inBase && !parseError ? schemaErrorsFor(method, pathname, body, rawBody) : undefined
    if (schemaErrors) record.schemaErrors = schemaErrors

    const req: FakeRequest = {
      method,
      path,
      pathname,
      query: parsed.searchParams,
      headers,
      body,
      rawBody,
      match: /.*/s.exec(pathname) as RegExpExecArray,
      auth: auth.kind,
      token: auth.token,
      installation: auth.installation,
      plainToken: auth.plainToken,
      jwt: auth.jwt,
      operation,
      invalid(...messages) {
        record.ruleErrors = [...(record.ruleErrors ?? []), ...messages]
        return invalidRequest(messages)
      },
    }

    let response: FakeResponse
    try {
      response =
        (inBase ? takeFault(method, path, pathname) : undefined) ??
        (inBase ? await answer(req, auth, parseError, schemaErrors) : notFound())
    } catch (error) {
      response = message(500, `stand-in route failed: ${String(error)}`)
    }
    record.status = response.status
    if (response.drop === 'reset') incoming.socket.destroy()
    else if (response.drop !== 'hang') send(res, response)
  }

  const server = createServer((incoming, res) => {
    handle(incoming, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  url = `http://127.0.0.1:${port}${basePath}`

  return {
    url,
    requests,
    tokens,
    fault(method, path, ...responses) {
      faults.push({ method: method.toUpperCase(), path, responses: [...responses] })
    },
    route(method, path, handler) {
      routes.push({ method: method.toUpperCase(), path, handler })
    },
    authorize,
    sequence() {
      return requests.map((r) => `${r.method} ${r.path}`)
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}
