// The stand-in's statuses, pull requests and jobs must be as strict as GitHub, or the status
// scenarios could pass while the real API refuses.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { addStatusRoutes, runningJob } from './support/github-statuses.js'
import { WORKFLOW_TOKEN } from './support/runner.js'
import { startGitHub } from './support/scenario.js'

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53'

async function setUp() {
  const fake = await startGitHub({
    installations: [
      {
        id: 101,
        account: 'octo-org',
        repositories: ['app'],
        permissions: { contents: 'write', metadata: 'read' },
      },
    ],
  })
  const github = addStatusRoutes(fake)
  const call = async (method: string, path: string, body?: unknown, token = WORKFLOW_TOKEN) => {
    const res = await fetch(`${fake.url}${path}`, {
      method,
      headers: {
        authorization: `token ${token}`,
        'user-agent': 'ci-relay-test',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    return {
      status: res.status,
      link: res.headers.get('link'),
      body: text ? (JSON.parse(text) as any) : null, // eslint-disable-line @typescript-eslint/no-explicit-any
    }
  }
  return { fake, github, call }
}

describe('GitHub stand-in: statuses, pull requests, jobs', () => {
  test('statuses: 201 with the API url; 422 like GitHub on each limit', async () => {
    const { fake, github, call } = await setUp()
    const post = (body: unknown, sha = SHA) =>
      call('POST', `/repos/octo-org/app/statuses/${sha}`, body)
    const ok = await post({ state: 'success', context: 'ci', description: '🚀'.repeat(140) })
    assert.equal(ok.status, 201)
    assert.equal(ok.body.url, `${fake.url}/repos/octo-org/app/statuses/${SHA}`)
    assert.equal((await post({ state: 'success', description: 'x'.repeat(141) })).status, 422)
    assert.equal((await post({ state: 'passed' })).status, 422)
    assert.equal((await post({ description: 'no state' })).status, 422)
    assert.equal((await post({ state: 'success', context: 'c'.repeat(256) })).status, 422)
    assert.equal((await post({ state: 'success' }, 'ffac537')).status, 422)
    assert.deepEqual(github.states(), ['success'])
    assert.match(String(fake.requests[2]?.schemaErrors), /state/)
  })

  test('statuses: the 1001st for one sha and context is refused', async () => {
    const { call } = await setUp()
    const post = () => call('POST', `/repos/octo-org/app/statuses/${SHA}`, { state: 'pending' })
    for (let i = 0; i < 1000; i++) assert.equal((await post()).status, 201)
    assert.equal((await post()).status, 422)
  })

  test('statuses need statuses: write and jobs need actions: read', async () => {
    const { fake, github, call } = await setUp()
    github.setJobs({}, [runningJob('build', 'runner')])
    // An installation token without statuses or actions, as the stand-in would mint it.
    const token = 'ghs_contentsOnlyToken000000000000000000'
    fake.tokens.push({
      token,
      installationId: 101,
      repositories: ['app'],
      permissions: { contents: 'write', metadata: 'read' },
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      revoked: false,
    })
    const status = await call(
      'POST',
      `/repos/octo-org/app/statuses/${SHA}`,
      { state: 'success' },
      token,
    )
    assert.equal(status.status, 403)
    const jobs = await call(
      'GET',
      '/repos/octo-org/app/actions/runs/9876543210/attempts/1/jobs',
      undefined,
      token,
    )
    assert.equal(jobs.status, 403)
    assert.deepEqual(github.statuses, [])
  })

  test('jobs: paginated with Link headers; an unknown attempt is 404', async () => {
    const { github, call } = await setUp()
    github.setJobs(
      {},
      Array.from({ length: 5 }, (_, i) => runningJob(`job ${i}`, `runner ${i}`)),
    )
    const path = '/repos/octo-org/app/actions/runs/9876543210/attempts/1/jobs'
    const first = await call('GET', `${path}?per_page=2`)
    assert.equal(first.status, 200)
    assert.equal(first.body.total_count, 5)
    assert.deepEqual(
      first.body.jobs.map((j: { name: string }) => j.name),
      ['job 0', 'job 1'],
    )
    assert.match(first.link ?? '', /per_page=2&page=2>; rel="next".*page=3>; rel="last"/)
    const last = await call('GET', `${path}?per_page=2&page=3`)
    assert.deepEqual(
      last.body.jobs.map((j: { runner_name: string }) => j.runner_name),
      ['runner 4'],
    )
    assert.doesNotMatch(last.link ?? '', /rel="next"/)
    assert.equal((await call('GET', path.replace('attempts/1', 'attempts/2'))).status, 404)
  })

  test('pull requests: the event payload and GET /pulls/{n} agree on the head', async () => {
    const { github, call } = await setUp()
    const event = github.addPullRequest({ number: 3, headSha: SHA, mergeSha: 'a'.repeat(40) })
    const pull = await call('GET', '/repos/octo-org/app/pulls/3')
    assert.equal(pull.status, 200)
    assert.equal(pull.body.head.sha, SHA)
    assert.deepEqual(pull.body, event.pull_request)
    assert.equal((await call('GET', '/repos/octo-org/app/pulls/4')).status, 404)
  })
})
