// Units behind notify: job conclusions → run status → build status, the run context → BuildInfo,
// and the URL list.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { autoBuildStatus } from '../src/build.js'
import { readContext } from '../src/context.js'
import { githubBuildInfo, githubRunOf, runStatusOf } from '../src/github/build-info.js'
import { splitUrls } from '../src/webhook/urls.js'
import { assertValidCiRelayPayload } from './support/payload-schema.js'
import { buildPayload } from '../src/webhook/formats/index.js'

describe('job status', () => {
  it('maps every conclusion GitHub documents', () => {
    const cases: [string, string | null, string][] = [
      ['completed', 'success', 'success'],
      ['completed', 'neutral', 'success'],
      ['completed', 'failure', 'failure'],
      ['completed', 'timed_out', 'failure'],
      ['completed', 'startup_failure', 'failure'],
      ['completed', 'action_required', 'failure'],
      ['completed', 'cancelled', 'cancelled'],
      ['completed', 'skipped', 'skipped'],
      ['completed', 'stale', 'cancelled'],
      ['in_progress', null, 'in_progress'],
      ['queued', null, 'queued'],
      ['waiting', null, 'queued'],
    ]
    for (const [status, conclusion, expected] of cases)
      assert.equal(runStatusOf({ status, conclusion }), expected, `${status}/${conclusion}`)
  })

  it('auto: failure over cancelled over success; unfinished jobs do not count', () => {
    const of = (...statuses: string[]) =>
      autoBuildStatus(statuses.map((status) => ({ status }) as { status: 'success' }))
    assert.equal(of('success', 'cancelled', 'failure'), 'failure')
    assert.equal(of('success', 'cancelled', 'in_progress'), 'cancelled')
    assert.equal(of('success', 'skipped', 'in_progress', 'queued'), 'success')
    assert.equal(of(), 'success')
  })
})

describe('GitHub run → BuildInfo', () => {
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/app',
    GITHUB_RUN_ID: '123',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_SHA: 'abc123',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'Release',
    GITHUB_WORKFLOW_REF: 'octo-org/app/.github/workflows/release.yml@refs/tags/v1',
    GITHUB_API_URL: 'https://ghe.example/api/v3',
    GITHUB_SERVER_URL: 'https://ghe.example',
  }

  it('describes the attempt, on GHES too, valid against the schema', () => {
    const context = readContext(env)
    const run = githubRunOf(context)
    assert.ok(typeof run !== 'string')
    const apiUrl = context.github?.apiUrl as string
    const build = githubBuildInfo(
      context,
      run,
      {
        status: 'success',
        runs: [
          { name: 'b', status: 'success', webUrl: 'https://x/b', started: '2026-01-01T10:05:00Z' },
          { name: 'a', status: 'success', webUrl: 'https://x/a', started: '2026-01-01T10:01:00Z' },
        ],
        test: false,
        now: Date.parse('2026-01-01T10:09:00.456Z'),
      },
      apiUrl,
    )
    assert.equal(build.webUrl, 'https://ghe.example/octo-org/app/actions/runs/123/attempts/2')
    assert.equal(
      build.apiUrl,
      'https://ghe.example/api/v3/repos/octo-org/app/actions/runs/123/attempts/2',
    )
    assert.equal(build.workflowId, '.github/workflows/release.yml')
    assert.equal(build.buildNumber, 7)
    assert.equal(build.created, '2026-01-01T10:01:00Z', 'the earliest job start')
    assert.equal(build.completed, '2026-01-01T10:09:00Z')
    assertValidCiRelayPayload(buildPayload('ci-relay', build))
  })

  it('names what is missing outside a run', () => {
    assert.equal(
      githubRunOf(readContext({})),
      'GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_SHA must be set',
    )
    assert.match(
      githubRunOf(readContext({ ...env, GITHUB_RUN_ID: 'abc' })) as string,
      /GITHUB_RUN_ID \(a number\)/,
    )
  })
})

describe('URL list', () => {
  it('splits on newlines and on commas that start another URL', () => {
    assert.deepEqual(
      splitUrls(' https://a.example/x?tags=1,2 , http://b.example\n\nhttps://c.example/y,z\n'),
      ['https://a.example/x?tags=1,2', 'http://b.example', 'https://c.example/y,z'],
    )
    assert.deepEqual(splitUrls('https://a.example,ftp://b.example'), [
      'https://a.example',
      'ftp://b.example',
    ])
  })
})
