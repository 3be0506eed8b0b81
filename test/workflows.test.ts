// The repository's workflows and every GitHub workflow in the README: actionlint finds nothing,
// each is complete (on:, jobs), and each ci-relay step gives only inputs its action takes (and
// the ones it requires), as actionlint does for actions it can read.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { parse } from 'yaml'
import { COMMAND_NAMES } from '../src/inputs.js'
import { REPO_ROOT } from './support/runner.js'

interface Workflow {
  name: string
  text: string
}

const WORKFLOW_DIR = join(REPO_ROOT, '.github/workflows')
const repositoryWorkflows: Workflow[] = readdirSync(WORKFLOW_DIR)
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => ({
    name: `.github/workflows/${file}`,
    text: readFileSync(join(WORKFLOW_DIR, file), 'utf8'),
  }))

/** The README's ```yaml blocks that are GitHub Actions YAML (GitLab CI blocks are not). */
function readmeBlocks(): Workflow[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const blocks: Workflow[] = []
  for (const match of readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
    const text = match[1] as string
    const line = readme.slice(0, match.index).split('\n').length + 1
    const gitlab =
      /^\s*(script|include|stage|image|spec|variables|artifacts):/m.test(text) &&
      !/runs-on:/.test(text)
    if (!gitlab) blocks.push({ name: `README.md:${line}`, text })
  }
  return blocks
}

/** actionlint's findings for each workflow (one process, one WebAssembly start for all). */
async function actionlintAll(workflows: Workflow[]): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-relay-actionlint-'))
  try {
    const files = workflows.map((workflow, i) => {
      const file = join(dir, `${i}.yml`)
      writeFileSync(file, workflow.text)
      return file
    })
    const child = execFile(process.execPath, [join(REPO_ROOT, 'scripts/actionlint.mjs'), ...files])
    let stdout = ''
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk))
    await new Promise((resolve) => child.on('close', resolve))
    const problems = JSON.parse(stdout) as { file: string; line: number; message: string }[]
    return workflows.map((workflow, i) =>
      problems
        .filter((p) => p.file === files[i])
        .map((p) => `${workflow.name} (+${p.line}): ${p.message}`),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function actionlint(workflow: Workflow): Promise<string[]> {
  return (await actionlintAll([workflow]))[0] as string[]
}

function actionInputs(path: string): Record<string, { required?: boolean }> {
  return parse(readFileSync(join(REPO_ROOT, path, 'action.yml'), 'utf8')).inputs
}

/** ci-relay steps: inputs the action does not take, required inputs missing. */
function ciRelayProblems(workflow: Workflow): string[] {
  const problems: string[] = []
  const doc = parse(workflow.text) as {
    jobs?: Record<string, { steps?: Record<string, unknown>[] }>
  }
  for (const [job, { steps = [] }] of Object.entries(doc.jobs ?? {})) {
    for (const step of steps) {
      const uses = typeof step.uses === 'string' ? step.uses : ''
      // ./ or <owner>/ci-relay@v1: the root action; ./<command> or <owner>/ci-relay/<command>@v1.
      const match = /^(?:\.\/|[^/]+\/ci-relay(?:\/|@))([a-z-]*)/.exec(uses)
      if (!match) continue
      const command = uses.includes('ci-relay@') ? '' : (match[1] as string)
      if (command && !(COMMAND_NAMES as readonly string[]).includes(command)) {
        if (uses.startsWith('./')) continue // ./scripts/... or another local action
        problems.push(`${workflow.name} ${job}: unknown action ${uses}`)
        continue
      }
      const inputs = actionInputs(command)
      const given = Object.keys((step.with as Record<string, unknown>) ?? {})
      for (const name of given)
        if (!inputs[name])
          problems.push(`${workflow.name} ${job}: ${uses} takes no input '${name}'`)
      for (const [name, spec] of Object.entries(inputs))
        if (spec.required && !given.includes(name))
          problems.push(`${workflow.name} ${job}: ${uses} needs '${name}'`)
      if (!command)
        problems.push(`${workflow.name} ${job}: use the per-command action, not ${uses}`)
    }
  }
  return problems
}

test('the workflows: permissions contents: read at the top, actionlint clean, ci-relay steps valid', async () => {
  assert.ok(repositoryWorkflows.some((w) => w.name.endsWith('/ci.yml')))
  const linted = await actionlintAll(repositoryWorkflows)
  for (const [i, workflow] of repositoryWorkflows.entries()) {
    const doc = parse(workflow.text)
    assert.deepEqual(doc.permissions, { contents: 'read' }, workflow.name)
    assert.deepEqual(linted[i], [])
    assert.deepEqual(ciRelayProblems(workflow), [])
  }
  const ci = parse(repositoryWorkflows.find((w) => w.name.endsWith('/ci.yml'))?.text ?? '')
  assert.deepEqual(ci.jobs.test.strategy.matrix.node, [20, 24])
  const used = JSON.stringify(ci.jobs.actions.steps)
  for (const command of ['status', 'notify', 'receive', 'callback', 'dispatch'])
    assert.match(used, new RegExp(`"uses":"\\./${command}"`), command)
})

test('every GitHub workflow in the README is complete, actionlint clean, and uses per-command actions', async () => {
  const blocks = readmeBlocks()
  assert.ok(blocks.length >= 10, `found ${blocks.length}`)
  const problems: string[] = []
  const complete = blocks.filter((block) => {
    const doc = parse(block.text) as Record<string, unknown> | null
    if (doc && 'on' in doc && 'jobs' in doc) return true
    problems.push(`${block.name}: not a complete workflow (on: and jobs:)`)
    return false
  })
  for (const found of await actionlintAll(complete)) problems.push(...found)
  for (const block of complete) problems.push(...ciRelayProblems(block))
  assert.deepEqual(problems, [])
})

test('the checks catch what they are for', async () => {
  const broken: Workflow = {
    name: 'broken',
    text: [
      'on: push',
      'jobs:',
      '  a:',
      '    needs: [missing]',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: <owner>/ci-relay/dispatch@v1',
      '        with:',
      '          repositories: acme/deploy',
      '',
    ].join('\n'),
  }
  assert.match((await actionlint(broken)).join('\n'), /missing/)
  const problems = ciRelayProblems(broken).join('\n')
  assert.match(problems, /takes no input 'repositories'/)
  assert.match(problems, /needs 'event-type'/)
})
