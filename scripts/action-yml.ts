// Writes the actions from the input table (npm run gen:action): the root action.yml (`command:`
// picks the command) and one <command>/action.yml per command, with only that command's inputs,
// as actions/cache/restore and actions/cache/save are. test/front-doors.test.ts fails when a
// committed file and the table disagree.
import { mkdirSync, writeFileSync } from 'node:fs'
import { stringify } from 'yaml'
import { descriptionFor } from '../src/input-docs.js'
import {
  ALL_INPUTS,
  COMMAND_NAMES,
  COMMANDS,
  OUTPUTS,
  POST_STEP_COMMANDS,
  inputsOf,
  outputsOf,
  type CommandName,
  type InputSpec,
} from '../src/inputs.js'

const HEADER =
  '# Generated from src/inputs.ts by `npm run gen:action`; edit the table, not this file.\n'
const BRANDING = { icon: 'radio', color: 'blue' }

interface ActionInput {
  description: string
  required: boolean
  default?: string
}

function input(description: string, required: boolean, spec: InputSpec): ActionInput {
  return {
    description,
    required,
    ...(spec.default !== undefined ? { default: spec.default } : {}),
  }
}

/** The root action: every input, `command:` required. */
export function actionManifest(): Record<string, unknown> {
  const inputs: Record<string, ActionInput> = {}
  for (const [name, spec] of Object.entries(ALL_INPUTS) as [string, InputSpec][]) {
    if (spec.cliOnly) continue
    inputs[name] = input(spec.description, name === 'command', spec)
  }
  const outputs: Record<string, { description: string }> = {}
  for (const [name, spec] of Object.entries(OUTPUTS))
    outputs[name] = { description: spec.description }
  return {
    name: 'ci-relay',
    description:
      'Carry CI events between pipelines: GitHub App tokens, repository_dispatch, commit statuses, signed build-complete webhooks, client_payload as outputs.',
    author: 'ci-relay',
    branding: BRANDING,
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/main/index.js', post: 'dist/post/index.js' },
  }
}

/** The entry of a per-command action, written by scripts/bundle.mjs. */
export function commandEntry(command: CommandName): string {
  return `dist/actions/${command}.mjs`
}

/** `<command>/action.yml`: that command's inputs and outputs, a post step only where it has one. */
export function commandManifest(command: CommandName): Record<string, unknown> {
  const inputs: Record<string, ActionInput> = {}
  for (const [name, spec] of inputsOf(command)) {
    if (spec.cliOnly) continue
    const required = spec.required?.includes(command) ?? false
    inputs[name] = input(descriptionFor(spec, command), required, spec)
  }
  const outputs: Record<string, { description: string }> = {}
  for (const [name, spec] of outputsOf(command))
    outputs[name] = { description: descriptionFor(spec, command) }
  const post = POST_STEP_COMMANDS.includes(command)
  return {
    name: `ci-relay ${command}`,
    description: COMMANDS[command],
    author: 'ci-relay',
    branding: BRANDING,
    inputs,
    outputs,
    runs: {
      using: 'node24',
      main: `../${commandEntry(command)}`,
      ...(post ? { post: '../dist/post/index.js', 'post-if': 'always()' } : {}),
    },
  }
}

function yaml(manifest: Record<string, unknown>): string {
  return HEADER + stringify(manifest, { lineWidth: 0 })
}

export function actionYaml(): string {
  return yaml(actionManifest())
}

/** Every generated file: path → contents. */
export function generatedActions(): Record<string, string> {
  const files: Record<string, string> = { 'action.yml': actionYaml() }
  for (const command of COMMAND_NAMES)
    files[`${command}/action.yml`] = yaml(commandManifest(command))
  return files
}

if (process.argv[1]?.endsWith('action-yml.ts')) {
  for (const [path, text] of Object.entries(generatedActions())) {
    if (path.includes('/')) mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true })
    writeFileSync(path, text)
  }
}
