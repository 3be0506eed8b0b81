// Runs the built entries the way the GitHub Actions runner does: a child `node` process with a
// clean environment, INPUT_* / STATE_* variables, fresh file-command files, an event file, and
// workflow commands (::add-mask::, ::warning:: ...) parsed from its output.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const ENTRIES = {
  main: join(REPO_ROOT, 'dist/main/index.js'),
  post: join(REPO_ROOT, 'dist/post/index.js'),
  cli: join(REPO_ROOT, 'dist/cli/index.js'),
} as const

/** What `${{ github.token }}` evaluates to unless `githubToken` is given; add it to plainTokens. */
export const WORKFLOW_TOKEN = 'ghs_workflowToken0000000000000000000000'

/** Variables the child may inherit: enough to run node, never credentials, GITHUB_* or proxies. */
const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'SystemRoot', 'NODE_V8_COVERAGE']

export type EnvOverrides = Record<string, string | undefined>

export interface StepResult {
  code: number
  stdout: string
  stderr: string
  /** Parsed from the GITHUB_OUTPUT file (name=value and name<<DELIM heredoc forms). */
  outputs: Record<string, string>
  /** Parsed from the GITHUB_STATE file. */
  state: Record<string, string>
  /** Parsed from the GITHUB_ENV file (core.exportVariable). */
  exportedEnv: Record<string, string>
  /** Lines of the GITHUB_PATH file (core.addPath). */
  addedPaths: string[]
  /** GITHUB_STEP_SUMMARY contents. */
  summary: string
  /** Values of ::add-mask:: lines. */
  masks: string[]
  warnings: string[]
  errors: string[]
  notices: string[]
  debug: string[]
  /** Every ::...:: line, as printed (stdout first, then stderr). */
  commands: string[]
  /** The environment the child ran with. */
  childEnv: Record<string, string>
}

export interface RunActionOptions {
  /** Input names as in action.yml -> INPUT_<NAME uppercased, spaces to _, dashes kept>. */
  inputs?: Record<string, string>
  /** Applied last; undefined removes a variable. */
  env?: EnvOverrides
  /** Given as STATE_<name>, as the runner does for post steps. */
  state?: Record<string, string>
  /** Written to a temp file passed as GITHUB_EVENT_PATH; default: a push event matching the env. */
  event?: unknown
  eventName?: string
  cwd?: string
  /** Default 30 s; the child is killed and the promise rejected after it. */
  timeoutMs?: number
  /** Fill inputs missing from `inputs` with action.yml defaults, as the runner does. Default true. */
  applyDefaults?: boolean
  /** Value of `${{ github.token }}` in defaults. Default WORKFLOW_TOKEN. */
  githubToken?: string
  /** Value of `${{ job.status }}` in defaults. Default 'success'. */
  jobStatus?: string
  /**
   * Run a per-command action (`<action>/action.yml`: its inputs' defaults and its runs.main or
   * runs.post) instead of the root action.yml.
   */
  action?: string
}

const tempDirs: string[] = []
process.once('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

/** A temp dir removed when the test process exits (files stay readable during the test). */
function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  tempDirs.push(dir)
  return dir
}

function applyOverrides(base: Record<string, string>, overrides?: EnvOverrides) {
  const out = { ...base }
  for (const [k, v] of Object.entries(overrides ?? {})) {
    if (v === undefined) delete out[k]
    else out[k] = v
  }
  return out
}

function minimalEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of INHERITED) {
    const value = process.env[name]
    if (value !== undefined) env[name] = value
  }
  return env
}

/**
 * A realistic runner environment for octo-org/app on a push to main. GITHUB_API_URL defaults to
 * a closed loopback port so that nothing reaches api.github.com: set it to the stand-in's url.
 */
export function githubEnv(overrides?: EnvOverrides): Record<string, string> {
  const owner = overrides?.GITHUB_REPOSITORY?.split('/')[0] ?? 'octo-org'
  const base: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__octo-org_ci-relay',
    GITHUB_ACTION_REPOSITORY: 'octo-org/ci-relay',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_ACTOR: 'monalisa',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_TRIGGERING_ACTOR: 'monalisa',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/app',
    GITHUB_REPOSITORY_ID: '700000001',
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_OWNER_ID: '9919',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_BASE_REF: '',
    GITHUB_HEAD_REF: '',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: 'octo-org/app/.github/workflows/ci.yml@refs/heads/main',
    GITHUB_WORKFLOW_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_JOB: 'build',
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_NAME: 'GitHub Actions 7',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TOOL_CACHE: '/opt/hostedtoolcache',
  }
  if (!overrides || !('RUNNER_TEMP' in overrides)) base.RUNNER_TEMP = makeTempDir('ci-relay-temp-')
  return applyOverrides(base, overrides)
}

function defaultPushEvent(env: Record<string, string>) {
  const [owner = 'octo-org', name = 'app'] = (env.GITHUB_REPOSITORY ?? 'octo-org/app').split('/')
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    ref: env.GITHUB_REF,
    before: '0'.repeat(40),
    after: env.GITHUB_SHA,
    created: false,
    deleted: false,
    forced: false,
    repository: {
      id: Number(env.GITHUB_REPOSITORY_ID ?? 1),
      name,
      full_name: `${owner}/${name}`,
      private: true,
      owner: { login: owner, type: 'Organization' },
      html_url: `${server}/${owner}/${name}`,
      default_branch: 'main',
    },
    head_commit: {
      id: env.GITHUB_SHA,
      message: 'Add a feature',
      timestamp: '2026-01-01T00:00:00Z',
      url: `${server}/${owner}/${name}/commit/${env.GITHUB_SHA}`,
    },
    pusher: { name: env.GITHUB_ACTOR },
    sender: { login: env.GITHUB_ACTOR, type: 'User' },
  }
}

// ---------------------------------------------------------------------------------------------
// action.yml defaults, evaluated like the runner does for the simple expressions they use

interface ActionInput {
  default?: unknown
}

interface ActionManifest {
  inputs?: Record<string, ActionInput>
  runs?: { main?: string; post?: string }
}

function actionManifest(action?: string): ActionManifest | undefined {
  const file = join(REPO_ROOT, action ?? '', 'action.yml')
  if (!existsSync(file)) return undefined
  return parseYaml(readFileSync(file, 'utf8')) as ActionManifest
}

function actionInputs(action?: string): Record<string, ActionInput> | undefined {
  const manifest = actionManifest(action)
  return manifest && (manifest.inputs ?? {})
}

/** The file the runner starts for `entry` of `action` (as its action.yml says). */
function actionEntry(entry: 'main' | 'post', action: string): string {
  const file = actionManifest(action)?.runs?.[entry]
  if (!file) throw new Error(`${action}/action.yml has no runs.${entry}`)
  return join(REPO_ROOT, action, file)
}

function evaluateDefault(value: string, contexts: Record<string, unknown>): string {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_m, expr: string) => {
    let node: unknown = contexts
    for (const part of expr.split('.')) {
      if (node === null || typeof node !== 'object' || !(part in node)) {
        throw new Error(
          `runAction: cannot evaluate \${{ ${expr} }} in an action.yml default; pass the input ` +
            'explicitly or teach test/support/runner.ts the context',
        )
      }
      node = (node as Record<string, unknown>)[part]
    }
    return typeof node === 'string' ? node : JSON.stringify(node)
  })
}

function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

// ---------------------------------------------------------------------------------------------
// Parsing what the step wrote

/** Parses a file written by core.setOutput/saveState/exportVariable, as the runner does. */
export function parseFileCommand(content: string, file = 'file command'): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = content.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const key = line.slice(0, eq)
      if (!key) throw new Error(`Invalid format in ${file}: '${line}' (empty name)`)
      out[key] = line.slice(eq + 1)
    } else if (heredoc >= 0) {
      const key = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      if (!key || !delimiter) throw new Error(`Invalid format in ${file}: '${line}'`)
      const value: string[] = []
      let closed = false
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true
          break
        }
        value.push(lines[i] ?? '')
      }
      if (!closed) throw new Error(`Invalid format in ${file}: delimiter '${delimiter}' not found`)
      out[key] = value.join('\n')
    } else {
      throw new Error(`Invalid format in ${file}: '${line}'`)
    }
  }
  return out
}

const unescapeData = (s: string) =>
  s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')

interface ParsedCommands {
  masks: string[]
  warnings: string[]
  errors: string[]
  notices: string[]
  debug: string[]
  commands: string[]
}

/** Extracts workflow commands (::name props::message) the way the runner reads them. */
export function parseWorkflowCommands(output: string): ParsedCommands {
  const result: ParsedCommands = {
    masks: [],
    warnings: [],
    errors: [],
    notices: [],
    debug: [],
    commands: [],
  }
  let stopToken: string | undefined
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trimStart()
    if (!line.startsWith('::')) continue
    const end = line.indexOf('::', 2)
    if (end < 0) continue
    const info = line.slice(2, end)
    const name = info.split(' ')[0] ?? ''
    if (stopToken !== undefined) {
      if (name === stopToken) stopToken = undefined
      continue
    }
    result.commands.push(line)
    const text = unescapeData(line.slice(end + 2))
    switch (name) {
      case 'add-mask':
        result.masks.push(text)
        break
      case 'warning':
        result.warnings.push(text)
        break
      case 'error':
        result.errors.push(text)
        break
      case 'notice':
        result.notices.push(text)
        break
      case 'debug':
        result.debug.push(text)
        break
      case 'stop-commands':
        stopToken = text
        break
    }
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// Spawning

interface Spawned {
  code: number
  stdout: string
  stderr: string
}

function spawnNode(
  label: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  stdin: string | undefined,
  timeoutMs: number,
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, cwd, stdio: 'pipe', shell: false })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    const text = () => ({
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new Error(`${label}: could not start node: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const { stdout, stderr } = text()
      if (timedOut) {
        reject(
          new Error(
            `${label} did not finish within ${timeoutMs} ms and was killed\n` +
              `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`,
          ),
        )
        return
      }
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr })
    })
    child.stdin.on('error', () => {}) // the child may exit without reading stdin
    child.stdin.end(stdin ?? '')
  })
}

function requireEntry(file: string) {
  if (!existsSync(file)) {
    throw new Error(`${file} does not exist: build it first with \`npm run bundle\``)
  }
}

export async function runAction(
  entry: 'main' | 'post',
  options: RunActionOptions = {},
): Promise<StepResult> {
  const file = options.action ? actionEntry(entry, options.action) : ENTRIES[entry]
  requireEntry(file)
  const dir = makeTempDir(`ci-relay-${entry}-`)
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'step_summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const workspace = join(dir, 'workspace')
  const runnerTemp = join(dir, 'runner-temp')
  mkdirSync(workspace)
  mkdirSync(runnerTemp)

  // eventName wins over a GITHUB_EVENT_NAME in env (envFor() gives a whole environment).
  const env = options.eventName
    ? { ...options.env, GITHUB_EVENT_NAME: options.eventName }
    : options.env
  const runnerEnv = githubEnv({
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: options.cwd ?? workspace,
    ...files,
    ...env,
  })
  const event = options.event ?? defaultPushEvent(runnerEnv)
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event, null, 2))

  const inputs = { ...options.inputs }
  const unexpected: string[] = []
  const declared = options.applyDefaults === false ? undefined : actionInputs(options.action)
  if (declared) {
    const contexts = {
      github: {
        token: options.githubToken ?? WORKFLOW_TOKEN,
        api_url: runnerEnv.GITHUB_API_URL,
        server_url: runnerEnv.GITHUB_SERVER_URL,
        graphql_url: runnerEnv.GITHUB_GRAPHQL_URL,
        repository: runnerEnv.GITHUB_REPOSITORY,
        repository_owner: runnerEnv.GITHUB_REPOSITORY_OWNER,
        sha: runnerEnv.GITHUB_SHA,
        ref: runnerEnv.GITHUB_REF,
        ref_name: runnerEnv.GITHUB_REF_NAME,
        run_id: runnerEnv.GITHUB_RUN_ID,
        run_number: runnerEnv.GITHUB_RUN_NUMBER,
        run_attempt: runnerEnv.GITHUB_RUN_ATTEMPT,
        workflow: runnerEnv.GITHUB_WORKFLOW,
        job: runnerEnv.GITHUB_JOB,
        actor: runnerEnv.GITHUB_ACTOR,
        event_name: runnerEnv.GITHUB_EVENT_NAME,
        workspace: runnerEnv.GITHUB_WORKSPACE,
        event,
      },
      job: { status: options.jobStatus ?? 'success' },
      runner: { temp: runnerEnv.RUNNER_TEMP, os: runnerEnv.RUNNER_OS, name: runnerEnv.RUNNER_NAME },
      env: runnerEnv,
    }
    for (const [name, def] of Object.entries(declared)) {
      if (name in inputs) continue
      inputs[name] =
        def?.default === undefined ? '' : evaluateDefault(String(def.default), contexts)
    }
    const known = new Set(Object.keys(declared).map((n) => n.toLowerCase()))
    for (const name of Object.keys(options.inputs ?? {})) {
      if (!known.has(name.toLowerCase())) unexpected.push(name)
    }
  }

  const stepEnv: Record<string, string> = { ...runnerEnv }
  for (const [name, value] of Object.entries(inputs)) stepEnv[inputEnvName(name)] = value
  for (const [name, value] of Object.entries(options.state ?? {})) stepEnv[`STATE_${name}`] = value
  const childEnv = applyOverrides({ ...minimalEnv(), ...stepEnv }, env)

  const run = await spawnNode(
    `runAction('${entry}')`,
    [file],
    childEnv,
    options.cwd ?? workspace,
    undefined,
    options.timeoutMs ?? 30_000,
  )
  const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '')
  const parsed = parseWorkflowCommands(`${run.stdout}\n${run.stderr}`)
  if (unexpected.length > 0 && declared) {
    // The runner warns about these; a misspelt input is otherwise silently ignored.
    parsed.warnings.unshift(
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`,
    )
  }
  return {
    ...run,
    outputs: parseFileCommand(read(files.GITHUB_OUTPUT), 'GITHUB_OUTPUT'),
    state: parseFileCommand(read(files.GITHUB_STATE), 'GITHUB_STATE'),
    exportedEnv: parseFileCommand(read(files.GITHUB_ENV), 'GITHUB_ENV'),
    addedPaths: read(files.GITHUB_PATH).split(/\r?\n/).filter(Boolean),
    summary: read(files.GITHUB_STEP_SUMMARY),
    ...parsed,
    childEnv,
  }
}

/**
 * Runs main, then post with the state main saved and the variables it exported, in the same
 * RUNNER_TEMP, as the runner does within one job.
 */
export async function runMainAndPost(
  options: RunActionOptions = {},
): Promise<{ main: StepResult; post: StepResult }> {
  const main = await runAction('main', options)
  const post = await runAction('post', {
    ...options,
    state: { ...main.state, ...options.state },
    env: { RUNNER_TEMP: main.childEnv.RUNNER_TEMP, ...main.exportedEnv, ...options.env },
  })
  return { main, post }
}

/** Runs dist/cli/index.js with a minimal environment (no runner variables) plus `env`. */
export async function runCli(
  args: string[],
  options: { env?: EnvOverrides; stdin?: string; timeoutMs?: number; cwd?: string } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  requireEntry(ENTRIES.cli)
  const env = applyOverrides(minimalEnv(), options.env)
  const cwd = options.cwd ?? makeTempDir('ci-relay-cli-')
  return spawnNode(
    `runCli(${JSON.stringify(args)})`,
    [ENTRIES.cli, ...args],
    env,
    cwd,
    options.stdin,
    options.timeoutMs ?? 30_000,
  )
}
