// Launching AWX / Ansible Tower job templates from a GitHub run: the built dist/ run as a runner
// step (notify with the github and gitlab formats and signatures) against the AWX stand-in,
// which checks what AWX checks and extracts the ref and status link as AWX does.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  get,
  startFakeAwx,
  type AwxService,
  type AwxTemplateKind,
  type FakeAwx,
} from './support/awx.js'
import type { FakeGitHub } from './support/github-api.js'
import { runAction, type StepResult } from './support/runner.js'
import { assertNoSecretPrinted, envFor, startGitHub } from './support/scenario.js'

const GITHUB_KEY = 'awx-github-webhook-key-0123456789abcdef'
const GITLAB_KEY = 'awx-gitlab-webhook-key-fedcba9876543210'
const PUSH_SHA = 'ffac537e6cbbf934b08745a378932722df287a53'
const BEFORE_SHA = '6113728f27ae82c7b1a177c8d03f9e96e0adf246'
const HEAD_SHA = '1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d'
const BASE_SHA = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const MERGE_SHA = 'aaaabbbbccccddddeeeeffff0000111122223333'
const REPOSITORY_ID = 700000001

/** Templates as an AWX admin sets them up: one per service and kind, each with its own key. */
async function startAwx(): Promise<FakeAwx> {
  return startFakeAwx([
    { kind: 'job_templates', id: 7, service: 'github', key: GITHUB_KEY },
    { kind: 'job_templates', id: 8, service: 'gitlab', key: GITLAB_KEY },
    { kind: 'workflow_job_templates', id: 11, service: 'github', key: GITHUB_KEY },
    { kind: 'workflow_job_templates', id: 12, service: 'gitlab', key: GITLAB_KEY },
  ])
}

const repository = {
  id: REPOSITORY_ID,
  name: 'app',
  full_name: 'octo-org/app',
  private: true,
  owner: { login: 'octo-org', id: 9919, type: 'Organization' },
  html_url: 'https://github.com/octo-org/app',
  default_branch: 'main',
}
const sender = { login: 'monalisa', id: 583231, type: 'User' }

const pushEvent = {
  ref: 'refs/heads/main',
  before: BEFORE_SHA,
  after: PUSH_SHA,
  repository,
  pusher: { name: 'monalisa', email: 'monalisa@example.com' },
  sender,
  head_commit: {
    id: PUSH_SHA,
    message: 'Add a feature\n\nWith a body.',
    timestamp: '2026-11-29T14:00:00Z',
    author: { name: 'Mona Lisa', email: 'monalisa@example.com' },
  },
}

const pullRequestEvent = {
  action: 'synchronize',
  number: 17,
  pull_request: {
    id: 555001,
    number: 17,
    title: 'Deploy the thing',
    html_url: 'https://github.com/octo-org/app/pull/17',
    head: { ref: 'feature/deploy', sha: HEAD_SHA },
    base: { ref: 'main', sha: BASE_SHA },
    merged: false,
  },
  repository,
  sender,
}

type Run = 'push' | 'pull_request'

/** notify from a GitHub run (push or pull request) to one AWX endpoint. */
async function notifyAwx(
  fake: FakeGitHub,
  url: string,
  run: Run,
  inputs: Record<string, string>,
): Promise<StepResult> {
  return runAction('main', {
    env: envFor(
      fake,
      run === 'pull_request' ? { GITHUB_SHA: MERGE_SHA, GITHUB_REF: 'refs/pull/17/merge' } : {},
    ),
    eventName: run,
    event: run === 'pull_request' ? pullRequestEvent : pushEvent,
    inputs: { command: 'notify', url, ...inputs },
  })
}

/** The step inputs the README gives for each AWX endpoint. */
const FOR: Record<AwxService, Record<string, string>> = {
  github: { format: 'github', signature: 'github', secret: GITHUB_KEY },
  gitlab: { format: 'gitlab', signature: 'gitlab', secret: GITLAB_KEY },
}

function assertDelivered(step: StepResult): void {
  assert.equal(step.code, 0, step.stderr + step.stdout)
  assertNoSecretPrinted(step, [GITHUB_KEY, GITLAB_KEY])
}

/** A push run delivering to job template 7's GitHub endpoint, with more inputs. */
async function pushToGithubEndpoint(inputs: Record<string, string> = {}): Promise<FakeAwx> {
  const [fake, awx] = await Promise.all([startGitHub(), startAwx()])
  const url = awx.endpoint('job_templates', 7, 'github')
  assertDelivered(await notifyAwx(fake, url, 'push', { ...FOR.github, ...inputs }))
  return awx
}

describe('AWX: one launch per delivery, with the ref and status link AWX extracts', () => {
  const cases: {
    run: Run
    service: AwxService
    kind: AwxTemplateKind
    id: number
    event: string
    ref: string
    statusApi: (fake: FakeGitHub) => string | null
  }[] = [
    {
      // AWX reads GitHub's status link only from pull_request events.
      run: 'push',
      service: 'github',
      kind: 'job_templates',
      id: 7,
      event: 'push',
      ref: PUSH_SHA,
      statusApi: () => null,
    },
    {
      run: 'pull_request',
      service: 'github',
      kind: 'workflow_job_templates',
      id: 11,
      event: 'pull_request',
      ref: HEAD_SHA,
      statusApi: (fake) => `${fake.url}/repos/octo-org/app/statuses/${HEAD_SHA}`,
    },
    {
      // AWX's GitLab endpoint builds the link on project.web_url's host as a GitLab API: for a
      // commit on GitHub it cannot point at GitHub (the README says to use the GitHub endpoint).
      run: 'push',
      service: 'gitlab',
      kind: 'job_templates',
      id: 8,
      event: 'Push Hook',
      ref: PUSH_SHA,
      statusApi: () => `https://github.com/api/v4/projects/${REPOSITORY_ID}/statuses/${PUSH_SHA}`,
    },
    {
      run: 'pull_request',
      service: 'gitlab',
      kind: 'workflow_job_templates',
      id: 12,
      event: 'Merge Request Hook',
      ref: HEAD_SHA,
      statusApi: () => `https://github.com/api/v4/projects/${REPOSITORY_ID}/statuses/${HEAD_SHA}`,
    },
  ]
  for (const c of cases) {
    test(`GitHub ${c.run} run → ${c.kind} ${c.service} endpoint: ${c.event}`, async () => {
      const [fake, awx] = await Promise.all([startGitHub(), startAwx()])
      const step = await notifyAwx(
        fake,
        awx.endpoint(c.kind, c.id, c.service),
        c.run,
        FOR[c.service],
      )
      assertDelivered(step)
      assert.deepEqual(fake.sequence(), [], 'the forge formats read no jobs')
      assert.equal(awx.launches.length, 1)
      const launch = awx.launches[0]
      assert.ok(launch)
      assert.equal(launch.template, `${c.kind}/${c.id}`)
      assert.equal(launch.eventType, c.event)
      assert.equal(launch.ref, c.ref)
      assert.equal(launch.statusApi, c.statusApi(fake))
      for (const prefix of ['awx', 'tower']) {
        assert.equal(launch.extraVars[`${prefix}_webhook_event_ref`], c.ref)
        assert.equal(launch.extraVars[`${prefix}_webhook_status_api`], c.statusApi(fake))
        assert.deepEqual(launch.extraVars[`${prefix}_webhook_payload`], launch.payload)
      }
      const request = awx.requests[0]
      assert.ok(request)
      if (c.service === 'github') {
        assert.equal(launch.guid, step.outputs['delivery-id'])
        assert.equal(request.headers['x-github-delivery'], step.outputs['delivery-id'])
      } else {
        assert.match(launch.guid ?? '', /^[0-9a-f]{40}$/, 'AWX: the SHA-1 of the body')
        assert.equal(request.headers['x-gitlab-event-uuid'], step.outputs['delivery-id'])
        assert.equal(request.headers['x-gitlab-instance'], 'https://github.com')
        assert.match(String(request.headers['x-gitlab-webhook-uuid']), /^[0-9a-f-]{36}$/)
      }
    })
  }

  test('the payloads carry what each forge would send for the commit', async () => {
    const [fake, awx] = await Promise.all([startGitHub(), startAwx()])
    const github = awx.endpoint('job_templates', 7, 'github')
    const gitlab = awx.endpoint('job_templates', 8, 'gitlab')
    for (const step of [
      await notifyAwx(fake, github, 'push', FOR.github),
      await notifyAwx(fake, github, 'pull_request', FOR.github),
      await notifyAwx(fake, gitlab, 'push', FOR.gitlab),
      await notifyAwx(fake, gitlab, 'pull_request', FOR.gitlab),
    ]) {
      assertDelivered(step)
    }
    const [push, pr, glPush, glMr] = awx.launches.map((l) => l.payload)
    assert.equal(awx.launches.length, 4)
    // GitHub push
    assert.equal(get(push, 'ref'), 'refs/heads/main')
    assert.equal(get(push, 'before'), BEFORE_SHA)
    assert.equal(get(push, 'after'), PUSH_SHA)
    assert.equal(get(push, 'repository.full_name'), 'octo-org/app')
    assert.equal(get(push, 'repository.html_url'), 'https://github.com/octo-org/app')
    assert.equal(get(push, 'repository.clone_url'), 'https://github.com/octo-org/app.git')
    assert.equal(get(push, 'repository.id'), REPOSITORY_ID)
    assert.equal(get(push, 'repository.owner.login'), 'octo-org')
    assert.equal(
      get(push, 'repository.statuses_url'),
      `${fake.url}/repos/octo-org/app/statuses/{sha}`,
    )
    assert.equal(get(push, 'sender.login'), 'monalisa')
    assert.equal(get(push, 'head_commit.id'), PUSH_SHA)
    assert.equal(get(push, 'head_commit.message'), 'Add a feature\n\nWith a body.')
    // GitHub pull_request: the head, never the merge commit GITHUB_SHA names
    assert.equal(get(pr, 'action'), 'synchronize')
    assert.equal(get(pr, 'number'), 17)
    assert.equal(get(pr, 'pull_request.head.sha'), HEAD_SHA)
    assert.equal(get(pr, 'pull_request.head.ref'), 'feature/deploy')
    assert.equal(get(pr, 'pull_request.base.sha'), BASE_SHA)
    assert.equal(get(pr, 'pull_request.base.ref'), 'main')
    assert.equal(get(pr, 'pull_request.html_url'), 'https://github.com/octo-org/app/pull/17')
    assert.ok(!JSON.stringify(pr).includes(MERGE_SHA))
    // GitLab Push Hook
    assert.equal(get(glPush, 'object_kind'), 'push')
    assert.equal(get(glPush, 'checkout_sha'), PUSH_SHA)
    assert.equal(get(glPush, 'before'), BEFORE_SHA)
    assert.equal(get(glPush, 'project.id'), REPOSITORY_ID)
    assert.equal(get(glPush, 'project.path_with_namespace'), 'octo-org/app')
    assert.equal(get(glPush, 'project.web_url'), 'https://github.com/octo-org/app')
    assert.equal(get(glPush, 'user_username'), 'monalisa')
    assert.equal(get(glPush, 'commits.0.title'), 'Add a feature')
    // GitLab Merge Request Hook
    assert.equal(get(glMr, 'object_kind'), 'merge_request')
    assert.equal(get(glMr, 'object_attributes.iid'), 17)
    assert.equal(get(glMr, 'object_attributes.action'), 'update')
    assert.equal(get(glMr, 'object_attributes.last_commit.id'), HEAD_SHA)
    assert.equal(get(glMr, 'object_attributes.source_branch'), 'feature/deploy')
    assert.equal(get(glMr, 'object_attributes.target_branch'), 'main')
    assert.equal(get(glMr, 'object_attributes.url'), 'https://github.com/octo-org/app/pull/17')
  })

  test('the payload input merges extra keys (e.g. the build outcome) into the forge event', async () => {
    const awx = await pushToGithubEndpoint({
      payload: '{"ci_status": "success", "environment": "staging"}',
    })
    const payload = awx.launches[0]?.payload as Record<string, unknown>
    assert.equal(payload.ci_status, 'success')
    assert.equal(payload.environment, 'staging')
    assert.equal(awx.launches[0]?.ref, PUSH_SHA)
  })

  test('the event input names the event sent; AWX reads the ref by that name', async () => {
    const awx = await pushToGithubEndpoint({ event: 'create' })
    assert.equal(awx.requests[0]?.headers['x-github-event'], 'create')
    assert.equal(awx.launches[0]?.eventType, 'create')
    assert.equal(awx.launches[0]?.ref, 'refs/heads/main', "AWX reads a create event's ref")
  })

  test('a test delivery launches the template too (AWX launches on any event)', async () => {
    const [fake, awx] = await Promise.all([startGitHub(), startAwx()])
    const github = await notifyAwx(fake, awx.endpoint('job_templates', 7, 'github'), 'push', {
      ...FOR.github,
      test: 'true',
    })
    const gitlab = await notifyAwx(fake, awx.endpoint('job_templates', 8, 'gitlab'), 'push', {
      ...FOR.gitlab,
      test: 'true',
    })
    assertDelivered(github)
    assertDelivered(gitlab)
    assert.deepEqual(
      awx.launches.map((l) => [
        l.template,
        l.eventType,
        l.ref,
        (l.payload as { test?: boolean }).test,
      ]),
      [
        ['job_templates/7', 'ping', null, true],
        ['job_templates/8', 'Push Hook', PUSH_SHA, true],
      ],
    )
  })
})

describe('AWX: retries, keys and bodies', () => {
  for (const service of ['github', 'gitlab'] as const) {
    const id = service === 'github' ? 7 : 8
    test(`${service}: 502 then 202 launches once`, async () => {
      const [fake, awx] = await Promise.all([startGitHub(), startAwx()])
      awx.fault(502)
      const step = await notifyAwx(
        fake,
        awx.endpoint('job_templates', id, service),
        'push',
        FOR[service],
      )
      assertDelivered(step)
      assert.deepEqual(
        awx.requests.map((r) => r.status),
        [502, 202],
      )
      assert.equal(JSON.parse(step.outputs.results ?? '[]')[0]?.attempts, 2)
      assert.equal(awx.launches.length, 1)
    })

    test(`${service}: AWX launched but its answer was lost: the retry is answered 202 and launches nothing`, async () => {
      const [fake, awx] = await Promise.all([startGitHub(), startAwx()])
      awx.fault('drop')
      const step = await notifyAwx(
        fake,
        awx.endpoint('job_templates', id, service),
        'push',
        FOR[service],
      )
      assertDelivered(step)
      assert.equal(awx.requests.length, 2)
      assert.deepEqual(awx.requests[1]?.answer, {
        message: 'Webhook previously received, aborting.',
      })
      assert.equal(awx.launches.length, 1)
    })

    test(`${service}: a wrong key launches nothing and the step fails on 403 without retrying`, async () => {
      const [fake, awx] = await Promise.all([startGitHub(), startAwx()])
      const step = await notifyAwx(fake, awx.endpoint('job_templates', id, service), 'push', {
        ...FOR[service],
        secret: 'not-the-template-key',
      })
      assert.equal(step.code, 1, step.stdout)
      assert.deepEqual(
        awx.requests.map((r) => r.status),
        [403],
      )
      assert.equal(awx.launches.length, 0)
    })
  }

  test('a re-run of the same commit launches again on the GitLab endpoint (ci_relay names the attempt)', async () => {
    const [fake, awx] = await Promise.all([startGitHub(), startAwx()])
    const url = awx.endpoint('job_templates', 8, 'gitlab')
    for (const attempt of ['1', '2']) {
      const step = await runAction('main', {
        env: envFor(fake, { GITHUB_RUN_ATTEMPT: attempt }),
        eventName: 'push',
        event: pushEvent,
        inputs: { command: 'notify', url, ...FOR.gitlab },
      })
      assertDelivered(step)
    }
    assert.deepEqual(
      awx.launches.map((l) => get(l.payload, 'ci_relay.web_url')),
      [
        'https://github.com/octo-org/app/actions/runs/9876543210',
        'https://github.com/octo-org/app/actions/runs/9876543210/attempts/2',
      ],
    )
    assert.equal(get(awx.launches[0]?.payload, 'ci_relay.build_id'), 9876543210)
  })

  test('a changed body launches nothing on the GitHub endpoint; the GitLab endpoint checks only the token', async () => {
    const [fake, awx] = await Promise.all([startGitHub(), startAwx()])
    const github = awx.endpoint('job_templates', 7, 'github')
    const gitlab = awx.endpoint('job_templates', 8, 'gitlab')
    assertDelivered(await notifyAwx(fake, github, 'push', FOR.github))
    assertDelivered(await notifyAwx(fake, gitlab, 'push', FOR.gitlab))
    assert.equal(awx.launches.length, 2)
    for (const [endpoint, sent] of [
      [github, awx.requests[0]],
      [gitlab, awx.requests[1]],
    ] as const) {
      assert.ok(sent)
      const changed = sent.body.replaceAll(PUSH_SHA, PUSH_SHA.replace(/^f/, 'e'))
      assert.notEqual(changed, sent.body)
      const headers = Object.fromEntries(
        Object.entries(sent.headers).filter(
          ([name]) => !['host', 'content-length', 'connection'].includes(name),
        ),
      ) as Record<string, string>
      const answer = await fetch(endpoint, { method: 'POST', headers, body: changed })
      assert.equal(answer.status, endpoint === github ? 403 : 202)
    }
    assert.deepEqual(
      awx.launches.map((l) => [l.service, l.ref]),
      [
        ['github', PUSH_SHA],
        ['gitlab', PUSH_SHA],
        ['gitlab', PUSH_SHA.replace(/^f/, 'e')],
      ],
    )
  })

  test('X-Hub-Signature-256 alone is not enough for AWX: signature github sends the sha1 header too', async () => {
    const awx = await pushToGithubEndpoint()
    const sent = awx.requests[0]
    assert.match(String(sent?.headers['x-hub-signature']), /^sha1=[0-9a-f]{40}$/)
    assert.match(String(sent?.headers['x-hub-signature-256']), /^sha256=[0-9a-f]{64}$/)
  })

  test("cloud-automator's JSON array is refused by AWX (400) and launches nothing", async () => {
    const [fake, awx] = await Promise.all([startGitHub(), startAwx()])
    const step = await notifyAwx(fake, awx.endpoint('job_templates', 7, 'github'), 'push', {
      ...FOR.github,
      format: 'cloud-automator',
      status: 'success',
      'include-jobs': 'false',
    })
    assert.equal(step.code, 1)
    assert.deepEqual(
      awx.requests.map((r) => r.status),
      [400],
    )
    assert.equal(awx.launches.length, 0)
  })
})
