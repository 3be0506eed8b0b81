// API economy: every command makes the fewest requests its work allows, counted per step. Each
// scenario lists the known minimum of main and of post; a command that makes one request more
// (a repeated installation lookup, a token per repository instead of per owner, a revocation left
// to a post step that then has to start Octokit, a poll ahead of its schedule) fails here.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { FakeGitHub } from './support/github-api.js'
import { serveRuns } from './support/github-runs.js'
import { addStatusRoutes, runningJob } from './support/github-statuses.js'
import { startReceiver } from './support/receiver.js'
import { runAction, type RunActionOptions, type StepResult } from './support/runner.js'
import { appInputs, envFor, startGitHub } from './support/scenario.js'

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53' // GITHUB_SHA of the runner environment
const JOBS = '/repos/octo-org/app/actions/runs/9876543210/attempts/1/jobs?per_page=100'
const LOOKUP = (repo: string) => `GET /repos/${repo}/installation`
const MINT = (id: number) => `POST /app/installations/${id}/access_tokens`
const REVOKE = 'DELETE /installation/token'

/** Runs main, then post with main's state (as the runner does), recording each step's requests. */
async function steps(
  fake: FakeGitHub,
  options: RunActionOptions,
): Promise<{ main: StepResult; post: StepResult; inMain: string[]; inPost: string[] }> {
  const main = await runAction('main', { env: envFor(fake), ...options })
  const inMain = fake.sequence()
  const post = await runAction('post', {
    env: envFor(fake, { RUNNER_TEMP: main.childEnv.RUNNER_TEMP as string }),
    ...options,
    state: main.state,
  })
  assert.equal(main.code, 0, main.stdout + main.stderr)
  assert.equal(post.code, 0, post.stdout + post.stderr)
  return { main, post, inMain, inPost: fake.sequence().slice(inMain.length) }
}

/** Same requests, any order (several owners may be served in any order). */
const sorted = (lines: string[]) => [...lines].sort()

describe('API economy: requests per command', () => {
  test('token with installation-id: one mint, no lookup; revoked in post only', async () => {
    const fake = await startGitHub()
    const { inMain, inPost } = await steps(fake, {
      inputs: { command: 'token', ...appInputs(), 'installation-id': '101' },
    })
    assert.deepEqual(inMain, [MINT(101)])
    assert.deepEqual(inPost, [REVOKE])
  })

  test('token: one lookup, one mint; the post step revokes it', async () => {
    const fake = await startGitHub()
    const { inMain, inPost } = await steps(fake, {
      inputs: { command: 'token', ...appInputs(), repositories: 'app,deploy' },
    })
    assert.deepEqual(inMain, [LOOKUP('octo-org/app'), MINT(101)])
    assert.deepEqual(inPost, [REVOKE])
  })

  test('dispatch to three repositories of two owners: one token per owner, revoked in main; post sends nothing', async () => {
    const fake = await startGitHub()
    const { main, post, inMain, inPost } = await steps(fake, {
      inputs: {
        command: 'dispatch',
        ...appInputs(),
        'event-type': 'deploy',
        repository: 'octo-org/deploy, octo-org/docs, partner-org/integration-tests',
      },
    })
    assert.deepEqual(
      sorted(inMain),
      sorted([
        LOOKUP('octo-org/deploy'),
        MINT(101),
        'POST /repos/octo-org/deploy/dispatches',
        'POST /repos/octo-org/docs/dispatches',
        LOOKUP('partner-org/integration-tests'),
        MINT(202),
        'POST /repos/partner-org/integration-tests/dispatches',
        REVOKE,
        REVOKE,
      ]),
    )
    assert.equal(inMain.at(-1), REVOKE, 'revoked once the dispatches are sent')
    assert.ok(fake.tokens.every((token) => token.revoked))
    assert.deepEqual(inPost, [])
    assert.equal(post.stdout + post.stderr, '', 'a post step with nothing to do says nothing')
    assert.equal(main.warnings.length, 0)
  })

  test('status: lookup, mint, one status, revoked in main; post sends nothing', async () => {
    const fake = await startGitHub()
    addStatusRoutes(fake)
    const { inMain, inPost } = await steps(fake, {
      inputs: { command: 'status', ...appInputs(), state: 'success' },
    })
    assert.deepEqual(inMain, [
      LOOKUP('octo-org/app'),
      MINT(101),
      `POST /repos/octo-org/app/statuses/${SHA}`,
      REVOKE,
    ])
    assert.deepEqual(inPost, [])
  })

  test('status auto: post mints its actions: read token without looking the installation up again', async () => {
    const fake = await startGitHub()
    addStatusRoutes(fake).setJobs({}, [runningJob('build', 'GitHub Actions 7')])
    const { inMain, inPost } = await steps(fake, {
      inputs: { command: 'status', ...appInputs(), state: 'auto' },
    })
    assert.deepEqual(inMain, [
      LOOKUP('octo-org/app'),
      MINT(101),
      `POST /repos/octo-org/app/statuses/${SHA}`,
    ])
    assert.deepEqual(inPost, [
      MINT(101),
      `GET ${JOBS}`,
      `POST /repos/octo-org/app/statuses/${SHA}`,
      REVOKE,
      REVOKE,
    ])
  })

  test('notify: lookup, mint, the jobs, revoked in main; post sends nothing', async () => {
    const fake = await startGitHub()
    addStatusRoutes(fake).setJobs({}, [runningJob('build', 'GitHub Actions 7')])
    const receiver = await startReceiver()
    const { inMain, inPost } = await steps(fake, {
      inputs: { command: 'notify', ...appInputs(), url: receiver.url },
    })
    assert.deepEqual(inMain, [LOOKUP('octo-org/app'), MINT(101), `GET ${JOBS}`, REVOKE])
    assert.deepEqual(inPost, [])
    assert.equal(receiver.received.length, 1)
  })

  test('dispatch with wait polls no faster than its schedule (1 s, then ×1.5)', async () => {
    const fake = await startGitHub()
    serveRuns(fake, { 'octo-org/deploy': { hiddenFor: 2, statuses: ['in_progress', 'completed'] } })
    const { inMain, inPost } = await steps(fake, {
      inputs: {
        command: 'dispatch',
        ...appInputs(),
        'event-type': 'deploy',
        repository: 'octo-org/deploy',
        wait: 'true',
      },
      timeoutMs: 60_000,
    })
    // three lists (the run shows up in the third), one read of the run to its end
    assert.deepEqual(
      inMain.map((line) => line.replace(/\?.*|\/\d+$/, '')),
      [
        LOOKUP('octo-org/deploy'),
        MINT(101),
        'POST /repos/octo-org/deploy/dispatches',
        'GET /repos/octo-org/deploy/actions/runs',
        'GET /repos/octo-org/deploy/actions/runs',
        'GET /repos/octo-org/deploy/actions/runs',
        'GET /repos/octo-org/deploy/actions/runs',
        REVOKE,
      ],
    )
    assert.deepEqual(inPost, [])
    const polls = fake.requests.filter((r) => r.path.includes('/actions/runs')).map((r) => r.at)
    const pauses = polls.slice(1).map((at, i) => at - (polls[i] as number))
    // A pause may come in a few ms short of its timer (clock granularity), never a step short.
    const schedule = [1000, 1500, 2250]
    pauses.forEach((pause, i) =>
      assert.ok(pause >= (schedule[i] as number) - 20, `pause ${i + 1}: ${pause} ms`),
    )
  })
})
