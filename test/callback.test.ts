// callback end to end: Docker Hub's callback_url chain, through the built dist/ as a runner step.
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { startReceiver, status } from './support/receiver.js'
import { githubEnv, runAction, runCli } from './support/runner.js'

function dispatchEvent(callbackUrl: string) {
  return {
    action: 'build-finished',
    branch: 'main',
    client_payload: { tag: 'v1.2.3', callback_url: callbackUrl },
    repository: { full_name: 'octo-org/app' },
  }
}

describe('callback', () => {
  test('posts {state, context, target_url} to the callback_url of the received payload', async () => {
    const receiver = await startReceiver()
    const step = await runAction('main', {
      env: githubEnv({ GITHUB_EVENT_NAME: 'repository_dispatch' }),
      event: dispatchEvent(`${receiver.url}?token=abc`),
      inputs: { command: 'callback', state: 'success', description: 'Tests passed' },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(step.outputs['status-code'], '200')
    const request = receiver.received[0]
    assert.equal(request?.url, '/hook?token=abc')
    assert.equal(request?.headers['content-type'], 'application/json')
    assert.deepEqual(JSON.parse(request?.body ?? ''), {
      state: 'success',
      description: 'Tests passed',
      context: 'CI / build',
      target_url: 'https://github.com/octo-org/app/actions/runs/9876543210',
    })
    assert.match(step.summary, /ci-relay callback: success/)
    assert.ok(!`${step.stdout}${step.summary}`.includes('token=abc'), 'the query is not shown')
  })

  test("on another CI, the CLI reads callback_url from GitLab's TRIGGER_PAYLOAD file", async () => {
    const receiver = await startReceiver()
    const file = join(mkdtempSync(join(tmpdir(), 'ci-relay-trigger-')), 'payload.json')
    writeFileSync(file, JSON.stringify({ callback_url: receiver.url, push_data: { tag: 'v1' } }))
    const result = await runCli(['callback', '--state', 'failure', '--context', 'gitlab / test'], {
      env: { TRIGGER_PAYLOAD: file },
    })
    assert.equal(result.code, 0, result.stderr)
    assert.equal(result.stdout, 'status-code=200\n')
    assert.deepEqual(JSON.parse(receiver.received[0]?.body ?? ''), {
      state: 'failure',
      context: 'gitlab / test',
    })
  })

  test('cuts description to 255 and context to 100 characters, with a warning each', async () => {
    const receiver = await startReceiver()
    const step = await runAction('main', {
      env: githubEnv(),
      inputs: {
        command: 'callback',
        'callback-url': receiver.url,
        state: 'failure',
        description: 'd'.repeat(300),
        context: 'c'.repeat(101),
        'target-url': 'https://ci.example/build/7',
      },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    const body = JSON.parse(receiver.received[0]?.body ?? '')
    assert.equal([...body.description].length, 255)
    assert.equal(body.description, `${'d'.repeat(254)}…`)
    assert.equal([...body.context].length, 100)
    assert.equal(body.target_url, 'https://ci.example/build/7')
    assert.equal(step.warnings.length, 2)
    assert.match(step.warnings.join('\n'), /description is longer than 255/)
    assert.match(step.warnings.join('\n'), /context is longer than 100/)
  })

  test('a 400 answer fails the step after one attempt, with status-code set', async () => {
    const receiver = await startReceiver([status(400)])
    const step = await runAction('main', {
      env: githubEnv(),
      inputs: { command: 'callback', 'callback-url': receiver.url, state: 'error' },
    })
    assert.equal(step.code, 1)
    assert.equal(step.outputs['status-code'], '400')
    assert.equal(receiver.received.length, 1)
    assert.match(step.errors.join('\n'), /HTTP 400 Bad Request \(1 attempt\)/)
  })

  for (const [name, inputs, event, message] of [
    [
      'no callback-url and none received',
      { state: 'success' },
      {},
      /Input 'callback-url': must be set/,
    ],
    [
      'a state Docker Hub does not know',
      { state: 'cancelled' },
      'dispatch',
      /Input 'state': must be success, failure or error/,
    ],
    ['no state', {}, 'dispatch', /Input 'state': must be set/],
    [
      'an ftp callback-url',
      { state: 'success', 'callback-url': 'ftp://127.0.0.1/x' },
      {},
      /Input 'callback-url'.*not ftp/,
    ],
    [
      'a target-url that is not http(s)',
      { state: 'success', 'target-url': 'javascript:alert(1)' },
      'dispatch',
      /Input 'target-url': must be an http\(s\) URL/,
    ],
  ] as const) {
    test(`bad input sends nothing: ${name}`, async () => {
      const receiver = await startReceiver()
      const step = await runAction('main', {
        env: githubEnv(),
        event: event === 'dispatch' ? dispatchEvent(receiver.url) : event,
        inputs: { command: 'callback', ...inputs },
      })
      assert.equal(step.code, 1)
      assert.match(step.errors.join('\n'), message)
      assert.equal(receiver.received.length, 0)
    })
  }
})
