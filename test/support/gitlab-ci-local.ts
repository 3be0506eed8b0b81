// Runs the GitLab component as GitLab would, with gitlab-ci-local: a throw-away project (a git
// repository with an origin on gitlab.example.com, as gitlab-ci-local needs) holding the committed
// templates and a .gitlab-ci.yml that includes them with `include: local` and `inputs`, run with
// the shell executor. Variables go in as --variable (they win over job variables, as pipeline and
// project variables do on GitLab). Each job's output is read back from gitlab-ci-local's log files.
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { REPO_ROOT } from './runner.js'

const BIN = join(REPO_ROOT, 'node_modules/gitlab-ci-local/dist/index.js')
export const CLI = `node ${join(REPO_ROOT, 'dist/cli/index.js')}`
/** The project the pipeline belongs to (from the origin remote, as gitlab-ci-local reads it). */
export const PROJECT = { server: 'https://gitlab.example.com', path: 'group/sub/app' }

/** Enough to run node, git and rsync: never the test's own credentials or CI variables. */
const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'NODE_V8_COVERAGE']

const dirs: string[] = []
process.once('exit', () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

export interface PipelineResult {
  code: number
  stdout: string
  stderr: string
  /** Job name → its output lines (gitlab-ci-local's per-job log), for the jobs that ran. */
  logs: Record<string, string>
  /** Jobs that ran, with PASS / FAIL / WARN from the report. */
  jobs: Record<string, string>
  /** The project directory (CI_PROJECT_DIR of shell-executor jobs). */
  dir: string
}

export interface PipelineOptions {
  /** The project's .gitlab-ci.yml. */
  ciYaml: string
  variables?: Record<string, string>
  /** File-type variables (the variable holds a path to a file with this content), as GitLab gives
   * TRIGGER_PAYLOAD to a pipeline started by a webhook. */
  fileVariables?: Record<string, string>
  /** Render the configuration only (`--preview`). */
  preview?: boolean
  timeoutMs?: number
}

function git(dir: string, ...args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'git',
      [
        '-c',
        'user.name=Test',
        '-c',
        'user.email=test@example.com',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git ${args.join(' ')}: ${stderr}`)),
    )
  })
}

/** A git repository with the committed templates under templates/ and the given .gitlab-ci.yml. */
export async function makeProject(ciYaml: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-relay-gitlab-'))
  dirs.push(dir)
  cpSync(join(REPO_ROOT, 'gitlab-component/templates'), join(dir, 'templates'), { recursive: true })
  writeFileSync(join(dir, '.gitlab-ci.yml'), ciYaml)
  await git(dir, 'init', '-q', '-b', 'feature')
  await git(dir, 'remote', 'add', 'origin', `${PROJECT.server}/${PROJECT.path}.git`)
  await git(dir, 'add', '-A')
  await git(dir, 'commit', '-q', '-m', 'Add a feature')
  await git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD')
  await git(dir, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main')
  return dir
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const dir = await makeProject(options.ciYaml)
  if (options.fileVariables) {
    const file = Object.fromEntries(
      Object.entries(options.fileVariables).map(([name, content]) => [
        name,
        { type: 'file', values: { '*': content } },
      ]),
    )
    writeFileSync(join(dir, '.gitlab-ci-local-variables.yml'), stringify(file))
  }
  const args = [BIN, '--home', dir]
  if (options.preview) args.push('--preview')
  else args.push('--force-shell-executor', '--no-color')
  const variables = options.variables ?? {}
  for (const [name, value] of Object.entries(variables)) args.push('--variable', `${name}=${value}`)
  if (Object.keys(variables).length)
    args.push('--ignore-predefined-vars', Object.keys(variables).join(','))
  const env: Record<string, string> = { FORCE_COLOR: '0' }
  for (const name of INHERITED) if (process.env[name]) env[name] = process.env[name] as string
  const { code, stdout, stderr } = await new Promise<{
    code: number
    stdout: string
    stderr: string
  }>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`gitlab-ci-local did not finish in time:\n${out}\n${err}`))
    }, options.timeoutMs ?? 90_000)
    child.on('close', (exit) => {
      clearTimeout(timer)
      resolve({ code: exit ?? 1, stdout: out, stderr: err })
    })
  })
  const logs: Record<string, string> = {}
  const outputDir = join(dir, '.gitlab-ci-local/output')
  if (existsSync(outputDir))
    for (const file of readdirSync(outputDir))
      logs[file.replace(/\.log$/, '')] = readFileSync(join(outputDir, file), 'utf8')
  const jobs: Record<string, string> = {}
  for (const match of stdout.matchAll(/^ (PASS|FAIL|WARN) +(\S+)/gm))
    jobs[match[2] as string] = match[1] as string
  return { code, stdout, stderr, logs, jobs, dir }
}

/** The variables of a merge request pipeline with merged results (CI_COMMIT_SHA is the merge commit). */
export function mergeRequestVariables(options: {
  apiUrl: string
  sourceSha: string
  iid?: number
}): Record<string, string> {
  const iid = String(options.iid ?? 17)
  return {
    GITLAB_CI: 'true',
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_API_V4_URL: options.apiUrl,
    CI_MERGE_REQUEST_IID: iid,
    CI_MERGE_REQUEST_TITLE: 'Add a feature',
    CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature',
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: options.sourceSha,
    CI_MERGE_REQUEST_EVENT_TYPE: 'merged_result',
    CI_MERGE_REQUEST_PROJECT_URL: `${PROJECT.server}/${PROJECT.path}`,
    CI_MERGE_REQUEST_PROJECT_PATH: PROJECT.path,
  }
}
