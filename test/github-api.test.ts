// Tests of the GitHub API stand-in itself: if it is not as strict as GitHub, every scenario built on
// it can pass while the real thing fails.
import assert from 'node:assert/strict'
import { generateKeyPairSync, sign } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { matchOperation, startFakeGitHub, type FakeGitHub } from './support/github-api.js'
import { keys } from './support/keys.js'

const APP_ID = 123456
const CLIENT_ID = 'Iv23liTestClient00000'
const PLAIN = 'ghs_plainWorkflowToken000000000000000000'

function jwt(
  claims: Record<string, unknown>,
  privateKey: string = keys.pkcs1,
  header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' },
): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
  const data = `${enc(header)}.${enc(claims)}`
  return `${data}.${sign('sha256', Buffer.from(data), privateKey).toString('base64url')}`
}

const now = () => Math.floor(Date.now() / 1000)
const appJwt = (overrides: Record<string, unknown> = {}) =>
  jwt({ iat: now() - 60, exp: now() + 540, iss: APP_ID, ...overrides })

let fake: FakeGitHub

async function call(method: string, path: string, auth?: string, body?: unknown) {
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'user-agent': 'ci-relay-test',
  }
  if (auth) headers.authorization = auth
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${fake.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as any) : null } // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function mint(body?: unknown, installationId = 1): Promise<string> {
  const res = await call(
    'POST',
    `/app/installations/${installationId}/access_tokens`,
    `Bearer ${appJwt()}`,
    body,
  )
  assert.equal(res.status, 201, JSON.stringify(res.body))
  return res.body.token as string
}

const dispatch = (owner: string, repo: string, token: string, body: unknown) =>
  call('POST', `/repos/${owner}/${repo}/dispatches`, `token ${token}`, body)

const last = () => fake.requests[fake.requests.length - 1]

before(async () => {
  fake = await startFakeGitHub({
    appId: APP_ID,
    clientId: CLIENT_ID,
    publicKey: keys.publicKey,
    plainTokens: [PLAIN],
    installations: [
      { id: 1, account: 'octo-org', repositories: ['app', 'deploy', 'docs'] },
      {
        id: 2,
        account: 'monalisa',
        accountType: 'User',
        repositories: ['dotfiles'],
        permissions: { contents: 'read', metadata: 'read' },
      },
    ],
  })
})

after(() => fake.close())

describe('App JWT', () => {
  it('accepts a valid JWT, with iss as number, numeric string or client ID', async () => {
    for (const iss of [APP_ID, String(APP_ID), CLIENT_ID]) {
      const res = await call('GET', '/repos/octo-org/app/installation', `Bearer ${appJwt({ iss })}`)
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.equal(res.body.id, 1)
      assert.deepEqual(res.body.account.login, 'octo-org')
      assert.equal(res.body.app_slug, 'ci-relay-test')
      assert.equal(last()?.auth, 'jwt')
    }
  })

  it('rejects a JWT signed with another key', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const otherPem = other.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const token = jwt({ iat: now() - 60, exp: now() + 540, iss: APP_ID }, otherPem)
    const res = await call('GET', '/repos/octo-org/app/installation', `Bearer ${token}`)
    assert.equal(res.status, 401)
    assert.equal(last()?.auth, 'invalid')
  })

  it('rejects a JWT living longer than 10 minutes', async () => {
    const res = await call(
      'GET',
      '/app',
      `Bearer ${appJwt({ iat: now() - 60, exp: now() - 60 + 20 * 60 })}`,
    )
    assert.equal(res.status, 401)
    assert.match(res.body.message, /too far in the future/)
  })

  it('rejects iat in the future, a float iat, an expired JWT and a wrong iss', async () => {
    for (const claims of [
      { iat: now() + 120, exp: now() + 500 },
      { iat: Date.now() / 1000 - 30, exp: now() + 500 },
      { iat: now() - 700, exp: now() - 100 },
      { iss: 999 },
    ]) {
      const res = await call('GET', '/app', `Bearer ${appJwt(claims)}`)
      assert.equal(res.status, 401, JSON.stringify(claims))
    }
  })

  it('rejects a JWT signed with another algorithm', async () => {
    const token = jwt({ iat: now() - 60, exp: now() + 540, iss: APP_ID }, keys.pkcs1, {
      alg: 'RS512',
    })
    assert.equal((await call('GET', '/app', `Bearer ${token}`)).status, 401)
  })

  it('answers 401 on App routes without a JWT, 404 for an unknown installation', async () => {
    assert.equal((await call('GET', '/repos/octo-org/app/installation')).status, 401)
    assert.equal(
      (await call('GET', '/repos/octo-org/app/installation', `token ${PLAIN}`)).status,
      401,
    )
    const auth = `Bearer ${appJwt()}`
    assert.equal((await call('GET', '/repos/octo-org/nope/installation', auth)).status, 404)
    assert.equal((await call('GET', '/users/monalisa/installation', auth)).body.id, 2)
    assert.equal((await call('GET', '/orgs/monalisa/installation', auth)).status, 404)
    assert.equal((await call('GET', '/orgs/octo-org/installation', auth)).body.id, 1)
    assert.equal((await call('GET', '/app/installations/2', auth)).body.account.type, 'User')
    assert.equal((await call('GET', '/app', auth)).body.slug, 'ci-relay-test')
  })
})

describe('installation tokens', () => {
  it('mints a scoped token like GitHub', async () => {
    const res = await call('POST', '/app/installations/1/access_tokens', `Bearer ${appJwt()}`, {
      repositories: ['app'],
      permissions: { contents: 'write' },
    })
    assert.equal(res.status, 201)
    assert.match(res.body.token, /^ghs_[A-Za-z0-9]{36}$/)
    assert.match(res.body.expires_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    const ttl = Date.parse(res.body.expires_at) - Date.now()
    assert.ok(ttl > 3_590_000 && ttl <= 3_600_000, String(ttl))
    assert.equal(res.body.repository_selection, 'selected')
    assert.deepEqual(
      res.body.repositories.map((r: { full_name: string }) => r.full_name),
      ['octo-org/app'],
    )
    assert.deepEqual(res.body.permissions, { contents: 'write', metadata: 'read' })
    const issued = fake.tokens.find((t) => t.token === res.body.token)
    assert.deepEqual(issued?.repositories, ['app'])
    assert.equal(issued?.installationId, 1)
  })

  it('refuses repositories outside the installation and permissions beyond it (422)', async () => {
    const auth = `Bearer ${appJwt()}`
    for (const body of [
      { repositories: ['other'] },
      { repositories: ['octo-org/app'] },
      { repository_ids: [1] },
      { permissions: { issues: 'write' } },
    ]) {
      const res = await call('POST', '/app/installations/1/access_tokens', auth, body)
      assert.equal(res.status, 422, JSON.stringify(body))
    }
    const res = await call('POST', '/app/installations/2/access_tokens', auth, {
      permissions: { contents: 'write' },
    })
    assert.equal(res.status, 422)
    const bad = await call('POST', '/app/installations/1/access_tokens', auth, {
      permissions: { contents: 'owner' },
    })
    assert.equal(bad.status, 422)
    assert.ok(last()?.schemaErrors?.some((e) => e.includes('/permissions/contents')))
  })

  it('answers 401 Bad credentials once a token is revoked', async () => {
    const token = await mint({ repositories: ['app'] })
    assert.equal((await dispatch('octo-org', 'app', token, { event_type: 'go' })).status, 204)
    const del = await call('DELETE', '/installation/token', `token ${token}`)
    assert.equal(del.status, 204)
    assert.equal(fake.tokens.find((t) => t.token === token)?.revoked, true)
    const res = await dispatch('octo-org', 'app', token, { event_type: 'go' })
    assert.equal(res.status, 401)
    assert.equal(res.body.message, 'Bad credentials')
    assert.equal((await call('DELETE', '/installation/token', `Bearer ${token}`)).status, 401)
  })

  it('answers 401 for an expired or unknown token', async () => {
    const token = await mint()
    const record = fake.tokens.find((t) => t.token === token)
    assert.ok(record)
    record.expiresAt = new Date(Date.now() - 1000).toISOString()
    assert.equal((await dispatch('octo-org', 'app', token, { event_type: 'go' })).status, 401)
    const unknown = `ghs_${'x'.repeat(36)}`
    assert.equal((await dispatch('octo-org', 'app', unknown, { event_type: 'go' })).status, 401)
  })
})

describe('repository_dispatch', () => {
  it('answers 204 with an empty body for a scoped token and for a plain token', async () => {
    const token = await mint({ repositories: ['deploy'], permissions: { contents: 'write' } })
    const res = await dispatch('octo-org', 'deploy', token, {
      event_type: 'build',
      client_payload: { sha: 'abc' },
    })
    assert.equal(res.status, 204)
    assert.equal(res.body, null)
    assert.equal(last()?.auth, 'installation')
    const plain = await dispatch('someone', 'else', PLAIN, { event_type: 'build' })
    assert.equal(plain.status, 204)
    assert.equal(last()?.auth, 'plain')
  })

  it('answers 404 when the token is scoped to another repository', async () => {
    const token = await mint({ repositories: ['app'] })
    const res = await dispatch('octo-org', 'deploy', token, { event_type: 'build' })
    assert.equal(res.status, 404)
    assert.equal(res.body.message, 'Not Found')
    assert.equal((await dispatch('monalisa', 'app', token, { event_type: 'build' })).status, 404)
  })

  it('answers 403 when the token lacks contents:write', async () => {
    const token = await mint({ repositories: ['app'], permissions: { contents: 'read' } })
    const res = await dispatch('octo-org', 'app', token, { event_type: 'build' })
    assert.equal(res.status, 403)
    assert.equal(res.body.message, 'Resource not accessible by integration')
    assert.equal(res.headers.get('x-accepted-github-permissions'), 'contents=write')
  })

  it('answers 422 for an event_type of 101 characters and records why', async () => {
    const res = await dispatch('octo-org', 'app', PLAIN, { event_type: 'x'.repeat(101) })
    assert.equal(res.status, 422)
    assert.ok(
      last()?.schemaErrors?.some((e) => e.startsWith('/event_type')),
      'schemaErrors',
    )
    assert.equal(
      (await dispatch('octo-org', 'app', PLAIN, { event_type: 'x'.repeat(100) })).status,
      204,
    )
    assert.equal((await dispatch('octo-org', 'app', PLAIN, { event_type: '' })).status, 422)
    assert.equal((await dispatch('octo-org', 'app', PLAIN, { client_payload: {} })).status, 422)
  })

  it('answers 422 for a client_payload with 11 keys or of 64 KB', async () => {
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]))
    const res = await dispatch('octo-org', 'app', PLAIN, {
      event_type: 'e',
      client_payload: eleven,
    })
    assert.equal(res.status, 422)
    assert.ok(last()?.schemaErrors?.length)
    const big = { blob: 'x'.repeat(65_536) }
    const huge = await dispatch('octo-org', 'app', PLAIN, { event_type: 'e', client_payload: big })
    assert.equal(huge.status, 422)
    assert.ok(last()?.ruleErrors?.length)
    const notObject = await dispatch('octo-org', 'app', PLAIN, {
      event_type: 'e',
      client_payload: [1],
    })
    assert.equal(notObject.status, 422)
  })

  it('answers 400 for a body that is not JSON and 403 without a User-Agent', async () => {
    assert.equal((await dispatch('octo-org', 'app', PLAIN, '{"event_type":')).status, 400)
    const res = await fetch(`${fake.url}/app`, { headers: { 'user-agent': '' } })
    await res.text()
    assert.equal(res.status, 403)
  })
})

describe('recording, faults and routes', () => {
  it('answers faults in order, then the real route, recording every request', async () => {
    const start = fake.requests.length
    fake.fault(
      'POST',
      '/repos/octo-org/docs/dispatches',
      { status: 502, body: { message: 'Server Error' } },
      { status: 502 },
    )
    const statuses = []
    for (let i = 0; i < 3; i++) {
      statuses.push((await dispatch('octo-org', 'docs', PLAIN, { event_type: 'e' })).status)
    }
    assert.deepEqual(statuses, [502, 502, 204])
    assert.deepEqual(fake.sequence().slice(start), [
      'POST /repos/octo-org/docs/dispatches',
      'POST /repos/octo-org/docs/dispatches',
      'POST /repos/octo-org/docs/dispatches',
    ])
    assert.deepEqual(
      fake.requests.slice(start).map((r) => r.status),
      [502, 502, 204],
    )
    assert.deepEqual(fake.requests[start]?.body, { event_type: 'e' })
  })

  it('answers 404 for unknown routes and lets tests add routes that use authorize()', async () => {
    assert.equal((await call('GET', '/nope', `token ${PLAIN}`)).status, 404)
    assert.equal(last()?.status, 404)
    fake.route('POST', /^\/repos\/([^/]+)\/([^/]+)\/statuses\/([0-9a-f]{40})$/, (req) => {
      const denied = fake.authorize(req, req.match[1] ?? '', req.match[2] ?? '', [
        'statuses',
        'write',
      ])
      if (denied) return denied
      const { description } = req.body as { description?: string }
      if (description && description.length > 140) return req.invalid('description is too long')
      return { status: 201, body: { state: (req.body as { state: string }).state } }
    })
    const sha = 'a'.repeat(40)
    const token = await mint({ repositories: ['app'], permissions: { contents: 'read' } })
    const path = `/repos/octo-org/app/statuses/${sha}`
    assert.equal((await call('POST', path, `token ${token}`, { state: 'success' })).status, 403)
    assert.equal((await call('POST', path, `token ${PLAIN}`, { state: 'bogus' })).status, 422)
    assert.ok(last()?.schemaErrors?.length)
    assert.equal(
      (
        await call('POST', path, `token ${PLAIN}`, {
          state: 'success',
          description: 'x'.repeat(141),
        })
      ).status,
      422,
    )
    assert.equal((await call('POST', path, `token ${PLAIN}`, { state: 'success' })).status, 201)
  })

  it('matches the operations of the OpenAPI fixture', () => {
    const op = matchOperation('GET', '/repos/o/r/actions/runs/7/attempts/2/jobs?per_page=100')
    assert.equal(op?.operationId, 'actions/list-jobs-for-workflow-run-attempt')
    assert.deepEqual(op?.params, { owner: 'o', repo: 'r', run_id: '7', attempt_number: '2' })
    assert.equal(matchOperation('DELETE', '/installation/token')?.requestBody, null)
    assert.equal(matchOperation('POST', '/repos/o/r/dispatches')?.requestBody?.required, true)
    assert.equal(matchOperation('GET', '/repos/o/r/dispatches'), undefined)
  })
})
