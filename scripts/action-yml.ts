// Writes action.yml from the input table (npm run gen:action). test/front-doors.test.ts fails when
// the committed action.yml and the table disagree.
import { writeFileSync } from 'node:fs'
import { stringify } from 'yaml'
import { INPUTS, OUTPUTS, type InputSpec } from '../src/inputs.js'

export function actionManifest(): Record<string, unknown> {
  const inputs: Record<string, { description: string; required: boolean; default?: string }> = {}
  for (const [name, spec] of Object.entries(INPUTS) as [string, InputSpec][]) {
    if (spec.cliOnly) continue
    inputs[name] = {
      description: spec.description,
      required: name === 'command',
      ...(spec.default !== undefined ? { default: spec.default } : {}),
    }
  }
  const outputs: Record<string, { description: string }> = {}
  for (const [name, spec] of Object.entries(OUTPUTS))
    outputs[name] = { description: spec.description }
  return {
    name: 'ci-relay',
    description:
      'Carry CI events between pipelines: GitHub App tokens, repository_dispatch, commit statuses, signed build-complete webhooks, client_payload as outputs.',
    author: 'ci-relay',
    branding: { icon: 'radio', color: 'blue' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/main/index.js', post: 'dist/post/index.js' },
  }
}

export function actionYaml(): string {
  return (
    '# Generated from src/inputs.ts by `npm run gen:action`; edit the table, not this file.\n' +
    stringify(actionManifest(), { lineWidth: 0 })
  )
}

if (process.argv[1]?.endsWith('action-yml.ts')) writeFileSync('action.yml', actionYaml())
