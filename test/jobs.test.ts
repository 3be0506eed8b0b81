// Units of src/github/jobs.ts (finding this job, its outcome) and src/github/commit.ts, the rules
// that status auto and notify share. The API side is covered end to end in status.test.ts.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { readGitHubContext } from '../src/github/context.js'
import { commitOfRun } from '../src/github/commit.js'
import {
  findCurrentJob,
  JobLookupError,
  jobOutcome,
  type JobStep,
  type WorkflowJob,
} from '../src/github/jobs.js'

let nextId = 1
function job(name: string, runner: string | null, extra: Partial<WorkflowJob> = {}): WorkflowJob {
  return {
    id: nextId++,
    name,
    status: 'in_progress',
    conclusion: null,
    runner_name: runner,
    html_url: null,
    started_at: '2026-01-01T00:00:00Z',
    completed_at: null,
    ...extra,
  }
}
const step = (name: string, conclusion: string | null, number = 1): JobStep => ({
  name,
  status: conclusion ? 'completed' : 'in_progress',
  conclusion,
  number,
})

describe('findCurrentJob', () => {
  const a = job('build (a)', 'runner 1')
  const b = job('build (b)', 'runner 2')
  const done = job('lint', 'runner 2', { status: 'completed', conclusion: 'success' })

  test('by runner name, preferring the running job over one the same runner finished', () => {
    assert.deepEqual(findCurrentJob([done, a, b], { job: { runner: 'runner 2', name: 'build' } }), {
      job: b,
      by: 'runner-name',
    })
  })

  test('without a runner match: the one running job named after GITHUB_JOB', () => {
    const other = job('test', 'runner 3')
    assert.equal(findCurrentJob([a, other], { job: { name: 'build' } }).by, 'job-name')
    assert.equal(findCurrentJob([a, other], { job: { runner: 'x', name: 'build' } }).job, a)
  })

  test('else the only running job; else an error that says what was tried', () => {
    assert.equal(findCurrentJob([done, a], { job: { runner: 'x' } }).by, 'only-running-job')
    assert.throws(
      () => findCurrentJob([a, b], { job: { runner: 'x', name: 'build' } }),
      (error: unknown) =>
        error instanceof JobLookupError &&
        /runner_name 'x'.*2 running job\(s\), none alone named after 'build'/.test(error.message) &&
        [...error.reason].length < 100,
    )
  })
})

describe('jobOutcome', () => {
  const running = (...steps: JobStep[]) => job('build', 'r', { steps })

  test('a running job: from its steps, failure before cancelled', () => {
    assert.deepEqual(jobOutcome(running(step('a', 'success'), step('post', null))), {
      outcome: 'success',
    })
    assert.deepEqual(jobOutcome(running(step('a', 'skipped'))), { outcome: 'success' })
    assert.deepEqual(
      jobOutcome(running(step('a', 'cancelled', 1), step('b', 'failure', 2), step('c', null, 3))),
      { outcome: 'failure', step: 'b' },
    )
    assert.deepEqual(jobOutcome(running(step('a', 'cancelled'))), {
      outcome: 'cancelled',
      step: 'a',
    })
  })

  test('a finished job: its conclusion', () => {
    const finished = (conclusion: string) => job('x', 'r', { status: 'completed', conclusion })
    assert.equal(jobOutcome(finished('timed_out')).outcome, 'failure')
    assert.equal(jobOutcome(finished('skipped')).outcome, 'skipped')
    assert.equal(jobOutcome(finished('cancelled')).outcome, 'cancelled')
    assert.equal(jobOutcome(finished('neutral')).outcome, 'success')
  })
})

describe('commitOfRun', () => {
  const context = (env: Record<string, string>, event?: unknown) => {
    const ctx = readGitHubContext({ GITHUB_SHA: 'merge', ...env })
    const github = ctx.github as NonNullable<typeof ctx.github>
    return { ...ctx, github: { ...github, event: () => (event ?? {}) as Record<string, unknown> } }
  }

  test('pull_request*: the head; workflow_run: head_sha; else GITHUB_SHA', () => {
    const pr = { pull_request: { head: { sha: 'head' } } }
    for (const name of ['pull_request', 'pull_request_target', 'pull_request_review'])
      assert.equal(commitOfRun(context({ GITHUB_EVENT_NAME: name }, pr)).sha, 'head')
    const run = { workflow_run: { head_sha: 'run-head' } }
    assert.equal(commitOfRun(context({ GITHUB_EVENT_NAME: 'workflow_run' }, run)).sha, 'run-head')
    assert.equal(commitOfRun(context({ GITHUB_EVENT_NAME: 'push' })).sha, 'merge')
  })

  test('a pull_request event without a head: no sha, and where it was looked for', () => {
    assert.deepEqual(commitOfRun(context({ GITHUB_EVENT_NAME: 'pull_request' })), {
      sha: undefined,
      from: "the pull_request event's pull_request.head.sha",
    })
  })
})
