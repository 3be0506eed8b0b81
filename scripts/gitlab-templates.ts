// Writes gitlab-component/templates/<name>.yml from the input table (npm run gen:gitlab), as
// action-yml.ts writes action.yml. test/gitlab-templates.test.ts fails when a committed template
// differs from what this writes, and .ci/run regenerates them and fails on a diff.
//
// Each template: `spec: inputs` (the command's inputs in snake_case, secrets left out: they come
// from masked CI/CD variables CI_RELAY_<INPUT>, which the CLI reads), `---`, then its jobs. String
// inputs reach the CLI as job variables CI_RELAY_<INPUT> (no shell quoting of JSON); booleans and
// numbers as flags, since they are typed values that only a string context turns into text.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { envName } from '../src/hosts/cli.js'
import { inputsOf, type CommandName, type InputName, type InputSpec } from '../src/inputs.js'
import { VERSION } from '../src/version.js'

export const TEMPLATE_DIR = 'gitlab-component/templates'
export const DEFAULT_CLI = `npx --yes @ci-relay/cli@${VERSION}`
export const DEFAULT_IMAGE = 'node:24-slim'
export const MR_PIPELINES = '$CI_PIPELINE_SOURCE == "merge_request_event"'

/** What notify could not deliver (in CI_PROJECT_DIR), kept for `ci-relay redeliver`. */
const UNDELIVERED = {
  artifacts: {
    when: 'on_failure',
    paths: ['ci-relay-undelivered-*.json'],
    expire_in: '1 week',
  },
}

export type TemplateName = 'status' | 'dispatch' | 'notify' | 'receive' | 'trigger'

interface Job {
  /** Job name after `<job_prefix>-`. */
  name: string
  /** A fixed stage; default the `stage` input. */
  stage?: string
  /** Fixed flags of this job (the state, the status). */
  flags?: string
  when?: 'on_success' | 'on_failure'
  extra?: Record<string, unknown>
}

interface Template {
  command: CommandName
  /** What the `stage` input places, and its default. */
  stage: { default: string; description: string }
  /** Inputs the template sets itself, or that make no sense in it: not template inputs. */
  fixed?: readonly InputName[]
  /**
   * Inputs passed as `--flag "$VARIABLE"` instead of CI_RELAY_<INPUT>, where a pipeline variable of
   * that name means something else (CI_RELAY_PAYLOAD is trigger's payload for receive).
   */
  viaFlag?: Partial<Record<InputName, string>>
  /** What an input means in this template, where the table's default does not fit its jobs. */
  overrides?: Partial<Record<InputName, { default: string; description: string }>>
  /** Inputs the template needs though the table has no usable default there. */
  required?: readonly InputName[]
  /** A `rules_if` input (the rules:if expression choosing the pipelines), with its default. */
  rulesIf?: { default: string; description: string }
  jobs: readonly Job[]
}

export const TEMPLATES: Record<TemplateName, Template> = {
  status: {
    command: 'status',
    stage: {
      default: '.pre',
      description:
        'Stage of the job that posts `running`; `success` and `failed` are posted in .post.',
    },
    fixed: ['state', 'description'],
    overrides: {
      // Each job would default to its own name: the three must post one status.
      context: {
        default: 'ci-relay/pipeline',
        description:
          'Name (GitLab) or context (GitHub) of the status; running, success and failed are posted under this one name. At most 255 characters.',
      },
    },
    rulesIf: {
      default: MR_PIPELINES,
      description:
        'rules:if expression of the pipelines to report. Default: merge request pipelines. Widen it, e.g. `$CI_PIPELINE_SOURCE == "merge_request_event" || $CI_COMMIT_BRANCH`.',
    },
    jobs: [
      { name: 'status-running', flags: '--state running' },
      { name: 'status-success', stage: '.post', when: 'on_success', flags: '--state success' },
      { name: 'status-failed', stage: '.post', when: 'on_failure', flags: '--state failed' },
    ],
  },
  notify: {
    command: 'notify',
    stage: {
      default: '.post',
      description: 'Stage of the two notify jobs (one runs on success, the other on failure).',
    },
    // GitHub access serves notify in a GitHub run (the run's jobs); in a pipeline it reads GitLab.
    fixed: ['status', 'app-id', 'github-api-url', 'revoke-token'],
    viaFlag: { payload: 'CI_RELAY_NOTIFY_PAYLOAD' },
    required: ['url'],
    rulesIf: {
      default: MR_PIPELINES,
      description:
        'rules:if expression of the pipelines to notify about. Default: merge request pipelines. Widen it, e.g. `$CI_PIPELINE_SOURCE == "merge_request_event" || $CI_COMMIT_BRANCH`.',
    },
    jobs: [
      { name: 'notify-success', when: 'on_success', flags: '--status success', extra: UNDELIVERED },
      { name: 'notify-failure', when: 'on_failure', flags: '--status failure', extra: UNDELIVERED },
    ],
  },
  dispatch: {
    command: 'dispatch',
    stage: { default: 'deploy', description: 'Stage of the dispatch job.' },
    required: ['repository', 'event-type'],
    jobs: [{ name: 'dispatch' }],
  },
  trigger: {
    command: 'trigger',
    stage: { default: 'deploy', description: 'Stage of the trigger job.' },
    required: ['project', 'ref'],
    jobs: [{ name: 'trigger' }],
  },
  receive: {
    command: 'receive',
    stage: {
      default: '.pre',
      description:
        'Stage of the receive job; jobs of later stages read its variables (RELAY_<KEY>).',
    },
    // The payload is where GitLab puts it (CI_RELAY_PAYLOAD from trigger, TRIGGER_PAYLOAD from a
    // webhook); the dotenv file is the template's own.
    fixed: ['payload', 'dotenv'],
    rulesIf: {
      default: '$CI_PIPELINE_SOURCE == "trigger"',
      description:
        'rules:if expression of the pipelines that receive a payload. Default: pipelines started with a trigger token (the trigger command, or a webhook).',
    },
    jobs: [
      {
        name: 'receive',
        flags: '--dotenv ci-relay.env',
        extra: { artifacts: { reports: { dotenv: 'ci-relay.env' } } },
      },
    ],
  },
}

/** GitLab spellings of defaults that are `${{ }}` expressions in action.yml. */
const GITLAB_DEFAULTS: Partial<Record<InputName, string>> = {
  'github-api-url': 'https://api.github.com',
  // The instance the job runs on (self-managed too), expanded by GitLab in the job variable.
  'gitlab-api-url': '$CI_API_V4_URL',
}

/** Checks GitLab applies when the pipeline is created, before any job runs. */
const REGEX: Partial<Record<InputName, string>> = {
  'event-type': '^[^\\n]{1,100}$',
  'client-payload': '^\\s*\\{[\\s\\S]*\\}\\s*$',
  payload: '^(\\s*\\{[\\s\\S]*\\}\\s*)?$',
  project: '^([0-9]+|[\\w.-]+(/[\\w.-]+)+|\\$\\{?\\w+\\}?)$',
  url: '^(https?://|\\$)',
  'target-url': '^(https?://|\\$)?',
  sha: '^([0-9a-f]{40}|\\$\\{?\\w+\\}?)?$',
}

export const snake = (name: string): string => name.replace(/-/g, '_')

/**
 * The part of a table description about one command: descriptions shared by commands read
 * "dispatch: ... status, callback: ...".
 */
export function descriptionFor(spec: InputSpec, command: CommandName): string {
  const marks = [...spec.description.matchAll(/(?:^|(?<=\.\s))((?:[a-z]+, )*[a-z]+): /g)]
  if (marks.length === 0) return spec.description
  for (const [i, mark] of marks.entries()) {
    const commands = (mark[1] as string).split(', ')
    if (!commands.includes(command)) continue
    const start = (mark.index as number) + mark[0].length
    const end = marks[i + 1]?.index ?? spec.description.length
    const text = spec.description.slice(start, end).trim()
    return text.charAt(0).toUpperCase() + text.slice(1)
  }
  return spec.description
}

interface SpecInput {
  description: string
  type?: 'string' | 'number' | 'boolean' | 'array'
  default?: string | number | boolean | unknown[]
  options?: readonly string[]
  regex?: string
}

/** The command's inputs a template offers, in table order. */
export function templateInputs(name: TemplateName): [InputName, InputSpec][] {
  const template = TEMPLATES[name]
  return inputsOf(template.command).filter(
    ([input, spec]) => !spec.secret && !template.fixed?.includes(input),
  )
}

function specInput(name: InputName, spec: InputSpec, template: Template): SpecInput {
  const override = template.overrides?.[name]
  const out: SpecInput = {
    description: override?.description ?? descriptionFor(spec, template.command),
  }
  const required = template.required?.includes(name)
  const given =
    override?.default ??
    GITLAB_DEFAULTS[name] ??
    (spec.default?.includes('${{') ? undefined : spec.default)
  if (spec.type === 'boolean' && given !== undefined) {
    out.type = 'boolean'
    if (!required) out.default = given === 'true'
  } else if (spec.type === 'integer' && given !== undefined) {
    out.type = 'number'
    if (!required) out.default = Number(given)
  } else {
    out.type = 'string'
    // A boolean the table leaves unset ("default: true when secret is set") stays three-valued.
    if (spec.type === 'boolean') out.options = ['', 'true', 'false']
    if (!required) out.default = given ?? ''
  }
  // An input without a default is optional only with '' among its options.
  if (spec.options)
    out.options = required || given !== undefined ? spec.options : ['', ...spec.options]
  const regex = REGEX[name]
  if (regex) out.regex = regex
  return out
}

/** Flag or variable: how the CLI gets each input of the template. */
function wiring(name: TemplateName): { variables: Record<string, string>; flags: string } {
  const variables: Record<string, string> = {}
  let flags = ''
  const template = TEMPLATES[name]
  for (const [input, spec] of templateInputs(name)) {
    const value = `$[[ inputs.${snake(input)} ]]`
    const typed = specInput(input, spec, template).type
    const variable = template.viaFlag?.[input]
    if (typed === 'boolean' || typed === 'number') flags += ` --${input} ${value}`
    else if (variable) {
      variables[variable] = value
      flags += ` --${input} "$${variable}"`
    } else variables[envName(input)] = value
  }
  return { variables, flags }
}

export function templateDocument(name: TemplateName): {
  spec: { inputs: Record<string, SpecInput> }
  jobs: unknown
} {
  const template = TEMPLATES[name]
  const inputs: Record<string, SpecInput> = {
    stage: { description: template.stage.description, default: template.stage.default },
    job_prefix: {
      description: 'Prefix of the job names (include the template twice with two prefixes).',
      default: 'ci-relay',
      regex: '^[\\w.-]+$',
    },
    cli: {
      description:
        'How to run ci-relay: the npm package by default (needs npm in the image), or a path such as `node /opt/ci-relay/dist/cli/index.js`.',
      default: DEFAULT_CLI,
    },
    image: {
      description: 'Image of the jobs (Node 20 or later with npx, for the default cli).',
      default: DEFAULT_IMAGE,
    },
  }
  if (template.rulesIf) {
    inputs.rules_if = {
      description: template.rulesIf.description,
      default: template.rulesIf.default,
    }
  }
  for (const [input, spec] of templateInputs(name))
    inputs[snake(input)] = specInput(input, spec, template)

  const { variables, flags } = wiring(name)
  const jobs: Record<string, unknown> = {}
  for (const job of template.jobs) {
    const rule: Record<string, string> = {}
    if (template.rulesIf) rule.if = '$[[ inputs.rules_if ]]'
    if (job.when) rule.when = job.when
    jobs[`$[[ inputs.job_prefix ]]-${job.name}`] = {
      stage: job.stage ?? '$[[ inputs.stage ]]',
      image: '$[[ inputs.image ]]',
      ...(Object.keys(rule).length ? { rules: [rule] } : {}),
      ...(Object.keys(variables).length ? { variables: { ...variables } } : {}),
      script: [`$[[ inputs.cli ]] ${template.command}${job.flags ? ` ${job.flags}` : ''}${flags}`],
      // A copy each: the YAML writer would otherwise alias a shared object (&a1 / *a1).
      ...(structuredClone(job.extra) ?? {}),
    }
  }
  return { spec: { inputs }, jobs }
}

export function templateYaml(name: TemplateName): string {
  const { spec, jobs } = templateDocument(name)
  const options = { lineWidth: 0 }
  return [
    `# Generated from src/inputs.ts by \`npm run gen:gitlab\`; edit the table, not this file.`,
    `# ci-relay ${TEMPLATES[name].command}: see gitlab-component/README.md.`,
    stringify({ spec }, options).trimEnd(),
    '---',
    stringify(jobs, options),
  ].join('\n')
}

export const README = 'gitlab-component/README.md'

const cell = (text: unknown): string => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** The inputs table of one template, as the README shows it. */
export function inputsTable(name: TemplateName): string {
  const { spec } = templateDocument(name)
  const rows = Object.entries(spec.inputs).map(([input, s]) => {
    const type = s.options
      ? `${s.type ?? 'string'}: ${s.options.map((o) => `\`${o}\``).join(', ')}`
      : (s.type ?? 'string')
    const value =
      s.default === undefined ? 'required' : s.default === '' ? '' : `\`${cell(s.default)}\``
    return `| \`${input}\` | ${type} | ${value} | ${cell(s.description)} |`
  })
  return ['| Input | Type | Default | Description |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  )
}

const MARKS = (name: TemplateName) =>
  [
    `<!-- BEGIN generated inputs of ${name}: npm run gen:gitlab -->`,
    `<!-- END generated inputs of ${name} -->`,
  ] as const

/** The README with each template's inputs table put between its markers. */
export function readmeWithTables(readme: string): string {
  let out = readme
  for (const name of Object.keys(TEMPLATES) as TemplateName[]) {
    const [begin, end] = MARKS(name)
    const from = out.indexOf(begin)
    const to = out.indexOf(end)
    if (from === -1 || to < from) throw new Error(`${README} has no ${begin} ... ${end} section`)
    out = `${out.slice(0, from + begin.length)}\n${inputsTable(name)}\n${out.slice(to)}`
  }
  return out
}

export function writeTemplates(root = '.'): string[] {
  const dir = join(root, TEMPLATE_DIR)
  mkdirSync(dir, { recursive: true })
  const files = (Object.keys(TEMPLATES) as TemplateName[]).map((name) => {
    const file = join(dir, `${name}.yml`)
    writeFileSync(file, templateYaml(name))
    return file
  })
  const readme = join(root, README)
  if (existsSync(readme)) {
    writeFileSync(readme, readmeWithTables(readFileSync(readme, 'utf8')))
    files.push(readme)
  }
  return files
}

if (process.argv[1]?.endsWith('gitlab-templates.ts')) writeTemplates()
