// receive, end to end through the built dist/: a dispatch signed by one step is verified by another
// from the event GitHub would build, and every failure sets no payload output.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { signRelay } from '../src/relay-signature.js'
import {
  eventFileFromDispatch,
  repositoryDispatchEvent,
  runDispatch,
  writeEventFile,
} from './support/dispatch-event.js'
import { runAction, runCli, type StepResult } from './support/runner.js'
import { assertNoSecretPrinted, startGitHub } from './support/scenario.js'

const SECRET = 'relay-signing-secret-0123456789'

/** Every kind of value a payload key can hold, and one key that is no output name. */
const PAYLOAD = {
  version: '1.2.3',
  build: 42,
  ok: true,
  meta: { env: 'staging', regions: ['eu', 'us'], café: 'crème', path: 'a/b' },
  notes: 'line one\nline two\n',
  quoted: `He said "hi" && echo $(whoami) 'x' \`id\` \${{ secrets.X }} %0A ::warning::no`,
  'bad key': 'kept in the payload output',
  callback_url: 'https://hub.example/callback/123',
}

const now = () => Math.floor(Date.now() / 1000)

function receive(
  event: { file: string; name?: string },
  inputs: Record<string, string> = {},
): Promise<StepResult> {
  return runAction('main', {
    eventName: event.name ?? 'repository_dispatch',
    env: { GITHUB_EVENT_PATH: event.file },
    inputs: { command: 'receive', ...inputs },
  })
}

/** A repository_dispatch event file whose client_payload is signed as ci-relay signs it. */
function signedEvent(
  data: Record<string, unknown>,
  options: { ts?: number; secret?: string; eventType?: string } = {},
): string {
  const eventType = options.eventType ?? 'deploy'
  const _relay = signRelay(options.secret ?? SECRET, eventType, data, {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    ts: options.ts ?? now(),
  })
  return writeEventFile(
    repositoryDispatchEvent({ event_type: eventType, client_payload: { ...data, _relay } }),
  )
}

function assertRejected(step: StepResult, message: RegExp): void {
  assert.equal(step.code, 1, step.stdout)
  assert.match(step.errors.join('\n'), message)
  assert.deepEqual(step.outputs, {}, 'no output at all is set')
}

describe('receive', () => {
  test('round trip: a dispatch signed by one step is verified by receive in another', async () => {
    const fake = await startGitHub()
    const sent = await runDispatch(fake, { 'signing-secret': SECRET }, PAYLOAD)
    assert.equal(sent.code, 0, sent.stdout + sent.stderr)
    assert.ok(sent.masks.includes(SECRET), 'the signing secret is masked')
    assertNoSecretPrinted(sent, [SECRET])

    const file = eventFileFromDispatch(fake)
    const raw = readFileSync(file, 'utf8')
    assert.ok(raw.includes('\\u00e9') && raw.includes('a\\/b'), 'the event is re-serialized')
    assert.notEqual(raw.indexOf('"callback_url"'), -1)
    assert.ok(raw.indexOf('"callback_url"') < raw.indexOf('"version"'), 'keys are reordered')

    const step = await receive({ file }, { secret: SECRET })
    assert.equal(step.code, 0, step.stdout + step.stderr)
    const { outputs } = step
    assert.equal(outputs.verified, 'true')
    assert.equal(outputs['event-type'], 'deploy')
    assert.equal(outputs.version, '1.2.3')
    assert.equal(outputs.build, '42')
    assert.equal(outputs.ok, 'true')
    assert.deepEqual(JSON.parse(outputs.meta as string), PAYLOAD.meta)
    assert.equal(outputs.notes, PAYLOAD.notes, 'multi-line values arrive intact')
    assert.equal(outputs.quoted, PAYLOAD.quoted, 'quotes, $(...) and ${{ }} arrive intact')
    assert.equal(outputs['callback-url'], PAYLOAD.callback_url)
    assert.equal(outputs.callback_url, PAYLOAD.callback_url)
    assert.deepEqual(JSON.parse(outputs.payload as string), PAYLOAD, 'payload has no _relay')
    assert.ok(!('_relay' in outputs), '_relay is not an output')
    assert.ok(!('bad key' in outputs))
    assert.equal(step.warnings.length, 1)
    assert.match(step.warnings[0] as string, /"bad key" is not a valid output name/)
    assert.match(step.summary, /signature verified/)
    assertNoSecretPrinted(step, [SECRET])
  })

  test('a tampered value, another event type or a wrong secret: rejected, no output', async () => {
    const fake = await startGitHub()
    const sent = await runDispatch(
      fake,
      { 'signing-secret': SECRET },
      { version: '1.2.3', env: 'staging' },
    )
    assert.equal(sent.code, 0, sent.stdout)
    const tampered = eventFileFromDispatch(fake, 'octo-org/deploy', (event) => {
      event.client_payload.env = 'production'
    })
    assertRejected(await receive({ file: tampered }, { secret: SECRET }), /does not match/)

    const retyped = eventFileFromDispatch(fake, 'octo-org/deploy', (event) => {
      event.action = 'destroy'
    })
    assertRejected(await receive({ file: retyped }, { secret: SECRET }), /does not match/)

    const intact = eventFileFromDispatch(fake)
    const wrong = await receive({ file: intact }, { secret: 'another-secret-entirely' })
    assertRejected(wrong, /does not match/)
    assertNoSecretPrinted(wrong, ['another-secret-entirely'])
  })

  test('an aged signature is rejected unless max-age allows it; one from the future is rejected', async () => {
    const aged = signedEvent({ version: '1' }, { ts: now() - 7200 })
    assertRejected(await receive({ file: aged }, { secret: SECRET }), /7\d{3} s ago.*max-age/)
    const allowed = await receive({ file: aged }, { secret: SECRET, 'max-age': '10800' })
    assert.equal(allowed.code, 0, allowed.stdout)
    assert.equal(allowed.outputs.verified, 'true')

    const future = signedEvent({ version: '1' }, { ts: now() + 600 })
    assertRejected(await receive({ file: future }, { secret: SECRET }), /in the future/)
  })

  test('unsigned with secret set: rejected, unless require-signature is false', async () => {
    const file = writeEventFile(
      repositoryDispatchEvent({ event_type: 'deploy', client_payload: { version: '1' } }),
    )
    assertRejected(await receive({ file }, { secret: SECRET }), /not signed/)
    const lenient = await receive({ file }, { secret: SECRET, 'require-signature': 'false' })
    assert.equal(lenient.code, 0, lenient.stdout)
    assert.equal(lenient.outputs.verified, 'false')
    assert.equal(lenient.outputs.version, '1')
  })

  test('without secret: outputs set, verified false, even for a signed payload', async () => {
    const step = await receive({ file: signedEvent({ version: '1', verified: 'yes' }) })
    assert.equal(step.code, 0, step.stdout)
    assert.equal(step.outputs.verified, 'false', 'a payload key cannot set verified')
    assert.equal(step.outputs.version, '1')
    assert.match(step.warnings.join('\n'), /"verified" names the same output as the verified/)
    assert.match(step.stdout, /set secret to verify/)
  })

  test('workflow_dispatch inputs become outputs; other events are refused', async () => {
    const dispatched = await receive({
      name: 'workflow_dispatch',
      file: writeEventFile({ inputs: { environment: 'prod', 'dry-run': 'true' }, ref: 'main' }),
    })
    assert.equal(dispatched.code, 0, dispatched.stdout)
    assert.equal(dispatched.outputs.environment, 'prod')
    assert.equal(dispatched.outputs['dry-run'], 'true')
    assert.ok(!('event-type' in dispatched.outputs))

    const push = await receive({ name: 'push', file: writeEventFile({ ref: 'refs/heads/main' }) })
    assert.equal(push.code, 1)
    assert.match(push.errors.join('\n'), /repository_dispatch.*workflow_dispatch.*started by push/)
    assert.deepEqual(push.outputs, {})
  })

  test('bad input fails before reading anything', async () => {
    const file = signedEvent({ version: '1' })
    const noSecret = await receive({ file }, { 'require-signature': 'true' })
    assert.equal(noSecret.code, 1)
    assert.match(noSecret.errors.join('\n'), /Input 'require-signature'.*secret/)
    const age = await receive({ file }, { secret: SECRET, 'max-age': 'an hour' })
    assert.match(age.errors.join('\n'), /Input 'max-age'/)
    assert.deepEqual(age.outputs, {})
  })

  test('CLI: TRIGGER_PAYLOAD verified and written to a dotenv file GitLab can read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-relay-dotenv-'))
    const data = {
      version: '1.2.3',
      build: 42,
      meta: { env: 'staging' },
      'image-tag': 'v1 = latest',
      notes: 'two\nlines',
      padded: ' x ',
      path: 'would be PATH without a prefix',
    }
    const _relay = signRelay(SECRET, 'deploy', data, { id: 'c0ffee00-0000-4000-8000-00000000002' })
    // A repository_dispatch webhook forwarded to a GitLab pipeline trigger, as GitLab stores it.
    const trigger = join(dir, 'TRIGGER_PAYLOAD')
    writeFileSync(
      trigger,
      JSON.stringify(
        repositoryDispatchEvent({ event_type: 'deploy', client_payload: { ...data, _relay } }),
      ),
    )
    const result = await runCli(['receive', '--dotenv', 'relay.env', '--json'], {
      cwd: dir,
      env: { TRIGGER_PAYLOAD: trigger, CI_RELAY_SECRET: SECRET },
    })
    assert.equal(result.code, 0, result.stderr)
    const outputs = JSON.parse(result.stdout) as Record<string, string>
    assert.equal(outputs.verified, 'true')
    assert.equal(outputs.notes, 'two\nlines')

    // Read back as GitLab does: /^(.*?)=(.*)$/ per line, both sides stripped.
    const text = readFileSync(join(dir, 'relay.env'), 'utf8')
    const vars = Object.fromEntries(
      text
        .split('\n')
        .filter(Boolean)
        .map((line) =>
          (/^(.*?)=(.*)$/.exec(line) as RegExpExecArray).slice(1).map((s) => s.trim()),
        ),
    )
    assert.deepEqual(vars, {
      RELAY_EVENT_TYPE: 'deploy',
      RELAY_VERIFIED: 'true',
      RELAY_VERSION: '1.2.3',
      RELAY_BUILD: '42',
      RELAY_META: '{"env":"staging"}',
      RELAY_IMAGE_TAG: 'v1 = latest',
      RELAY_PATH: 'would be PATH without a prefix',
      RELAY_PAYLOAD: JSON.stringify(data),
    })
    for (const name of Object.keys(vars)) assert.match(name, /^[A-Z0-9_]+$/)
    assert.match(result.stderr, /RELAY_NOTES, because its value has more than one line/)
    assert.match(result.stderr, /RELAY_PADDED, because its value starts or ends with white space/)
    assert.ok(!result.stderr.includes(SECRET))

    const prefixed = await runCli(['receive', '--dotenv', 'other.env', '--prefix', 'UP_'], {
      cwd: dir,
      env: { CI_RELAY_PAYLOAD: '{"a-b": "1", "status": "ok"}' },
    })
    assert.equal(prefixed.code, 0, prefixed.stderr)
    assert.match(prefixed.stdout, /^a-b=1$/m)
    assert.equal(
      readFileSync(join(dir, 'other.env'), 'utf8'),
      'UP_VERIFIED=false\nUP_A_B=1\nUP_STATUS=ok\nUP_PAYLOAD={"a-b":"1","status":"ok"}\n',
    )

    const badPrefix = await runCli(['receive', '--prefix', '1X'], {
      env: { CI_RELAY_PAYLOAD: '{}' },
    })
    assert.equal(badPrefix.code, 2, 'bad input is a usage error')
    assert.match(badPrefix.stderr, /Input 'prefix'.*flag --prefix, variable CI_RELAY_PREFIX/)
  })

  test('CLI: a tampered TRIGGER_PAYLOAD writes no dotenv file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-relay-dotenv-'))
    const data = { version: '1.2.3' }
    const _relay = signRelay(SECRET, 'deploy', data, { id: 'c0ffee00-0000-4000-8000-00000000003' })
    const body = { event_type: 'deploy', client_payload: { version: '9.9.9', _relay } }
    const result = await runCli(['receive', '--dotenv', 'relay.env'], {
      cwd: dir,
      env: { TRIGGER_PAYLOAD: JSON.stringify(body), CI_RELAY_SECRET: SECRET },
    })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /does not match/)
    assert.equal(result.stdout, '')
    assert.throws(() => readFileSync(join(dir, 'relay.env')), /ENOENT/)
  })
})
