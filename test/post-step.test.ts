// The post step does work only when main left some: the final status of `state: auto`, or a token
// kept for later steps (token) or that main could not revoke. Otherwise it exits without a request.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { addStatusRoutes } from './support/github-statuses.js'
import { runAction } from './support/runner.js'
import { appInputs, envFor, startGitHub } from './support/scenario.js'

/** A dispatch with App credentials to one repository. */
const dispatch = (extra: Record<string, string> = {}) => ({
  command: 'dispatch',
  ...appInputs(),
  'event-type': 'deploy',
  repository: 'octo-org/deploy',
  ...extra,
})

describe('post step', () => {
  for (const [label, inputs, named] of [
    ['status auto, app-id not an App id', { state: 'auto', 'app-id': 'my-app' }, /'app-id'/],
    [
      'status, github-api-url not http(s)',
      { state: 'success', 'github-api-url': 'ftp://x' },
      /'github-api-url'/,
    ],
  ] as const) {
    test(`a bad input fails main once; post neither repeats the error nor sends anything (${label})`, async () => {
      const fake = await startGitHub()
      addStatusRoutes(fake)
      const options = {
        env: envFor(fake),
        inputs: { command: 'status', ...appInputs(), ...inputs },
      }
      const main = await runAction('main', options)
      assert.equal(main.code, 1)
      assert.match(main.errors.join('\n'), named)
      const post = await runAction('post', { ...options, state: main.state })
      assert.equal(post.code, 0, post.stdout + post.stderr)
      assert.deepEqual(post.errors, [])
      assert.equal(post.stdout + post.stderr, '')
      assert.deepEqual(fake.sequence(), [])
    })
  }

  test('a token main could not revoke is revoked by the post step', async () => {
    const fake = await startGitHub()
    fake.fault('DELETE', '/installation/token', {
      status: 404,
      body: { message: 'Not Found' },
    })
    const options = { env: envFor(fake), inputs: dispatch() }
    const main = await runAction('main', options)
    assert.equal(main.code, 0, main.stdout + main.stderr)
    assert.match(main.warnings.join('\n'), /Could not revoke the installation token/)
    assert.equal(fake.tokens[0]?.revoked, false)
    const before = fake.sequence().length
    const post = await runAction('post', { ...options, state: main.state })
    assert.equal(post.code, 0, post.stdout + post.stderr)
    assert.deepEqual(fake.sequence().slice(before), ['DELETE /installation/token'])
    assert.equal(fake.tokens[0]?.revoked, true)
  })

  test('a token saved by a main step that died before revoking it is revoked by the post step', async () => {
    const fake = await startGitHub()
    // The state a dispatch leaves when it is killed right after minting: its token, no more.
    const minted = await runAction('main', {
      env: envFor(fake),
      inputs: { command: 'token', ...appInputs() },
    })
    assert.equal(minted.code, 0, minted.stdout + minted.stderr)
    const state = { ...minted.state }
    delete state.post
    const before = fake.sequence().length
    const post = await runAction('post', {
      env: envFor(fake),
      inputs: { command: 'dispatch', ...appInputs(), 'event-type': 'deploy' },
      state: { ...state, command: 'dispatch' },
    })
    assert.equal(post.code, 0, post.stdout + post.stderr)
    assert.deepEqual(fake.sequence().slice(before), ['DELETE /installation/token'])
    assert.equal(fake.tokens[0]?.revoked, true)
  })

  test('revoke-token false: main keeps its token and post sends nothing', async () => {
    const fake = await startGitHub()
    const options = { env: envFor(fake), inputs: dispatch({ 'revoke-token': 'false' }) }
    const main = await runAction('main', options)
    assert.equal(main.code, 0, main.stdout + main.stderr)
    const post = await runAction('post', { ...options, state: main.state })
    assert.equal(post.code, 0, post.stdout + post.stderr)
    assert.ok(!fake.sequence().includes('DELETE /installation/token'))
    assert.equal(fake.tokens[0]?.revoked, false)
  })
})
