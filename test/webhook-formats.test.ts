import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildPayload, payloadType, type BuildInfo } from '../src/webhook/formats/index.js'
import {
  assertValidCiRelayPayload as assertValid,
  validateCiRelayPayload as validate,
} from './support/payload-schema.js'

const github: BuildInfo = {
  provider: 'github',
  buildId: 9_876_543_210,
  buildNumber: 42,
  status: 'success',
  repository: 'octo-org/app',
  sha: 'a'.repeat(40),
  ref: 'refs/pull/7/merge',
  webUrl: 'https://github.com/octo-org/app/actions/runs/9876543210',
  apiUrl: 'https://api.github.com/repos/octo-org/app/actions/runs/9876543210',
  workflow: 'CI',
  workflowId: 1234,
  event: 'pull_request',
  actor: 'octocat',
  pullRequest: {
    number: 7,
    title: 'Add things',
    sourceBranch: 'feature',
    targetBranch: 'main',
    webUrl: 'https://github.com/octo-org/app/pull/7',
  },
  created: '2025-01-01T10:00:00Z',
  completed: '2025-01-01T10:05:00Z',
  runs: [
    {
      name: 'build (ubuntu)',
      status: 'success',
      webUrl: 'https://github.com/octo-org/app/actions/runs/9876543210/job/1',
      logUrl: 'https://api.github.com/repos/octo-org/app/actions/jobs/1/logs',
      apiUrl: 'https://api.github.com/repos/octo-org/app/actions/jobs/1',
      started: '2025-01-01T10:00:10Z',
      completed: '2025-01-01T10:03:00Z',
      runner: 'ubuntu-latest',
    },
    {
      name: 'lint',
      status: 'skipped',
      webUrl: 'https://github.com/octo-org/app/actions/runs/9876543210/job/2',
    },
    {
      name: 'notify',
      status: 'in_progress',
      webUrl: 'https://github.com/octo-org/app/actions/runs/9876543210/job/3',
      started: '2025-01-01T10:04:00Z',
      completed: null,
      runner: 'GitHub Actions 3',
    },
  ],
}

const gitlab: BuildInfo = {
  provider: 'gitlab',
  buildId: 1001,
  buildNumber: 12,
  status: 'failure',
  repository: 'group/sub/project',
  sha: 'b'.repeat(40),
  ref: 'feature',
  webUrl: 'https://gitlab.example/group/sub/project/-/pipelines/1001',
  workflow: 'Merge request pipeline',
  event: 'merge_request_event',
  actor: 'jdoe',
  mergeRequest: {
    iid: 3,
    title: 'Draft: fix',
    sourceBranch: 'feature',
    targetBranch: 'main',
    webUrl: 'https://gitlab.example/group/sub/project/-/merge_requests/3',
  },
  created: '2025-02-02T08:00:00.123Z',
  completed: '2025-02-02T08:30:00+01:00',
  runs: [],
}

describe('ci-relay format', () => {
  it('builds every documented field from a GitHub build, valid against the schema', () => {
    const payload = buildPayload('ci-relay', github)
    assertValid(payload)
    assert.deepEqual(payload, {
      type: 'build.completed',
      provider: 'github',
      build_id: 9_876_543_210,
      build_number: 42,
      status: 'success',
      repository: 'octo-org/app',
      sha: 'a'.repeat(40),
      ref: 'refs/pull/7/merge',
      web_url: 'https://github.com/octo-org/app/actions/runs/9876543210',
      workflow: 'CI',
      event: 'pull_request',
      actor: 'octocat',
      pull_request: {
        number: 7,
        title: 'Add things',
        source_branch: 'feature',
        target_branch: 'main',
        web_url: 'https://github.com/octo-org/app/pull/7',
      },
      created: '2025-01-01T10:00:00Z',
      completed: '2025-01-01T10:05:00Z',
      runs: [
        {
          name: 'build (ubuntu)',
          status: 'success',
          web_url: 'https://github.com/octo-org/app/actions/runs/9876543210/job/1',
          log_url: 'https://api.github.com/repos/octo-org/app/actions/jobs/1/logs',
          started: '2025-01-01T10:00:10Z',
          completed: '2025-01-01T10:03:00Z',
          runner: 'ubuntu-latest',
        },
        {
          name: 'lint',
          status: 'skipped',
          web_url: 'https://github.com/octo-org/app/actions/runs/9876543210/job/2',
          log_url: null,
          started: null,
          completed: null,
          runner: null,
        },
        {
          name: 'notify',
          status: 'in_progress',
          web_url: 'https://github.com/octo-org/app/actions/runs/9876543210/job/3',
          log_url: null,
          started: '2025-01-01T10:04:00Z',
          completed: null,
          runner: 'GitHub Actions 3',
        },
      ],
      test: false,
    })
    assert.equal(payloadType(github), 'build.completed')
  })

  it('builds a GitLab merge request pipeline, valid against the schema', () => {
    const payload = buildPayload('ci-relay', gitlab)
    assertValid(payload)
    assert.deepEqual(payload.merge_request, {
      iid: 3,
      title: 'Draft: fix',
      source_branch: 'feature',
      target_branch: 'main',
      web_url: 'https://gitlab.example/group/sub/project/-/merge_requests/3',
    })
    assert.equal('pull_request' in payload, false)
    assert.deepEqual(payload.runs, [])
  })

  it('omits pull_request and merge_request when there is none', () => {
    const payload = buildPayload('ci-relay', { ...github, pullRequest: undefined, event: 'push' })
    assertValid(payload)
    assert.equal('pull_request' in payload, false)
    assert.equal('merge_request' in payload, false)
  })

  it('builds a test delivery as type ping with test true', () => {
    const payload = buildPayload('ci-relay', { ...github, test: true })
    assertValid(payload)
    assert.equal(payload.type, 'ping')
    assert.equal(payload.test, true)
    assert.equal(payloadType({ ...github, test: true }), 'ping')
  })

  it('merges the payload input at the top level, its keys winning', () => {
    const payload = buildPayload('ci-relay', gitlab, {
      environment: 'staging',
      nested: { a: [1, 2] },
      workflow: 'renamed',
    })
    assertValid(payload)
    assert.equal(payload.environment, 'staging')
    assert.deepEqual(payload.nested, { a: [1, 2] })
    assert.equal(payload.workflow, 'renamed')
    // A JSON __proto__ key stays a plain key and pollutes nothing.
    const parsed = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>
    const merged = buildPayload('ci-relay', gitlab, parsed)
    assert.equal(({} as Record<string, unknown>).polluted, undefined)
    assert.equal(Object.prototype.hasOwnProperty.call(merged, '__proto__'), true)
  })

  it('the schema rejects what breaks the contract', () => {
    const good = buildPayload('ci-relay', gitlab)
    for (const bad of [
      { ...good, status: 'passed' },
      { ...good, type: 'ping' },
      { ...good, build_id: '1001' },
      { ...good, created: 'yesterday' },
      { ...good, pull_request: { ...good.merge_request, number: 3 } },
      { ...good, runs: [{ name: 'x' }] },
      Object.fromEntries(Object.entries(good).filter(([key]) => key !== 'sha')),
    ]) {
      assert.equal(validate(bad), false, JSON.stringify(bad))
    }
  })

  it('round-trips through JSON unchanged (serialized once, signed as sent)', () => {
    const payload = buildPayload('ci-relay', github)
    assert.deepEqual(JSON.parse(JSON.stringify(payload)), payload)
  })
})

describe('jobserv format', () => {
  it('builds the Foundries build-complete shape', () => {
    assert.deepEqual(buildPayload('jobserv', github), {
      build_id: 9_876_543_210,
      url: 'https://api.github.com/repos/octo-org/app/actions/runs/9876543210',
      status: 'PASSED',
      runs: [
        {
          name: 'build (ubuntu)',
          url: 'https://api.github.com/repos/octo-org/app/actions/jobs/1',
          status: 'PASSED',
          log_url: 'https://api.github.com/repos/octo-org/app/actions/jobs/1/logs',
          web_url: 'https://github.com/octo-org/app/actions/runs/9876543210/job/1',
          created: '2025-01-01T10:00:10Z',
          completed: '2025-01-01T10:03:00Z',
          host_tag: 'ubuntu-latest',
        },
        {
          name: 'notify',
          url: 'https://github.com/octo-org/app/actions/runs/9876543210/job/3',
          status: 'RUNNING',
          log_url: null,
          web_url: 'https://github.com/octo-org/app/actions/runs/9876543210/job/3',
          created: '2025-01-01T10:04:00Z',
          completed: null,
          host_tag: 'GitHub Actions 3',
        },
      ],
      web_url: 'https://github.com/octo-org/app/actions/runs/9876543210',
      trigger_name: 'CI',
      created: '2025-01-01T10:00:00Z',
      completed: '2025-01-01T10:05:00Z',
    })
  })

  it('reports failure and cancellation as FAILED, and merges the payload input', () => {
    const failed = buildPayload('jobserv', gitlab, { project: 'lmp' })
    assert.equal(failed.status, 'FAILED')
    assert.equal(failed.url, gitlab.webUrl)
    assert.equal(failed.project, 'lmp')
    const cancelled = buildPayload('jobserv', {
      ...github,
      status: 'cancelled',
      runs: [{ name: 'a', status: 'cancelled', webUrl: 'https://x.test/a' }],
    })
    assert.equal(cancelled.status, 'FAILED')
    assert.equal(cancelled.runs[0]?.status, 'FAILED')
    assert.equal(buildPayload('jobserv', { ...github, test: true }).test, true)
    assert.equal('test' in buildPayload('jobserv', github), false)
  })
})

describe('cloud-automator format', () => {
  it('builds a JSON array of one job result', () => {
    assert.deepEqual(buildPayload('cloud-automator', github), [
      {
        type: 'job',
        trigger_job_id: 1234,
        trigger_job_log_id: 9_876_543_210,
        status: 'completed',
        name: 'CI',
        started_at: '2025-01-01T10:00:00Z',
        finished_at: '2025-01-01T10:05:00Z',
      },
    ])
  })

  it('maps failure to failed and cancelled to aborted, merging the payload input', () => {
    const [failed] = buildPayload('cloud-automator', gitlab, { region: 'ap-northeast-1' })
    assert.equal(failed.status, 'failed')
    assert.equal(failed.trigger_job_id, 'Merge request pipeline')
    assert.equal(failed.region, 'ap-northeast-1')
    const [aborted] = buildPayload('cloud-automator', { ...github, status: 'cancelled' })
    assert.equal(aborted.status, 'aborted')
  })
})

describe('buildPayload', () => {
  it('refuses an unknown format and a non-object extra', () => {
    assert.throws(() => buildPayload('xml' as 'ci-relay', github), /Unknown payload format 'xml'/)
    assert.throws(
      () => buildPayload('ci-relay', github, [1] as unknown as Record<string, unknown>),
      /must be a JSON object/,
    )
  })
})
