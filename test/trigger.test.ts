// trigger: a GitHub step (dist/main) or the CLI starts a GitLab pipeline with the payload in
// CI_RELAY_PAYLOAD, signed as a signed dispatch is; with wait it follows the pipeline to its end.
import assert from 'node:assert/strict'
import { after, describe, test } from 'node:test'
import { verifyRelay, type RelayStamp } from '../src/relay-signature.js'
import {
  startFakeGitLab,
  type FakeGitLab,
  type GitLabPipelineFixture,
} from './support/gitlab-api.js'
import { githubEnv, runAction, runCli } from './support/runner.js'
import { assertNoSecretPrinted } from './support/scenario.js'

const TRIGGER_TOKEN = 'glptt-0123456789abcdef0123'
const READ_TOKEN = 'glpat-readapi0123456789abcd'
const SECRET = 'relay-signing-secret-0123456789'
const SECRETS = [TRIGGER_TOKEN, READ_TOKEN, SECRET]

async function startGitLab(): Promise<FakeGitLab> {
  const fake = await startFakeGitLab({
    tokens: [
      { value: READ_TOKEN, scopes: ['read_api'], projects: [42], name: 'reader' },
      { value: 'glpat-noscope000000000000', scopes: ['read_repository'], projects: [42] },
    ],
    projects: [
      {
        id: 42,
        path: 'acme/platform/app',
        branches: { main: ['a'.repeat(40)], 'v1.2.3': ['b'.repeat(40)] },
        triggerTokens: [TRIGGER_TOKEN],
      },
    ],
  })
  after(() => fake.close())
  return fake
}

/** The pipelines trigger started, oldest first. */
const triggered = (fake: FakeGitLab): GitLabPipelineFixture[] =>
  (fake.project('42')?.pipelines ?? []).filter((p) => p.source === 'trigger')

const payloadOf = (fake: FakeGitLab, n = 0) =>
  JSON.parse(triggered(fake)[n]?.variables?.CI_RELAY_PAYLOAD as string) as Record<string, unknown>

const setStatuses = (fake: FakeGitLab, statuses: string[]) => {
  ;(fake.project('42') as { triggeredStatuses?: string[] }).triggeredStatuses = statuses
}

function trigger(fake: FakeGitLab, inputs: Record<string, string> = {}) {
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
    assert.deepEqual(fake.sequence(), ['POST /projects/acme%2Fplatform%2Fapp/trigger/pipeline'])
    const request = fake.requests[0]
    assert.equal(request?.headers['content-type'], 'application/json')
    assert.equal(request?.headers['private-token'], undefined)
    const body = request?.body as { token: string; ref: string; variables: object }
    assert.deepEqual(Object.keys(body).sort(), ['ref', 'token', 'variables'])
    assert.equal(body.token, TRIGGER_TOKEN)
    assert.equal(body.ref, 'main')
    assert.deepEqual(Object.keys(body.variables), ['CI_RELAY_PAYLOAD'])
    const sent = payloadOf(fake) as Record<string, unknown> & { _relay: Required<RelayStamp> }
    const { _relay, ...data } = sent
    assert.deepEqual(data, payload)
    assert.ok(_relay.ts >= before && _relay.ts <= before + 30)
    // Signed exactly as a signed dispatch is: the same verification accepts it (no event type).
    assert.deepEqual(verifyRelay(SECRET, undefined, sent), _relay)
    assert.throws(
      () => verifyRelay(SECRET, undefined, { ...sent, version: '1.2.4' }),
      /does not match/,
    )
    const id = triggered(fake)[0]?.id
    assert.equal(step.outputs['pipeline-id'], String(id))
    assert.equal(
      step.outputs['pipeline-url'],
      `${fake.serverUrl}/acme/platform/app/-/pipelines/${id}`,
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
    assert.deepEqual(fake.sequence(), ['POST /projects/42/trigger/pipeline'])
    assert.deepEqual(payloadOf(fake), { a: [1, 2] })
  })

  test('wait: follows the pipeline with the read_api token until it succeeds', async () => {
    const fake = await startGitLab()
    setStatuses(fake, ['created', 'running', 'success'])
    const step = await trigger(fake, { wait: 'true', 'gitlab-token': READ_TOKEN })
    assert.equal(step.code, 0, step.stdout + step.stderr)
    const id = triggered(fake)[0]?.id
    assert.deepEqual(fake.sequence(), [
      'POST /projects/acme%2Fplatform%2Fapp/trigger/pipeline',
      ...[1, 2, 3].map(() => `GET /projects/acme%2Fplatform%2Fapp/pipelines/${id}`),
    ])
    assert.ok(fake.requests.slice(1).every((r) => r.headers['private-token'] === READ_TOKEN))
    assert.equal(fake.requests[0]?.headers['private-token'], undefined)
    assert.equal(step.outputs.conclusion, 'success')
    assert.ok(step.masks.includes(READ_TOKEN))
    assertNoSecretPrinted(step, SECRETS)
  })

  test('wait: a failed pipeline fails the step, with its conclusion and URL', async () => {
    const fake = await startGitLab()
    setStatuses(fake, ['running', 'failed'])
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
    setStatuses(fake, ['running'])
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
      /GitLab answered 403: .*Likely cause: gitlab-token is not valid or lacks the read_api scope/,
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
      /GitLab answered 400: .*Reference not found.*Likely cause: the ref 'nope' does not exist/,
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
      /Input 'gitlab-token': must be set when wait is true.*read_api/,
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
    setStatuses(fake, ['success'])
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
    const id = triggered(fake)[0]?.id
    assert.match(result.stdout, new RegExp(`^pipeline-id=${id}$`, 'm'))
    assert.match(result.stdout, /^conclusion=success$/m)
    assert.equal(triggered(fake)[0]?.ref, 'v1.2.3')
    const sent = payloadOf(fake)
    assert.ok(verifyRelay(SECRET, undefined, sent))
    assertNoSecretPrinted(result, SECRETS)
  })
})
