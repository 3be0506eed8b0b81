// dispatch from a GitLab merge request pipeline to GitHub as the App (the MR's details in
// client-payload, as the README shows), verified by receive on GitHub; and receive in a GitLab
// job from CI_RELAY_PAYLOAD / TRIGGER_PAYLOAD into a dotenv file. dist/cli and dist/main.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { signRelay } from '../src/relay-signature.js'
import { eventFileFromDispatch, repositoryDispatchEvent } from './support/dispatch-event.js'
import { gitlabEnv, MR_SOURCE_SHA } from './support/gitlab-env.js'
import { keys } from './support/keys.js'
import { runAction, runCli } from './support/runner.js'
import { APP_ID, assertNoSecretPrinted, startGitHub } from './support/scenario.js'

const SECRET = 'a signing secret shared by both sides'

/** What the README's `variables:` block gives CI_RELAY_CLIENT_PAYLOAD in an MR pipeline. */
function mergeRequestPayload(env: Record<string, string>): string {
  return `{"merge_request": {"iid": "${env.CI_MERGE_REQUEST_IID}", "source_sha": "${env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA}", "source_branch": "${env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME}", "project": "${env.CI_PROJECT_PATH}"}}`
}

describe('GitLab → GitHub → GitLab', () => {
  test('dispatch from a GitLab MR pipeline as the App, signed; receive on GitHub verifies it', async () => {
    const fake = await startGitHub()
    const env = gitlabEnv('https://gitlab.example/api/v4')
    const result = await runCli(
      ['dispatch', '--repository', 'octo-org/deploy', '--event-type', 'gitlab-mr', '--json'],
      {
        env: {
          ...env,
          CI_RELAY_CLIENT_PAYLOAD: mergeRequestPayload(env),
          CI_RELAY_APP_ID: String(APP_ID),
          CI_RELAY_PRIVATE_KEY: keys.escaped,
          CI_RELAY_SIGNING_SECRET: SECRET,
          CI_RELAY_GITHUB_API_URL: fake.url,
        },
      },
    )
    assert.equal(result.code, 0, result.stderr)
    assert.deepEqual(fake.sequence(), [
      'GET /repos/octo-org/deploy/installation',
      'POST /app/installations/101/access_tokens',
      'POST /repos/octo-org/deploy/dispatches',
      'DELETE /installation/token',
    ])
    assert.deepEqual(fake.tokens[0]?.repositories, ['deploy'])
    assertNoSecretPrinted(result, [SECRET, keys.escaped, fake.tokens[0]?.token ?? 'x'])

    const step = await runAction('main', {
      eventName: 'repository_dispatch',
      env: { GITHUB_EVENT_PATH: eventFileFromDispatch(fake) },
      inputs: { command: 'receive', secret: SECRET },
    })
    assert.equal(step.code, 0, step.stdout + step.stderr)
    assert.equal(step.outputs.verified, 'true')
    assert.deepEqual(JSON.parse(step.outputs.merge_request as string), {
      iid: '3',
      source_sha: MR_SOURCE_SHA,
      source_branch: 'feature/widget',
      project: 'group/sub/app',
    })
  })

  test('receive in a GitLab job: CI_RELAY_PAYLOAD (as trigger sends it) verified into a dotenv file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-relay-gitlab-job-'))
    const data = { version: '2.0.0', sha: MR_SOURCE_SHA }
    const _relay = signRelay(SECRET, 'deploy', data, { id: 'c0ffee00-0000-4000-8000-000000000010' })
    const payload = JSON.stringify({ event_type: 'deploy', client_payload: { ...data, _relay } })
    const env = gitlabEnv('https://gitlab.example/api/v4', { CI_PROJECT_DIR: dir })
    const result = await runCli(['receive', '--dotenv', 'relay.env'], {
      cwd: dir,
      env: { ...env, CI_RELAY_PAYLOAD: payload, CI_RELAY_SECRET: SECRET },
    })
    assert.equal(result.code, 0, result.stderr)
    assert.equal(
      readFileSync(join(dir, 'relay.env'), 'utf8'),
      `RELAY_EVENT_TYPE=deploy\nRELAY_VERIFIED=true\nRELAY_VERSION=2.0.0\nRELAY_SHA=${MR_SOURCE_SHA}\nRELAY_PAYLOAD=${JSON.stringify(data)}\n`,
    )

    // A webhook-triggered pipeline: the forwarded repository_dispatch body in TRIGGER_PAYLOAD.
    const trigger = join(dir, 'TRIGGER_PAYLOAD')
    writeFileSync(
      trigger,
      JSON.stringify(
        repositoryDispatchEvent({ event_type: 'deploy', client_payload: { ...data, _relay } }),
      ),
    )
    const fromTrigger = await runCli(['receive', '--json'], {
      cwd: dir,
      env: { ...env, TRIGGER_PAYLOAD: trigger, CI_RELAY_SECRET: SECRET },
    })
    assert.equal(fromTrigger.code, 0, fromTrigger.stderr)
    assert.equal(JSON.parse(fromTrigger.stdout).verified, 'true')

    const unsigned = await runCli(['receive'], {
      cwd: dir,
      env: {
        ...env,
        CI_RELAY_PAYLOAD: JSON.stringify({ version: '6.6.6' }),
        CI_RELAY_SECRET: SECRET,
      },
    })
    assert.equal(unsigned.code, 1)
    assert.match(unsigned.stderr, /not signed|unsigned/i)
  })

  test('receive in a GitLab job with nothing to receive: says which variables it reads', async () => {
    const result = await runCli(['receive'], { env: gitlabEnv() })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /TRIGGER_PAYLOAD.*CI_RELAY_PAYLOAD/)
  })
})
