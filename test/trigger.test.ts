// trigger: a GitHub step (dist/main) or the CLI starts a GitLab pipeline with the payload in
// CI_RELAY_PAYLOAD, signed as a signed dispatch is; with wait it follows the pipeline to its end.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { verifyRelay, type RelayStamp } from '../src/relay-signature.js'
import { startFakeGitLabPipelines, type FakeGitLabPipelines } from './support/gitlab-pipelines.js'
import { githubEnv, runAction, runCli } from './support/runner.js'
import { assertNoSecretPrinted } from './support/scenario.js'

const TRIGGER_TOKEN = 'glptt-0123456789abcdef0123'
const READ_TOKEN = 'glpat-readapi0123456789abcd'
const SECRET = 'relay-signing-secret-0123456789'
const SECRETS = [TRIGGER_TOKEN, READ_TOKEN, SECRET]

async function startGitLab(): Promise<FakeGitLabPipelines> {
  return startFakeGitLabPipelines({
    projects: [
      {
        id: 42,
        path: 'acme/platform/app',
        refs: ['main', 'v1.2.3'],
        triggerTokens: [TRIGGER_TOKEN],
      },
    ],
    accessTokens: [
      { token: READ_TOKEN, scopes: ['read_api'] },
      { token: 'glpat-noscope000000000000', scopes: ['read_repository'] },
    ],
  })
}

function trigger(fake: FakeGitLabPipelines, inputs: Record<string, string> = {}) {
  return runAction('main', {
    inputs: {
      command: 'trigger',
      project: 'acme/platform/app',
      ref: 'main',
      'gitlab-trigger-token': TRIGGER_TOKEN,
      'gitlab-api-url': fake.url,
      ...inputs,
    },
    env: githubEnv(),
  })
}

describe('trigger', () => {
  test('starts a pipeline with the signed payload in CI_RELAY_PAYLOAD (a GitHub step)', async () => {
    const fake = await startGitLab()
    const before = Math.floor(Date.now() / 1000)
    const payload = { version: '1.2.3', sha: 'ffac537e', meta: { env: 'staging', n: 1 } }
    const step = await trigger(fake, {
      'client-payload': JSON.stringify(payload),
      'signing-secret': SECRET,
    })
    assert.equal(step.code, 0, step.stdout + step.stderr)
    assert.deepEqual(
      fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`),
      ['POST /api/v4/projects/acme%2Fplatform%2Fapp/trigger/pipeline 201'],
    )
    const request = fake.requests[0]
    assert.equal(request?.headers['content-type'], 'application/x-www-form-urlencoded')
    assert.deepEqual(Object.keys(request?.fields ?? {}).sort(), [
      'ref',
      'token',
      'variables[CI_RELAY_PAYLOAD]',
    ])
    const sent = JSON.parse(fake.pipelines[0]?.variables.CI_RELAY_PAYLOAD as string) as Record<
      string,
      unknown
    > & { _relay: Required<RelayStamp> }
    const { _relay, ...data } = sent
    assert.deepEqual(data, payload)
    assert.ok(_relay.ts >= before && _relay.ts <= before + 30)
    // Signed exactly as a signed dispatch is: the same verification accepts it (no event type).
    assert.deepEqual(verifyRelay(SECRET, undefined, sent), _relay)
    assert.throws(
      () => verifyRelay(SECRET, undefined, { ...sent, version: '1.2.4' }),
      /does not match/,
    )
    assert.equal(step.outputs['pipeline-id'], String(fake.pipelines[0]?.id))
    assert.equal(
      step.outputs['pipeline-url'],
      `${fake.serverUrl}/acme/platform/app/-/pipelines/${fake.pipelines[0]?.id}`,
    )
    assert.equal(step.outputs.conclusion, undefined)
    assert.ok(step.masks.includes(TRIGGER_TOKEN) && step.masks.includes(SECRET))
    assertNoSecretPrinted(step, SECRETS)
    assert.match(step.summary, /Pipeline \[\d+\]\(http:.*\) of `acme\/platform\/app` on `main`/)
  })

  test('unsigned: the payload as it is; a numeric project ID is used as it is', async () => {
    const fake = await startGitLab()
    const step = await trigger(fake, { project: '42', 'client-payload': '{"a": [1, 2]}' })
    assert.equal(step.code, 0, step.stdout + step.stderr)
    assert.equal(fake.requests[0]?.path, '/api/v4/projects/42/trigger/pipeline')
    assert.deepEqual(JSON.parse(fake.pipelines[0]?.variables.CI_RELAY_PAYLOAD as string), {
      a: [1, 2],
    })
  })

  test('wait: follows the pipeline with the read_api token until it succeeds', async () => {
    const fake = await startGitLab()
    fake.nextStatuses = ['created', 'running', 'success']
    const step = await trigger(fake, { wait: 'true', 'gitlab-token': READ_TOKEN })
    assert.equal(step.code, 0, step.stdout + step.stderr)
    const id = fake.pipelines[0]?.id
    assert.deepEqual(
      fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`),
      [
        'POST /api/v4/projects/acme%2Fplatform%2Fapp/trigger/pipeline 201',
        ...[1, 2, 3].map(() => `GET /api/v4/projects/acme%2Fplatform%2Fapp/pipelines/${id} 200`),
      ],
    )
    assert.ok(fake.requests.slice(1).every((r) => r.headers['private-token'] === READ_TOKEN))
    assert.equal(fake.requests[0]?.headers['private-token'], undefined)
    assert.equal(step.outputs.conclusion, 'success')
    assert.ok(step.masks.includes(READ_TOKEN))
    assertNoSecretPrinted(step, SECRETS)
  })

  test('wait: a failed pipeline fails the step, with its conclusion and URL', async () => {
    const fake = await startGitLab()
    fake.nextStatuses = ['running', 'failed']
    const step = await trigger(fake, { wait: 'true', 'gitlab-token': READ_TOKEN })
    assert.equal(step.code, 1)
    assert.equal(step.outputs.conclusion, 'failed')
    assert.match(
      step.errors.join('\n'),
      /Pipeline \d+ of acme\/platform\/app ended failed: http:.*\/-\/pipelines\/\d+/,
    )
  })

  test('wait: a pipeline still running at wait-timeout fails the step saying so', async () => {
    const fake = await startGitLab()
    fake.nextStatuses = ['running']
    const step = await trigger(fake, {
      wait: 'true',
      'gitlab-token': READ_TOKEN,
      'wait-timeout': '1',
    })
    assert.equal(step.code, 1)
    assert.match(step.errors.join('\n'), /did not finish within wait-timeout \(1 s\)/)
  })

  test('wait: a token without read_api is explained', async () => {
    const fake = await startGitLab()
    const step = await trigger(fake, { wait: 'true', 'gitlab-token': 'glpat-noscope000000000000' })
    assert.equal(step.code, 1)
    assert.match(
      step.errors.join('\n'),
      /GitLab answered 403: insufficient_scope.*lacks the read_api scope/,
    )
  })

  for (const [name, inputs, message] of [
    [
      'a trigger token of another project',
      { 'gitlab-trigger-token': 'glptt-wrong0000000000000000' },
      /GitLab answered 404: 404 Not Found\. Likely cause: the project acme\/platform\/app does not exist at gitlab-api-url, or the trigger token/,
    ],
    [
      'a ref the project does not have',
      { ref: 'nope' },
      /GitLab answered 400: base: Reference not found\. Likely cause: the ref 'nope' does not exist/,
    ],
  ] as const) {
    test(`GitLab refuses ${name}: the step fails with what GitLab said and why`, async () => {
      const fake = await startGitLab()
      const step = await trigger(fake, inputs)
      assert.equal(step.code, 1)
      assert.equal(fake.requests.length, 1)
      assert.match(step.errors.join('\n'), message)
      assertNoSecretPrinted(step, SECRETS)
    })
  }

  for (const [name, inputs, message] of [
    ['no project', { project: '' }, /Input 'project': must be set to a non-empty string/],
    [
      'a project that is neither path nor ID',
      { project: 'app' },
      /Input 'project': must be a GitLab project path like group\/project .* \(got 'app'\)/,
    ],
    ['no ref', { ref: '' }, /Input 'ref': must be set/],
    [
      'no trigger token',
      { 'gitlab-trigger-token': '' },
      /Input 'gitlab-trigger-token': must be set .*CI_RELAY_GITLAB_TRIGGER_TOKEN/,
    ],
    [
      'a payload that is an array',
      { 'client-payload': '[1]' },
      /Input 'client-payload': must be a JSON object/,
    ],
    [
      'a payload with its own _relay, signed',
      { 'client-payload': '{"_relay": 1}', 'signing-secret': SECRET },
      /Input 'client-payload': .*must not have a top-level _relay key/,
    ],
    [
      'wait without a gitlab-token',
      { wait: 'true' },
      /Input 'gitlab-token': must be set when wait is true: .*read_api/,
    ],
    ['wait yes', { wait: 'yes' }, /Input 'wait': must be true or false \(got 'yes'\)/],
    [
      'wait-timeout 0',
      { 'wait-timeout': '0' },
      /Input 'wait-timeout': must be a whole number, 1 or more/,
    ],
    [
      'an API URL that is not http(s)',
      { 'gitlab-api-url': 'ftp://gitlab.example.com' },
      /Input 'gitlab-api-url': must be an http\(s\) URL/,
    ],
  ] as const) {
    test(`refused before anything is sent: ${name}`, async () => {
      const fake = await startGitLab()
      const step = await trigger(fake, inputs)
      assert.equal(step.code, 1)
      assert.match(step.errors.join('\n'), message)
      assert.deepEqual(fake.requests, [])
      assertNoSecretPrinted(step, SECRETS)
    })
  }

  test('CLI in a GitLab job: tokens from CI_RELAY_*, the API from CI_API_V4_URL', async () => {
    const fake = await startGitLab()
    fake.nextStatuses = ['success']
    const result = await runCli(
      [
        'trigger',
        '--project',
        'acme/platform/app',
        '--ref',
        'v1.2.3',
        '--client-payload',
        '{"x":"y"}',
        '--wait',
      ],
      {
        env: {
          CI_API_V4_URL: fake.url,
          CI_RELAY_GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN,
          CI_RELAY_GITLAB_TOKEN: READ_TOKEN,
          CI_RELAY_SIGNING_SECRET: SECRET,
        },
      },
    )
    assert.equal(result.code, 0, result.stderr)
    const id = fake.pipelines[0]?.id
    assert.match(result.stdout, new RegExp(`^pipeline-id=${id}$`, 'm'))
    assert.match(result.stdout, /^conclusion=success$/m)
    assert.equal(fake.pipelines[0]?.ref, 'v1.2.3')
    const sent = JSON.parse(fake.pipelines[0]?.variables.CI_RELAY_PAYLOAD as string) as Record<
      string,
      unknown
    >
    assert.ok(verifyRelay(SECRET, undefined, sent))
    assertNoSecretPrinted(result, SECRETS)
  })
})
