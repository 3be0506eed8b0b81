// The GitLab CI component's templates are generated from the input table: a committed template that
// differs from the table, an undocumented or unused input, a secret offered as an input or a global
// keyword each fail here. (test/gitlab-component.test.ts runs them with gitlab-ci-local.)
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { describe, test } from 'node:test'
import { parse } from 'yaml'
import {
  DEFAULT_CLI,
  README,
  inputsTable,
  readmeWithTables,
  TEMPLATES,
  TEMPLATE_DIR,
  snake,
  templateInputs,
  templateYaml,
  type TemplateName,
} from '../scripts/gitlab-templates.js'
import { INPUTS, inputsOf, type InputSpec } from '../src/inputs.js'
import { REPO_ROOT } from './support/runner.js'

const NAMES = Object.keys(TEMPLATES) as TemplateName[]
const COMMON = ['stage', 'job_prefix', 'cli', 'image']

interface SpecInput {
  description?: string
  type?: string
  default?: unknown
  options?: unknown[]
  regex?: string
}
type JobDoc = Record<string, Record<string, unknown>>

function committed(name: TemplateName): string {
  return readFileSync(`${REPO_ROOT}${TEMPLATE_DIR}/${name}.yml`, 'utf8')
}

function documents(name: TemplateName): { inputs: Record<string, SpecInput>; jobs: JobDoc } {
  const [header, body] = committed(name).split(/^---$/m)
  const spec = parse(header as string) as { spec: { inputs: Record<string, SpecInput> } }
  return { inputs: spec.spec.inputs, jobs: parse(body as string) as JobDoc }
}

describe('GitLab templates', () => {
  test('exactly the five templates, each as npm run gen:gitlab writes it from the table', () => {
    assert.deepEqual(readdirSync(`${REPO_ROOT}${TEMPLATE_DIR}`).sort(), [
      'dispatch.yml',
      'notify.yml',
      'receive.yml',
      'status.yml',
      'trigger.yml',
    ])
    for (const name of NAMES)
      assert.equal(
        committed(name),
        templateYaml(name),
        `${name}.yml drifted: run npm run gen:gitlab`,
      )
  })

  test("the README shows each template's inputs as the table has them", () => {
    const readme = readFileSync(`${REPO_ROOT}${README}`, 'utf8')
    assert.equal(readme, readmeWithTables(readme), `${README} drifted: run npm run gen:gitlab`)
    for (const name of NAMES) assert.ok(readme.includes(inputsTable(name)), name)
  })

  for (const name of NAMES) {
    test(`${name}: inputs are the table's (snake_case, described, typed), secrets are not inputs`, () => {
      const { inputs } = documents(name)
      const offered = templateInputs(name).map(([input]) => snake(input))
      assert.deepEqual(Object.keys(inputs), [
        ...COMMON,
        ...(TEMPLATES[name].rulesIf ? ['rules_if'] : []),
        ...offered,
      ])
      for (const [input, spec] of Object.entries(inputs)) {
        assert.ok((spec.description ?? '').length > 10, `${name}.${input} has a description`)
        if (spec.default !== undefined && spec.options)
          assert.ok(spec.options.includes(spec.default), `${name}.${input} default among options`)
      }
      for (const [input, spec] of inputsOf(TEMPLATES[name].command) as [string, InputSpec][]) {
        const mine = inputs[snake(input)]
        if (spec.secret) {
          assert.equal(mine, undefined, `secret ${input} must come from a CI/CD variable`)
          continue
        }
        if (!mine) continue
        const expected =
          spec.type === 'integer'
            ? 'number'
            : spec.type === 'boolean' && spec.default
              ? 'boolean'
              : 'string'
        assert.equal(mine.type, expected, `${name}.${snake(input)} type`)
        if (spec.options)
          for (const option of spec.options) assert.ok(mine.options?.includes(option))
      }
      assert.equal(inputs.cli?.default, DEFAULT_CLI)
      assert.match(String(inputs.cli?.default), /^npx --yes @ci-relay\/cli@\d+\.\d+\.\d+/)
      const pkg = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as {
        version: string
      }
      assert.ok(String(inputs.cli?.default).endsWith(`@${pkg.version}`))
      assert.match(String(inputs.image?.default), /^node:24/)
      assert.equal(inputs.job_prefix?.default, 'ci-relay')
    })

    test(`${name}: jobs only (no global keywords), every input used, CLI variables named CI_RELAY_<INPUT>`, () => {
      const text = committed(name)
      const { inputs, jobs } = documents(name)
      for (const keyword of ['default', 'workflow', 'stages', 'variables', 'include', 'image'])
        assert.ok(!(keyword in jobs), `${name}.yml has the global keyword ${keyword}`)
      const used = new Set([...text.matchAll(/\$\[\[\s*inputs\.(\w+)\s*\]\]/g)].map((m) => m[1]))
      assert.deepEqual([...used].sort(), Object.keys(inputs).sort())
      for (const [jobName, job] of Object.entries(jobs)) {
        assert.match(jobName, /^\$\[\[ inputs\.job_prefix \]\]-/)
        assert.equal(job.image, '$[[ inputs.image ]]')
        const script = (job.script as string[]).join('\n')
        assert.match(
          script,
          new RegExp(`^\\$\\[\\[ inputs\\.cli \\]\\] ${TEMPLATES[name].command}\\b`),
        )
        for (const [variable, value] of Object.entries(job.variables ?? {})) {
          const input = /^\$\[\[ inputs\.(\w+) \]\]$/.exec(String(value))?.[1]
          assert.ok(input, `${variable} is set from an input`)
          const viaFlag = script.includes(`"$${variable}"`)
          if (!viaFlag) assert.equal(variable, `CI_RELAY_${input.toUpperCase()}`)
        }
      }
    })
  }

  test('status: running in the stage input (.pre), success and failed in .post, MR pipelines by default', () => {
    const { inputs, jobs } = documents('status')
    assert.equal(inputs.stage?.default, '.pre')
    assert.equal(inputs.rules_if?.default, '$CI_PIPELINE_SOURCE == "merge_request_event"')
    const byName = (suffix: string) => jobs[`$[[ inputs.job_prefix ]]-${suffix}`] ?? {}
    const shape = (suffix: string) => {
      const job = byName(suffix)
      return {
        stage: job.stage,
        rules: job.rules,
        script: (job.script as string[])[0]?.split(' ').slice(4, 6),
      }
    }
    assert.deepEqual(shape('status-running'), {
      stage: '$[[ inputs.stage ]]',
      rules: [{ if: '$[[ inputs.rules_if ]]' }],
      script: ['--state', 'running'],
    })
    assert.deepEqual(shape('status-success'), {
      stage: '.post',
      rules: [{ if: '$[[ inputs.rules_if ]]', when: 'on_success' }],
      script: ['--state', 'success'],
    })
    assert.deepEqual(shape('status-failed'), {
      stage: '.post',
      rules: [{ if: '$[[ inputs.rules_if ]]', when: 'on_failure' }],
      script: ['--state', 'failed'],
    })
  })

  test('notify: one .post job on success, one on failure, each saying the status', () => {
    const { inputs, jobs } = documents('notify')
    assert.equal(inputs.stage?.default, '.post')
    assert.equal(inputs.url?.default, undefined, 'url is required')
    const whens = Object.values(jobs).map((job) => [
      (job.rules as { when: string }[])[0]?.when,
      /--status (\w+)/.exec((job.script as string[])[0] ?? '')?.[1],
    ])
    assert.deepEqual(whens, [
      ['on_success', 'success'],
      ['on_failure', 'failure'],
    ])
  })

  test('receive: writes a dotenv report for later jobs (RELAY_<KEY>)', () => {
    const { inputs, jobs } = documents('receive')
    const job = Object.values(jobs)[0] ?? {}
    assert.deepEqual(job.artifacts, { reports: { dotenv: 'ci-relay.env' } })
    assert.match((job.script as string[])[0] ?? '', /receive --dotenv ci-relay\.env/)
    assert.equal(inputs.prefix?.default, INPUTS.prefix.default)
  })

  test('trigger and dispatch: one job in the chosen stage, required inputs without defaults', () => {
    for (const [name, required] of [
      ['trigger', ['project', 'ref']],
      ['dispatch', ['repository', 'event_type']],
    ] as const) {
      const { inputs, jobs } = documents(name)
      assert.equal(Object.keys(jobs).length, 1)
      assert.equal(Object.values(jobs)[0]?.stage, '$[[ inputs.stage ]]')
      for (const input of required)
        assert.ok(!('default' in (inputs[input] ?? {})), `${name}.${input}`)
    }
  })
})
