// notify in a GitLab job, end to end: the built dist/cli with a GitLab job's environment (merge
// request pipeline with merged results) against the GitLab stand-in and loopback receivers.
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { verify as octokitVerify } from '@octokit/webhooks-methods'
import { Webhook } from 'standardwebhooks'
import type { GitLabJobFixture } from './support/gitlab-api.js'
import {
  gitlabJobEnv,
  GITLAB_TOKEN,
  MR_SOURCE_SHA,
  PIPELINE_ID,
  PROJECT_ID,
  pipelineJobs,
  startGitLab,
} from './support/gitlab-scenario.js'
import { assertValidCiRelayPayload } from './support/payload-schema.js'
import { startReceiver, status } from './support/receiver.js'
import { runCli } from './support/runner.js'
import { assertNoSecretPrinted } from './support/scenario.js'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const JOBS = `/projects/${PROJECT_ID}/pipelines/${PIPELINE_ID}/jobs`

/** An unsigned JWT-shaped token with these claims (the receiver, not notify, checks signatures). */
const idToken = (claims: Record<string, unknown>) =>
  ['{"alg":"RS256","typ":"JWT"}', JSON.stringify(claims)]
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.') + '.c2lnbmF0dXJl'

describe('notify on GitLab', () => {
  test('with gitlab-token: every page of jobs, retried ones left out, the MR, one signed delivery', async () => {
    // 130 jobs: two pages of 100.
    const extra: GitLabJobFixture[] = Array.from({ length: 125 }, (_, i) => ({
      id: 1000 + i,
      name: `shard ${i + 1}`,
      status: 'success',
      started_at: '2026-01-01T10:05:00.000Z',
      finished_at: '2026-01-01T10:06:00.000Z',
    }))
    const fake = await startGitLab([...pipelineJobs(), ...extra])
    const receiver = await startReceiver()
    const result = await runCli(['notify', '--url', receiver.url, '--json'], {
      env: gitlabJobEnv(fake, { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN, CI_RELAY_SECRET: SECRET }),
    })
    assert.equal(result.code, 0, result.stderr)
    assert.deepEqual(fake.sequence(), [
      `GET ${JOBS}?per_page=100`,
      `GET ${JOBS}?per_page=100&page=2`,
    ])
    assert.equal(fake.requests[0]?.headers['private-token'], GITLAB_TOKEN)

    assert.equal(receiver.received.length, 1)
    const request = receiver.received[0]
    assert.ok(request)
    new Webhook(SECRET).verify(request.body, request.headers as Record<string, string>)
    const payload = JSON.parse(request.body)
    assertValidCiRelayPayload(payload)
    assert.equal(payload.provider, 'gitlab')
    assert.equal(payload.status, 'success', 'the allowed failure does not fail the build')
    assert.equal(payload.build_id, PIPELINE_ID)
    assert.equal(payload.build_number, 17)
    assert.equal(payload.repository, 'group/sub/app')
    assert.equal(payload.sha, MR_SOURCE_SHA)
    assert.equal(payload.ref, 'feature/widget')
    assert.equal(payload.web_url, `${fake.serverUrl}/group/sub/app/-/pipelines/${PIPELINE_ID}`)
    assert.equal(payload.event, 'merge_request_event')
    assert.equal(payload.actor, 'alice')
    assert.deepEqual(payload.merge_request, {
      iid: 3,
      title: 'Add the widget',
      source_branch: 'feature/widget',
      target_branch: 'main',
      web_url: `${fake.serverUrl}/group/sub/app/-/merge_requests/3`,
    })
    assert.equal(payload.pull_request, undefined)
    assert.equal(payload.runs.length, 4 + 125, 'the retried test job is left out')
    const byName = new Map(payload.runs.map((r: { name: string }) => [r.name, r]))
    assert.deepEqual(
      ['build', 'test', 'lint', 'ci-relay-notify'].map(
        (name) => (byName.get(name) as { status: string }).status,
      ),
      ['success', 'success', 'failure', 'in_progress'],
    )
    const build = byName.get('build') as Record<string, unknown>
    assert.equal(build.web_url, `${fake.serverUrl}/group/sub/app/-/jobs/501`)
    assert.equal(build.log_url, `${fake.url}/projects/${PROJECT_ID}/jobs/501/trace`)
    assert.equal(build.runner, 'shared-runner-1')
    assert.equal(JSON.parse(result.stdout)['delivery-id'], request.headers['webhook-id'])
    assertNoSecretPrinted(result, [SECRET, GITLAB_TOKEN])
  })

  test('a failing pipeline notifies failure (status auto from the jobs)', async () => {
    const fake = await startGitLab(pipelineJobs({ build: 'failed' }))
    const receiver = await startReceiver()
    const result = await runCli(['notify', '--url', receiver.url, '--signature', 'none'], {
      env: gitlabJobEnv(fake, { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN }),
    })
    assert.equal(result.code, 0, result.stderr)
    assert.equal(JSON.parse(receiver.received[0]?.body ?? '{}').status, 'failure')
  })

  test("without gitlab-token: this job alone with a warning, the status given (GitLab's words)", async () => {
    const fake = await startGitLab()
    const receiver = await startReceiver()
    const result = await runCli(
      ['notify', '--url', receiver.url, '--status', 'failed', '--signature', 'none'],
      {
        env: gitlabJobEnv(fake),
      },
    )
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stderr, /gitlab-token is not set.*runs\[\] holds only this job/)
    assert.deepEqual(fake.requests, [])
    const payload = JSON.parse(receiver.received[0]?.body ?? '{}')
    assert.equal(payload.status, 'failure')
    assert.deepEqual(payload.runs, [
      {
        name: 'ci-relay-notify',
        status: 'in_progress',
        web_url: `${fake.serverUrl}/group/sub/app/-/jobs/555`,
        log_url: null,
        started: null,
        completed: null,
        runner: null,
      },
    ])
  })

  test('without gitlab-token, status auto: fails saying what to set, nothing sent', async () => {
    const fake = await startGitLab()
    const receiver = await startReceiver()
    const result = await runCli(['notify', '--url', receiver.url, '--signature', 'none'], {
      env: gitlabJobEnv(fake),
    })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /Input 'status': auto needs the jobs of this run.*Set gitlab-token/)
    assert.equal(receiver.received.length, 0)
  })

  for (const [format, signature] of [
    ['jobserv', 'jobserv'],
    ['cloud-automator', 'github'],
    ['ci-relay', 'github'],
  ] as const) {
    test(`format ${format}, signature ${signature}: delivered and verifiable from GitLab`, async () => {
      const fake = await startGitLab()
      const receiver = await startReceiver()
      const secret = 'a plain shared secret'
      const result = await runCli(
        ['notify', '--url', receiver.url, '--format', format, '--signature', signature],
        {
          env: gitlabJobEnv(fake, { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN, CI_RELAY_SECRET: secret }),
        },
      )
      assert.equal(result.code, 0, result.stderr)
      const request = receiver.received[0]
      assert.ok(request)
      if (signature === 'jobserv') {
        const expected = createHmac('sha256', secret).update(request.body).digest('hex')
        assert.equal(request.headers['x-jobserv-sig'], `sha256:${expected}`)
        const body = JSON.parse(request.body)
        assert.equal(body.build_id, PIPELINE_ID)
        assert.equal(body.status, 'PASSED')
      } else {
        const header = request.headers['x-hub-signature-256'] as string
        assert.ok(await octokitVerify(secret, request.body, header))
      }
      if (format === 'cloud-automator') {
        const [job] = JSON.parse(request.body)
        assert.equal(job.status, 'completed')
      }
    })
  }

  test('oidc-audience: the job ID token from CI_RELAY_ID_TOKEN as the Bearer; a wrong audience fails', async () => {
    const fake = await startGitLab()
    const receiver = await startReceiver()
    const token = idToken({ aud: 'https://receiver.example', sub: 'project_path:group/sub/app' })
    const env = gitlabJobEnv(fake, {
      CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN,
      CI_RELAY_ID_TOKEN: token,
    })
    const ok = await runCli(
      [
        'notify',
        '--url',
        receiver.url,
        '--signature',
        'none',
        '--oidc-audience',
        'https://receiver.example',
      ],
      { env },
    )
    assert.equal(ok.code, 0, ok.stderr)
    assert.equal(receiver.received[0]?.headers.authorization, `Bearer ${token}`)
    assertNoSecretPrinted(ok, [token])

    const wrong = await runCli(
      [
        'notify',
        '--url',
        receiver.url,
        '--signature',
        'none',
        '--oidc-audience',
        'https://other.example',
      ],
      { env },
    )
    assert.equal(wrong.code, 2, 'bad input is a usage error')
    assert.match(
      wrong.stderr,
      /Input 'oidc-audience': is 'https:\/\/other.example', but the token in CI_RELAY_ID_TOKEN is for/,
    )
    assert.equal(receiver.received.length, 1)
  })

  test('what could not be delivered lands under CI_PROJECT_DIR, where artifacts can keep it', async () => {
    const fake = await startGitLab()
    const receiver = await startReceiver([status(400)])
    const projectDir = mkdtempSync(join(tmpdir(), 'ci-relay-project-'))
    const result = await runCli(['notify', '--url', receiver.url, '--status', 'success'], {
      env: gitlabJobEnv(fake, { CI_RELAY_SECRET: SECRET, CI_PROJECT_DIR: projectDir }),
    })
    assert.equal(result.code, 1)
    const files = readdirSync(projectDir)
    assert.equal(files.length, 1)
    assert.match(files[0] ?? '', /^ci-relay-undelivered-[0-9a-f-]+\.json$/)
    const text = readFileSync(join(projectDir, files[0] ?? ''), 'utf8')
    assert.equal(JSON.parse(text).deliveries.length, 1)
    assert.ok(!text.includes(SECRET))
  })

  test('GitLab rate-limits the jobs listing once (429, Retry-After): waited, retried, delivered', async () => {
    const fake = await startGitLab()
    let limited = 0
    fake.fault((request) =>
      request.pathname.endsWith('/jobs') && limited++ === 0
        ? {
            status: 429,
            headers: {
              'retry-after': '1',
              'ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1),
            },
            body: { message: 'Retry later' },
          }
        : undefined,
    )
    const receiver = await startReceiver()
    const result = await runCli(['notify', '--url', receiver.url, '--signature', 'none'], {
      env: gitlabJobEnv(fake, { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN }),
    })
    assert.equal(result.code, 0, result.stderr)
    assert.equal(fake.sequence().filter((line) => line.includes('/jobs')).length, 2)
    assert.match(result.stderr, /429.*retrying in/)
    assert.equal(receiver.received.length, 1)
  })
})
