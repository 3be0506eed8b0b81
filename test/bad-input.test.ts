// The bad-input table: every command, through every front door (action inputs through dist/main,
// CLI flags and CI_RELAY_* variables through dist/cli). Each case fails the step or the command
// with a non-zero exit, names the input (on the CLI: its flag and its variable) and says what was
// expected, and neither the GitHub stand-in nor the webhook receiver sees a single request.
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { describe, test } from 'node:test'
import { envName } from '../src/hosts/cli.js'
import { INPUTS, type CommandName, type InputName } from '../src/inputs.js'
import { keys } from './support/keys.js'
import { startReceiver } from './support/receiver.js'
import { WORKFLOW_TOKEN, githubEnv, runAction, runCli } from './support/runner.js'
import { APP_ID, assertNoSecretPrinted, startGitHub } from './support/scenario.js'

type Door = 'action' | 'flag' | 'env'

/** Inputs that make each command valid; each case breaks one of them. `{url}` is the receiver. */
const VALID: Record<CommandName, Record<string, string>> = {
  token: { 'app-id': String(APP_ID), 'private-key': keys.pkcs1 },
  dispatch: { repository: 'octo-org/deploy', 'event-type': 'deploy' },
  status: { state: 'success', sha: 'a'.repeat(40) },
  notify: { url: '{url}', status: 'success', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' },
  receive: { payload: '{"version":"1.2.3"}' },
  callback: { 'callback-url': '{url}', state: 'success' },
  trigger: {
    project: 'acme/app',
    ref: 'main',
    'gitlab-trigger-token': 'glptt-0123456789abcdef0123',
    'gitlab-api-url': '{url}',
  },
}

interface Case {
  command: CommandName
  /** The input given a bad value; the message must name it. */
  input: InputName
  value: string
  /** What the message says was expected. */
  expected: RegExp
  /** Inputs given together with the bad one (replacing VALID's). */
  with?: Record<string, string>
  doors?: Door[]
}

const PEM = (body: string) =>
  `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`
const truncated = keys.pkcs1.slice(0, Math.floor(keys.pkcs1.length / 2))
const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString()
const eleven = JSON.stringify(
  Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i])),
)
const big = JSON.stringify({ big: 'x'.repeat(65_536) })
const app = (more: Record<string, string> = {}) => ({
  'app-id': String(APP_ID),
  'private-key': keys.pkcs1,
  ...more,
})

const CASES: Case[] = [
  // App credentials (every GitHub-facing command reads them the same way).
  {
    command: 'token',
    input: 'private-key',
    value: PEM('abc'),
    expected: /could not be read as an RSA private key/,
  },
  {
    command: 'dispatch',
    input: 'private-key',
    value: truncated,
    expected: /could not be read as an RSA private key/,
    with: app(),
  },
  {
    command: 'status',
    input: 'private-key',
    value: keys.publicKey,
    expected: /private key/,
    with: app(),
  },
  {
    command: 'notify',
    input: 'private-key',
    value: 'not a key at all',
    expected: /must be a PEM private key/,
    with: app(),
  },
  { command: 'token', input: 'private-key', value: ecKey, expected: /GitHub Apps use RSA/ },
  {
    command: 'token',
    input: 'private-key',
    value: Buffer.from('hello').toString('base64'),
    expected: /must be a PEM private key/,
  },
  {
    command: 'token',
    input: 'app-id',
    value: 'my app',
    expected: /GitHub App ID \(digits\) or client ID/,
  },
  {
    command: 'dispatch',
    input: 'app-id',
    value: '12.5',
    expected: /GitHub App ID \(digits\) or client ID/,
    with: app(),
  },
  {
    command: 'token',
    input: 'app-id',
    value: '-1',
    expected: /GitHub App ID \(digits\) or client ID/,
  },
  {
    command: 'status',
    input: 'private-key',
    value: '',
    expected: /must be set when app-id is set/,
    with: app(),
  },
  { command: 'token', input: 'app-id', value: '', expected: /must be set/ },
  {
    command: 'dispatch',
    input: 'token',
    value: 'ghs_first\nghs_second',
    expected: /must not contain a line break.*HTTP header/,
  },
  {
    command: 'status',
    input: 'token',
    value: 'ghs_abc\rdef',
    expected: /must not contain a line break/,
  },
  {
    command: 'notify',
    input: 'token',
    value: 'ghs_abc\r\nX-Injected: 1',
    expected: /must not contain a line break/,
  },
  {
    command: 'dispatch',
    input: 'github-api-url',
    value: 'ftp://api.github.com',
    expected: /http\(s\) URL/,
  },
  { command: 'token', input: 'github-api-url', value: 'api.github.com', expected: /http\(s\) URL/ },
  {
    command: 'dispatch',
    input: 'revoke-token',
    value: 'yes please',
    expected: /must be true or false/,
  },
  { command: 'status', input: 'revoke-token', value: '1', expected: /must be true or false/ },
  // token
  { command: 'token', input: 'owner', value: 'a b', expected: /GitHub user or organization login/ },
  {
    command: 'token',
    input: 'owner',
    value: '-octo',
    expected: /GitHub user or organization login/,
  },
  {
    command: 'token',
    input: 'owner',
    value: 'octo--org',
    expected: /GitHub user or organization login/,
  },
  { command: 'token', input: 'owner', value: 'o'.repeat(40), expected: /at most 39 characters/ },
  {
    command: 'token',
    input: 'owner',
    value: '../x',
    expected: /GitHub user or organization login/,
  },
  {
    command: 'token',
    input: 'repositories',
    value: 'other-org/app',
    expected: /repository name of octo-org/,
  },
  {
    command: 'token',
    input: 'repositories',
    value: 'octo-org/app/extra',
    expected: /repository name of octo-org/,
  },
  { command: 'token', input: 'repositories', value: '..', expected: /repository name of octo-org/ },
  {
    command: 'token',
    input: 'repositories',
    value: 'n'.repeat(101),
    expected: /repository name of octo-org/,
  },
  {
    command: 'token',
    input: 'permissions',
    value: 'contents:admin',
    expected: /level of contents must be read or write \(got 'admin'\)/,
  },
  {
    command: 'token',
    input: 'permissions',
    value: 'nonsense:write',
    expected: /'nonsense' is not a GitHub App permission/,
  },
  {
    command: 'token',
    input: 'permissions',
    value: 'pull_request:write',
    expected: /not a GitHub App permission \(did you mean pull_requests/,
  },
  { command: 'token', input: 'permissions', value: 'contents', expected: /must be name:level/ },
  {
    command: 'token',
    input: 'permissions',
    value: 'contents:write:now',
    expected: /must be name:level/,
  },
  {
    command: 'token',
    input: 'permissions',
    value: 'workflows:read',
    expected: /level of workflows must be write/,
  },
  { command: 'token', input: 'installation-id', value: '0', expected: /whole number, 1 or more/ },
  { command: 'token', input: 'installation-id', value: 'abc', expected: /whole number/ },
  {
    command: 'token',
    input: 'installation-id',
    value: '99999999999999999999',
    expected: /whole number/,
  },
  // dispatch
  { command: 'dispatch', input: 'repository', value: 'a/b/c', expected: /owner\/name/ },
  { command: 'dispatch', input: 'repository', value: '/x', expected: /owner\/name/ },
  { command: 'dispatch', input: 'repository', value: 'x/', expected: /owner\/name/ },
  { command: 'dispatch', input: 'repository', value: 'a b/c', expected: /owner\/name/ },
  { command: 'dispatch', input: 'repository', value: '../x', expected: /owner\/name/ },
  { command: 'dispatch', input: 'repository', value: 'octo-org/..', expected: /owner\/name/ },
  {
    command: 'dispatch',
    input: 'repository',
    value: `${'o'.repeat(40)}/x`,
    expected: /owner\/name/,
  },
  {
    command: 'dispatch',
    input: 'repository',
    value: `octo-org/${'n'.repeat(101)}`,
    expected: /owner\/name/,
  },
  {
    command: 'dispatch',
    input: 'repository',
    value: 'octo-org/app, deploy',
    expected: /owner\/name/,
  },
  { command: 'dispatch', input: 'event-type', value: '', expected: /must be set/ },
  {
    command: 'dispatch',
    input: 'event-type',
    value: 'x'.repeat(101),
    expected: /1 to 100 characters \(got 101\)/,
  },
  { command: 'dispatch', input: 'event-type', value: 'deploy\nnow', expected: /must be one line/ },
  {
    command: 'dispatch',
    input: 'event-type',
    value: 'deploy\tnow',
    expected: /without control characters/,
  },
  {
    command: 'dispatch',
    input: 'client-payload',
    value: '[1]',
    expected: /must be a JSON object.*an array/,
  },
  {
    command: 'dispatch',
    input: 'client-payload',
    value: '"text"',
    expected: /must be a JSON object.*string/,
  },
  {
    command: 'dispatch',
    input: 'client-payload',
    value: 'null',
    expected: /must be a JSON object/,
  },
  {
    command: 'dispatch',
    input: 'client-payload',
    value: '{version: 1}',
    expected: /not valid JSON/,
  },
  {
    command: 'dispatch',
    input: 'client-payload',
    value: eleven,
    expected: /at most 10 top-level keys/,
  },
  { command: 'dispatch', input: 'client-payload', value: big, expected: /under 64 KB/ },
  { command: 'dispatch', input: 'wait', value: 'yes please', expected: /must be true or false/ },
  { command: 'dispatch', input: 'wait-timeout', value: '0', expected: /whole number, 1 or more/ },
  { command: 'dispatch', input: 'wait-timeout', value: '-5', expected: /whole number/ },
  { command: 'dispatch', input: 'wait-timeout', value: '1.5', expected: /whole number/ },
  // status
  {
    command: 'status',
    input: 'state',
    value: 'green',
    expected: /pending, success, failure, error/,
  },
  { command: 'status', input: 'sha', value: 'abc123', expected: /40/ },
  { command: 'status', input: 'sha', value: 'g'.repeat(40), expected: /40/ },
  { command: 'status', input: 'sha', value: 'a'.repeat(41), expected: /40/ },
  { command: 'status', input: 'target-url', value: 'javascript:alert(1)', expected: /http/ },
  { command: 'status', input: 'target-url', value: 'ftp://example.com/log', expected: /http/ },
  { command: 'status', input: 'context', value: 'c'.repeat(256), expected: /255/ },
  {
    command: 'status',
    input: 'repository',
    value: 'octo-org/app,octo-org/deploy',
    expected: /one repository/,
  },
  { command: 'status', input: 'repository', value: 'a b/c', expected: /owner\/name/ },
  // notify
  {
    command: 'notify',
    input: 'url',
    value: 'ftp://127.0.0.1/hook',
    expected: /http or https, not ftp/,
  },
  {
    command: 'notify',
    input: 'url',
    value: 'file:///etc/passwd',
    expected: /http or https, not file/,
  },
  {
    command: 'notify',
    input: 'url',
    value: 'http://user:pass@127.0.0.1:9/hook',
    expected: /must not carry credentials.*authorization/,
  },
  {
    command: 'notify',
    input: 'url',
    value: `http://127.0.0.1:9/hook?${'x'.repeat(2048)}`,
    expected: /at most 2048 characters/,
  },
  { command: 'notify', input: 'url', value: 'not a url', expected: /absolute http or https URL/ },
  { command: 'notify', input: 'url', value: '', expected: /at least one http or https URL/ },
  {
    command: 'notify',
    input: 'authorization',
    value: 'Bearer abc\nX-Injected: 1',
    expected: /must not contain a line break/,
  },
  {
    command: 'notify',
    input: 'authorization',
    value: `Bearer ${'t'.repeat(1020)}`,
    expected: /at most 1024 characters/,
  },
  {
    command: 'notify',
    input: 'secret',
    value: 'whsec_MfKQ9r8G\rKYqrTwjUPD8ILPZIo2LaLaSw',
    expected: /must not contain a line break/,
  },
  {
    command: 'notify',
    input: 'secret',
    value: 'not base64 at all',
    expected: /base64, optionally prefixed whsec_.*ci-relay\/cli secret/,
  },
  { command: 'notify', input: 'secret', value: 'whsec_abc', expected: /not valid base64/ },
  {
    command: 'notify',
    input: 'signature',
    value: 'md5',
    expected: /must be one of standard, github/,
  },
  { command: 'notify', input: 'format', value: 'xml', expected: /must be one of ci-relay/ },
  { command: 'notify', input: 'payload', value: '[1]', expected: /must be a JSON object/ },
  { command: 'notify', input: 'payload', value: '{"a":', expected: /not valid JSON/ },
  {
    command: 'notify',
    input: 'status',
    value: 'green',
    expected: /auto, success, failure or cancelled/,
  },
  { command: 'notify', input: 'max-attempts', value: '0', expected: /1 to 100/ },
  { command: 'notify', input: 'max-attempts', value: '101', expected: /1 to 100/ },
  { command: 'notify', input: 'timeout', value: '601', expected: /1 to 600/ },
  { command: 'notify', input: 'timeout', value: 'ten', expected: /whole number/ },
  {
    command: 'notify',
    input: 'include-jobs',
    value: 'yes please',
    expected: /must be true or false/,
  },
  { command: 'notify', input: 'test', value: 'maybe', expected: /must be true or false/ },
  // receive
  { command: 'receive', input: 'payload', value: '[1]', expected: /must be a JSON object/ },
  { command: 'receive', input: 'payload', value: '{oops', expected: /not valid JSON/ },
  { command: 'receive', input: 'max-age', value: '0', expected: /whole number, 1 or more/ },
  {
    command: 'receive',
    input: 'require-signature',
    value: 'yes please',
    expected: /must be true or false/,
  },
  { command: 'receive', input: 'require-signature', value: 'true', expected: /secret is not set/ },
  {
    command: 'receive',
    input: 'secret',
    value: 'old-secret\rnew-secret',
    expected: /must not contain a line break/,
  },
  {
    command: 'receive',
    input: 'prefix',
    value: '1X',
    expected: /letters, digits and _/,
    doors: ['flag', 'env'],
  },
  // callback
  {
    command: 'callback',
    input: 'callback-url',
    value: 'ftp://127.0.0.1/cb',
    expected: /http or https, not ftp/,
  },
  {
    command: 'callback',
    input: 'callback-url',
    value: 'https://u:p@127.0.0.1:9/cb',
    expected: /must not carry credentials/,
  },
  { command: 'callback', input: 'state', value: 'pending', expected: /success, failure or error/ },
  { command: 'callback', input: 'state', value: '', expected: /must be set/ },
  { command: 'callback', input: 'target-url', value: 'ftp://x.example/log', expected: /http/ },
  // trigger
  { command: 'trigger', input: 'project', value: 'app', expected: /path like group\/project/ },
  { command: 'trigger', input: 'ref', value: '', expected: /must be set/ },
  { command: 'trigger', input: 'gitlab-trigger-token', value: '', expected: /trigger token/ },
  { command: 'trigger', input: 'client-payload', value: '[1]', expected: /JSON object/ },
  { command: 'trigger', input: 'gitlab-api-url', value: 'ftp://x.example', expected: /http/ },
  {
    command: 'trigger',
    input: 'gitlab-token',
    value: '',
    expected: /must be set when wait is true/,
    with: { wait: 'true' },
  },
]

/** Spawns one case through one door; returns what the stand-ins saw. */
async function runCase(c: Case, door: Door) {
  const fake = await startGitHub()
  const receiver = await startReceiver()
  const fill = (inputs: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [k, v.replace('{url}', receiver.url)]),
    )
  const inputs = fill({ ...VALID[c.command], ...c.with, [c.input]: c.value })
  const secrets = Object.entries(inputs)
    .filter(([name, value]) => (INPUTS[name as InputName] as { secret?: boolean }).secret && value)
    .map(([, value]) => value)
  let code: number
  let message: string
  let printed: { stdout: string; stderr: string }
  if (door === 'action') {
    const step = await runAction('main', {
      env: githubEnv({ GITHUB_API_URL: fake.url }),
      inputs: { command: c.command, ...inputs },
    })
    code = step.code
    message = step.errors.join('\n')
    printed = step
  } else {
    // Everything valid as flags, secrets through the environment, as the docs say; the bad
    // input as a flag or as its CI_RELAY_* variable.
    const args: string[] = [c.command]
    const env: Record<string, string> = {
      ...githubEnv({ GITHUB_API_URL: fake.url }),
      GITHUB_TOKEN: WORKFLOW_TOKEN,
    }
    for (const [name, value] of Object.entries(inputs)) {
      const spec = INPUTS[name as InputName] as { secret?: boolean }
      if (name === c.input ? door === 'env' : spec.secret) env[envName(name)] = value
      // A boolean flag takes its value after `=` (a bare `--wait` is true).
      else if (INPUTS[name as InputName].type === 'boolean') args.push(`--${name}=${value}`)
      else args.push(`--${name}`, value)
    }
    const cli = await runCli(args, { env })
    code = cli.code
    message = cli.stderr
    printed = cli
  }
  return { code, message, printed, secrets, fake, receiver }
}

describe('bad input: named, explained, nothing sent', { concurrency: 6 }, () => {
  let count = 0
  for (const c of CASES) {
    for (const door of c.doors ?? (['action', 'flag', 'env'] as Door[])) {
      count++
      const shown = JSON.stringify(c.value.length > 40 ? `${c.value.slice(0, 40)}…` : c.value)
      test(`${c.command} ${c.input}=${shown} (${door})`, async () => {
        const { code, message, printed, secrets, fake, receiver } = await runCase(c, door)
        assert.notEqual(code, 0, `exit code 0\n${printed.stdout}\n${printed.stderr}`)
        assert.match(message, new RegExp(`Input '${c.input}'`), message)
        assert.match(message, c.expected)
        if (door !== 'action') {
          assert.ok(
            message.includes(`flag --${c.input}, variable ${envName(c.input)}`),
            `the CLI message names the flag and the variable: ${message}`,
          )
        }
        assert.deepEqual(fake.requests, [], 'GitHub saw a request')
        assert.deepEqual(receiver.received, [], 'the receiver saw a request')
        assertNoSecretPrinted(printed, secrets)
      })
    }
  }
  test('the table has at least 100 cases', () => assert.ok(count >= 100, `${count} cases`))
})

// The CLI's own command line: unknown commands, misspelt flags, missing values. Usage errors exit
// 2 and name what was wrong.
describe('bad command lines', { concurrency: 4 }, () => {
  const LINES: [string[], RegExp][] = [
    [['dispach'], /unknown command 'dispach'/],
    [['tokne', '--owner', 'octo-org'], /unknown command 'tokne'/],
    [['dispatch', '--event-typ', 'deploy'], /--event-typ/],
    [['notify', '--urls', 'http://127.0.0.1:9/hook'], /--urls/],
    [['status', '--stat', 'success'], /--stat\b/],
    [['dispatch', '--event-type'], /--event-type needs a value/],
    [['receive', 'extra'], /unexpected argument 'extra'/],
    [['verify', '--signature', 'md5'], /--signature must be one of/],
    [['verify', '--oidc-audience', 'x'], /--oidc-audience and --oidc-claim need --oidc-issuer/],
    [
      ['verify', '--tolerance', 'soon', '--secret', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
      /--tolerance must be a number/,
    ],
    [['verify', '--secret', 'plain text secret', '--signature', 'standard'], /not valid base64/],
    [['listen', '--port', '70000', '--signature', 'none'], /--port must be 0 to 65535/],
    [
      [
        'listen',
        '--oidc-claim',
        'repo',
        '--oidc-issuer',
        'https://token.actions.githubusercontent.com',
      ],
      /--oidc-claim must be name=value/,
    ],
    [['secret', '--length', '5'], /unknown flag --length/],
    [['redeliver'], /./],
  ]
  for (const [args, expected] of LINES) {
    test(args.join(' '), async () => {
      const result = await runCli(args, { env: { CI_RELAY_SECRET: '' } })
      assert.notEqual(result.code, 0)
      assert.match(result.stderr, expected)
    })
  }
})
