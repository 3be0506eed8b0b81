// A few faults end to end with real time, through the built dist/ as a runner step: the post
// step's revocation, a callback, and GitHub not answering at all.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { hang, startReceiver, status, type Handler } from './support/receiver.js'
import { githubEnv, runAction, runMainAndPost, WORKFLOW_TOKEN } from './support/runner.js'
import { appInputs, envFor, startGitHub } from './support/scenario.js'

describe('faults end to end (real time)', () => {
  test('revoke: 502 and 503, then 204 — retried, revoked, no warning', async () => {
    const fake = await startGitHub()
    fake.fault('DELETE', '/installation/token', { status: 502 }, { status: 503 })
    const { main, post } = await runMainAndPost({
      env: envFor(fake),
      inputs: { command: 'token', ...appInputs() },
    })
    assert.equal(main.code, 0, main.stderr + main.stdout)
    assert.equal(post.code, 0, post.stderr + post.stdout)
    assert.deepEqual(post.warnings, [])
    assert.equal(fake.sequence().filter((l) => l === 'DELETE /installation/token').length, 3)
    assert.equal(fake.tokens[0]?.revoked, true)
    assert.match(
      post.stdout,
      /DELETE http:\/\/127\.0\.0\.1:\d+\/installation\/token: 502 Bad Gateway; retrying/,
    )
  })

  test('revoke: a steady 502 — four attempts, then a warning that keeps the status', async () => {
    const fake = await startGitHub()
    fake.fault(
      'DELETE',
      '/installation/token',
      ...Array(4).fill({ status: 502, body: { message: 'Server Error' } }),
    )
    const { post } = await runMainAndPost({
      env: envFor(fake),
      inputs: { command: 'token', ...appInputs() },
    })
    assert.equal(post.code, 0)
    assert.equal(post.warnings.length, 1)
    assert.match(
      post.warnings[0] as string,
      /^Could not revoke the installation token: 502 Server Error/,
    )
    assert.equal(fake.sequence().filter((l) => l === 'DELETE /installation/token').length, 4)
  })

  test('callback: 503 then 200 — two attempts, status-code 200', async () => {
    const receiver = await startReceiver([status(503), status(200)])
    const step = await runAction('main', {
      env: githubEnv(),
      inputs: { command: 'callback', 'callback-url': receiver.url, state: 'success' },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(step.outputs['status-code'], '200')
    assert.equal(receiver.received.length, 2)
    assert.equal(receiver.received[0]?.body, receiver.received[1]?.body)
  })

  test('GitHub refusing connections: "no answer from GitHub … connection refused", not "GitHub answered 500"', async () => {
    const closed = await startReceiver([status(200)])
    await closed.close()
    const api = new URL(closed.url).origin
    const step = await runAction('main', {
      env: githubEnv({ GITHUB_API_URL: api }),
      inputs: { command: 'dispatch', 'event-type': 'build', token: WORKFLOW_TOKEN },
    })
    assert.equal(step.code, 1)
    const errors = step.errors.join('\n')
    assert.match(
      errors,
      /Dispatching 'build' to octo-org\/app failed: no answer from GitHub\. POST http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/app\/dispatches: connection refused \(ECONNREFUSED\) \(4 attempts\)/,
    )
    assert.doesNotMatch(errors, /answered 500|\(500\)/)
    assert.deepEqual(JSON.parse(step.outputs.repositories as string), [
      { repository: 'octo-org/app', status: 0 },
    ])
  })

  test('trigger with wait: a pipeline read that never answers is cut off by wait-timeout', async () => {
    const created: Handler = (_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({ id: 77, iid: 3, status: 'created', web_url: 'http://gitlab.test/p/77' }),
      )
    }
    const gitlab = await startReceiver([created, hang])
    const started = Date.now()
    const step = await runAction('main', {
      env: githubEnv(),
      inputs: {
        command: 'trigger',
        project: 'acme/app',
        ref: 'main',
        'gitlab-trigger-token': 'glptt-0123456789abcdef0123',
        'gitlab-token': 'glpat-readapi0123456789abcd',
        'gitlab-api-url': `${new URL(gitlab.url).origin}/api/v4`,
        wait: 'true',
        'wait-timeout': '2',
      },
    })
    const took = Date.now() - started
    assert.equal(step.code, 1)
    assert.match(step.errors.join('\n'), /timed out after/)
    assert.equal(gitlab.received.length, 2)
    // wait-timeout (2 s) plus a last look of at most 5 s, not 4 attempts of 30 s.
    assert.ok(took < 12_000, `took ${took} ms`)
  })
})
