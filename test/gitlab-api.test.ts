// The GitLab stand-in is as strict as GitLab: each rule here is one ci-relay relies on, checked
// with plain requests (no ci-relay code), so a stand-in that lets a mistake through fails here.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  GITLAB_TOKEN,
  JOB_TOKEN,
  MERGE_COMMIT_SHA,
  MR_SOURCE_SHA,
  PIPELINE_ID,
  PROJECT_ID,
  READ_TOKEN,
  pipelineJobs,
  startGitLab,
} from './support/gitlab-scenario.js'
import type { FakeGitLab } from './support/gitlab-api.js'

async function call(
  fake: FakeGitLab,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: {
      ...(options.token && { 'PRIVATE-TOKEN': options.token }),
      ...(options.body !== undefined && { 'Content-Type': 'application/json' }),
      ...options.headers,
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  })
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as any, // eslint-disable-line @typescript-eslint/no-explicit-any
  }
}

const STATUS = `/projects/${PROJECT_ID}/statuses/${MR_SOURCE_SHA}`

describe('GitLab stand-in', () => {
  test('PRIVATE-TOKEN: missing, unknown or a job token (either header) → 401', async () => {
    const fake = await startGitLab()
    const body = { state: 'success', ref: 'feature/widget' }
    assert.equal((await call(fake, 'POST', STATUS, { body })).status, 401)
    assert.equal((await call(fake, 'POST', STATUS, { body, token: 'glpat-nope' })).status, 401)
    assert.equal((await call(fake, 'POST', STATUS, { body, token: JOB_TOKEN })).status, 401)
    const jobHeader = await call(fake, 'POST', STATUS, {
      body,
      headers: { 'JOB-TOKEN': JOB_TOKEN },
    })
    assert.deepEqual([jobHeader.status, jobHeader.body], [401, { message: '401 Unauthorized' }])
    assert.equal((await call(fake, 'POST', STATUS, { body, token: GITLAB_TOKEN })).status, 201)
  })

  test('scopes: read_api cannot post (403 insufficient_scope) but can list jobs', async () => {
    const fake = await startGitLab()
    const post = await call(fake, 'POST', STATUS, { token: READ_TOKEN, body: { state: 'success' } })
    assert.equal(post.status, 403)
    assert.equal(post.body.error, 'insufficient_scope')
    const jobs = await call(fake, 'GET', `/projects/${PROJECT_ID}/pipelines/${PIPELINE_ID}/jobs`, {
      token: READ_TOKEN,
    })
    assert.equal(jobs.status, 200)
  })

  test('projects by id or encoded path; others are 404', async () => {
    const fake = await startGitLab()
    const body = { state: 'success', ref: 'feature/widget' }
    const byPath = `/projects/group%2Fsub%2Fapp/statuses/${MR_SOURCE_SHA}`
    assert.equal((await call(fake, 'POST', byPath, { token: GITLAB_TOKEN, body })).status, 201)
    const other = `/projects/7/statuses/${MR_SOURCE_SHA}`
    assert.equal((await call(fake, 'POST', other, { token: GITLAB_TOKEN, body })).status, 404)
  })

  test('statuses: state, 255-character limits, the commit, pipeline_id of that sha', async () => {
    const fake = await startGitLab()
    const post = (body: Record<string, unknown>, path = STATUS) =>
      call(fake, 'POST', path, { token: GITLAB_TOKEN, body })
    assert.equal((await post({})).status, 400)
    assert.equal((await post({ state: 'failure' })).status, 400, "GitHub's word is not GitLab's")
    for (const field of ['name', 'description', 'target_url']) {
      const value =
        field === 'target_url' ? `https://x.example/${'a'.repeat(240)}` : 'é'.repeat(256)
      const answer = await post({ state: 'success', ref: 'main', [field]: value })
      assert.equal(answer.status, 400, field)
      assert.match(JSON.stringify(answer.body), /is too long \(maximum is 255 characters\)/)
    }
    assert.equal((await post({ state: 'success', name: 'é'.repeat(255) })).status, 201)
    const missing = `/projects/${PROJECT_ID}/statuses/${'9'.repeat(40)}`
    assert.equal((await post({ state: 'success' }, missing)).status, 404)
    const wrongPipeline = await post({ state: 'success', pipeline_id: PIPELINE_ID })
    assert.deepEqual(wrongPipeline.body, {
      message: '404 Pipeline for pipeline_id, sha and ref Not Found',
    })
    const merge = `/projects/${PROJECT_ID}/statuses/${MERGE_COMMIT_SHA}`
    assert.equal((await post({ state: 'success', pipeline_id: PIPELINE_ID }, merge)).status, 201)
  })

  test('a status in the state it already has: 400 Cannot transition; finished ones start anew', async () => {
    const fake = await startGitLab()
    const post = (state: string) =>
      call(fake, 'POST', STATUS, {
        token: GITLAB_TOKEN,
        body: { state, name: 'ci', ref: 'feature/widget' },
      })
    assert.equal((await post('running')).status, 201)
    const again = await post('running')
    assert.equal(again.status, 400)
    assert.match(again.body.message, /^Cannot transition status via :run from :running/)
    assert.equal((await post('pending')).status, 400, 'running cannot go back to pending')
    assert.equal((await post('success')).status, 201)
    assert.equal((await post('success')).status, 201, 'a finished status is not updated: a new one')
    assert.deepEqual(
      fake.statuses(PROJECT_ID, MR_SOURCE_SHA).map((s) => s.status),
      ['success', 'success'],
    )
  })

  test('jobs: paginated with x-next-page, x-total-pages and Link; retried only on request', async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({
      id: 2000 + i,
      name: `j${i}`,
      status: 'success',
    }))
    const fake = await startGitLab([...pipelineJobs(), ...many])
    const path = `/projects/${PROJECT_ID}/pipelines/${PIPELINE_ID}/jobs`
    const first = await call(fake, 'GET', `${path}?per_page=100`, { token: GITLAB_TOKEN })
    assert.equal(first.body.length, 100)
    assert.equal(first.headers.get('x-total'), '154')
    assert.equal(first.headers.get('x-total-pages'), '2')
    assert.equal(first.headers.get('x-next-page'), '2')
    assert.match(first.headers.get('link') ?? '', /per_page=100&page=2>; rel="next"/)
    const second = await call(fake, 'GET', `${path}?per_page=100&page=2`, { token: GITLAB_TOKEN })
    assert.equal(second.body.length, 54)
    assert.equal(second.headers.get('x-next-page'), '')
    assert.doesNotMatch(second.headers.get('link') ?? '', /rel="next"/)
    const capped = await call(fake, 'GET', `${path}?per_page=500`, { token: GITLAB_TOKEN })
    assert.equal(capped.headers.get('x-per-page'), '100')
    const retried = await call(fake, 'GET', `${path}?per_page=100&page=2&include_retried=true`, {
      token: GITLAB_TOKEN,
    })
    assert.equal(retried.body.length, 55)
  })

  test('fault hook and extra routes: a scripted 429, and an endpoint added by another test', async () => {
    const fake = await startGitLab()
    fake.fault((request) =>
      request.pathname.endsWith('/jobs')
        ? {
            status: 429,
            headers: { 'retry-after': '3', 'ratelimit-reset': '1700000000' },
            body: { message: 'Retry later' },
          }
        : undefined,
    )
    const limited = await call(
      fake,
      'GET',
      `/projects/${PROJECT_ID}/pipelines/${PIPELINE_ID}/jobs`,
      {
        token: GITLAB_TOKEN,
      },
    )
    assert.equal(limited.status, 429)
    assert.equal(limited.headers.get('retry-after'), '3')
    fake.route(
      'POST',
      /^\/projects\/([^/]+)\/trigger\/pipeline$/,
      (request, [id]) => ({
        status: 201,
        body: { id: 1, project: id, ref: (request.body as { ref: string }).ref },
      }),
      { auth: 'none' },
    )
    const triggered = await call(fake, 'POST', `/projects/${PROJECT_ID}/trigger/pipeline`, {
      body: { token: 'glptt-x', ref: 'main' },
    })
    assert.deepEqual(triggered.body, { id: 1, project: String(PROJECT_ID), ref: 'main' })
    assert.equal(fake.requests.length, 2)
  })

  test("pipeline triggers: the project's trigger token, an existing ref, variables; reading needs read_api", async () => {
    const fake = await startGitLab()
    const project = fake.project(String(PROJECT_ID)) as { triggerTokens?: string[] }
    project.triggerTokens = ['glptt-good']
    const trigger = (path: string, body: unknown, headers?: Record<string, string>) =>
      call(fake, 'POST', `/projects/${path}/trigger/pipeline`, { body, headers })
    const valid = { token: 'glptt-good', ref: 'main', variables: { CI_RELAY_PAYLOAD: '{}' } }
    assert.equal((await trigger(String(PROJECT_ID), { ref: 'main' })).status, 400)
    assert.equal((await trigger(String(PROJECT_ID), { ...valid, token: 'glptt-bad' })).status, 404)
    assert.equal((await trigger('group/sub/app', valid)).status, 404, 'an unencoded path')
    const noRef = await trigger(String(PROJECT_ID), { ...valid, ref: 'nope' })
    assert.deepEqual(
      [noRef.status, noRef.body],
      [400, { message: { base: ['Reference not found'] } }],
    )
    assert.equal(
      (await trigger(String(PROJECT_ID), { ...valid, variables: { 'BAD-NAME': 'x' } })).status,
      400,
    )
    const started = await trigger(encodeURIComponent('group/sub/app'), valid)
    assert.equal(started.status, 201)
    assert.equal(started.body.status, 'created')
    const form = await fetch(`${fake.url}/projects/${PROJECT_ID}/trigger/pipeline`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        token: 'glptt-good',
        ref: 'main',
        'variables[A]': 'b',
      }).toString(),
    })
    assert.equal(form.status, 201)
    const path = `/projects/${PROJECT_ID}/pipelines/${started.body.id}`
    assert.equal((await call(fake, 'GET', path)).status, 401)
    const read = await call(fake, 'GET', path, { token: READ_TOKEN })
    assert.deepEqual(
      [read.status, read.body.id, read.body.status],
      [200, started.body.id, 'created'],
    )
    assert.equal((await call(fake, 'GET', path, { token: READ_TOKEN })).body.status, 'running')
  })
})
