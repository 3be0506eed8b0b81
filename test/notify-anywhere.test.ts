// notify outside GitHub Actions and GitLab CI (Jenkins, Buildkite, a laptop): the built CLI with a
// clean environment (no GITHUB_* or GITLAB_* variables) describes the build from explicit inputs,
// or names every missing input with its flag and variable, sending nothing.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { Webhook } from 'standardwebhooks'
import { assertValidCiRelayPayload } from './support/payload-schema.js'
import { startReceiver } from './support/receiver.js'
import { githubEnv, runAction, runCli } from './support/runner.js'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const SHA = '0123456789abcdef0123456789abcdef01234567'

/** The CLI with nothing of a CI run in its environment (runCli inherits no GITHUB_*, GITLAB_*). */
function notify(args: string[], env: Record<string, string> = {}) {
  return runCli(['notify', ...args], { env: { CI_RELAY_MAX_ATTEMPTS: '1', ...env } })
}

describe('notify outside GitHub Actions and GitLab CI', () => {
  test('explicit inputs describe the build: provider other, no runs, signed, schema-valid', async () => {
    const receiver = await startReceiver()
    const result = await notify(
      [
        '--url',
        receiver.url,
        '--repository',
        'acme/widgets',
        '--sha',
        SHA,
        '--ref',
        'refs/heads/main',
        '--build-url',
        'https://jenkins.example/job/widgets/42/',
        '--status',
        'failure',
      ],
      { CI_RELAY_SECRET: SECRET },
    )
    assert.equal(result.code, 0, result.stderr)
    assert.equal(receiver.received.length, 1)
    const [request] = receiver.received
    assert.ok(request)
    // Signed as Standard Webhooks receivers verify it.
    new Webhook(SECRET).verify(request.body, {
      'webhook-id': String(request.headers['webhook-id']),
      'webhook-timestamp': String(request.headers['webhook-timestamp']),
      'webhook-signature': String(request.headers['webhook-signature']),
    })
    const body = JSON.parse(request.body)
    assertValidCiRelayPayload(body)
    assert.equal(body.type, 'build.completed')
    assert.equal(body.provider, 'other')
    assert.equal(body.repository, 'acme/widgets')
    assert.equal(body.sha, SHA)
    assert.equal(body.ref, 'refs/heads/main')
    assert.equal(body.web_url, 'https://jenkins.example/job/widgets/42/')
    assert.equal(body.status, 'failure')
    assert.deepEqual(body.runs, [])
    assert.equal(body.build_id, 0)
    assert.equal(body.test, false)
    assert.doesNotMatch(result.stderr, /warning/i, 'no job listing is attempted')
  })

  test('inputs from CI_RELAY_* variables, build-url omitted: web_url empty, still schema-valid', async () => {
    const receiver = await startReceiver()
    const result = await notify(['--url', receiver.url], {
      CI_RELAY_REPOSITORY: 'group/sub/project',
      CI_RELAY_SHA: SHA,
      CI_RELAY_STATUS: 'canceled',
    })
    assert.equal(result.code, 0, result.stderr)
    const body = JSON.parse(receiver.received[0]?.body ?? 'null')
    assertValidCiRelayPayload(body)
    assert.equal(body.provider, 'other')
    assert.equal(body.repository, 'group/sub/project')
    assert.equal(body.status, 'cancelled')
    assert.equal(body.web_url, '')
  })

  test('missing inputs: each named with its flag and CI_RELAY_* variable, nothing sent', async () => {
    const receiver = await startReceiver()
    const result = await notify(['--url', receiver.url], { CI_RELAY_SECRET: SECRET })
    assert.equal(result.code, 2, result.stderr)
    for (const input of ['repository', 'sha', 'status']) {
      const variable = `CI_RELAY_${input.toUpperCase()}`
      assert.match(result.stderr, new RegExp(`${input} \\(--${input} or ${variable}`))
    }
    assert.match(result.stderr, /auto needs the jobs of a GitHub Actions run or GitLab pipeline/)
    assert.doesNotMatch(result.stderr, /GITHUB_RUN_ID/)
    assert.equal(receiver.received.length, 0)
  })

  test('a bad explicit input fails before any request', async () => {
    const receiver = await startReceiver()
    for (const args of [
      ['--repository', 'acme/widgets', '--sha', 'abc123', '--status', 'success'],
      [
        '--repository',
        'acme/widgets',
        '--sha',
        SHA,
        '--status',
        'success',
        '--build-url',
        'ftp://x',
      ],
      ['--repository', 'a/b,c/d', '--sha', SHA, '--status', 'success'],
    ]) {
      const result = await notify(['--url', receiver.url, ...args])
      assert.equal(result.code, 2, result.stderr)
      assert.match(result.stderr, /Input '(sha|build-url|repository)'/)
    }
    assert.equal(receiver.received.length, 0)
  })

  test('a test delivery needs no status', async () => {
    const receiver = await startReceiver()
    const result = await notify([
      '--url',
      receiver.url,
      '--repository',
      'acme/widgets',
      '--sha',
      SHA,
      '--test',
    ])
    assert.equal(result.code, 0, result.stderr)
    const body = JSON.parse(receiver.received[0]?.body ?? 'null')
    assertValidCiRelayPayload(body)
    assert.equal(body.type, 'ping')
    assert.equal(body.test, true)
  })

  test("inside a GitHub Actions run, explicit repository/sha/ref/build-url replace the run's", async () => {
    const receiver = await startReceiver()
    const step = await runAction('main', {
      env: githubEnv(),
      inputs: {
        command: 'notify',
        url: receiver.url,
        status: 'success',
        'include-jobs': 'false',
        repository: 'acme/mirror',
        sha: SHA,
        ref: 'refs/heads/release',
        'build-url': 'https://ci.example/builds/7',
      },
    })
    assert.equal(step.code, 0, step.stdout)
    const body = JSON.parse(receiver.received[0]?.body ?? 'null')
    assertValidCiRelayPayload(body)
    assert.equal(body.provider, 'github')
    assert.equal(body.repository, 'acme/mirror')
    assert.equal(body.sha, SHA)
    assert.equal(body.ref, 'refs/heads/release')
    assert.equal(body.web_url, 'https://ci.example/builds/7')
    assert.ok(body.build_id > 0, 'the run is still the one described')
  })
})
