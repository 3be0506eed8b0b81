// Launching AWX / Ansible Tower job templates from a GitLab pipeline: the built CLI run as a
// GitLab job would run it (GitLab's predefined variables, the key in CI_RELAY_SECRET), against
// the AWX stand-in, from a merge request pipeline with merged results and from a push pipeline.
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { get, startFakeAwx, type AwxService, type FakeAwx } from './support/awx.js'
import { MR_SOURCE_SHA, MERGE_COMMIT_SHA, gitlabEnv } from './support/gitlab-env.js'
import { runCli } from './support/runner.js'

const GITHUB_KEY = 'awx-github-webhook-key-0123456789abcdef'
const GITLAB_KEY = 'awx-gitlab-webhook-key-fedcba9876543210'
const PUSH_SHA = '3333333333333333333333333333333333333333'
const BEFORE_SHA = '4444444444444444444444444444444444444444'
/** CI_API_V4_URL of the job: where a status on the commit is posted. */
const API = 'https://gitlab.example/api/v4'

async function startAwx(): Promise<FakeAwx> {
  return startFakeAwx([
    { kind: 'job_templates', id: 7, service: 'github', key: GITHUB_KEY },
    { kind: 'workflow_job_templates', id: 8, service: 'gitlab', key: GITLAB_KEY },
  ])
}

type Pipeline = 'merge_request' | 'push'

/** GitLab's variables for a merged-results merge request pipeline, or a push to main. */
function pipelineEnv(pipeline: Pipeline, secret: string): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    ...gitlabEnv(API, {
      GITLAB_USER_ID: '1001',
      GITLAB_USER_NAME: 'Alice Example',
      GITLAB_USER_EMAIL: 'alice@example.com',
      CI_DEFAULT_BRANCH: 'main',
      CI_PROJECT_VISIBILITY: 'private',
      CI_MERGE_REQUEST_ID: '880003',
    }),
    CI_RELAY_SECRET: secret,
  }
  if (pipeline === 'push') {
    for (const name of Object.keys(env)) {
      if (name.startsWith('CI_MERGE_REQUEST_')) delete env[name]
    }
    Object.assign(env, {
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_SHA: PUSH_SHA,
      CI_COMMIT_BEFORE_SHA: BEFORE_SHA,
      CI_COMMIT_BRANCH: 'main',
      CI_COMMIT_REF_NAME: 'main',
      CI_COMMIT_MESSAGE: 'Release the widget\n',
      CI_COMMIT_TIMESTAMP: '2026-11-29T15:00:00+00:00',
      CI_COMMIT_AUTHOR: 'Alice Example <alice@example.com>',
    })
  }
  return env
}

const FOR: Record<AwxService, string[]> = {
  github: ['--format', 'github', '--signature', 'github'],
  gitlab: ['--format', 'gitlab', '--signature', 'gitlab'],
}

/** `ci-relay notify` in a GitLab job, to one AWX endpoint. */
function notifyFromGitLab(url: string, pipeline: Pipeline, service: AwxService, secret?: string) {
  return runCli(['notify', '--url', url, ...FOR[service]], {
    env: pipelineEnv(pipeline, secret ?? (service === 'github' ? GITHUB_KEY : GITLAB_KEY)),
  })
}

describe('AWX from a GitLab pipeline: one launch, the ref and a status link on GitLab', () => {
  const cases: {
    pipeline: Pipeline
    service: AwxService
    event: string
    ref: string
    statusApi: string | null
  }[] = [
    {
      pipeline: 'merge_request',
      service: 'gitlab',
      event: 'Merge Request Hook',
      ref: MR_SOURCE_SHA,
      statusApi: `${API}/projects/42/statuses/${MR_SOURCE_SHA}`,
    },
    {
      pipeline: 'push',
      service: 'gitlab',
      event: 'Push Hook',
      ref: PUSH_SHA,
      statusApi: `${API}/projects/42/statuses/${PUSH_SHA}`,
    },
    {
      // statuses_url points at the forge the commit lives on: GitLab's API.
      pipeline: 'merge_request',
      service: 'github',
      event: 'pull_request',
      ref: MR_SOURCE_SHA,
      statusApi: `${API}/projects/42/statuses/${MR_SOURCE_SHA}`,
    },
    {
      pipeline: 'push',
      service: 'github',
      event: 'push',
      ref: PUSH_SHA,
      statusApi: null,
    },
  ]
  for (const c of cases) {
    test(`GitLab ${c.pipeline} pipeline → ${c.service} endpoint: ${c.event}`, async () => {
      const awx = await startAwx()
      const url =
        c.service === 'github'
          ? awx.endpoint('job_templates', 7, 'github')
          : awx.endpoint('workflow_job_templates', 8, 'gitlab')
      const result = await notifyFromGitLab(url, c.pipeline, c.service)
      assert.equal(result.code, 0, result.stderr)
      assert.ok(!`${result.stdout}${result.stderr}`.includes(GITHUB_KEY))
      assert.ok(!`${result.stdout}${result.stderr}`.includes(GITLAB_KEY))
      assert.equal(awx.launches.length, 1)
      const launch = awx.launches[0]
      assert.ok(launch)
      assert.equal(launch.eventType, c.event)
      assert.equal(launch.ref, c.ref)
      assert.equal(launch.statusApi, c.statusApi)
      assert.equal(launch.extraVars.tower_webhook_event_ref, c.ref)
      const body = JSON.stringify(launch.payload)
      assert.ok(!body.includes(MERGE_COMMIT_SHA), 'never the internal merge commit')
      const payload = launch.payload as Record<string, Record<string, unknown>>
      assert.deepEqual(payload.ci_relay, {
        provider: 'gitlab',
        build_id: 9001,
        build_number: 17,
        web_url: 'https://gitlab.example/group/sub/app/-/pipelines/9001',
        workflow: '',
      })
      if (c.service === 'gitlab') {
        assert.equal(awx.requests[0]?.headers['x-gitlab-instance'], 'https://gitlab.example')
      }
    })
  }

  test('the merge request and push bodies carry what GitLab would send', async () => {
    const awx = await startAwx()
    const url = awx.endpoint('workflow_job_templates', 8, 'gitlab')
    for (const pipeline of ['merge_request', 'push'] as const) {
      const result = await notifyFromGitLab(url, pipeline, 'gitlab')
      assert.equal(result.code, 0, result.stderr)
    }
    const [mr, push] = awx.launches.map((l) => l.payload)
    assert.equal(get(mr, 'object_kind'), 'merge_request')
    assert.deepEqual(
      [
        get(mr, 'object_attributes.iid'),
        get(mr, 'object_attributes.id'),
        get(mr, 'object_attributes.title'),
        get(mr, 'object_attributes.source_branch'),
        get(mr, 'object_attributes.target_branch'),
        get(mr, 'object_attributes.url'),
      ],
      [
        3,
        880003,
        'Add the widget',
        'feature/widget',
        'main',
        'https://gitlab.example/group/sub/app/-/merge_requests/3',
      ],
    )
    assert.equal(get(mr, 'project.id'), 42)
    assert.equal(get(mr, 'project.path_with_namespace'), 'group/sub/app')
    assert.equal(get(mr, 'user.username'), 'alice')
    assert.equal(get(push, 'object_kind'), 'push')
    assert.equal(get(push, 'ref'), 'refs/heads/main')
    assert.equal(get(push, 'before'), BEFORE_SHA)
    assert.equal(get(push, 'checkout_sha'), PUSH_SHA)
    assert.equal(get(push, 'user_email'), 'alice@example.com')
    assert.equal(get(push, 'commits.0.title'), 'Release the widget')
    assert.deepEqual(get(push, 'commits.0.author'), {
      name: 'Alice Example',
      email: 'alice@example.com',
    })
  })

  for (const service of ['github', 'gitlab'] as const) {
    test(`${service} endpoint: 502 then 202 launches once; a wrong key launches nothing`, async () => {
      const awx = await startAwx()
      const url =
        service === 'github'
          ? awx.endpoint('job_templates', 7, 'github')
          : awx.endpoint('workflow_job_templates', 8, 'gitlab')
      awx.fault(502)
      const retried = await notifyFromGitLab(url, 'merge_request', service)
      assert.equal(retried.code, 0, retried.stderr)
      assert.deepEqual(
        awx.requests.map((r) => r.status),
        [502, 202],
      )
      const wrong = await notifyFromGitLab(url, 'push', service, 'not-the-template-key')
      assert.equal(wrong.code, 1)
      assert.deepEqual(
        awx.requests.map((r) => r.status),
        [502, 202, 403],
      )
      assert.equal(awx.launches.length, 1)
    })
  }
})

describe('AWX from a GitLab pipeline: redelivered later', () => {
  test('what AWX could not take is redelivered with the same event, instance and body: one launch', async () => {
    const awx = await startAwx()
    const url = awx.endpoint('workflow_job_templates', 8, 'gitlab')
    awx.fault(503, 503)
    // The undelivered file lands in the project directory, for artifacts: to keep.
    const projectDir = mkdtempSync(join(tmpdir(), 'ci-relay-project-'))
    const env = { ...pipelineEnv('merge_request', GITLAB_KEY), CI_PROJECT_DIR: projectDir }
    const failed = await runCli(['notify', '--url', url, ...FOR.gitlab, '--max-attempts', '2'], {
      env,
    })
    assert.equal(failed.code, 1)
    assert.equal(awx.launches.length, 0)
    // The error says where the file is (and the outputs, printed on failure too, name it).
    const file = /redeliver (\S+\.json)/.exec(failed.stderr)?.[1]
    assert.ok(file, failed.stderr)
    const again = await runCli(['redeliver', file], { env: { CI_RELAY_SECRET: GITLAB_KEY } })
    assert.equal(again.code, 0, again.stderr)
    assert.equal(awx.launches.length, 1)
    assert.equal(awx.launches[0]?.eventType, 'Merge Request Hook')
    assert.equal(awx.launches[0]?.ref, MR_SOURCE_SHA)
    const [first, , last] = awx.requests
    assert.equal(last?.body, first?.body)
    assert.equal(last?.headers['x-gitlab-instance'], 'https://gitlab.example')
    assert.equal(last?.headers['x-gitlab-event-uuid'], first?.headers['x-gitlab-event-uuid'])
    assert.equal(last?.headers['x-gitlab-webhook-uuid'], first?.headers['x-gitlab-webhook-uuid'])
    assert.ok(file.startsWith(projectDir), file)
    rmSync(projectDir, { recursive: true })
  })
})
