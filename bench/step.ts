// Runs an action's steps the way the GitHub Actions runner does, for the benchmark: the action.yml
// decides which files run (main, and post only where it declares one), its defaults become INPUT_*
// variables, GITHUB_OUTPUT/GITHUB_STATE are fresh files, and main's state reaches post as STATE_*.
// Children get a clean environment: PATH and the runner's variables, nothing inherited (an
// inherited NODE_EXTRA_CA_CERTS alone adds 30–60 ms to a start).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { githubEnv, parseFileCommand } from '../test/support/runner.js'

export interface Action {
  /** The directory of action.yml. */
  dir: string
  main: string
  post?: string
  defaults: Record<string, string>
}

/** Reads `dir/action.yml` (or `.yaml`): which files run, and the inputs' defaults. */
export function readAction(dir: string): Action {
  const file = ['action.yml', 'action.yaml'].map((f) => join(dir, f)).find(existsSync)
  if (!file) throw new Error(`no action.yml in ${dir}`)
  const doc = parseYaml(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>
    runs: { main: string; post?: string }
  }
  const defaults: Record<string, string> = {}
  for (const [name, spec] of Object.entries(doc.inputs ?? {}))
    if (spec?.default !== undefined) defaults[name] = String(spec.default)
  return {
    dir: dirname(file),
    main: join(dir, doc.runs.main),
    post: doc.runs.post ? join(dir, doc.runs.post) : undefined,
    defaults,
  }
}

/**
 * ci-relay's action for a command as users write it: `<command>/action.yml` where it exists (one
 * action per command), else the root action.yml with the `command` input.
 */
export function relayAction(
  root: string,
  command: string,
): { action: Action; inputs: Record<string, string> } {
  const own = join(root, command)
  if (existsSync(join(own, 'action.yml'))) return { action: readAction(own), inputs: {} }
  return { action: readAction(root), inputs: { command } }
}

export interface Job {
  dir: string
  env: Record<string, string>
  /** ${{ github.* }} values used in defaults. */
  github: Record<string, string>
}

/** A job's runner environment: its variables, and the files the runner creates for it. */
export function newJob(overrides: Record<string, string> = {}, event: unknown = {}): Job {
  const dir = mkdtempSync(join(tmpdir(), 'ci-relay-bench-'))
  const eventPath = join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(event))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...(githubEnv({ RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir, ...overrides }) as Record<
      string,
      string
    >),
    GITHUB_EVENT_PATH: eventPath,
  }
  return {
    dir,
    env,
    github: {
      token: 'ghs_workflowToken0000000000000000000000',
      api_url: env.GITHUB_API_URL as string,
      repository: env.GITHUB_REPOSITORY as string,
    },
  }
}

export function removeJob(job: Job): void {
  rmSync(job.dir, { recursive: true, force: true })
}

export interface StepRun {
  wall: number
  cpu: number
  code: number
  outputs: Record<string, string>
  state: Record<string, string>
  stderr: string
  stdout: string
}

let stepCount = 0

/** One step: `node file` with INPUT_* (defaults applied), STATE_* and fresh file-command files. */
export async function runStep(
  node: string,
  job: Job,
  action: Action,
  file: string,
  inputs: Record<string, string>,
  options: {
    state?: Record<string, string>
    env?: Record<string, string>
    nodeArgs?: string[]
  } = {},
): Promise<StepRun> {
  const n = ++stepCount
  const files = {
    GITHUB_OUTPUT: join(job.dir, `output-${n}`),
    GITHUB_STATE: join(job.dir, `state-${n}`),
    GITHUB_ENV: join(job.dir, `env-${n}`),
    GITHUB_PATH: join(job.dir, `path-${n}`),
    GITHUB_STEP_SUMMARY: join(job.dir, `summary-${n}`),
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const env: Record<string, string> = { ...job.env, ...files, ...options.env }
  for (const [name, value] of Object.entries({ ...action.defaults, ...inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.replace(
      /\$\{\{\s*github\.(\w+)\s*\}\}/g,
      (_m, key: string) => job.github[key] ?? '',
    )
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value
  const { wall, cpu, code, stdout, stderr } = await timeNode(
    node,
    [...(options.nodeArgs ?? []), file],
    env,
    action.dir,
  )
  return {
    wall,
    cpu,
    code,
    stdout,
    stderr,
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommand(readFileSync(files.GITHUB_STATE, 'utf8')),
  }
}

const RUSAGE = fileURLToPath(new URL('./rusage.py', import.meta.url))
const python = spawnSync('python3', ['-c', ''], { stdio: 'ignore' }).status === 0

/**
 * One child process: wall time from start to exit (output drained) and, through bench/rusage.py
 * when python3 is there, its CPU time (user + system; NaN without python3).
 */
export function timeNode(
  node: string,
  args: string[],
  env: Record<string, string>,
  cwd = process.cwd(),
): Promise<{ wall: number; cpu: number; code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const [file, argv] = python ? ['python3', [RUSAGE, node, ...args]] : [node, args]
    const child = spawn(file, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    const usage: Buffer[] = []
    child.stdout?.on('data', (c: Buffer) => out.push(c))
    child.stderr?.on('data', (c: Buffer) => err.push(c))
    child.stdio[3]?.on('data', (c: Buffer) => usage.push(c))
    child.on('error', reject)
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e6
      const measured = python
        ? (JSON.parse(Buffer.concat(usage).toString('utf8')) as { wallMs: number; cpuMs: number })
        : undefined
      resolve({
        wall: measured?.wallMs ?? wall,
        cpu: measured?.cpuMs ?? Number.NaN,
        code: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      })
    })
  })
}
