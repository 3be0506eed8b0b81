import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { keys } from './support/keys.js'
import { WORKFLOW_TOKEN, runAction, runCli, runMainAndPost } from './support/runner.js'
import {
  APP_ID,
  appInputs,
  assertNoSecretPrinted,
  assertSchemaValid,
  cliInvocation,
  envFor,
  startGitHub,
} from './support/scenario.js'

const dispatchInputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  command: 'dispatch',
  'event-type': 'build-finished',
  'client-payload': '{"version":"1.2.3","nested":{"a":[1,2]}}',
  ...extra,
})

describe('dispatch', () => {
  test('two repositories of one owner: one token scoped to both, two dispatches, revoked in post', async () => {
    const fake = await startGitHub()
    const { main, post } = await runMainAndPost({
      env: envFor(fake),
      inputs: dispatchInputs({ ...appInputs(), repository: 'octo-org/deploy\nocto-org/docs' }),
    })
    assert.equal(main.code, 0, main.stderr + main.stdout)
    assert.equal(post.code, 0, post.stderr + post.stdout)
    assert.deepEqual(fake.sequence(), [
      'GET /repos/octo-org/deploy/installation',
      'POST /app/installations/101/access_tokens',
      'POST /repos/octo-org/deploy/dispatches',
      'POST /repos/octo-org/docs/dispatches',
      'DELETE /installation/token',
    ])
    assert.deepEqual(fake.requests[1]?.body, {
      repositories: ['deploy', 'docs'],
      permissions: { contents: 'write', metadata: 'read' },
    })
    for (const request of fake.requests.filter((r) => r.path.endsWith('/dispatches'))) {
      assert.deepEqual(request.body, {
        event_type: 'build-finished',
        client_payload: { version: '1.2.3', nested: { a: [1, 2] } },
      })
      assert.equal(request.auth, 'installation')
    }
    assert.equal(fake.tokens.length, 1)
    assert.equal(fake.tokens[0]?.revoked, true)
    assert.ok(main.masks.includes(fake.tokens[0]?.token as string))
    assert.match(
      main.outputs['correlation-id'] as string,
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    assert.deepEqual(JSON.parse(main.outputs.repositories as string), [
      { repository: 'octo-org/deploy', status: 204 },
      { repository: 'octo-org/docs', status: 204 },
    ])
    assert.match(main.summary, /octo-org\/deploy \| sent \(204\)/)
    assertNoSecretPrinted(main, [fake.tokens[0]?.token as string, keys.pkcs1])
    assertSchemaValid(fake)
  })

  test('two owners: one installation token per owner', async () => {
    const fake = await startGitHub()
    const { main, post } = await runMainAndPost({
      env: envFor(fake),
      inputs: dispatchInputs({
        ...appInputs(keys.base64),
        repository: 'octo-org/deploy, partner-org/integration-tests',
      }),
    })
    assert.equal(main.code, 0, main.stderr + main.stdout)
    assert.deepEqual(fake.sequence(), [
      'GET /repos/octo-org/deploy/installation',
      'POST /app/installations/101/access_tokens',
      'POST /repos/octo-org/deploy/dispatches',
      'GET /repos/partner-org/integration-tests/installation',
      'POST /app/installations/202/access_tokens',
      'POST /repos/partner-org/integration-tests/dispatches',
      'DELETE /installation/token',
      'DELETE /installation/token',
    ])
    assert.deepEqual(
      fake.tokens.map((t) => [t.installationId, t.repositories, t.revoked]),
      [
        [101, ['deploy'], true],
        [202, ['integration-tests'], true],
      ],
    )
    assert.equal(post.code, 0)
    assertSchemaValid(fake)
  })

  test('default: the token input (GITHUB_TOKEN) and the current repository', async () => {
    const fake = await startGitHub()
    const { main, post } = await runMainAndPost({ env: envFor(fake), inputs: dispatchInputs() })
    assert.equal(main.code, 0, main.stderr + main.stdout)
    assert.deepEqual(fake.sequence(), ['POST /repos/octo-org/app/dispatches'])
    assert.equal(fake.requests[0]?.headers.authorization, `token ${WORKFLOW_TOKEN}`)
    assert.equal(post.code, 0)
  })

  test('a 502 answered twice, then 204: retried with each retry logged', async () => {
    const fake = await startGitHub()
    fake.fault('POST', '/repos/octo-org/app/dispatches', { status: 502 }, { status: 502 })
    const step = await runAction('main', { env: envFor(fake), inputs: dispatchInputs() })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.deepEqual(fake.sequence(), Array(3).fill('POST /repos/octo-org/app/dispatches'))
    assert.deepEqual(
      fake.requests.map((r) => r.status),
      [502, 502, 204],
    )
    assert.equal(
      step.stdout.match(
        /POST http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/app\/dispatches: 502 Bad Gateway; retrying in \d\.\d s \(attempt [23] of 4\)/g,
      )?.length,
      2,
    )
    assert.doesNotMatch(step.stdout, /%7B/)
  })

  test('a 403 with retry-after is honoured', async () => {
    const fake = await startGitHub()
    fake.fault('POST', '/repos/octo-org/app/dispatches', {
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    })
    const step = await runAction('main', { env: envFor(fake), inputs: dispatchInputs() })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.deepEqual(
      fake.requests.map((r) => r.status),
      [403, 204],
    )
    assert.match(
      step.stdout,
      /POST http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/app\/dispatches: 403 Forbidden \(rate limited\); retrying in 1\.0 s/,
    )
  })

  test('a 500 that never ends: bounded attempts, the step fails and says what happened', async () => {
    const fake = await startGitHub()
    fake.fault('POST', '/repos/octo-org/app/dispatches', ...Array(10).fill({ status: 500 }))
    const step = await runAction('main', { env: envFor(fake), inputs: dispatchInputs() })
    assert.equal(step.code, 1)
    assert.equal(fake.requests.length, 4)
    assert.match(
      step.errors.join('\n'),
      /Dispatching 'build-finished' to octo-org\/app failed. GitHub answered 500/,
    )
  })

  test('a repository the App is not installed on: the 404 says so, others still go out', async () => {
    const fake = await startGitHub()
    const step = await runAction('main', {
      env: envFor(fake),
      inputs: dispatchInputs({ ...appInputs(), repository: 'octo-org/deploy,elsewhere/repo' }),
    })
    assert.equal(step.code, 1)
    assert.match(step.errors.join('\n'), /not installed on the repository elsewhere\/repo/)
    assert.ok(fake.sequence().includes('POST /repos/octo-org/deploy/dispatches'))
    assert.deepEqual(JSON.parse(step.outputs.repositories as string), [
      { repository: 'octo-org/deploy', status: 204 },
      { repository: 'elsewhere/repo', status: 404 },
    ])
  })

  test('the GITHUB_TOKEN cannot reach another repository: the 404 explains', async () => {
    const fake = await startGitHub({ plainTokens: [] })
    const step = await runAction('main', {
      env: envFor(fake),
      inputs: dispatchInputs({ repository: 'octo-org/deploy' }),
    })
    assert.equal(step.code, 1)
    assert.match(step.errors.join('\n'), /GitHub answered 401/)
  })

  test('the CLI: two repositories of one owner, one token, revoked when done', async () => {
    const fake = await startGitHub()
    const { args, env } = cliInvocation(
      fake,
      dispatchInputs({ ...appInputs(), repository: 'octo-org/deploy,octo-org/docs' }),
    )
    const result = await runCli(args, { env })
    assert.equal(result.code, 0, result.stderr)
    assert.deepEqual(fake.sequence(), [
      'GET /repos/octo-org/deploy/installation',
      'POST /app/installations/101/access_tokens',
      'POST /repos/octo-org/deploy/dispatches',
      'POST /repos/octo-org/docs/dispatches',
      'DELETE /installation/token',
    ])
    assert.equal(fake.tokens[0]?.revoked, true)
    assertSchemaValid(fake)
  })

  test('the CLI: 502 twice then 204, and a 403 with retry-after', async () => {
    const fake = await startGitHub()
    fake.fault('POST', '/repos/octo-org/app/dispatches', { status: 502 }, { status: 502 })
    fake.fault('POST', '/repos/octo-org/app/dispatches', {
      status: 403,
      headers: { 'retry-after': '1' },
    })
    const { args, env } = cliInvocation(
      fake,
      dispatchInputs({ token: WORKFLOW_TOKEN, repository: 'octo-org/app' }),
    )
    const result = await runCli(args, { env })
    assert.equal(result.code, 0, result.stderr)
    assert.deepEqual(
      fake.requests.map((r) => r.status),
      [502, 502, 403, 204],
    )
    assert.match(result.stderr, /dispatches: 403 Forbidden \(rate limited\); retrying in 1\.0 s/)
  })

  test('the CLI: two owners, inputs from flags and CI_RELAY_*', async () => {
    const fake = await startGitHub()
    const result = await runCli(
      [
        'dispatch',
        '--repository',
        'octo-org/docs',
        '--repository',
        'partner-org/integration-tests',
        '--event-type',
        'ping',
      ],
      {
        env: {
          CI_RELAY_APP_ID: String(APP_ID),
          CI_RELAY_PRIVATE_KEY: keys.pkcs8,
          CI_RELAY_GITHUB_API_URL: fake.url,
        },
      },
    )
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stdout, /^correlation-id=[0-9a-f-]{36}$/m)
    assert.match(result.stdout, /^repositories=\[\{"repository":"octo-org\/docs","status":204\}/m)
    assert.deepEqual(
      fake.sequence().filter((line) => line.endsWith('/dispatches')),
      [
        'POST /repos/octo-org/docs/dispatches',
        'POST /repos/partner-org/integration-tests/dispatches',
      ],
    )
    assert.deepEqual(fake.requests.findLast((r) => r.path.endsWith('/dispatches'))?.body, {
      event_type: 'ping',
      client_payload: {},
    })
    assert.equal(fake.sequence().filter((line) => line === 'DELETE /installation/token').length, 2)
    for (const token of fake.tokens)
      assert.ok(!`${result.stdout}${result.stderr}`.includes(token.token))
  })

  const eleven = JSON.stringify(
    Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i])),
  )
  for (const [name, inputs, message] of [
    ['event-type missing', { 'event-type': '' }, /Input 'event-type': must be set/],
    [
      'event-type over 100 characters',
      { 'event-type': 'x'.repeat(101) },
      /Input 'event-type': must be 1 to 100 characters/,
    ],
    [
      'client-payload not JSON',
      { 'client-payload': '{version: 1}' },
      /Input 'client-payload': must be a JSON object; it is not valid JSON/,
    ],
    [
      'client-payload an array',
      { 'client-payload': '[1]' },
      /Input 'client-payload': must be a JSON object/,
    ],
    [
      'client-payload with 11 keys',
      { 'client-payload': eleven },
      /Input 'client-payload': may have at most 10 top-level keys/,
    ],
    [
      'client-payload of 64 KB',
      { 'client-payload': JSON.stringify({ big: 'x'.repeat(65_536) }) },
      /Input 'client-payload': must serialize to under 64 KB/,
    ],
    [
      'a repository without owner',
      { repository: 'deploy' },
      /Input 'repository': each repository must be owner\/name/,
    ],
    ['a repository with a path', { repository: 'octo-org/deploy/x' }, /Input 'repository'/],
    [
      'a private key that is not a key',
      { ...appInputs('-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----') },
      /Input 'private-key': could not be read/,
    ],
    [
      'app-id without private-key',
      { 'app-id': '1', 'private-key': '' },
      /Input 'private-key': must be set when app-id is set/,
    ],
    ['a bad app-id', { 'app-id': 'my app', 'private-key': keys.pkcs1 }, /Input 'app-id'/],
    ['a bad github-api-url', { 'github-api-url': 'api.github.com' }, /Input 'github-api-url'/],
    [
      'a bad revoke-token',
      { 'revoke-token': 'yes' },
      /Input 'revoke-token': must be true or false/,
    ],
  ] as const) {
    test(`bad input fails naming it, with zero requests: ${name}`, async () => {
      const fake = await startGitHub()
      const step = await runAction('main', {
        env: envFor(fake),
        inputs: dispatchInputs({ ...appInputs(), ...inputs }),
      })
      assert.equal(step.code, 1)
      assert.match(step.errors.join('\n'), message)
      assert.deepEqual(fake.requests, [])
      assertNoSecretPrinted(step, [keys.pkcs1])

      const { args, env } = cliInvocation(fake, dispatchInputs({ ...appInputs(), ...inputs }))
      const cli = await runCli(args, { env: { ...env, GITHUB_REPOSITORY: 'octo-org/app' } })
      assert.equal(cli.code, 2, 'bad input is a usage error on the CLI')
      // The CLI names the flag and its variable too.
      assert.match(cli.stderr, message)
      assert.match(cli.stderr, /\(flag --[a-z-]+, variable CI_RELAY_[A-Z_]+\)/)
      assert.deepEqual(fake.requests, [])
      assertNoSecretPrinted(cli, [keys.pkcs1])
    })
  }
})
