// The fault matrix: every kind of outgoing call, against the loopback stand-ins, under each fault
// the policy knows — 502/503 twice then success; 429 and 403 with retry-after; 403 with
// x-ratelimit-remaining: 0 and a reset; a reset connection; a request never answered; and the
// non-retryable 400/401/404/422. In process, through the same functions the commands call, with
// an injected clock (waits are recorded, not slept) and a 1 s attempt timeout for the hang.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { GitHubAccess, revokeToken, type MintedToken } from '../src/github/access.js'
import { requestIdToken } from '../src/github/id-token.js'
import { listAttemptJobs } from '../src/github/jobs.js'
import { createCommitStatus } from '../src/github/statuses.js'
import { explainGitHubError } from '../src/github/errors.js'
import { readContext } from '../src/context.js'
import { GitLabClient } from '../src/gitlab/client.js'
import { listPipelineJobs } from '../src/gitlab/jobs.js'
import { triggerPipeline } from '../src/gitlab/pipelines.js'
import { postGitLabStatus } from '../src/gitlab/statuses.js'
import { deliver } from '../src/webhook/deliver.js'
import { sign } from '../src/webhook/sign.js'
import type { FakeResponse } from './support/github-api.js'
import { addStatusRoutes, runningJob } from './support/github-statuses.js'
import type { FakeGitLab, GitLabResponse } from './support/gitlab-api.js'
import { GITLAB_TOKEN, PIPELINE_ID, PROJECT_ID, startGitLab } from './support/gitlab-scenario.js'
import { fakeClock, type FakeClock } from './support/http-fakes.js'
import { keys } from './support/keys.js'
import { hang, reset, startReceiver, status, type Handler } from './support/receiver.js'
import { githubEnv } from './support/runner.js'
import { APP_ID, startGitHub } from './support/scenario.js'

// Generous: a first request to a fresh stand-in on a loaded machine can take a few hundred ms.
const ATTEMPT_TIMEOUT_MS = 1000
const SHA = 'ffac537e6cbbf934b08745a378932722df287a53'

interface Fault {
  name: string
  /** What the stand-in answers before it answers normally. */
  github: (nowSeconds: number) => FakeResponse[]
  receiver: Handler[]
  attempts: number
  /** The waits expected (fake clock, jitter 0.5), or a check of them. */
  sleeps: (sleeps: number[]) => void
}

const exactly = (expected: number[]) => (sleeps: number[]) => assert.deepEqual(sleeps, expected)

const FAULTS: Fault[] = [
  {
    name: '502, 503, then success',
    github: () => [{ status: 502 }, { status: 503 }],
    receiver: [status(502), status(503), status(200)],
    attempts: 3,
    sleeps: () => {},
  },
  {
    name: '429 with retry-after: 1',
    github: () => [{ status: 429, headers: { 'retry-after': '1' } }],
    receiver: [status(429, { 'retry-after': '1' }), status(200)],
    attempts: 2,
    sleeps: exactly([1000]),
  },
  {
    name: '403 with retry-after: 1',
    github: () => [
      { status: 403, headers: { 'retry-after': '1' }, body: { message: 'secondary rate limit' } },
    ],
    receiver: [status(403, { 'retry-after': '1' }), status(200)],
    attempts: 2,
    sleeps: exactly([1000]),
  },
  {
    name: '403 with x-ratelimit-remaining: 0 and a reset 2 s ahead',
    github: (now) => [
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now + 2) },
        body: { message: 'API rate limit exceeded' },
      },
    ],
    receiver: [],
    attempts: 2,
    sleeps: (sleeps) => {
      assert.equal(sleeps.length, 1)
      assert.ok((sleeps[0] as number) > 1000 && (sleeps[0] as number) <= 3000, String(sleeps[0]))
    },
  },
  {
    name: 'a reset connection',
    github: () => [{ status: 0, drop: 'reset' }],
    receiver: [reset, status(200)],
    attempts: 2,
    sleeps: (sleeps) => assert.equal(sleeps.length, 1),
  },
  {
    name: 'a request never answered',
    github: () => [{ status: 0, drop: 'hang' }],
    receiver: [hang, status(200)],
    attempts: 2,
    sleeps: (sleeps) => assert.equal(sleeps.length, 1),
  },
]

const quiet = () => {
  const lines: string[] = []
  return {
    lines,
    log: {
      info: (m: string) => lines.push(m),
      warning: (m: string) => lines.push(`warning: ${m}`),
      debug: () => {},
      mask: () => {},
    },
  }
}

async function github(clock: FakeClock) {
  const fake = await startGitHub()
  const statuses = addStatusRoutes(fake)
  statuses.setJobs({}, [runningJob('build', 'runner-1')])
  const { lines, log } = quiet()
  const minted: MintedToken[] = []
  const access = new GitHubAccess(
    { apiUrl: fake.url, app: { appId: String(APP_ID), privateKey: keys.pkcs8 }, revoke: true },
    log,
    (token) => minted.push(token),
    { clock, retry: { timeoutMs: ATTEMPT_TIMEOUT_MS } },
  )
  return { fake, access, lines, log, minted }
}

/** One GitHub call kind: the route it hits and how to make it as the commands do. */
interface GitHubCall {
  name: string
  method: string
  path: string
  run: (ctx: Awaited<ReturnType<typeof github>>, clock: FakeClock) => Promise<unknown>
  /** The message of a non-retryable failure names the call and the status. */
  fails: { status: number; message: RegExp }
}

const CONTEXT = readContext(githubEnv())

const GITHUB_CALLS: GitHubCall[] = [
  {
    name: 'installation lookup',
    method: 'GET',
    path: '/repos/octo-org/app/installation',
    run: ({ access }) => access.mint({ owner: 'octo-org', repositories: ['app'] }),
    fails: {
      status: 404,
      message:
        /^Looking up the GitHub App installation for the repository octo-org\/app failed\. GitHub answered 404/,
    },
  },
  {
    name: 'App token mint',
    method: 'POST',
    path: '/app/installations/101/access_tokens',
    run: ({ access }) =>
      access.mint({ owner: 'octo-org', repositories: ['app'], installationId: 101 }),
    fails: {
      status: 422,
      message: /^Creating an installation token for octo-org \(app\) failed\. GitHub answered 422/,
    },
  },
  {
    name: 'dispatch',
    method: 'POST',
    path: '/repos/octo-org/app/dispatches',
    run: async ({ access }) => {
      const octokit = await access.client('octo-org', ['app'], { contents: 'write' })
      try {
        return await octokit.request('POST /repos/{owner}/{repo}/dispatches', {
          owner: 'octo-org',
          repo: 'app',
          event_type: 'build',
        })
      } catch (error) {
        throw explainGitHubError(error, "Dispatching 'build' to octo-org/app")
      }
    },
    fails: {
      status: 400,
      message: /^Dispatching 'build' to octo-org\/app failed\. GitHub answered 400/,
    },
  },
  {
    name: 'commit status',
    method: 'POST',
    path: `/repos/octo-org/app/statuses/${SHA}`,
    run: ({ access }) =>
      createCommitStatus(
        access,
        { owner: 'octo-org', repo: 'app', sha: SHA, context: 'ci' },
        'success',
      ),
    fails: {
      status: 422,
      message:
        /^Posting the success status 'ci' on octo-org\/app@ffac537 failed\. GitHub answered 422/,
    },
  },
  {
    name: 'jobs read',
    method: 'GET',
    path: '/repos/octo-org/app/actions/runs/9876543210/attempts/1/jobs',
    run: ({ access }) => listAttemptJobs(access, CONTEXT),
    fails: {
      status: 404,
      message:
        /^Reading the jobs of run 9876543210 \(attempt 1\) of octo-org\/app failed\. GitHub answered 404/,
    },
  },
  {
    name: 'runs read',
    method: 'GET',
    path: '/repos/octo-org/app/actions/runs/7',
    run: async ({ access }) => {
      const octokit = await access.client('octo-org', ['app'], { actions: 'read' })
      try {
        return await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
          owner: 'octo-org',
          repo: 'app',
          run_id: 7,
        })
      } catch (error) {
        throw explainGitHubError(error, 'Reading run 7 of octo-org/app')
      }
    },
    fails: { status: 401, message: /^Reading run 7 of octo-org\/app failed\. GitHub answered 401/ },
  },
  {
    name: 'revoke',
    method: 'DELETE',
    path: '/installation/token',
    run: async (ctx, clock) => {
      const token = await ctx.access.mint({
        owner: 'octo-org',
        repositories: ['app'],
        installationId: 101,
      })
      await revokeToken(token, ctx.fake.url, ctx.log, Date.now(), {
        clock,
        retry: { timeoutMs: ATTEMPT_TIMEOUT_MS },
      })
      const warning = ctx.lines.find((l) => l.startsWith('warning: '))
      if (warning) throw new Error(warning.replace(/^warning: /, ''))
      return token
    },
    fails: { status: 401, message: /^Could not revoke the installation token: 401 / },
  },
]

describe('fault matrix: GitHub calls', () => {
  for (const call of GITHUB_CALLS) {
    for (const fault of FAULTS) {
      test(`${call.name}: ${fault.name}`, async () => {
        const clock = fakeClock(Date.now())
        const ctx = await github(clock)
        // The runs read needs a run to read.
        ctx.fake.route('GET', /^\/repos\/octo-org\/app\/actions\/runs\/7$/, () => ({
          status: 200,
          body: { id: 7, status: 'completed', conclusion: 'success', html_url: 'https://x/7' },
        }))
        ctx.fake.fault(call.method, call.path, ...fault.github(Math.floor(Date.now() / 1000)))
        const started = Date.now()
        await call.run(ctx, clock)
        const hits = ctx.fake.requests.filter(
          (r) => r.method === call.method && r.path.split('?')[0] === call.path,
        )
        assert.equal(hits.length, fault.attempts, ctx.fake.sequence().join('\n'))
        // Every attempt but the last met the fault; the success was the last request made.
        assert.ok(hits.slice(0, -1).every((r) => r.status === 0 || r.status >= 400))
        assert.ok((hits.at(-1)?.status as number) < 300, `last answer ${hits.at(-1)?.status}`)
        fault.sleeps(clock.sleeps)
        // Every retry logged with the real path.
        const retries = ctx.lines.filter((l) => l.includes('retrying in'))
        assert.equal(retries.length, fault.attempts - 1)
        for (const line of retries)
          assert.ok(line.includes(`${call.method} ${ctx.fake.url}${call.path}`), line)
        // Time bounded: waits are on the fake clock; only the hang takes real time.
        assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`)
      })
    }
    test(`${call.name}: ${call.fails.status} is not retried, and the message names the call and the status`, async () => {
      const clock = fakeClock(Date.now())
      const ctx = await github(clock)
      ctx.fake.fault(call.method, call.path, {
        status: call.fails.status,
        body: { message: 'Nope' },
      })
      const error = await call.run(ctx, clock).then(
        () => assert.fail('expected a failure'),
        (e: unknown) => e as Error,
      )
      assert.match(error.message, call.fails.message)
      const hits = ctx.fake.requests.filter(
        (r) => r.method === call.method && r.path.split('?')[0] === call.path,
      )
      assert.equal(hits.length, 1)
      assert.deepEqual(clock.sleeps, [])
    })
  }
})

describe('fault matrix: webhook delivery and callback', () => {
  for (const kind of ['webhook delivery', 'callback'] as const) {
    for (const fault of FAULTS.filter((f) => f.receiver.length > 0)) {
      test(`${kind}: ${fault.name}`, async () => {
        const receiver = await startReceiver(fault.receiver)
        const clock = fakeClock(Date.now())
        const { lines, log } = quiet()
        const body = kind === 'callback' ? '{"state":"success"}' : '{"type":"build.completed"}'
        const result = await deliver(
          {
            url: receiver.url,
            body,
            headers: {},
            deliveryId: 'msg_fault',
            resign: () =>
              kind === 'callback'
                ? {}
                : sign('standard', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', body, {
                    id: 'msg_fault',
                  }),
          },
          { maxAttempts: 10, timeoutMs: ATTEMPT_TIMEOUT_MS, version: '1.0.0', log, clock },
        )
        assert.equal(result.ok, true, result.error)
        assert.equal(result.attempts, fault.attempts)
        // Exactly as many requests as attempts: nothing delivered again after the 2xx.
        assert.equal(receiver.received.length, fault.attempts)
        if (kind === 'webhook delivery') {
          assert.deepEqual(
            receiver.received.map((r) => r.headers['webhook-id']),
            Array(fault.attempts).fill('msg_fault'),
          )
        }
        assert.ok(receiver.received.every((r) => r.body === body))
        fault.sleeps(clock.sleeps)
        assert.equal(lines.filter((l) => l.includes('retrying in')).length, fault.attempts - 1)
      })
    }
    for (const code of [400, 401, 404, 422]) {
      test(`${kind}: ${code} is not retried, and the error says so`, async () => {
        const receiver = await startReceiver([status(code), status(200)])
        const clock = fakeClock()
        const { lines, log } = quiet()
        const result = await deliver(
          { url: receiver.url, body: '{}', headers: {}, deliveryId: 'msg_4xx' },
          { maxAttempts: 10, timeoutMs: ATTEMPT_TIMEOUT_MS, version: '1.0.0', log, clock },
        )
        assert.equal(result.ok, false)
        assert.equal(result.attempts, 1)
        assert.equal(result.status, code)
        assert.match(result.error ?? '', new RegExp(`^HTTP ${code} `))
        assert.equal(receiver.received.length, 1)
        assert.ok(lines.some((l) => l.includes('not retrying')))
      })
    }
  }
})

describe('fault matrix: the Actions OIDC token request', () => {
  const tokenAnswer: Handler = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ value: 'eyJ.id.token' }))
  }
  const envOf = (url: string) => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: `${url}?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
  })
  for (const fault of FAULTS.filter((f) => f.receiver.length > 0)) {
    test(`OIDC: ${fault.name}`, async () => {
      const handlers = [...fault.receiver.slice(0, -1), tokenAnswer]
      const service = await startReceiver(handlers)
      const clock = fakeClock(Date.now())
      const { log } = quiet()
      const token = await requestIdToken(
        envOf(service.url),
        'aud',
        log,
        { timeoutMs: ATTEMPT_TIMEOUT_MS },
        clock,
      )
      assert.equal(token, 'eyJ.id.token')
      assert.equal(service.received.length, fault.attempts)
      fault.sleeps(clock.sleeps)
    })
  }
  for (const code of [400, 401, 404]) {
    test(`OIDC: ${code} is not retried, and the error says so`, async () => {
      const service = await startReceiver([status(code), tokenAnswer])
      const { log } = quiet()
      const error = await requestIdToken(envOf(service.url), 'aud', log, {}, fakeClock()).catch(
        (e: Error) => e,
      )
      assert.match(
        (error as Error).message,
        new RegExp(
          `^Could not get the OIDC token for audience 'aud': the runner's token service answered ${code} `,
        ),
      )
      assert.equal(service.received.length, 1)
    })
  }
})

/** One GitLab call kind: the route it hits and how ci-relay makes it. */
interface GitLabCall {
  name: string
  method: string
  path: string
  run: (client: GitLabClient) => Promise<unknown>
  fails: { status: number; message: RegExp }
}

const GITLAB_SHA = '3333333333333333333333333333333333333333'
const GITLAB_CALLS: GitLabCall[] = [
  {
    name: 'GitLab commit status',
    method: 'POST',
    path: `/projects/${PROJECT_ID}/statuses/${GITLAB_SHA}`,
    run: (client) =>
      postGitLabStatus(
        client,
        { project: String(PROJECT_ID), sha: GITLAB_SHA, name: 'ci', ref: 'main' },
        'success',
        undefined,
        quiet().log,
      ),
    fails: {
      status: 403,
      message: /^Posting the success status 'ci' on 42@33333333 failed.*403/,
    },
  },
  {
    name: 'GitLab pipeline jobs',
    method: 'GET',
    path: `/projects/${PROJECT_ID}/pipelines/${PIPELINE_ID}/jobs`,
    run: (client) => listPipelineJobs(client, String(PROJECT_ID), String(PIPELINE_ID)),
    fails: {
      status: 404,
      message: /^Listing the jobs of pipeline 9001 of 42 failed.*404/,
    },
  },
]

/** GitLab answers `responses` (one each) to the next requests to method+path. */
function scriptGitLab(fake: FakeGitLab, method: string, path: string, responses: GitLabResponse[]) {
  fake.fault((request) =>
    request.method === method && request.pathname === path ? responses.shift() : undefined,
  )
}

describe('fault matrix: GitLab calls', () => {
  for (const call of GITLAB_CALLS) {
    const hitsOf = (fake: FakeGitLab) =>
      fake.requests.filter((r) => r.method === call.method && r.path.split('?')[0] === call.path)
    for (const fault of FAULTS) {
      test(`${call.name}: ${fault.name}`, async () => {
        const fake = await startGitLab()
        const clock = fakeClock(Date.now())
        const { lines, log } = quiet()
        const client = new GitLabClient({
          apiUrl: fake.url,
          token: GITLAB_TOKEN,
          log,
          http: { clock, policy: { timeoutMs: ATTEMPT_TIMEOUT_MS } },
        })
        // GitLab names its limit RateLimit-*: the same fault as GitLab sends it.
        const responses = fault.github(Math.floor(Date.now() / 1000)).map((r) => ({
          ...r,
          headers: Object.fromEntries(
            Object.entries(r.headers ?? {}).map(([k, v]) => [
              k.replace(/^x-ratelimit-/, 'RateLimit-'),
              v,
            ]),
          ),
        }))
        if (fault.name.startsWith('403 with x-ratelimit')) {
          // GitLab answers a spent quota with 429 and RateLimit-Reset.
          responses[0] = {
            ...(responses[0] as GitLabResponse),
            status: 429,
            headers: responses[0]?.headers ?? {},
          }
        }
        scriptGitLab(fake, call.method, call.path, responses as GitLabResponse[])
        const started = Date.now()
        await call.run(client)
        const hits = hitsOf(fake)
        assert.equal(hits.length, fault.attempts, fake.sequence().join('\n'))
        fault.sleeps(clock.sleeps)
        const retries = lines.filter((l) => l.includes('retrying in'))
        assert.equal(retries.length, fault.attempts - 1, lines.join('\n'))
        for (const line of retries)
          assert.ok(line.includes(`${call.method} ${fake.url}${call.path}`), line)
        assert.ok(Date.now() - started < 5000)
      })
    }
    test(`${call.name}: ${call.fails.status} is not retried, and the message names the call and the status`, async () => {
      const fake = await startGitLab()
      const clock = fakeClock()
      const client = new GitLabClient({
        apiUrl: fake.url,
        token: GITLAB_TOKEN,
        log: quiet().log,
        http: { clock },
      })
      scriptGitLab(fake, call.method, call.path, [
        { status: call.fails.status, body: { message: 'Nope' } },
      ])
      const error = await call.run(client).then(
        () => assert.fail('expected a failure'),
        (e: unknown) => e as Error,
      )
      assert.match(error.message, call.fails.message)
      assert.equal(hitsOf(fake).length, 1)
      assert.deepEqual(clock.sleeps, [])
    })
  }
})

describe('fault matrix: GitLab pipeline trigger', () => {
  const pipeline: Handler = (_req, res) => {
    res.writeHead(201, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({ id: 77, iid: 3, status: 'created', web_url: 'http://gitlab.test/p/77' }),
    )
  }
  const trigger = (apiUrl: string, clock: FakeClock, lines: string[]) =>
    triggerPipeline({
      apiUrl,
      project: 'group/app',
      ref: 'main',
      triggerToken: 'glptt-trigger-token',
      variables: { CI_RELAY_PAYLOAD: '{"a":1}' },
      log: { info: (m: string) => lines.push(m) },
      http: { clock, policy: { timeoutMs: ATTEMPT_TIMEOUT_MS } },
    })
  for (const fault of FAULTS.filter((f) => f.receiver.length > 0)) {
    test(`trigger: ${fault.name}`, async () => {
      const gitlab = await startReceiver([...fault.receiver.slice(0, -1), pipeline])
      const apiUrl = `${new URL(gitlab.url).origin}/api/v4`
      const clock = fakeClock(Date.now())
      const lines: string[] = []
      const started = await trigger(apiUrl, clock, lines)
      assert.equal(started.id, 77)
      // One pipeline asked for per attempt, the same form each time, none after the 201.
      assert.equal(gitlab.received.length, fault.attempts)
      assert.ok(gitlab.received.every((r) => r.body === gitlab.received[0]?.body))
      assert.ok(
        gitlab.received.every((r) => r.url === '/api/v4/projects/group%2Fapp/trigger/pipeline'),
      )
      fault.sleeps(clock.sleeps)
      assert.equal(lines.filter((l) => l.includes('retrying in')).length, fault.attempts - 1)
      assert.ok(lines.every((l) => !l.includes('glptt-trigger-token')))
    })
  }
  test('trigger: 400 is not retried, and the message names the call and the status', async () => {
    const gitlab = await startReceiver([status(400), pipeline])
    const apiUrl = `${new URL(gitlab.url).origin}/api/v4`
    const clock = fakeClock()
    const error = await trigger(apiUrl, clock, []).then(
      () => assert.fail('expected a failure'),
      (e: unknown) => e as Error,
    )
    assert.match(error.message, /^Starting a pipeline of group\/app on 'main' failed.*400/)
    assert.equal(gitlab.received.length, 1)
    assert.deepEqual(clock.sleeps, [])
  })
})
