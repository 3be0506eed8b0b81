// Job summaries say how the step went: the heading carries the outcome, a failed receive writes
// one too, and an undelivered notify shows the upload-artifact step that keeps the file.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { startReceiver, status } from './support/receiver.js'
import { githubEnv, runAction } from './support/runner.js'

describe('job summaries', () => {
  test('callback answered 401: the heading says failed (401), not the state sent', async () => {
    const receiver = await startReceiver([status(401)])
    const step = await runAction('main', {
      action: 'callback',
      env: githubEnv(),
      inputs: { 'callback-url': receiver.url, state: 'success' },
    })
    assert.equal(step.code, 1)
    assert.match(step.summary, /^### ci-relay callback: failed \(401\)$/m)
    assert.doesNotMatch(step.summary, /callback: success/)

    const ok = await runAction('main', {
      action: 'callback',
      env: githubEnv(),
      inputs: { 'callback-url': (await startReceiver()).url, state: 'success' },
    })
    assert.equal(ok.code, 0, ok.stderr)
    assert.match(ok.summary, /^### ci-relay callback: success sent \(200\)$/m)
  })

  test('a refused receive writes a summary saying it failed and why', async () => {
    const step = await runAction('main', {
      action: 'receive',
      env: githubEnv(),
      inputs: { payload: '{"version":"1.2.3"}', secret: 'relay-signing-secret-0123456789' },
    })
    assert.equal(step.code, 1)
    assert.match(step.summary, /^### ci-relay receive: failed$/m)
    assert.match(step.summary, /^> .*not signed/im)
    assert.deepEqual(Object.keys(step.outputs), [])
  })

  test('notify not delivered: the heading says so and the summary shows the upload-artifact step', async () => {
    const receiver = await startReceiver([status(400)])
    const step = await runAction('main', {
      action: 'notify',
      env: githubEnv(),
      inputs: { url: receiver.url, status: 'success', 'include-jobs': 'false' },
    })
    assert.equal(step.code, 1)
    assert.match(
      step.summary,
      /^### ci-relay notify: build success not delivered \(1 of 1 URLs failed\)$/m,
    )
    assert.match(step.summary, /uses: actions\/upload-artifact@v4/)
    assert.match(step.summary, /path: \$\{\{ steps\.notify\.outputs\.undelivered \}\}/)
    assert.ok(step.outputs.undelivered && step.summary.includes(step.outputs.undelivered))
  })
})
