// action.yml, the CLI and package.json must say what the one input table says.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { parse } from 'yaml'
import { actionManifest } from '../scripts/action-yml.js'
import { INPUTS, OUTPUTS } from '../src/inputs.js'
import { VERSION } from '../src/version.js'
import { runCli } from './support/runner.js'

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
