// The status command end to end: the built dist/ run as the runner runs it, against the GitHub
// stand-in with statuses, pull requests and jobs (test/support/github-statuses.ts).
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { FakeGitHub } from './support/github-api.js'
import {
  addStatusRoutes,
  runningJob,
  type FakeJob,
  type FakeStatuses,
} from './support/github-statuses.js'
import { runAction, runCli, runMainAndPost, WORKFLOW_TOKEN } from './support/runner.js'
import {
  appInputs,
  assertNoSecretPrinted,
  assertSchemaValid,
  envFor,
  startGitHub,
} from './support/scenario.js'

const PUSH_SHA = 'ffac537e6cbbf934b08745a378932722df287a53' // GITHUB_SHA of the runner environment
const HEAD_SHA = '1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c'
const MERGE_SHA = 'aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd'
const RUN_URL = 'https://github.com/octo-org/app/actions/runs/9876543210'
const RUNNER = 'GitHub Actions 7' // RUNNER_NAME of the runner environment
const STATUSES = `/repos/octo-org/app/statuses/${PUSH_SHA}`
const JOBS = '/repos/octo-org/app/actions/runs/9876543210/attempts/1/jobs?per_page=100'

async function stage(
  options: Parameters<typeof startGitHub>[0] = {},
): Promise<{ fake: FakeGitHub; github: FakeStatuses }> {
  const fake = await startGitHub(options)
  return { fake, github: addStatusRoutes(fake) }
}

const bodies = (fake: FakeGitHub) =>
  fake.requests.filter((r) => r.path.includes('/statuses/')).map((r) => r.body)

describe('status', () => {
  test('push: GITHUB_SHA, "<workflow> / <job>", the run URL, outputs and a summary line', async () => {
    const { fake, github } = await stage()
    const step = await runAction('main', {
      env: envFor(fake),
      inputs: { command: 'status', state: 'success', description: 'All good' },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.deepEqual(fake.sequence(), [`POST ${STATUSES}`])
    assert.deepEqual(fake.requests[0]?.body, {
      state: 'success',
      context: 'CI / build',
      description: 'All good',
      target_url: RUN_URL,
    })
    assert.equal(step.outputs.sha, PUSH_SHA)
    assert.equal(step.outputs.url, `${fake.url}${STATUSES}`)
    assert.match(step.summary, /\*\*success\*\* `CI \/ build` on \[octo-org\/app@ffac537\]/)
    assert.deepEqual(github.states(PUSH_SHA), ['success'])
    assertSchemaValid(fake)
  })

  for (const event of ['pull_request', 'pull_request_target']) {
    test(`${event}: the pull request head, never the merge commit in GITHUB_SHA`, async () => {
      const { fake, github } = await stage()
      const payload = github.addPullRequest({ number: 7, headSha: HEAD_SHA, mergeSha: MERGE_SHA })
      const step = await runAction('main', {
        env: envFor(fake, { GITHUB_SHA: MERGE_SHA, GITHUB_REF: 'refs/pull/7/merge' }),
        eventName: event,
        event: payload,
        inputs: { command: 'status', state: 'pending' },
      })
      assert.equal(step.code, 0, step.stderr + step.stdout)
      assert.deepEqual(fake.sequence(), [`POST /repos/octo-org/app/statuses/${HEAD_SHA}`])
      assert.deepEqual(github.states(MERGE_SHA), [])
      assert.equal(step.outputs.sha, HEAD_SHA)
      assertSchemaValid(fake)
    })
  }

  test("workflow_run: the triggering run's head_sha; a re-run attempt links to its attempt", async () => {
    const { fake } = await stage()
    const step = await runAction('main', {
      env: envFor(fake, { GITHUB_RUN_ATTEMPT: '2' }),
      eventName: 'workflow_run',
      event: { action: 'completed', workflow_run: { id: 1, head_sha: HEAD_SHA } },
      inputs: { command: 'status', state: 'failure' },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.deepEqual(fake.sequence(), [`POST /repos/octo-org/app/statuses/${HEAD_SHA}`])
    assert.equal(
      (fake.requests[0]?.body as { target_url: string }).target_url,
      `${RUN_URL}/attempts/2`,
    )
  })

  test('a long description is cut to 140 characters (not bytes) ending in … and accepted', async () => {
    const { fake } = await stage()
    const description = `Deployed 🚀 ${'é'.repeat(200)}`
    const step = await runAction('main', {
      env: envFor(fake),
      inputs: { command: 'status', state: 'success', description },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    const sent = (fake.requests[0]?.body as { description: string }).description
    assert.equal([...sent].length, 140)
    assert.ok(sent.endsWith('…'))
    assert.equal(sent, `${[...description].slice(0, 139).join('')}…`)
    assert.equal(fake.requests[0]?.status, 201)
    assert.equal(step.warnings.length, 1)
    assert.match(step.warnings[0] as string, /Input 'description' is 211 characters.*140/)
  })

  test('job-status words: cancelled is error "Cancelled", skipped is success "Skipped"', async () => {
    const { fake } = await stage()
    for (const state of ['cancelled', 'skipped']) {
      const step = await runAction('main', {
        env: envFor(fake),
        inputs: { command: 'status', state },
      })
      assert.equal(step.code, 0, step.stderr + step.stdout)
    }
    assert.deepEqual(
      bodies(fake).map((b) => {
        const { state, description } = b as { state: string; description: string }
        return `${state}: ${description}`
      }),
      ['error: Cancelled', 'success: Skipped'],
    )
  })

  test('another repository and sha (report back to a dispatch), with an App token scoped to it', async () => {
    const { fake, github } = await stage()
    const { main, post } = await runMainAndPost({
      env: envFor(fake),
      inputs: {
        command: 'status',
        ...appInputs(),
        state: 'success',
        repository: 'partner-org/integration-tests',
        sha: HEAD_SHA.toUpperCase(),
        context: 'downstream / e2e',
        'target-url': 'https://ci.example.com/builds/1',
      },
    })
    assert.equal(main.code, 0, main.stderr + main.stdout)
    assert.equal(post.code, 0, post.stderr + post.stdout)
    assert.deepEqual(fake.sequence(), [
      'GET /repos/partner-org/integration-tests/installation',
      'POST /app/installations/202/access_tokens',
      `POST /repos/partner-org/integration-tests/statuses/${HEAD_SHA}`,
      'DELETE /installation/token',
    ])
    assert.deepEqual(fake.requests[1]?.body, {
      repositories: ['integration-tests'],
      permissions: { statuses: 'write' },
    })
    assert.deepEqual(fake.requests[2]?.body, {
      state: 'success',
      context: 'downstream / e2e',
      target_url: 'https://ci.example.com/builds/1',
    })
    assert.deepEqual(github.states(HEAD_SHA, 'partner-org/integration-tests'), ['success'])
    assert.equal(fake.tokens[0]?.revoked, true)
    assertNoSecretPrinted(main, [fake.tokens[0]?.token as string])
    assertSchemaValid(fake)
  })

  describe('auto', () => {
    test('a passing job: pending in main, success in post (GITHUB_TOKEN, never revoked)', async () => {
      const { fake, github } = await stage()
      github.setJobs({}, [
        runningJob('lint', 'GitHub Actions 3'),
        runningJob('build', RUNNER),
        { ...runningJob('docs', 'GitHub Actions 9'), status: 'completed', conclusion: 'failure' },
      ])
      const { main, post } = await runMainAndPost({
        env: envFor(fake),
        inputs: { command: 'status', state: 'auto' },
      })
      assert.equal(main.code, 0, main.stderr + main.stdout)
      assert.equal(post.code, 0, post.stderr + post.stdout)
      assert.deepEqual(fake.sequence(), [`POST ${STATUSES}`, `GET ${JOBS}`, `POST ${STATUSES}`])
      assert.deepEqual(github.states(PUSH_SHA), ['pending', 'success'])
      assert.deepEqual(
        bodies(fake).map((b) => (b as { description: string }).description),
        ['Running…', 'Succeeded'],
      )
      assert.deepEqual(post.warnings, [])
      assert.match(post.summary, /\*\*success\*\*/)
      assertSchemaValid(fake)
    })

    test('a failed step: pending, then failure naming the step; a given description wins', async () => {
      const { fake, github } = await stage()
      github.setJobs({}, [
        runningJob('build', RUNNER, [
          { name: 'Run npm test', conclusion: 'failure' },
          { name: 'Upload', conclusion: 'skipped' },
        ]),
      ])
      const { post } = await runMainAndPost({
        env: envFor(fake),
        inputs: { command: 'status', state: 'auto' },
      })
      assert.equal(post.code, 0, post.stderr + post.stdout)
      assert.deepEqual(github.states(PUSH_SHA), ['pending', 'failure'])
      assert.equal(github.statuses[1]?.description, "Failed at step 'Run npm test'")

      await runMainAndPost({
        env: envFor(fake),
        inputs: { command: 'status', state: 'auto', description: 'Unit tests' },
      })
      assert.deepEqual(
        github.statuses.slice(2).map((s) => `${s.state}: ${s.description}`),
        ['pending: Running…', 'failure: Unit tests'],
      )
    })

    test('a cancelled step: pending, then error', async () => {
      const { fake, github } = await stage()
      github.setJobs({}, [
        runningJob('build', RUNNER, [{ name: 'Run npm test', conclusion: 'cancelled' }]),
      ])
      await runMainAndPost({ env: envFor(fake), inputs: { command: 'status', state: 'auto' } })
      assert.deepEqual(
        github.statuses.map((s) => `${s.state}: ${s.description}`),
        ['pending: Running…', "error: Cancelled at step 'Run npm test'"],
      )
    })

    test('a matrix leg on page 2 of 150 jobs is found by its runner name', async () => {
      const { fake, github } = await stage()
      const jobs: FakeJob[] = Array.from({ length: 150 }, (_, i) =>
        runningJob(`build (node-${i})`, `GitHub Actions ${1000 + i}`, [
          { name: 'Run npm test', conclusion: 'failure' },
        ]),
      )
      jobs[120] = runningJob('build (node-120)', RUNNER)
      github.setJobs({}, jobs)
      const { post } = await runMainAndPost({
        env: envFor(fake),
        inputs: { command: 'status', state: 'auto' },
      })
      assert.equal(post.code, 0, post.stderr + post.stdout)
      assert.deepEqual(fake.sequence(), [
        `POST ${STATUSES}`,
        `GET ${JOBS}`,
        `GET ${JOBS}&page=2`,
        `POST ${STATUSES}`,
      ])
      assert.deepEqual(github.states(PUSH_SHA), ['pending', 'success'])
    })

    test('a self-hosted runner that ran an earlier job of the run: the running one counts', async () => {
      const { fake, github } = await stage()
      github.setJobs({}, [
        { ...runningJob('lint', RUNNER), status: 'completed', conclusion: 'failure' },
        runningJob('build', RUNNER),
      ])
      await runMainAndPost({ env: envFor(fake), inputs: { command: 'status', state: 'auto' } })
      assert.deepEqual(github.states(PUSH_SHA), ['pending', 'success'])
    })

    test('no RUNNER_NAME: the running job named after GITHUB_JOB; none: error saying why', async () => {
      const { fake, github } = await stage()
      github.setJobs({}, [
        runningJob('lint', 'GitHub Actions 3'),
        runningJob('build (ubuntu-latest, 20)', 'GitHub Actions 4', [
          { name: 'Run npm test', conclusion: 'failure' },
        ]),
      ])
      const found = await runMainAndPost({
        env: { ...envFor(fake), RUNNER_NAME: undefined },
        inputs: { command: 'status', state: 'auto' },
      })
      assert.equal(found.post.code, 0, found.post.stderr + found.post.stdout)
      assert.match(
        found.post.stdout,
        /Took 'build \(ubuntu-latest, 20\)' for this job \(named after GITHUB_JOB\): RUNNER_NAME is not set/,
      )
      assert.deepEqual(github.states(PUSH_SHA), ['pending', 'failure'])

      const lost = await runMainAndPost({
        env: { ...envFor(fake, { GITHUB_JOB: 'deploy' }), RUNNER_NAME: undefined },
        inputs: { command: 'status', state: 'auto' },
      })
      assert.equal(lost.post.code, 0, lost.post.stderr + lost.post.stdout)
      assert.deepEqual(github.states(PUSH_SHA).slice(2), ['pending', 'error'])
      assert.equal(
        github.statuses[3]?.description,
        "Outcome unknown: this job was not found among the run's jobs",
      )
      assert.equal(lost.post.warnings.length, 1)
      assert.match(lost.post.warnings[0] as string, /RUNNER_NAME is not set.*'deploy'/)
    })

    test('GITHUB_TOKEN without actions: read: pending, then error, and a warning naming the permission', async () => {
      const { fake, github } = await stage()
      github.setJobs({}, [runningJob('build', RUNNER)])
      fake.fault('GET', /\/jobs/, {
        status: 403,
        headers: { 'x-accepted-github-permissions': 'actions=read' },
        body: { message: 'Resource not accessible by integration' },
      })
      const { post } = await runMainAndPost({
        env: envFor(fake),
        inputs: { command: 'status', state: 'auto' },
      })
      assert.equal(post.code, 0, post.stderr + post.stdout)
      assert.deepEqual(github.states(PUSH_SHA), ['pending', 'error'])
      assert.equal(
        github.statuses[1]?.description,
        'Outcome unknown: the token lacks actions: read',
      )
      assert.equal(post.warnings.length, 1)
      assert.match(post.warnings[0] as string, /add 'actions: read' to the workflow's/)
    })

    test('with an App: main mints statuses: write; post reuses it, mints actions: read, revokes both last', async () => {
      const { fake, github } = await stage()
      github.setJobs({}, [runningJob('build', RUNNER)])
      const { main, post } = await runMainAndPost({
        env: envFor(fake),
        inputs: { command: 'status', ...appInputs(), state: 'auto' },
      })
      assert.equal(main.code, 0, main.stderr + main.stdout)
      assert.equal(post.code, 0, post.stderr + post.stdout)
      assert.deepEqual(fake.sequence(), [
        'GET /repos/octo-org/app/installation',
        'POST /app/installations/101/access_tokens',
        `POST ${STATUSES}`,
        // the installation main looked up is not looked up again
        'POST /app/installations/101/access_tokens',
        `GET ${JOBS}`,
        `POST ${STATUSES}`,
        'DELETE /installation/token',
        'DELETE /installation/token',
      ])
      assert.deepEqual(
        fake.requests
          .filter((r) => r.path.endsWith('/access_tokens'))
          .map((r) => (r.body as { permissions: unknown }).permissions),
        [{ statuses: 'write' }, { actions: 'read' }],
      )
      const [statusToken, jobsToken] = fake.tokens
      const authOf = (i: number) => fake.requests[i]?.headers.authorization
      assert.equal(authOf(2), `token ${statusToken?.token}`)
      assert.equal(authOf(5), `token ${statusToken?.token}`, 'the main step token is reused')
      assert.equal(authOf(4), `token ${jobsToken?.token}`)
      assert.deepEqual(
        fake.tokens.map((t) => t.revoked),
        [true, true],
      )
      assert.deepEqual(github.states(PUSH_SHA), ['pending', 'success'])
      const tokens = fake.tokens.map((t) => t.token)
      assertNoSecretPrinted(main, tokens)
      assertNoSecretPrinted(post, tokens)
      assertSchemaValid(fake)
    })

    test('with an App lacking actions: read: pending, then error and a warning', async () => {
      const { fake, github } = await stage({
        installations: [
          {
            id: 101,
            account: 'octo-org',
            repositories: ['app'],
            permissions: { statuses: 'write', metadata: 'read' },
          },
        ],
      })
      github.setJobs({}, [runningJob('build', RUNNER)])
      const { post } = await runMainAndPost({
        env: envFor(fake),
        inputs: { command: 'status', ...appInputs(), state: 'auto' },
      })
      assert.equal(post.code, 0, post.stderr + post.stdout)
      assert.deepEqual(github.states(PUSH_SHA), ['pending', 'error'])
      assert.equal(
        github.statuses[1]?.description,
        'Outcome unknown: the GitHub App lacks actions: read',
      )
      assert.match(post.warnings.join('\n'), /'Actions: read' repository permission/)
      assert.equal(fake.tokens[0]?.revoked, true)
    })

    test('a main token close to expiry is not reused: post mints a fresh one', async () => {
      const { fake, github } = await stage()
      github.setJobs({}, [runningJob('build', RUNNER)])
      const main = await runAction('main', {
        env: envFor(fake),
        inputs: { command: 'status', ...appInputs(), state: 'auto' },
      })
      const saved = JSON.parse(main.state.tokens as string) as { expiresAt: string }[]
      const soon = new Date(Date.now() + 60_000).toISOString()
      const post = await runAction('post', {
        env: envFor(fake),
        inputs: { command: 'status', ...appInputs(), state: 'auto' },
        state: {
          ...main.state,
          tokens: JSON.stringify(saved.map((t) => ({ ...t, expiresAt: soon }))),
        },
      })
      assert.equal(post.code, 0, post.stderr + post.stdout)
      assert.equal(fake.tokens.length, 3)
      const last = fake.requests.filter((r) => r.path === STATUSES).at(-1)
      assert.equal(last?.headers.authorization, `token ${fake.tokens[2]?.token}`)
      assert.deepEqual(
        fake.tokens.map((t) => t.revoked),
        [true, true, true],
      )
    })

    test('when the pending status could not be posted, post sends nothing', async () => {
      const { fake } = await stage()
      fake.fault('POST', STATUSES, { status: 422, body: { message: 'No commit found for SHA' } })
      const { main, post } = await runMainAndPost({
        env: envFor(fake),
        inputs: { command: 'status', state: 'auto' },
      })
      assert.equal(main.code, 1)
      assert.match(main.errors.join('\n'), /Posting the pending status .* 422/)
      assert.equal(post.code, 0)
      assert.deepEqual(fake.sequence(), [`POST ${STATUSES}`])
    })
  })

  test('the CLI posts a status; auto is refused there, before any request', async () => {
    const { fake, github } = await stage()
    const env = {
      CI_RELAY_TOKEN: WORKFLOW_TOKEN,
      CI_RELAY_GITHUB_API_URL: fake.url,
      CI_RELAY_REPOSITORY: 'octo-org/docs',
    }
    const ok = await runCli(
      ['status', '--state', 'success', '--sha', HEAD_SHA, '--context', 'laptop', '--json'],
      { env },
    )
    assert.equal(ok.code, 0, ok.stderr)
    assert.deepEqual(JSON.parse(ok.stdout), {
      sha: HEAD_SHA,
      url: `${fake.url}/repos/octo-org/docs/statuses/${HEAD_SHA}`,
    })
    assert.deepEqual(fake.requests[0]?.body, { state: 'success', context: 'laptop' })
    assert.deepEqual(github.states(HEAD_SHA, 'octo-org/docs'), ['success'])

    const auto = await runCli(
      ['status', '--state', 'auto', '--sha', HEAD_SHA, '--context', 'laptop'],
      { env },
    )
    assert.equal(auto.code, 2, 'bad input is a usage error')
    assert.match(
      auto.stderr,
      /Input 'state': auto needs the GitHub Action's post step.*flag --state/,
    )
    const noContext = await runCli(['status', '--state', 'success', '--sha', HEAD_SHA], { env })
    assert.equal(noContext.code, 2)
    assert.match(
      noContext.stderr,
      /Input 'context': must be set outside a GitHub Actions job.*flag --context/,
    )
    assert.equal(fake.requests.length, 1)
  })

  for (const [name, inputs, message] of [
    ['no state', {}, /Input 'state': must be set/],
    ['an unknown state', { state: 'passed' }, /Input 'state': must be pending, .*got 'passed'/],
    ['a short sha', { state: 'success', sha: 'ffac537' }, /Input 'sha': must be a full commit sha/],
    ['a sha that is not hex', { state: 'success', sha: 'g'.repeat(40) }, /Input 'sha'/],
    ['a context over 255', { state: 'success', context: 'c'.repeat(256) }, /Input 'context'.*255/],
    [
      'a target-url that is not http(s)',
      { state: 'success', 'target-url': 'javascript:alert(1)' },
      /Input 'target-url': must be an http\(s\) URL/,
    ],
    [
      'two repositories',
      { state: 'success', repository: 'octo-org/app, octo-org/docs' },
      /Input 'repository': status reports on one repository/,
    ],
    ['a bad repository', { state: 'success', repository: 'octo-org' }, /Input 'repository'/],
    [
      'a pull_request event without a head sha',
      { state: 'success', event: 'pull_request' },
      /Input 'sha': must be set: there is no commit in the pull_request event's pull_request.head.sha/,
    ],
  ] as const) {
    test(`bad input fails with nothing sent: ${name}`, async () => {
      const { fake } = await stage()
      const { event, ...rest } = inputs as Record<string, string>
      const { main, post } = await runMainAndPost({
        env: envFor(fake),
        ...(event ? { eventName: event, event: { action: 'opened' } } : {}),
        inputs: { command: 'status', ...rest },
      })
      assert.equal(main.code, 1)
      assert.match(main.errors.join('\n'), message)
      assert.equal(post.code, 0)
      assert.deepEqual(fake.requests, [])
    })
  }
})
