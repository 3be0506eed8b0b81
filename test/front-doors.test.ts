// action.yml, the CLI and package.json must say what the one input table says.
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { parse } from 'yaml'
import { actionManifest, commandEntry, generatedActions } from '../scripts/action-yml.js'
import { APP_PERMISSIONS } from '../src/github/permissions.js'
import {
  COMMAND_NAMES,
  INPUTS,
  OUTPUTS,
  POST_STEP_COMMANDS,
  inputsOf,
  outputsOf,
} from '../src/inputs.js'
import { VERSION } from '../src/version.js'
import { REPO_ROOT, runCli } from './support/runner.js'

const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8'))

test('action.yml inputs match the table: names, defaults, descriptions', () => {
  const expected = actionManifest().inputs as Record<string, unknown>
  assert.deepEqual(Object.keys(action.inputs), Object.keys(expected))
  for (const [name, input] of Object.entries(expected))
    assert.deepEqual(action.inputs[name], input, name)
  assert.equal(action.inputs.token.default, '${{ github.token }}')
  assert.equal(action.inputs['github-api-url'].default, '${{ github.api_url }}')
})

test('action.yml outputs match the table and every one is described', () => {
  assert.deepEqual(Object.keys(action.outputs), Object.keys(OUTPUTS))
  for (const [name, output] of Object.entries(OUTPUTS)) {
    assert.equal(action.outputs[name].description, output.description)
    assert.ok(output.description.length > 10, name)
  }
})

test('action.yml runs on node24 with a post step', () => {
  assert.deepEqual(action.runs, {
    using: 'node24',
    main: 'dist/main/index.js',
    post: 'dist/post/index.js',
  })
})

test('package.json version, bin and exports', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  assert.equal(pkg.version, VERSION)
  assert.equal(pkg.type, 'module')
  assert.equal(pkg.bin['ci-relay'], 'dist/cli/index.js')
  assert.ok(pkg.exports['.'].types)
})

test('every secret input is a string input with no default but the token expression', () => {
  for (const [name, spec] of Object.entries(INPUTS)) {
    if (!('secret' in spec)) continue
    assert.equal(spec.type, 'string', name)
    if ('default' in spec) assert.equal(spec.default, '${{ github.token }}', name)
  }
})

test('CLI --help lists every command and each command help lists its inputs from the table', async () => {
  const help = await runCli(['--help'])
  assert.equal(help.code, 0)
  for (const command of INPUTS.command.options)
    assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'))
  const dispatch = await runCli(['dispatch', '--help'])
  assert.equal(dispatch.code, 0)
  for (const [name, spec] of Object.entries(INPUTS)) {
    // A whole flag name: `--event` is not listed by `--event-type`.
    const listed = new RegExp(`--${name}(?![\\w-])`).test(dispatch.stdout)
    assert.equal(
      listed,
      (spec.commands as readonly string[]).includes('dispatch') && name !== 'command',
      name,
    )
  }
  assert.match(dispatch.stdout, /CI_RELAY_PRIVATE_KEY/)
})

test('CLI refuses unknown commands and flags', async () => {
  assert.equal((await runCli(['nope'])).code, 2)
  const bad = await runCli(['dispatch', '--evnt-type', 'x'])
  assert.equal(bad.code, 2)
  assert.match(bad.stderr, /unknown flag --evnt-type/)
})

test('every generated action.yml is what the table generates (run npm run gen:action)', () => {
  for (const [path, text] of Object.entries(generatedActions())) {
    const committed = existsSync(join(REPO_ROOT, path))
      ? readFileSync(join(REPO_ROOT, path), 'utf8')
      : ''
    assert.equal(committed, text, `${path} drifted from src/inputs.ts`)
  }
  assert.deepEqual(
    Object.keys(generatedActions()).filter((path) => path !== 'action.yml'),
    COMMAND_NAMES.map((command) => `${command}/action.yml`),
  )
})

test('each <command>/action.yml has exactly its inputs (required as the table says), its outputs, a post step only with post work', () => {
  for (const command of COMMAND_NAMES) {
    const manifest = parse(readFileSync(join(REPO_ROOT, command, 'action.yml'), 'utf8'))
    const inputs = inputsOf(command).filter(([, spec]) => !spec.cliOnly)
    assert.deepEqual(
      Object.keys(manifest.inputs),
      inputs.map(([name]) => name),
      command,
    )
    for (const [name, spec] of inputs) {
      assert.equal(manifest.inputs[name].required, spec.required?.includes(command) ?? false, name)
      assert.equal(manifest.inputs[name].default, spec.default, name)
      // Only this command's part of a shared description ("status: … callback: …").
      for (const other of COMMAND_NAMES.filter((c) => c !== command))
        assert.ok(!manifest.inputs[name].description.startsWith(`${other}:`), `${command} ${name}`)
    }
    assert.deepEqual(
      Object.keys(manifest.outputs),
      outputsOf(command).map(([name]) => name),
    )
    assert.equal(manifest.runs.using, 'node24')
    assert.equal(manifest.runs.main, `../${commandEntry(command)}`)
    if (POST_STEP_COMMANDS.includes(command)) {
      assert.equal(manifest.runs.post, '../dist/post/index.js', command)
      assert.equal(manifest.runs['post-if'], 'always()', command)
    } else assert.equal(manifest.runs.post, undefined, command)
  }
  const required = Object.fromEntries(
    COMMAND_NAMES.map((command) => {
      const manifest = parse(readFileSync(join(REPO_ROOT, command, 'action.yml'), 'utf8'))
      return [
        command,
        Object.keys(manifest.inputs).filter((name) => manifest.inputs[name].required),
      ]
    }),
  )
  assert.deepEqual(required.dispatch, ['event-type'])
  assert.deepEqual(required.notify, ['url'])
  assert.deepEqual(required.token, ['private-key'])
})

test("the token action takes actions/create-github-app-token's inputs and gives its outputs", () => {
  const manifest = parse(readFileSync(join(REPO_ROOT, 'token', 'action.yml'), 'utf8'))
  for (const name of [
    'app-id',
    'client-id',
    'private-key',
    'owner',
    'repositories',
    'skip-token-revoke',
    'github-api-url',
  ])
    assert.ok(manifest.inputs[name], name)
  for (const [permission, levels] of Object.entries(APP_PERMISSIONS)) {
    const input = manifest.inputs[`permission-${permission.replaceAll('_', '-')}`]
    assert.ok(input, permission)
    for (const level of levels) assert.match(input.description, new RegExp(level))
  }
  assert.deepEqual(Object.keys(manifest.outputs).sort(), [
    'app-slug',
    'expires-at',
    'installation-id',
    'token',
  ])
})

test("the permission list is GitHub's: every App permission of the access-token request", () => {
  const fixture = JSON.parse(
    readFileSync(join(REPO_ROOT, 'test/fixtures/github-openapi.json'), 'utf8'),
  )
  const operation = fixture.operations['POST /app/installations/{installation_id}/access_tokens']
  const properties = operation.requestBody.schema.properties.permissions.properties
  assert.deepEqual(Object.keys(APP_PERMISSIONS).sort(), Object.keys(properties).sort())
  for (const [name, schema] of Object.entries(properties) as [string, { enum: string[] }][])
    assert.deepEqual([...APP_PERMISSIONS[name as keyof typeof APP_PERMISSIONS]], schema.enum, name)
})

test('the per-command entries exist in dist/ and load the one main bundle', () => {
  for (const command of COMMAND_NAMES) {
    const entry = readFileSync(join(REPO_ROOT, commandEntry(command)), 'utf8')
    assert.match(entry, new RegExp(`'${command}'`))
    assert.match(entry, /import\('\.\.\/main\/index\.js'\)/)
    assert.ok(entry.length < 300, 'a two-line entry, not a bundle')
  }
})
