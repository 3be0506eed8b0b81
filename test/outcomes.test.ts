// One conclusion → outcome table per platform, and every reader of a conclusion agrees with it.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { runStatusOf } from '../src/github/build-info.js'
import { jobOutcome, type WorkflowJob } from '../src/github/jobs.js'
import { GITHUB_CONCLUSIONS, OUTCOME_OF_CONCLUSION } from '../src/github/outcomes.js'
import { GITLAB_JOB_STATUSES, RUN_STATUS_OF_JOB, runStatusOfJob } from '../src/gitlab/outcomes.js'

const job = (fields: Partial<WorkflowJob>): WorkflowJob => ({
  id: 1,
  name: 'build',
  status: 'completed',
  conclusion: null,
  runner_name: 'r',
  html_url: null,
  started_at: '2026-01-01T10:00:00Z',
  completed_at: null,
  ...fields,
})

describe('GitHub conclusions', () => {
  it("covers every conclusion GitHub's OpenAPI description lists", () => {
    const openapi = JSON.parse(
      readFileSync(new URL('./fixtures/github-openapi.json', import.meta.url), 'utf8'),
    ) as { operations: Record<string, { query: Record<string, { enum?: string[] }> }> }
    // The runs filter lists statuses and conclusions together; the statuses are not conclusions.
    const statuses = ['completed', 'in_progress', 'queued', 'requested', 'waiting', 'pending']
    const listed = openapi.operations['GET /repos/{owner}/{repo}/actions/runs']?.query.status?.enum
    assert.ok(listed?.length)
    for (const conclusion of listed.filter((value) => !statuses.includes(value)))
      assert.ok((GITHUB_CONCLUSIONS as readonly string[]).includes(conclusion), conclusion)
    assert.ok(GITHUB_CONCLUSIONS.includes('startup_failure'))
  })

  it('maps each one the same way for a finished job, a run in runs[] and a step', () => {
    const expected = {
      success: 'success',
      neutral: 'success',
      failure: 'failure',
      timed_out: 'failure',
      startup_failure: 'failure',
      action_required: 'failure',
      cancelled: 'cancelled',
      stale: 'cancelled',
      skipped: 'skipped',
    }
    assert.deepEqual(OUTCOME_OF_CONCLUSION, expected)
    for (const conclusion of GITHUB_CONCLUSIONS) {
      const outcome = expected[conclusion]
      assert.equal(jobOutcome(job({ conclusion })).outcome, outcome, `job ${conclusion}`)
      assert.equal(runStatusOf({ status: 'completed', conclusion }), outcome, `run ${conclusion}`)
      const step = { name: 's', status: 'completed', conclusion, number: 1 }
      const running = jobOutcome(job({ status: 'in_progress', steps: [step] })).outcome
      // A running job is decided by a step that failed or was cancelled; else it is a success.
      assert.equal(
        running,
        outcome === 'failure' || outcome === 'cancelled' ? outcome : 'success',
        `step ${conclusion}`,
      )
    }
  })

  it('action_required and stale are never a success (status auto and notify agree)', () => {
    for (const conclusion of ['action_required', 'stale']) {
      assert.notEqual(jobOutcome(job({ conclusion })).outcome, 'success')
      assert.equal(
        jobOutcome(job({ conclusion })).outcome,
        runStatusOf({ status: 'completed', conclusion }),
      )
    }
  })

  it('a conclusion GitHub adds later is not taken for a success', () => {
    assert.equal(jobOutcome(job({ conclusion: 'something_new' })).outcome, 'failure')
  })
})

describe('GitLab job statuses', () => {
  it('maps every status GitLab documents', () => {
    assert.deepEqual(Object.keys(RUN_STATUS_OF_JOB).sort(), [...GITLAB_JOB_STATUSES].sort())
    const expected: Record<string, string> = {
      created: 'queued',
      waiting_for_resource: 'queued',
      preparing: 'queued',
      waiting_for_callback: 'queued',
      pending: 'queued',
      scheduled: 'queued',
      running: 'in_progress',
      success: 'success',
      failed: 'failure',
      canceling: 'cancelled',
      canceled: 'cancelled',
      skipped: 'skipped',
      manual: 'skipped',
    }
    for (const status of GITLAB_JOB_STATUSES)
      assert.equal(runStatusOfJob(status), expected[status], status)
    assert.equal(runStatusOfJob('something_new'), 'failure')
  })
})
