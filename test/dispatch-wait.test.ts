// dispatch with wait: find the run each dispatch started by the correlation id in its title, poll
// it to completion, fail unless it succeeds.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createClient } from '../src/github/client.js'
import { waitForRuns } from '../src/github/runs.js'
import { fakeClock } from './support/http-fakes.js'
import { runDispatch } from './support/dispatch-event.js'
import type { FakeGitHub } from './support/github-api.js'
import { serveRuns } from './support/github-runs.js'
import { WORKFLOW_TOKEN } from './support/runner.js'
import { assertSchemaValid, startGitHub } from './support/scenario.js'

const waitFor = (fake: FakeGitHub, inputs: Record<string, string> = {}) =>
  runDispatch(fake, { wait: 'true', ...inputs }, { version: '1.2.3' })

const LIST =
  /^GET \/repos\/octo-org\/deploy\/actions\/runs\?event=repository_dispatch&created=%3E%3D\d{4}-\d\d-\d\dT\d\d%3A\d\d%3A\d\dZ&per_page=100$/

describe('dispatch with wait', () => {
  test('a run that shows up after two polls and succeeds', async () => {
    const fake = await startGitHub()
    const runs = serveRuns(fake, {
      'octo-org/deploy': { hiddenFor: 2, statuses: ['in_progress', 'completed'] },
    })
    const step = await waitFor(fake)
    assert.equal(step.code, 0, step.stdout + step.stderr)
    const run = runs.runs[0]
    assert.ok(run)
    assert.equal(step.outputs['run-id'], String(run.id))
    assert.equal(
      step.outputs['run-url'],
      `https://github.com/octo-org/deploy/actions/runs/${run.id}`,
    )
    assert.equal(step.outputs.conclusion, 'success')
    assert.deepEqual(JSON.parse(step.outputs.repositories as string), [
      {
        repository: 'octo-org/deploy',
        status: 204,
        run_id: run.id,
        run_url: step.outputs['run-url'],
        conclusion: 'success',
      },
    ])
    // The correlation id travels in _relay.id (unsigned: no secret) and names the run.
    const dispatch = fake.requests.find((r) => r.path.endsWith('/dispatches'))
    assert.deepEqual(dispatch?.body, {
      event_type: 'deploy',
      client_payload: { version: '1.2.3', _relay: { id: step.outputs['correlation-id'] } },
    })
    assert.equal(run.display_title, `Deploy ${step.outputs['correlation-id']}`)
    // The App token may read the runs; three lists (two without the run), then reads to the end.
    assert.deepEqual(fake.requests[1]?.body, {
      repositories: ['deploy'],
      permissions: { contents: 'write', metadata: 'read', actions: 'read' },
    })
    const sequence = fake.sequence()
    assert.deepEqual(sequence.slice(0, 3), [
      'GET /repos/octo-org/deploy/installation',
      'POST /app/installations/101/access_tokens',
      'POST /repos/octo-org/deploy/dispatches',
    ])
    assert.equal(sequence.length, 8, sequence.join('\n'))
    for (const line of sequence.slice(3, 6)) assert.match(line, LIST)
    assert.equal(sequence[6], `GET /repos/octo-org/deploy/actions/runs/${run.id}`)
    // The token is revoked as soon as the wait is over, at the end of the main step.
    assert.equal(sequence[7], 'DELETE /installation/token')
    assert.match(
      step.summary,
      /\| octo-org\/deploy \| sent \(204\) \| \[\d+\]\(https:.*\) \| success \|/,
    )
    assertSchemaValid(fake)
  })

  test('a run that fails fails the step (GITHUB_TOKEN, current repository)', async () => {
    const fake = await startGitHub()
    serveRuns(fake, { 'octo-org/app': { conclusion: 'failure' } })
    // No App credentials: the default token, and the current repository.
    const step = await waitFor(fake, { 'app-id': '', 'private-key': '', repository: '' })
    assert.equal(step.code, 1)
    assert.equal(step.outputs.conclusion, 'failure')
    assert.match(
      step.outputs['run-url'] as string,
      /^https:\/\/github.com\/octo-org\/app\/actions\/runs\/\d+$/,
    )
    assert.match(
      step.errors.join('\n'),
      /The run of octo-org\/app concluded failure: https:\/\/github.com\/octo-org\/app\/actions\/runs\/\d+/,
    )
  })

  test('a run that never shows up: timeout naming run-name', async () => {
    const fake = await startGitHub()
    // The receiving workflow has no run-name with the id: its runs keep the workflow's name.
    serveRuns(fake, { 'octo-org/deploy': { runName: () => 'Deploy' } })
    const step = await waitFor(fake, { 'wait-timeout': '3' })
    assert.equal(step.code, 1)
    const error = step.errors.join('\n')
    assert.match(error, /No run of octo-org\/deploy with the correlation id [0-9a-f-]{36}/)
    assert.match(error, /within wait-timeout \(3 s\)/)
    assert.match(error, /run-name: \$\{\{ github\.event\.client_payload\._relay\.id \}\}/)
    assert.equal(step.outputs['run-id'], '')
    assert.equal(step.outputs['correlation-id']?.length, 36)
    assert.ok(fake.sequence().filter((line) => LIST.test(line)).length >= 2)
  })

  test('a poll that never gets an answer is cut off by wait-timeout', async () => {
    const fake = await startGitHub()
    serveRuns(fake, { 'octo-org/deploy': {} })
    fake.fault('GET', /^\/repos\/octo-org\/deploy\/actions\/runs\?/, { status: 200, drop: 'hang' })
    const started = Date.now()
    const step = await waitFor(fake, { 'wait-timeout': '3' })
    const took = Date.now() - started
    assert.equal(step.code, 1, step.stdout + step.stderr + fake.sequence().join('\n'))
    assert.match(step.errors.join('\n'), /within wait-timeout \(3 s\)/)
    assert.equal(fake.sequence().filter((line) => LIST.test(line)).length, 1)
    // Bounded by wait-timeout (3 s) plus the step's own start, not by a 30 s request timeout.
    assert.ok(took < 10_000, `took ${took} ms`)
  })

  test('several repositories across owners: a JSON list per output', async () => {
    const fake = await startGitHub()
    const runs = serveRuns(fake, {
      'octo-org/deploy': {},
      'partner-org/integration-tests': { statuses: ['queued', 'completed'] },
    })
    const step = await waitFor(fake, {
      repository: 'octo-org/deploy\npartner-org/integration-tests',
    })
    assert.equal(step.code, 0, step.stdout + step.stderr)
    const ids = runs.runs.map((run) => run.id)
    assert.deepEqual(JSON.parse(step.outputs['run-id'] as string), ids)
    assert.deepEqual(JSON.parse(step.outputs.conclusion as string), ['success', 'success'])
    assert.equal(JSON.parse(step.outputs['run-url'] as string).length, 2)
    for (const token of fake.tokens) assert.equal(token.permissions.actions, 'read')
  })
})

describe('waitForRuns', () => {
  const quiet = { info() {}, warning() {}, debug() {}, mask() {} }

  test('pauses grow from 1 s by half up to 15 s and end exactly at the timeout', async () => {
    const fake = await startGitHub()
    serveRuns(fake, { 'octo-org/app': { runName: () => 'no id here' } })
    const octokit = await createClient(WORKFLOW_TOKEN, { baseUrl: fake.url, log: quiet })
    const clock = fakeClock(Date.now())
    const [result] = await waitForRuns([{ owner: 'octo-org', repo: 'app', octokit }], {
      correlationId: '0e8f6a3c-5d1b-4f7e-9a2b-3c4d5e6f7a8b',
      dispatchedAt: clock.now(),
      timeoutMs: 60_000,
      log: { info: () => {} },
      clock,
    })
    assert.deepEqual(clock.sleeps.slice(0, 5), [1000, 1500, 2250, 3375, 5062.5])
    assert.ok(clock.sleeps.every((ms) => ms <= 15_000))
    assert.equal(
      clock.sleeps.reduce((a, b) => a + b, 0),
      60_000,
    )
    assert.equal(fake.requests.length, clock.sleeps.length + 1)
    assert.match(result?.error ?? '', /within wait-timeout \(60 s\)/)
  })

  test('a nearly spent rate limit stretches the pause to its reset', async () => {
    const fake = await startGitHub()
    const runs = serveRuns(fake, { 'octo-org/app': { runName: () => 'no id here' } })
    const clock = fakeClock(Date.now())
    const reset = Math.floor(clock.now() / 1000) + 120
    runs.headers = { 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': String(reset) }
    const octokit = await createClient(WORKFLOW_TOKEN, { baseUrl: fake.url, log: quiet })
    const logged: string[] = []
    await waitForRuns([{ owner: 'octo-org', repo: 'app', octokit }], {
      correlationId: '0e8f6a3c-5d1b-4f7e-9a2b-3c4d5e6f7a8b',
      dispatchedAt: clock.now(),
      timeoutMs: 600_000,
      log: { info: (message) => logged.push(message) },
      clock,
    })
    assert.ok((clock.sleeps[0] as number) >= 120_000, `first pause ${clock.sleeps[0]} ms`)
    assert.match(logged.join('\n'), /rate limit is nearly spent/)
    // Once the window has reset, polling goes on at its own pace.
    assert.equal(clock.sleeps[1], 1500)
  })
})
