// Bad notify input fails the step naming the input, before anything is sent: neither the
// receiver nor GitHub sees a request.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { startReceiver } from './support/receiver.js'
import { githubEnv, runAction, runCli } from './support/runner.js'
import { assertNoSecretPrinted, envFor, startGitHub } from './support/scenario.js'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'

describe('notify: bad input sends nothing', () => {
  const cases: [string, (url: string) => Record<string, string>, RegExp][] = [
    ['no url', () => ({ url: '' }), /Input 'url': must be set/],
    ['an ftp URL', () => ({ url: 'ftp://127.0.0.1/hook' }), /Input 'url'.*http or https, not ftp/],
    [
      'a URL over 2048 characters',
      (url) => ({ url: `${url}?${'x'.repeat(2048)}` }),
      /Input 'url'.*at most 2048 characters/,
    ],
    [
      'one bad URL among good ones',
      (url) => ({ url: `${url}\nnot a url` }),
      /Input 'url'.*absolute http or https URL/,
    ],
    [
      'authorization over 1024 characters',
      () => ({ authorization: `Bearer ${'t'.repeat(1020)}` }),
      /Input 'authorization': must be at most 1024 characters/,
    ],
    ['an unknown signature', () => ({ signature: 'md5' }), /Input 'signature': must be one of/],
    ['an unknown format', () => ({ format: 'xml' }), /Input 'format': must be one of/],
    [
      'a payload that is not a JSON object',
      () => ({ payload: '["a"]' }),
      /Input 'payload': must be a JSON object.*an array/,
    ],
    ['a payload that is not JSON', () => ({ payload: '{oops' }), /Input 'payload'.*not valid JSON/],
    [
      'a signature scheme without a secret',
      () => ({ secret: '', signature: 'github' }),
      /Input 'secret': must be set to sign with signature 'github'/,
    ],
    [
      'a Standard Webhooks secret without whsec_ that is not base64',
      () => ({ secret: 'a-webhook-secret-value' }),
      /Input 'secret': .*base64, optionally prefixed whsec_/,
    ],
    [
      'two secrets (notify signs with one)',
      () => ({ secret: `${SECRET}\n${SECRET}x` }),
      /Input 'secret': must be one secret for notify/,
    ],
    [
      'a whsec_ secret that is not base64',
      () => ({ secret: 'whsec_not base64!' }),
      /Input 'secret': .*not valid base64.*npx @ci-relay\/cli secret/,
    ],
    ['an unknown status', () => ({ status: 'green' }), /Input 'status': must be auto, success/],
    [
      'status auto with include-jobs false',
      () => ({ status: 'auto', 'include-jobs': 'false' }),
      /Input 'status'.*when include-jobs is false/,
    ],
    ['max-attempts 0', () => ({ 'max-attempts': '0' }), /Input 'max-attempts'.*1 to 100/],
    ['a timeout that is not a number', () => ({ timeout: '5s' }), /Input 'timeout'/],
    [
      'an event over 100 characters',
      () => ({ signature: 'github', event: 'e'.repeat(101) }),
      /Input 'event': must be at most 100 characters/,
    ],
    [
      'an event that is not one line of ASCII',
      () => ({ signature: 'gitlab', event: 'Push Hook\nX-Injected: 1' }),
      /Input 'event': must be one line of printable ASCII/,
    ],
    [
      'a gitlab secret that cannot be a header value',
      () => ({ signature: 'gitlab', secret: 'tökén' }),
      /Input 'secret': A gitlab secret is sent as the X-Gitlab-Token header/,
    ],
    [
      'both authorization and oidc-audience',
      () => ({ authorization: 'Bearer x', 'oidc-audience': 'aud' }),
      /Input 'oidc-audience'.*set only one/,
    ],
  ]
  for (const [name, inputs, message] of cases) {
    test(name, async () => {
      const fake = await startGitHub()
      const receiver = await startReceiver()
      const step = await runAction('main', {
        env: envFor(fake),
        inputs: { command: 'notify', url: receiver.url, secret: SECRET, ...inputs(receiver.url) },
      })
      assert.equal(step.code, 1, step.stdout)
      assert.match(step.errors.join('\n'), message)
      assert.equal(receiver.received.length, 0)
      assert.deepEqual(fake.requests, [])
      assertNoSecretPrinted(step, [SECRET])
    })
  }

  test('outside a CI run (no GITHUB_RUN_ID): fails naming the missing sha input, nothing sent', async () => {
    const receiver = await startReceiver()
    const result = await runCli(['notify', '--url', receiver.url, '--status', 'success'], {
      env: { CI_RELAY_SECRET: SECRET, GITHUB_REPOSITORY: 'octo-org/app' },
    })
    assert.equal(result.code, 2, result.stderr)
    // The repository comes from GITHUB_REPOSITORY (its fallback); the commit must be given.
    assert.match(result.stderr, /this one is missing: sha \(--sha or CI_RELAY_SHA/)
    assert.doesNotMatch(result.stderr, /--repository or/)
    assert.equal(receiver.received.length, 0)
  })

  test('a secret with signature none warns that deliveries are unsigned', async () => {
    const receiver = await startReceiver()
    const step = await runAction('main', {
      env: githubEnv(),
      inputs: {
        command: 'notify',
        url: receiver.url,
        secret: SECRET,
        signature: 'none',
        status: 'success',
        'include-jobs': 'false',
      },
    })
    assert.equal(step.code, 0, step.stdout)
    assert.match(step.warnings.join('\n'), /secret is not used/)
    assert.equal(receiver.received[0]?.headers['webhook-signature'], undefined)
  })

  test('an event with a signature that carries none warns that it is not sent', async () => {
    const receiver = await startReceiver()
    const step = await runAction('main', {
      env: githubEnv(),
      inputs: {
        command: 'notify',
        url: receiver.url,
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        event: 'push',
        status: 'success',
        'include-jobs': 'false',
      },
    })
    assert.equal(step.code, 0, step.stdout)
    assert.match(
      step.warnings.join('\n'),
      /The event is not sent: only signature github .* signature is 'standard'/,
    )
    assert.equal(receiver.received.length, 1)
    assert.equal(receiver.received[0]?.headers['x-github-event'], undefined)
  })
})
