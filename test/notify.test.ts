// notify end to end: the built dist/ run as a runner step against the GitHub stand-in (jobs of
// the run) and loopback receivers that check what arrived the way real receivers do.
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { describe, test } from 'node:test'
import { verify as octokitVerify } from '@octokit/webhooks-methods'
import { Webhook } from 'standardwebhooks'
import { addStatusRoutes, runningJob, type FakeJob } from './support/github-statuses.js'
import { keys } from './support/keys.js'
import { startOidcIssuer } from './support/oidc-issuer.js'
import { assertValidCiRelayPayload } from './support/payload-schema.js'
import { startReceiver, type Received } from './support/receiver.js'
import type { FakeGitHub } from './support/github-api.js'
import {
  githubEnv,
  runAction,
  runMainAndPost,
  WORKFLOW_TOKEN,
  type RunActionOptions,
} from './support/runner.js'
import { appInputs, assertNoSecretPrinted, envFor, startGitHub } from './support/scenario.js'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
/** The status given, the jobs not listed: no GitHub request. */
const NO_JOBS = { status: 'success', 'include-jobs': 'false' }
const JOBS_PATH = '/repos/octo-org/app/actions/runs/9876543210/attempts/1/jobs'

/** notify as a runner step sending to `url`, GitHub being `fake` (default: none reachable). */
function notifyStep(
  url: string,
  inputs: Record<string, string>,
  options: Omit<RunActionOptions, 'inputs'> & { fake?: FakeGitHub } = {},
) {
  const { fake, env, ...rest } = options
  return runAction('main', {
    ...rest,
    env: fake ? envFor(fake, env as Record<string, string>) : githubEnv(env),
    inputs: { command: 'notify', url, ...inputs },
  })
}

/** A finished job. */
const done = (
  name: string,
  conclusion: string,
  runner: string | null = 'GitHub Actions 2',
): FakeJob => ({
  name,
  status: 'completed',
  conclusion,
  runner_name: runner,
})

const bodyOf = (request: Received | undefined) => JSON.parse(request?.body ?? 'null')

describe('notify', () => {
  test('with App credentials: mints actions: read, lists every page of jobs, status auto, signed, revoked', async () => {
    const fake = await startGitHub()
    // 101 jobs: two pages of at most 100.
    addStatusRoutes(fake).setJobs({}, [
      done('build (ubuntu)', 'success', 'GitHub Actions 3'),
      done('lint', 'failure'),
      done('docs', 'skipped', null),
      runningJob('notify', 'GitHub Actions 7'),
      ...Array.from({ length: 97 }, (_, i) => done(`shard ${i + 1}`, 'success')),
    ])
    const receiver = await startReceiver()
    const { main, post } = await runMainAndPost({
      env: envFor(fake),
      inputs: { command: 'notify', ...appInputs(), url: receiver.url, secret: SECRET },
    })
    assert.equal(main.code, 0, main.stderr + main.stdout)
    assert.equal(post.code, 0, post.stderr + post.stdout)
    assert.deepEqual(fake.sequence(), [
      'GET /repos/octo-org/app/installation',
      'POST /app/installations/101/access_tokens',
      `GET ${JOBS_PATH}?per_page=100`,
      `GET ${JOBS_PATH}?per_page=100&page=2`,
      'DELETE /installation/token',
    ])
    assert.deepEqual(fake.requests[1]?.body, {
      repositories: ['app'],
      permissions: { actions: 'read' },
    })
    assert.equal(fake.tokens[0]?.revoked, true)

    assert.equal(receiver.received.length, 1)
    const request = receiver.received[0]
    assert.ok(request)
    const payload = bodyOf(request)
    assertValidCiRelayPayload(payload)
    new Webhook(SECRET).verify(request.body, request.headers as Record<string, string>)
    assert.equal(request.headers['content-type'], 'application/json')
    assert.match(request.headers['user-agent'] ?? '', /^ci-relay\/\d+\.\d+\.\d+/)
    assert.equal(payload.type, 'build.completed')
    assert.equal(payload.status, 'failure', 'a finished job failed')
    assert.equal(payload.build_id, 9876543210)
    assert.equal(payload.build_number, 42)
    assert.equal(payload.repository, 'octo-org/app')
    assert.equal(payload.web_url, 'https://github.com/octo-org/app/actions/runs/9876543210')
    assert.equal(payload.created, payload.runs[0].started, 'the earliest job start')
    assert.equal(payload.runs.length, 101)
    assert.deepEqual(
      payload.runs.slice(0, 4).map((r: { name: string; status: string }) => [r.name, r.status]),
      [
        ['build (ubuntu)', 'success'],
        ['lint', 'failure'],
        ['docs', 'skipped'],
        ['notify', 'in_progress'],
      ],
    )
    assert.equal(payload.runs[0].runner, 'GitHub Actions 3')
    assert.equal(payload.runs[2].runner, null)
    assert.match(payload.runs[0].log_url, /\/repos\/octo-org\/app\/actions\/jobs\/\d+\/logs$/)

    const id = request.headers['webhook-id']
    assert.equal(main.outputs['delivery-id'], id)
    const results = JSON.parse(main.outputs.results ?? '[]')
    assert.deepEqual(results[0], {
      url: receiver.url,
      status_code: 200,
      attempts: 1,
      delivery_id: id,
      ms: results[0].ms,
      delivered: true,
    })
    assert.equal(main.outputs.undelivered, undefined)
    assert.match(
      main.summary,
      /\| URL \| result \| HTTP status \| attempts \| delivery id \| time \|/,
    )
    assert.ok(main.summary.includes(`| ${receiver.url} | delivered | 200 | 1 | \`${id}\` |`))
    assert.ok(main.masks.includes(SECRET))
    assertNoSecretPrinted(main, [SECRET, fake.tokens[0]?.token ?? 'x', keys.pkcs1])
  })

  for (const [conclusions, expected] of [
    [['success', 'skipped'], 'success'],
    [['success', 'cancelled'], 'cancelled'],
    [['cancelled', 'timed_out'], 'failure'],
  ] as const) {
    test(`status auto with the workflow token: jobs ${conclusions.join(', ')} → ${expected}`, async () => {
      const fake = await startGitHub()
      addStatusRoutes(fake).setJobs(
        {},
        conclusions.map((conclusion, i) => done(`j${i}`, conclusion)),
      )
      const receiver = await startReceiver()
      const step = await notifyStep(receiver.url, { secret: SECRET }, { fake })
      assert.equal(step.code, 0, step.stderr + step.stdout)
      assert.deepEqual(fake.sequence(), [`GET ${JOBS_PATH}?per_page=100`])
      assert.equal(fake.requests[0]?.headers.authorization, `token ${WORKFLOW_TOKEN}`)
      assert.equal(bodyOf(receiver.received[0]).status, expected)
    })
  }

  for (const [conclusion, expected] of [
    ['failure', 'failure'],
    ['cancelled', 'cancelled'],
  ] as const) {
    test(`status auto counts this job's own steps: a step ${conclusion} before notify → ${expected}`, async () => {
      const fake = await startGitHub()
      addStatusRoutes(fake).setJobs({}, [
        done('build', 'success'),
        // This job (RUNNER_NAME 'GitHub Actions 7'), notify running after a step that ended so.
        {
          name: 'release',
          runner_name: 'GitHub Actions 7',
          steps: [
            { name: 'Set up job' },
            { name: 'Run ./release.sh', conclusion },
            { name: 'Run octo-org/ci-relay@v1', status: 'in_progress' },
          ],
        },
      ])
      const receiver = await startReceiver()
      const step = await notifyStep(receiver.url, { secret: SECRET }, { fake })
      assert.equal(step.code, 0, step.stderr + step.stdout)
      const payload = bodyOf(receiver.received[0])
      assert.equal(payload.status, expected)
      assert.equal(payload.runs[1].status, 'in_progress')
    })
  }

  test('without actions: read: a warning, runs[] holds this job, a given status is sent', async () => {
    const fake = await startGitHub()
    fake.fault('GET', JOBS_PATH, {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    })
    const receiver = await startReceiver()
    const step = await notifyStep(receiver.url, { secret: SECRET, status: 'failure' }, { fake })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(step.warnings.length, 1)
    assert.match(step.warnings[0] ?? '', /403.*actions: read.*runs\[\] holds only this job/s)
    const payload = bodyOf(receiver.received[0])
    assertValidCiRelayPayload(payload)
    assert.equal(payload.status, 'failure')
    assert.deepEqual(payload.runs, [
      {
        name: 'build',
        status: 'in_progress',
        web_url: 'https://github.com/octo-org/app/actions/runs/9876543210',
        log_url: null,
        started: null,
        completed: null,
        runner: 'GitHub Actions 7',
      },
    ])
  })

  test('without actions: read and status auto: fails, nothing sent', async () => {
    const fake = await startGitHub()
    fake.fault('GET', JOBS_PATH, { status: 403, body: { message: 'Resource not accessible' } })
    const receiver = await startReceiver()
    const step = await notifyStep(receiver.url, { secret: SECRET }, { fake })
    assert.equal(step.code, 1)
    assert.match(
      step.errors.join('\n'),
      /status.*auto needs the jobs of this run.*nothing was sent/s,
    )
    assert.equal(receiver.received.length, 0)
  })

  test('github signature, jobserv format: verified by @octokit/webhooks-methods, payload merged', async () => {
    const fake = await startGitHub()
    addStatusRoutes(fake).setJobs({}, [done('build', 'success'), done('skipped one', 'skipped')])
    const receiver = await startReceiver()
    const secret = "It's a Secret to Everybody"
    const step = await notifyStep(
      receiver.url,
      {
        secret,
        signature: 'github',
        format: 'jobserv',
        payload: '{"project": "lmp", "trigger_name": "post-merge"}',
      },
      { fake },
    )
    assert.equal(step.code, 0, step.stderr + step.stdout)
    const request = receiver.received[0]
    assert.ok(request)
    const signature = String(request.headers['x-hub-signature-256'])
    assert.equal(await octokitVerify(secret, request.body, signature), true)
    const sha1 = createHmac('sha1', secret).update(request.body).digest('hex')
    assert.equal(request.headers['x-hub-signature'], `sha1=${sha1}`)
    assert.equal(request.headers['x-github-event'], 'build.completed')
    assert.equal(request.headers['x-github-delivery'], step.outputs['delivery-id'])
    const payload = bodyOf(request)
    assert.deepEqual(Object.keys(payload).sort(), [
      'build_id',
      'completed',
      'created',
      'project',
      'runs',
      'status',
      'trigger_name',
      'url',
      'web_url',
    ])
    assert.equal(payload.status, 'PASSED')
    assert.equal(payload.project, 'lmp')
    assert.equal(payload.trigger_name, 'post-merge')
    assert.equal(payload.runs.length, 1, 'skipped jobs are left out')
    assert.deepEqual(Object.keys(payload.runs[0]).sort(), [
      'completed',
      'created',
      'host_tag',
      'log_url',
      'name',
      'status',
      'url',
      'web_url',
    ])
  })

  test('jobserv signature: X-JobServ-Sig sha256:<lowercase hex> as a JobServ receiver checks it', async () => {
    const receiver = await startReceiver()
    const secret = 'jobserv-hmac-secret'
    const step = await notifyStep(receiver.url, {
      secret,
      signature: 'jobserv',
      format: 'jobserv',
      status: 'failure',
      'include-jobs': 'false',
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    const request = receiver.received[0]
    assert.ok(request)
    const sig = String(request.headers['x-jobserv-sig'])
    assert.match(sig, /^sha256:[0-9a-f]{64}$/)
    // jobserv/jobserv/api: hmac.new(key, request.data, 'sha256').hexdigest(), 'sha256:' prefix.
    const expected = createHmac('sha256', Buffer.from(secret)).update(request.body).digest('hex')
    assert.equal(sig, `sha256:${expected}`)
    assert.equal(bodyOf(request).status, 'FAILED')
    assert.deepEqual(bodyOf(request).runs, [])
  })

  test('cloud-automator format: an array of one job, unsigned without a secret', async () => {
    const receiver = await startReceiver()
    const step = await notifyStep(receiver.url, {
      format: 'cloud-automator',
      status: 'cancelled',
      'include-jobs': 'false',
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    const request = receiver.received[0]
    assert.ok(request)
    assert.equal(request.headers['webhook-signature'], undefined)
    assert.equal(request.headers['webhook-id'], step.outputs['delivery-id'])
    const payload = bodyOf(request)
    assert.ok(Array.isArray(payload) && payload.length === 1)
    assert.deepEqual(Object.keys(payload[0]).sort(), [
      'finished_at',
      'name',
      'started_at',
      'status',
      'trigger_job_id',
      'trigger_job_log_id',
      'type',
    ])
    assert.equal(payload[0].type, 'job')
    assert.equal(payload[0].status, 'aborted')
    assert.equal(payload[0].trigger_job_id, '.github/workflows/ci.yml')
    assert.equal(payload[0].trigger_job_log_id, 9876543210)
  })

  test('test: true sends a ping marked test, with no GitHub request', async () => {
    const fake = await startGitHub()
    const receiver = await startReceiver()
    const step = await notifyStep(
      receiver.url,
      {
        secret: 'plain secret',
        signature: 'github',
        test: 'true',
      },
      { fake },
    )
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.deepEqual(fake.requests, [])
    const request = receiver.received[0]
    assert.equal(request?.headers['x-github-event'], 'ping')
    const payload = bodyOf(request)
    assertValidCiRelayPayload(payload)
    assert.equal(payload.type, 'ping')
    assert.equal(payload.test, true)
    assert.match(step.summary, /test delivery/)
  })

  test('a pull_request event fills pull_request', async () => {
    const receiver = await startReceiver()
    const step = await notifyStep(
      receiver.url,
      {
        secret: SECRET,
        ...NO_JOBS,
      },
      {
        env: {
          GITHUB_REF: 'refs/pull/7/merge',
          GITHUB_EVENT_NAME: 'pull_request',
        },
        event: {
          action: 'synchronize',
          number: 7,
          pull_request: {
            number: 7,
            title: 'Add things',
            html_url: 'https://github.com/octo-org/app/pull/7',
            head: { ref: 'feature', sha: 'a'.repeat(40) },
            base: { ref: 'main', sha: 'b'.repeat(40) },
          },
        },
      },
    )
    assert.equal(step.code, 0, step.stderr + step.stdout)
    const payload = bodyOf(receiver.received[0])
    assertValidCiRelayPayload(payload)
    assert.equal(payload.event, 'pull_request')
    assert.deepEqual(payload.pull_request, {
      number: 7,
      title: 'Add things',
      source_branch: 'feature',
      target_branch: 'main',
      web_url: 'https://github.com/octo-org/app/pull/7',
    })
  })

  test('authorization is sent as the Authorization header, masked and never printed', async () => {
    const receiver = await startReceiver()
    const authorization = 'Bearer awx-oauth-token-0123456789'
    const step = await notifyStep(receiver.url, {
      authorization,
      ...NO_JOBS,
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(receiver.received[0]?.headers.authorization, authorization)
    assert.ok(step.masks.includes(authorization))
    assertNoSecretPrinted(step, [authorization, 'awx-oauth-token-0123456789'])
  })

  test('oidc-audience attaches the runner OIDC token for that audience, masked', async () => {
    const issuer = await startOidcIssuer()
    const receiver = await startReceiver()
    const step = await notifyStep(
      receiver.url,
      { 'oidc-audience': 'https://ci.example/hooks', ...NO_JOBS },
      { env: issuer.runnerEnv },
    )
    assert.equal(step.code, 0, step.stderr + step.stdout)
    const requestToken = issuer.runnerEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN as string
    assert.deepEqual(issuer.tokenRequests, [
      {
        path: '/idtoken?api-version=2.0&audience=https%3A%2F%2Fci.example%2Fhooks',
        authorization: `Bearer ${requestToken}`,
      },
    ])
    const idToken = /^Bearer (\S+)$/.exec(receiver.received[0]?.headers.authorization ?? '')?.[1]
    assert.ok(idToken)
    const claims = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString())
    assert.equal(claims.aud, 'https://ci.example/hooks')
    assert.ok(step.masks.includes(idToken))
    assert.ok(step.masks.includes(requestToken))
    assertNoSecretPrinted(step, [idToken, requestToken])
  })

  test('oidc-audience without id-token: write fails naming the input, nothing sent', async () => {
    const receiver = await startReceiver()
    const step = await notifyStep(receiver.url, {
      'oidc-audience': 'https://ci.example',
      ...NO_JOBS,
    })
    assert.equal(step.code, 1)
    assert.match(step.errors.join('\n'), /Input 'oidc-audience'.*id-token: write/)
    assert.equal(receiver.received.length, 0)
  })
})
