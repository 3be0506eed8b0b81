// The GitHub client (src/github/client.ts) on src/http: Octokit requests retried by the one
// policy, each retry logged with the real path, and failures without an answer named as such.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createClient } from '../src/github/client.js'
import { explainGitHubError } from '../src/github/errors.js'
import { fakeClock } from './support/http-fakes.js'
import { startGitHub } from './support/scenario.js'
import { WORKFLOW_TOKEN } from './support/runner.js'
import { startReceiver, status } from './support/receiver.js'

function logger() {
  const lines: string[] = []
  const log = {
    info: (m: string) => lines.push(`info: ${m}`),
    warning: (m: string) => lines.push(`warning: ${m}`),
    debug: () => {},
    mask: () => {},
  }
  return { lines, log }
}

const dispatch = { owner: 'octo-org', repo: 'app', event_type: 'e' }

describe('GitHub client on the one retry policy', () => {
  test('a 403 whose Retry-After is an HTTP date is waited out and retried', async () => {
    const fake = await startGitHub()
    const clock = fakeClock(Date.now())
    fake.fault('POST', '/repos/octo-org/app/dispatches', {
      status: 403,
      headers: { 'retry-after': new Date(clock.now() + 6000).toUTCString() },
      body: { message: 'You have exceeded a secondary rate limit.' },
    })
    const { lines, log } = logger()
    const octokit = await createClient(WORKFLOW_TOKEN, { baseUrl: fake.url, log, clock })
    const response = await octokit.request('POST /repos/{owner}/{repo}/dispatches', dispatch)
    assert.equal(response.status, 204)
    assert.deepEqual(fake.sequence(), Array(2).fill('POST /repos/octo-org/app/dispatches'))
    assert.equal(clock.sleeps.length, 1)
    assert.ok(
      (clock.sleeps[0] as number) >= 5000 && (clock.sleeps[0] as number) <= 6000,
      String(clock.sleeps[0]),
    )
    assert.match(
      lines[0] ?? '',
      /^info: POST http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/app\/dispatches: 403 Forbidden \(rate limited\); retrying in [56]\.\d s \(attempt 2 of 4\)$/,
    )
  })

  test('the retry line shows the real path of a templated route, without its query string', async () => {
    const fake = await startGitHub()
    fake.route('GET', /^\/repos\/octo-org\/app\/actions\/runs$/, () => ({
      status: 200,
      body: { total_count: 0, workflow_runs: [] },
    }))
    fake.fault('GET', /^\/repos\/octo-org\/app\/actions\/runs/, { status: 502 })
    const { lines, log } = logger()
    const octokit = await createClient(WORKFLOW_TOKEN, {
      baseUrl: fake.url,
      log,
      clock: fakeClock(),
    })
    await octokit.request('GET /repos/{owner}/{repo}/actions/runs', {
      owner: 'octo-org',
      repo: 'app',
      per_page: 100,
    })
    assert.equal(lines.length, 1)
    assert.match(
      lines[0] ?? '',
      /^info: GET http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/app\/actions\/runs: 502 Bad Gateway; retrying/,
    )
    assert.doesNotMatch(lines[0] ?? '', /%7B|\{owner\}|per_page/)
  })

  test('GitHub unreachable: "no answer from GitHub: connection refused", never "GitHub answered 500"', async () => {
    const closed = await startReceiver([status(200)])
    await closed.close()
    const baseUrl = new URL(closed.url).origin
    const clock = fakeClock()
    const { log } = logger()
    const octokit = await createClient(WORKFLOW_TOKEN, { baseUrl, log, clock })
    const error = await octokit
      .request('POST /repos/{owner}/{repo}/dispatches', dispatch)
      .catch((e: unknown) => e)
    const message = explainGitHubError(error, "Dispatching 'e' to octo-org/app").message
    assert.match(
      message,
      /^Dispatching 'e' to octo-org\/app failed: no answer from GitHub\. POST http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/app\/dispatches: connection refused \(ECONNREFUSED\) \(4 attempts\)$/,
    )
    assert.doesNotMatch(message, /answered 500/)
    assert.equal(clock.sleeps.length, 3)
  })

  test('a spent quota that resets later than we wait: one attempt, the message says when it resets', async () => {
    const fake = await startGitHub()
    const reset = Math.floor(Date.now() / 1000) + 3600
    fake.fault('POST', '/repos/octo-org/app/dispatches', {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded' },
    })
    const { lines, log } = logger()
    const octokit = await createClient(WORKFLOW_TOKEN, {
      baseUrl: fake.url,
      log,
      clock: fakeClock(Date.now()),
    })
    const error = await octokit
      .request('POST /repos/{owner}/{repo}/dispatches', dispatch)
      .catch((e: unknown) => e)
    assert.equal(fake.requests.length, 1)
    assert.match(
      lines.join('\n'),
      /403 Forbidden; not retrying: rate limited until .*, later than the 120\.0 s we wait/,
    )
    assert.match(
      explainGitHubError(error, 'Dispatching').message,
      new RegExp(`spent until ${new Date(reset * 1000).toISOString().replace(/\./g, '\\.')}`),
    )
  })

  test('a renamed repository: a same-origin 307 is followed with the same request; another origin is not', async () => {
    const fake = await startGitHub()
    fake.fault('POST', '/repos/octo-org/old-name/dispatches', {
      status: 307,
      headers: { location: `${fake.url}/repos/octo-org/app/dispatches` },
      body: { message: 'Temporary Redirect' },
    })
    fake.fault('POST', '/repos/octo-org/docs/dispatches', {
      status: 307,
      headers: { location: 'http://127.0.0.1:9/elsewhere' },
      body: { message: 'Temporary Redirect' },
    })
    const { log } = logger()
    const octokit = await createClient(WORKFLOW_TOKEN, {
      baseUrl: fake.url,
      log,
      clock: fakeClock(),
    })
    const moved = await octokit.request('POST /repos/{owner}/{repo}/dispatches', {
      ...dispatch,
      repo: 'old-name',
    })
    assert.equal(moved.status, 204)
    assert.deepEqual(fake.sequence(), [
      'POST /repos/octo-org/old-name/dispatches',
      'POST /repos/octo-org/app/dispatches',
    ])
    assert.deepEqual(fake.requests[1]?.body, { event_type: 'e' })
    assert.equal(fake.requests[1]?.headers.authorization, `token ${WORKFLOW_TOKEN}`)
    const away = await octokit
      .request('POST /repos/{owner}/{repo}/dispatches', { ...dispatch, repo: 'docs' })
      .then(
        (r) => r.status,
        (e: { status?: number }) => e.status,
      )
    assert.notEqual(away, 204)
    assert.equal(fake.requests.length, 3)
  })
})
