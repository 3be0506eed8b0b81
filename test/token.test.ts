import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { keys, otherPublicKey } from './support/keys.js'
import { runAction, runCli, runMainAndPost } from './support/runner.js'
import {
  APP_ID,
  appInputs,
  assertNoSecretPrinted,
  assertSchemaValid,
  envFor,
  startGitHub,
} from './support/scenario.js'

describe('token', () => {
  for (const format of ['pkcs1', 'pkcs8', 'escaped', 'base64'] as const) {
    test(`mints a token for the current repository with a ${format} key, masks it, revokes it in post`, async () => {
      const fake = await startGitHub()
      const { main, post } = await runMainAndPost({
        env: envFor(fake),
        inputs: { command: 'token', ...appInputs(keys[format]) },
      })
      assert.equal(main.code, 0, main.stderr + main.stdout)
      const token = fake.tokens[0]
      assert.ok(token)
      assert.equal(main.outputs.token, token.token)
      assert.equal(main.outputs['installation-id'], '101')
      assert.equal(main.outputs['app-slug'], 'ci-relay-test')
      assert.equal(main.outputs['expires-at'], token.expiresAt)
      assert.deepEqual(token.repositories, ['app'])
      assert.ok(main.masks.includes(token.token), 'the token is masked')
      assertNoSecretPrinted(main, [token.token, keys.pkcs1, keys.pkcs8])
      assert.deepEqual(fake.sequence(), [
        'GET /repos/octo-org/app/installation',
        'POST /app/installations/101/access_tokens',
        'DELETE /installation/token',
      ])
      assert.deepEqual(fake.requests[1]?.body, { repositories: ['app'] })
      assert.equal(post.code, 0, post.stderr + post.stdout)
      assert.equal(token.revoked, true)
      assertNoSecretPrinted(post, [token.token])
      assertSchemaValid(fake)
    })
  }

  test('installation-id skips the lookup; repositories and permissions scope the token', async () => {
    const fake = await startGitHub()
    const step = await runAction('main', {
      env: envFor(fake),
      inputs: {
        command: 'token',
        ...appInputs(keys.pkcs8),
        'installation-id': '101',
        repositories: 'deploy\nocto-org/docs',
        permissions: 'contents:read, statuses:write',
      },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.deepEqual(fake.sequence(), ['POST /app/installations/101/access_tokens'])
    assert.deepEqual(fake.requests[0]?.body, {
      repositories: ['deploy', 'docs'],
      permissions: { contents: 'read', statuses: 'write' },
    })
    assert.equal(step.outputs['app-slug'], '')
    assertSchemaValid(fake)
  })

  test('owner without repositories looks the installation up by account and covers all of it', async () => {
    const fake = await startGitHub()
    const step = await runAction('main', {
      env: envFor(fake),
      inputs: { command: 'token', ...appInputs(), owner: 'partner-org' },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.deepEqual(fake.sequence(), [
      'GET /users/partner-org/installation',
      'POST /app/installations/202/access_tokens',
    ])
    assert.equal(fake.tokens[0]?.repositories, 'all')
  })

  test('revoke-token: false leaves the token alive; an expired token is skipped', async () => {
    const fake = await startGitHub()
    const kept = await runMainAndPost({
      env: envFor(fake),
      inputs: { command: 'token', ...appInputs(), 'revoke-token': 'false' },
    })
    assert.equal(kept.post.code, 0)
    assert.equal(fake.tokens[0]?.revoked, false)
    assert.ok(!fake.sequence().includes('DELETE /installation/token'))

    const main = await runAction('main', {
      env: envFor(fake),
      inputs: { command: 'token', ...appInputs() },
    })
    const state = JSON.parse(main.state.tokens as string) as { token: string; expiresAt: string }[]
    const expired = state.map((t) => ({ ...t, expiresAt: '2020-01-01T00:00:00Z' }))
    const post = await runAction('post', {
      env: envFor(fake),
      state: { ...main.state, tokens: JSON.stringify(expired) },
    })
    assert.equal(post.code, 0)
    assert.match(post.stdout, /expired/)
    assert.equal(fake.requests.filter((r) => r.method === 'DELETE').length, 0)
  })

  test('a failed revocation is a warning, not a failure', async () => {
    const fake = await startGitHub()
    fake.fault('DELETE', '/installation/token', {
      status: 401,
      body: { message: 'Bad credentials' },
    })
    const { main, post } = await runMainAndPost({
      env: envFor(fake),
      inputs: { command: 'token', ...appInputs() },
    })
    assert.equal(main.code, 0)
    assert.equal(post.code, 0, post.stdout)
    assert.equal(post.warnings.length, 1)
    assert.match(
      post.warnings[0] as string,
      /Could not revoke the installation token: 401 Bad credentials/,
    )
  })

  test('a key that is not the App key: 401 explained, no token', async () => {
    const fake = await startGitHub({ publicKey: otherPublicKey() })
    const step = await runAction('main', {
      env: envFor(fake),
      inputs: { command: 'token', ...appInputs() },
    })
    assert.equal(step.code, 1)
    assert.match(step.errors.join('\n'), /401/)
    assert.match(step.errors.join('\n'), /app-id and private-key/)
    assert.equal(fake.tokens.length, 0)
  })

  test('the CLI takes the same inputs from flags and CI_RELAY_* and prints outputs', async () => {
    const fake = await startGitHub()
    const result = await runCli(
      ['token', '--owner', 'octo-org', '--repositories', 'docs', '--json'],
      {
        env: {
          CI_RELAY_APP_ID: String(APP_ID),
          CI_RELAY_PRIVATE_KEY: keys.escaped,
          CI_RELAY_GITHUB_API_URL: fake.url,
        },
      },
    )
    assert.equal(result.code, 0, result.stderr)
    const outputs = JSON.parse(result.stdout) as Record<string, string>
    assert.equal(outputs.token, fake.tokens[0]?.token)
    assert.equal(outputs['installation-id'], '101')
    assert.deepEqual(fake.sequence(), [
      'GET /repos/octo-org/docs/installation',
      'POST /app/installations/101/access_tokens',
    ])
    assert.ok(!result.stderr.includes(outputs.token as string))
  })

  for (const [name, inputs, message] of [
    ['no app-id', { 'private-key': keys.pkcs1 }, /Input 'app-id'/],
    ['no private-key', { 'app-id': String(APP_ID) }, /Input 'private-key'/],
    [
      'a key that is not PEM',
      { 'app-id': String(APP_ID), 'private-key': 'not a key' },
      /Input 'private-key'.*PEM/,
    ],
    [
      'a truncated key',
      { 'app-id': String(APP_ID), 'private-key': keys.pkcs1.slice(0, 200) },
      /Input 'private-key'/,
    ],
    ['a bad permission', { ...appInputs(), permissions: 'contents:all' }, /Input 'permissions'/],
    [
      'a repository of another owner',
      { ...appInputs(), repositories: 'other/x' },
      /Input 'repositories'/,
    ],
    [
      'a bad installation-id',
      { ...appInputs(), 'installation-id': 'abc' },
      /Input 'installation-id'/,
    ],
  ] as const) {
    test(`bad input fails with nothing sent: ${name}`, async () => {
      const fake = await startGitHub()
      const step = await runAction('main', {
        env: envFor(fake),
        inputs: { command: 'token', ...inputs },
      })
      assert.equal(step.code, 1)
      assert.match(step.errors.join('\n'), message)
      assert.deepEqual(fake.requests, [])
      assertNoSecretPrinted(step, [keys.pkcs1])
    })
  }
})
