// The CLI inside a GitHub Actions step masks what it reads and mints, as the action does; a PEM
// passed as its own argument is the flag's value; `ci-relay secret` makes a Standard Webhooks
// secret that the standardwebhooks package accepts as it is.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { Webhook } from 'standardwebhooks'
import { sign } from '../src/webhook/sign.js'
import { keys } from './support/keys.js'
import { githubEnv, parseWorkflowCommands, runCli } from './support/runner.js'
import { APP_ID, assertNoSecretPrinted, startGitHub } from './support/scenario.js'

/** The line index of the first line of `text` that shows `value` outside ::add-mask::. */
function firstShown(lines: string[], value: string): number {
  return lines.findIndex((line) => !line.startsWith('::add-mask::') && line.includes(value))
}

describe('CLI secrets inside GitHub Actions', () => {
  test('token: the minted token and each key line are masked before anything else is printed', async () => {
    const fake = await startGitHub({
      installations: [
        {
          id: 101,
          account: 'octo-org',
          repositories: ['app'],
          permissions: { contents: 'write', pull_requests: 'write', metadata: 'read' },
        },
      ],
    })
    const result = await runCli(
      ['token', '--app-id', String(APP_ID), '--permissions', 'pull-requests:write,contents:read'],
      {
        env: {
          ...githubEnv({ GITHUB_API_URL: fake.url }),
          CI_RELAY_PRIVATE_KEY: keys.pkcs1,
          CI_RELAY_DEBUG: 'true',
        },
      },
    )
    assert.equal(result.code, 0, result.stderr)
    const token = fake.tokens[0]?.token as string
    assert.ok(token)
    assert.match(result.stdout, new RegExp(`^token=${token}$`, 'm'))
    const { masks } = parseWorkflowCommands(result.stderr)
    assert.ok(masks.includes(token), 'the token is masked')
    for (const line of keys.pkcs1
      .split('\n')
      .filter((l) => l.length >= 8 && !l.startsWith('-----')))
      assert.ok(masks.includes(line), 'every key line is masked')
    // stderr: the masks come first; the token never shows there; stdout holds only outputs.
    const lines = result.stderr.split('\n')
    const tokenMask = lines.indexOf(`::add-mask::${token}`)
    assert.ok(
      tokenMask >= 0 &&
        lines.slice(0, tokenMask).every((l) => l.startsWith('::add-mask::') || !l.includes(token)),
    )
    assert.equal(firstShown(lines, token), -1)
    assertNoSecretPrinted({ stdout: '', stderr: result.stderr }, [keys.pkcs1, token])
    assert.deepEqual(fake.requests[1]?.body, {
      repositories: ['app'],
      permissions: { pull_requests: 'write', contents: 'read' },
    })
  })

  test('outside Actions nothing is printed as a workflow command', async () => {
    const fake = await startGitHub()
    const result = await runCli(['token', '--app-id', String(APP_ID), '--owner', 'octo-org'], {
      env: { CI_RELAY_GITHUB_API_URL: fake.url, CI_RELAY_PRIVATE_KEY: keys.pkcs8 },
    })
    assert.equal(result.code, 0, result.stderr)
    assert.doesNotMatch(result.stderr, /::add-mask::/)
  })

  test('a PEM passed as its own argument is the value of --private-key', async () => {
    const fake = await startGitHub()
    const result = await runCli(
      [
        'token',
        '--app-id',
        String(APP_ID),
        '--private-key',
        keys.pkcs1.trim(),
        '--owner',
        'octo-org',
      ],
      { env: { CI_RELAY_GITHUB_API_URL: fake.url } },
    )
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stdout, /^token=ghs_/m)
    // And a value that merely looks like a flag is a value too.
    const dashed = await runCli(
      ['dispatch', '--event-type', '--deploy', '--repository', 'octo-org/deploy'],
      {
        env: { CI_RELAY_GITHUB_API_URL: fake.url, CI_RELAY_TOKEN: 'ghs_x' },
      },
    )
    assert.doesNotMatch(dashed.stderr, /needs a value/)
  })
})

describe('ci-relay secret', () => {
  test('prints a fresh whsec_ secret that Standard Webhooks libraries accept as it is', async () => {
    const [a, b] = await Promise.all([runCli(['secret']), runCli(['secret'])])
    assert.equal(a.code, 0, a.stderr)
    const secret = a.stdout.trim()
    assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/)
    assert.equal(Buffer.from(secret.slice(6), 'base64').length, 32)
    assert.notEqual(secret, b.stdout.trim())
    assert.doesNotMatch(a.stderr, /::add-mask::/)
    const body = '{"type":"ping"}'
    assert.deepEqual(new Webhook(secret).verify(body, sign('standard', secret, body)), {
      type: 'ping',
    })
  })

  test('inside Actions it is masked first', async () => {
    const result = await runCli(['secret'], { env: { GITHUB_ACTIONS: 'true' } })
    const secret = result.stdout.trim()
    assert.equal(result.stderr, `::add-mask::${secret}\n`)
  })
})
