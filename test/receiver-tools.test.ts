// The receiving side, through the built dist/: `ci-relay verify` and `ci-relay listen`, and the
// library's sign/verify as a receiver imports them ('@ci-relay/cli', the package's own exports).
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { Webhook } from 'standardwebhooks'
import { startListen } from './support/listen.js'
import { startOidcIssuer } from './support/oidc-issuer.js'
import { startReceiver, type Received } from './support/receiver.js'
import { REPO_ROOT, githubEnv, runCli } from './support/runner.js'

type Library = typeof import('../src/index.js')
// The package's exports (dist/lib), resolved by name as a receiver's `import '@ci-relay/cli'` is.
const library = async () => (await import('@ci-relay/cli' as string)) as Library

const SECRETS = {
  standard: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  github: "It's a Secret to Everybody",
  jobserv: 'jobserv-secret',
  gitlab: 'gitlab-webhook-token',
} as const

/** The runner's GITHUB_* and RUNNER_* variables, for the CLI run as a workflow step. */
function runnerVariables(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(githubEnv()).filter(([k]) => /^(GITHUB|RUNNER)_/.test(k)),
  )
}

const bearer = (token: string) => ['--header', `authorization: Bearer ${token}`]
const otherKey = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey

/** What a workflow step would send: notify through the CLI, runner variables set. */
async function notifyOnce(signature: keyof typeof SECRETS): Promise<Received> {
  const receiver = await startReceiver()
  const result = await runCli(
    ['notify', '--url', receiver.url, '--signature', signature, '--status', 'success'].concat([
      '--include-jobs',
      'false',
    ]),
    { env: { ...runnerVariables(), CI_RELAY_SECRET: SECRETS[signature] } },
  )
  assert.equal(result.code, 0, result.stderr)
  assert.equal(receiver.received.length, 1)
  return receiver.received[0] as Received
}

function headerFlags(request: Received): string[] {
  return Object.entries(request.headers).flatMap(([name, value]) => [
    '--header',
    `${name}: ${Array.isArray(value) ? value.join(', ') : value}`,
  ])
}

/** The body with one byte changed (a digit of the run id). */
function tampered(body: string): string {
  const at = body.indexOf('9876543210')
  assert.ok(at >= 0)
  return `${body.slice(0, at)}8${body.slice(at + 1)}`
}

describe('ci-relay verify', () => {
  for (const signature of ['standard', 'github', 'jobserv'] as const) {
    test(`accepts what notify sent (${signature}) and refuses it after one byte of the body changes`, async () => {
      const request = await notifyOnce(signature)
      const env = { CI_RELAY_SECRET: SECRETS[signature] }
      const ok = await runCli(['verify', ...headerFlags(request)], { env, stdin: request.body })
      assert.equal(ok.code, 0, ok.stderr)
      assert.match(ok.stderr, new RegExp(`^verified: ${signature} delivery [0-9a-f-]{36}\\n$`))
      assert.equal(ok.stdout, `${request.body}\n`)

      const bad = await runCli(['verify', ...headerFlags(request)], {
        env,
        stdin: tampered(request.body),
      })
      assert.equal(bad.code, 1)
      assert.equal(bad.stderr, 'error: not valid: No matching signature found\n')
      assert.equal(bad.stdout, '')
    })
  }

  test('accepts what notify sent (gitlab: the token), refuses a wrong token; the body is not covered', async () => {
    const request = await notifyOnce('gitlab')
    assert.equal(request.headers['x-gitlab-token'], SECRETS.gitlab)
    const env = { CI_RELAY_SECRET: SECRETS.gitlab }
    const ok = await runCli(['verify', ...headerFlags(request)], { env, stdin: request.body })
    assert.equal(ok.code, 0, ok.stderr)
    assert.match(ok.stderr, /^verified: gitlab delivery [0-9a-f-]{36}\n$/)
    const wrong = await runCli(['verify', ...headerFlags(request)], {
      env: { CI_RELAY_SECRET: 'another-token' },
      stdin: request.body,
    })
    assert.equal(wrong.code, 1)
    assert.equal(wrong.stderr, 'error: not valid: No matching token found\n')
    // GitLab signs nothing: whoever holds the token may send any body (the README says so).
    const changed = await runCli(['verify', ...headerFlags(request)], {
      env,
      stdin: tampered(request.body),
    })
    assert.equal(changed.code, 0, changed.stderr)
  })

  test('--file and --signature; a wrong secret, no secret, or no signature header', async () => {
    const request = await notifyOnce('github')
    const file = join(tmpdir(), `ci-relay-body-${process.pid}.json`)
    writeFileSync(file, request.body)
    const args = ['verify', '--file', file, '--signature', 'github', ...headerFlags(request)]
    const ok = await runCli(args, { env: { CI_RELAY_SECRET: SECRETS.github } })
    assert.equal(ok.code, 0, ok.stderr)
    const wrong = await runCli(args, { env: { CI_RELAY_SECRET: 'not it' } })
    assert.equal(wrong.code, 1)
    const none = await runCli(args)
    assert.equal(none.code, 2)
    assert.match(none.stderr, /CI_RELAY_SECRET/)
    const standardExpected = await runCli(['verify', '--file', file, '--signature', 'standard'], {
      env: { CI_RELAY_SECRET: SECRETS.standard },
    })
    assert.equal(standardExpected.code, 1)
    assert.match(standardExpected.stderr, /Missing required headers/)
    const detected = await runCli(['verify', '--file', file, '--header', 'x-other: 1'], {
      env: { CI_RELAY_SECRET: SECRETS.github },
    })
    assert.equal(detected.code, 1)
    assert.match(
      detected.stderr,
      /no webhook-signature, X-Hub-Signature-256, X-JobServ-Sig or X-Gitlab-Token/,
    )
    const usage = await runCli(['verify', '--header', 'no colon'], {
      env: { CI_RELAY_SECRET: 'x' },
    })
    assert.equal(usage.code, 2)
    assert.match(usage.stderr, /--header must be 'name: value'/)
  })

  test('a standard delivery older than 5 minutes is refused unless --tolerance allows it', async () => {
    const { sign } = await library()
    const body = '{"type":"build.completed"}'
    const old = Math.floor(Date.now() / 1000) - 600
    const headers = sign('standard', SECRETS.standard, body, { id: 'msg_old', timestamp: old })
    const flags = Object.entries(headers).flatMap(([n, v]) => ['--header', `${n}: ${v}`])
    const env = { CI_RELAY_SECRET: SECRETS.standard }
    const refused = await runCli(['verify', ...flags], { env, stdin: body })
    assert.equal(refused.code, 1)
    assert.match(refused.stderr, /Message timestamp too old/)
    const allowed = await runCli(['verify', '--tolerance', '900', ...flags], { env, stdin: body })
    assert.equal(allowed.code, 0, allowed.stderr)
  })
})

describe('ci-relay verify --oidc-issuer', () => {
  test("accepts notify's OIDC token for the right issuer, audience and claims, and nothing else", async () => {
    const issuer = await startOidcIssuer()
    const receiver = await startReceiver()
    const audience = 'https://ci.example/hooks'
    const sent = await runCli(
      ['notify', '--url', receiver.url, '--oidc-audience', audience, '--status', 'success'].concat([
        '--include-jobs',
        'false',
      ]),
      { env: { ...runnerVariables(), ...issuer.runnerEnv } },
    )
    assert.equal(sent.code, 0, sent.stderr)
    const request = receiver.received[0] as Received
    const verifyWith = (flags: string[], headers = headerFlags(request)) =>
      runCli(['verify', '--oidc-issuer', issuer.url, ...flags, ...headers], {
        stdin: request.body,
      })

    const ok = await verifyWith([
      '--oidc-audience',
      audience,
      '--oidc-claim',
      'repository=octo-org/app',
    ])
    assert.equal(ok.code, 0, ok.stderr)
    assert.match(
      ok.stderr,
      /verified: OIDC token of .* \(sub: repo:octo-org\/app:ref:refs\/heads\/main\)/,
    )
    assert.equal(ok.stdout, `${request.body}\n`)

    const refusals: [string[], RegExp, string[]?][] = [
      [['--oidc-audience', 'https://elsewhere.example'], /Token audience mismatch/],
      [['--oidc-claim', 'repository=other-org/app'], /Token claim 'repository' mismatch/],
      [[], /Invalid token signature/, bearer(issuer.mint({ aud: audience }, { key: otherKey() }))],
      [[], /Token expired/, bearer(issuer.mint({ aud: audience, exp: 1_000_000 }))],
      [[], /Missing required headers \(Authorization: Bearer\)/, []],
    ]
    for (const [flags, message, headers] of refusals) {
      const refused = await verifyWith(flags, headers)
      assert.equal(refused.code, 1, refused.stderr)
      assert.match(refused.stderr, message)
    }
    const wrongIssuer = await runCli(
      ['verify', '--oidc-issuer', 'http://127.0.0.1:9', ...headerFlags(request)],
      { stdin: request.body },
    )
    assert.equal(wrongIssuer.code, 1)
    assert.match(wrongIssuer.stderr, /Token issuer mismatch/)
  })
})

describe('ci-relay listen', () => {
  test('verifies, prints and answers each delivery; refuses a bad one; stops on SIGTERM', async () => {
    const { sign } = await library()
    const secret = SECRETS.github
    const listener = await startListen([], { CI_RELAY_SECRET: secret })
    assert.match(listener.stderr(), /signature: from the headers/)

    const body = JSON.stringify({ type: 'build.completed', status: 'success' })
    const headers = sign('github', secret, body, { id: 'delivery-1' })
    const good = await fetch(`${listener.url}/hook`, { method: 'POST', headers, body })
    assert.equal(good.status, 200)
    assert.deepEqual(await good.json(), { ok: true, delivery: 'delivery-1' })

    const bad = await fetch(`${listener.url}/hook`, { method: 'POST', headers, body: `${body} ` })
    assert.equal(bad.status, 401)
    assert.deepEqual(await bad.json(), { ok: false, error: 'No matching signature found' })

    const unsigned = await fetch(`${listener.url}/hook`, { method: 'POST', body })
    assert.equal(unsigned.status, 401)
    assert.equal((await fetch(listener.url)).status, 405)

    assert.match(
      listener.stdout(),
      /^delivery delivery-1 verified \(github\) · POST \/hook · \d+ bytes\n\{\n {2}"type": "build\.completed",/m,
    )
    assert.match(
      listener.stdout(),
      /^rejected POST \/hook · \d+ bytes: No matching signature found$/m,
    )
    assert.ok(!listener.stdout().includes(secret) && !listener.stderr().includes(secret))
    assert.equal(await listener.stop(), 0)
    assert.match(listener.stderr(), /stopped\n$/)
  })

  test('needs a secret unless told --signature none', async () => {
    const result = await runCli(['listen', '--port', '0'])
    assert.equal(result.code, 2)
    assert.match(result.stderr, /CI_RELAY_SECRET.*--signature none/)
  })
})

describe("the library: import { sign, verify } from '@ci-relay/cli'", () => {
  test('signs what standardwebhooks verifies, verifies what it signed, one error type', async () => {
    const { sign, verify, WebhookVerificationError, SIGNATURE_SCHEMES } = await library()
    assert.deepEqual([...SIGNATURE_SCHEMES], ['standard', 'github', 'jobserv', 'gitlab', 'none'])
    const body = '{"type":"build.completed"}'
    const headers = sign('standard', SECRETS.standard, body)
    new Webhook(SECRETS.standard).verify(body, headers)
    verify('standard', SECRETS.standard, body, headers)
    const id = 'msg_x'
    const when = new Date()
    verify('standard', SECRETS.standard, body, {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(when.getTime() / 1000)),
      'webhook-signature': new Webhook(SECRETS.standard).sign(id, when, body),
    })
    assert.throws(
      () => verify('github', SECRETS.github, body, sign('github', 'other', body)),
      (error: unknown) => error instanceof WebhookVerificationError,
    )
  })
})

describe('the README receivers', () => {
  // .ci/run installs python3 where the machine lacks it: this test never skips.
  test('the Python snippets accept what notify sent and refuse a changed byte', async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    const snippet = /```python\n([\s\S]*?)```/.exec(readme)?.[1]
    assert.ok(snippet, 'the README has a Python receiver')
    const deliveries = await Promise.all(
      (['standard', 'github', 'jobserv', 'gitlab'] as const).map(async (signature) => {
        const request = await notifyOnce(signature)
        return {
          signature,
          secret: SECRETS[signature],
          headers: request.headers,
          body: request.body,
        }
      }),
    )
    const check = `${snippet}
import json, sys
for d in json.load(sys.stdin):
    body = d["body"].encode()
    check = globals()["valid_" + d["signature"]]
    print(d["signature"], check(d["secret"], d["headers"], body), check(d["secret"], d["headers"], body[:-1] + b" "))
`
    const run = spawnSync('python3', ['-c', check], { input: JSON.stringify(deliveries) })
    assert.equal(run.status, 0, run.stderr.toString())
    assert.equal(
      run.stdout.toString(),
      // gitlab: the token is checked, the body is not (GitLab signs nothing).
      'standard True False\ngithub True False\njobserv True False\ngitlab True True\n',
    )
  })
})

describe('ci-relay redeliver', () => {
  test('refuses a file that is not an undelivered file', async () => {
    const file = join(tmpdir(), `ci-relay-not-undelivered-${process.pid}.json`)
    writeFileSync(file, '{"version": 2}')
    const result = await runCli(['redeliver', file])
    assert.equal(result.code, 2)
    assert.match(result.stderr, /is not a ci-relay undelivered file/)
    assert.equal((await runCli(['redeliver'])).code, 2)
  })
})
