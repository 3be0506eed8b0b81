// The GitLab CI component run as GitLab runs it (gitlab-ci-local, shell executor), the templates
// included with `include: local` and `inputs` exactly as committed, ci-relay run from dist/cli.
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { parse, stringify } from 'yaml'
import { templateDocument, type TemplateName } from '../scripts/gitlab-templates.js'
import { startFakeGitLab, type FakeGitLab } from './support/gitlab-api.js'
import { CLI, PROJECT, mergeRequestVariables, runPipeline } from './support/gitlab-ci-local.js'
import { keys } from './support/keys.js'
import type { GitLabJobFixture } from './support/gitlab-api.js'
import {
  GITLAB_TOKEN,
  MERGE_COMMIT_SHA,
  MR_SOURCE_SHA,
  PIPELINE_ID,
  PROJECT_ID,
  startGitLab as startGitLabPipeline,
} from './support/gitlab-scenario.js'
import { addStatusRoutes } from './support/github-statuses.js'
import { assertValidCiRelayPayload } from './support/payload-schema.js'
import { startReceiver, type Receiver, type Received } from './support/receiver.js'
import { Webhook } from 'standardwebhooks'
import { repositoryDispatchEvent, reserialized } from './support/dispatch-event.js'
import { signedPayload, verifyRelay } from '../src/relay-signature.js'
import { randomUUID } from 'node:crypto'
import { APP_ID, assertSchemaValid, startGitHub } from './support/scenario.js'
import { REPO_ROOT, githubEnv, runAction } from './support/runner.js'

const TRIGGER_TOKEN = 'glptt-0123456789abcdef0123'
const SECRET = 'relay-signing-secret-0123456789'
const READ_TOKEN = 'glpat-readapi0123456789abcd'

/** A job of a later stage that writes every RELAY_* variable it was given to relay-seen.json. */
const READER_JOB = {
  stage: 'build',
  script: [
    `node -e 'const fs = require("fs"); fs.writeFileSync("relay-seen.json", JSON.stringify(Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith("RELAY_")))))'`,
  ],
}

async function startGitLab(options: Parameters<typeof startFakeGitLab>[0]): Promise<FakeGitLab> {
  const fake = await startFakeGitLab(options)
  after(() => fake.close())
  return fake
}

function ciYaml(includes: { template: string; inputs: Record<string, unknown> }[], jobs = {}) {
  return stringify(
    {
      include: includes.map(({ template, inputs }) => ({
        local: `templates/${template}.yml`,
        inputs,
      })),
      ...jobs,
    },
    { lineWidth: 0 },
  )
}

describe('GitLab component: trigger → receive', () => {
  /** A GitHub step starts the pipeline; what GitLab received becomes that pipeline's variables. */
  async function triggeredPayload(payload: Record<string, unknown>): Promise<string> {
    const gitlab = await startGitLab({
      tokens: [],
      projects: [
        {
          id: 42,
          path: 'acme/app',
          branches: { main: ['a'.repeat(40)] },
          triggerTokens: [TRIGGER_TOKEN],
        },
      ],
    })
    const step = await runAction('main', {
      inputs: {
        command: 'trigger',
        project: 'acme/app',
        ref: 'main',
        'client-payload': JSON.stringify(payload),
        'signing-secret': SECRET,
        'gitlab-trigger-token': TRIGGER_TOKEN,
        'gitlab-api-url': gitlab.url,
      },
      env: githubEnv(),
    })
    assert.equal(step.code, 0, step.stdout + step.stderr)
    const variables = gitlab.project('42')?.pipelines?.[0]?.variables ?? {}
    assert.deepEqual(Object.keys(variables), ['CI_RELAY_PAYLOAD'])
    return variables.CI_RELAY_PAYLOAD as string
  }

  /** The pipeline trigger started: receive, then a job of a later stage reading RELAY_*. */
  const receivingPipeline = (sent: string) =>
    runPipeline({
      ciYaml: ciYaml([{ template: 'receive', inputs: { cli: CLI } }], {
        'use-payload': READER_JOB,
      }),
      variables: {
        GITLAB_CI: 'true',
        CI_PIPELINE_SOURCE: 'trigger',
        CI_RELAY_PAYLOAD: sent,
        CI_RELAY_SECRET: SECRET,
      },
    })

  const payload = {
    version: '1.2.3',
    environment: 'staging',
    notes: 'two words, "quoted" and it\'s fine',
    build: 7,
    meta: { pr: 12, ok: true },
  }

  test('the verified payload reaches a later job as RELAY_<KEY>', async () => {
    const run = await receivingPipeline(await triggeredPayload(payload))
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.deepEqual(run.jobs, { 'ci-relay-receive': 'PASS', 'use-payload': 'PASS' })
    assert.match(run.logs['ci-relay-receive'] ?? '', /The payload signature is valid/)
    const seen = JSON.parse(readFileSync(join(run.dir, 'relay-seen.json'), 'utf8')) as Record<
      string,
      string
    >
    assert.deepEqual(seen, {
      RELAY_VERIFIED: 'true',
      RELAY_VERSION: '1.2.3',
      RELAY_ENVIRONMENT: 'staging',
      RELAY_NOTES: payload.notes,
      RELAY_BUILD: '7',
      RELAY_META: '{"pr":12,"ok":true}',
      RELAY_PAYLOAD: JSON.stringify(payload),
    })
    assert.ok(!(run.stdout + run.stderr).includes(SECRET), 'the secret is never printed')
  })

  test('a payload changed on the way fails receive, and no later job runs', async () => {
    const sent = JSON.parse(await triggeredPayload(payload)) as Record<string, unknown>
    const run = await receivingPipeline(JSON.stringify({ ...sent, environment: 'production' }))
    assert.notEqual(run.code, 0)
    assert.deepEqual(run.jobs, { 'ci-relay-receive': 'FAIL' })
    assert.match(run.logs['ci-relay-receive'] ?? '', /signature does not match/)
    assert.equal(existsSync(join(run.dir, 'relay-seen.json')), false)
  })

  test('a repository_dispatch webhook on a trigger token (TRIGGER_PAYLOAD, a file) is verified and received', async () => {
    const data = { version: '2.0.0', environment: 'production' }
    const client_payload = signedPayload(SECRET, 'deploy', data, randomUUID())
    const webhook = reserialized(repositoryDispatchEvent({ event_type: 'deploy', client_payload }))
    const run = await runPipeline({
      ciYaml: ciYaml([{ template: 'receive', inputs: { cli: CLI } }], {
        'use-payload': READER_JOB,
      }),
      variables: { GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'trigger', CI_RELAY_SECRET: SECRET },
      fileVariables: { TRIGGER_PAYLOAD: webhook },
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.match(
      run.logs['ci-relay-receive'] ?? '',
      /The payload signature is valid \(TRIGGER_PAYLOAD\)/,
    )
    const seen = JSON.parse(readFileSync(join(run.dir, 'relay-seen.json'), 'utf8')) as Record<
      string,
      string
    >
    assert.equal(seen.RELAY_EVENT_TYPE, 'deploy')
    assert.equal(seen.RELAY_VERSION, '2.0.0')
    assert.equal(seen.RELAY_ENVIRONMENT, 'production')
    assert.equal(seen.RELAY_VERIFIED, 'true')
  })

  test('a pipeline started without a payload skips receive (rules_if)', async () => {
    const run = await runPipeline({
      ciYaml: ciYaml([{ template: 'receive', inputs: { cli: CLI } }], {
        'use-payload': READER_JOB,
      }),
      variables: { GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'push', CI_RELAY_SECRET: SECRET },
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.deepEqual(run.jobs, { 'use-payload': 'PASS' })
  })
})

describe('GitLab component: trigger from a pipeline', () => {
  test('the trigger job starts a pipeline of another project on this GitLab (CI_API_V4_URL) and waits for it', async () => {
    const gitlab = await startGitLab({
      tokens: [{ value: READ_TOKEN, scopes: ['read_api'], projects: [77] }],
      projects: [
        {
          id: 77,
          path: 'acme/deploy',
          branches: { main: ['a'.repeat(40)] },
          triggerTokens: [TRIGGER_TOKEN],
          triggeredStatuses: ['running', 'success'],
        },
      ],
    })
    const run = await runPipeline({
      ciYaml: ciYaml([
        {
          template: 'trigger',
          inputs: {
            cli: CLI,
            project: 'acme/deploy',
            ref: 'main',
            client_payload: '{"from": "$CI_PROJECT_PATH", "pipeline": "$CI_PIPELINE_ID"}',
            wait: true,
            wait_timeout: 60,
          },
        },
      ]),
      variables: {
        GITLAB_CI: 'true',
        CI_PIPELINE_SOURCE: 'push',
        CI_API_V4_URL: gitlab.url,
        CI_RELAY_GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN,
        CI_RELAY_GITLAB_TOKEN: READ_TOKEN,
        CI_RELAY_SIGNING_SECRET: SECRET,
      },
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.deepEqual(run.jobs, { 'ci-relay-trigger': 'PASS' })
    const [pipeline] = gitlab.project('77')?.pipelines ?? []
    assert.deepEqual(gitlab.sequence(), [
      'POST /projects/acme%2Fdeploy/trigger/pipeline',
      `GET /projects/acme%2Fdeploy/pipelines/${pipeline?.id}`,
      `GET /projects/acme%2Fdeploy/pipelines/${pipeline?.id}`,
    ])
    const sent = JSON.parse(pipeline?.variables?.CI_RELAY_PAYLOAD as string) as Record<
      string,
      unknown
    >
    assert.deepEqual(verifyRelay(SECRET, undefined, sent), sent._relay)
    assert.equal(sent.from, PROJECT.path)
    assert.match(String(sent.pipeline), /^\d+$/)
    assert.match(run.logs['ci-relay-trigger'] ?? '', /^pipeline-id=\d+$/m)
    assert.match(run.logs['ci-relay-trigger'] ?? '', /^conclusion=success$/m)
    for (const secret of [TRIGGER_TOKEN, READ_TOKEN, SECRET])
      assert.ok(!(run.stdout + run.stderr).includes(secret), 'a secret was printed')
  })
})

describe('GitLab component: a merge request pipeline (merged results)', () => {
  const SOURCE_SHA = '5f0e2b4c9d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c'

  test('dispatch fires repository_dispatch at GitHub as the App, with the merge request in client_payload', async () => {
    const github = await startGitHub()
    const run = await runPipeline({
      ciYaml: ciYaml(
        [
          {
            template: 'dispatch',
            inputs: {
              cli: CLI,
              stage: 'deploy',
              repository: 'octo-org/deploy',
              event_type: 'gitlab-merge-request',
              client_payload:
                '{"mr": "$CI_MERGE_REQUEST_IID", "sha": "$CI_MERGE_REQUEST_SOURCE_BRANCH_SHA", "project": "$CI_PROJECT_PATH"}',
              github_api_url: github.url,
            },
          },
        ],
        { stages: ['build', 'deploy'], build: { stage: 'build', script: ['echo built'] } },
      ),
      variables: {
        ...mergeRequestVariables({ apiUrl: 'http://127.0.0.1:9/api/v4', sourceSha: SOURCE_SHA }),
        CI_RELAY_APP_ID: String(APP_ID),
        // As the README says to store it: base64, so that GitLab can mask it.
        CI_RELAY_PRIVATE_KEY: Buffer.from(keys.pkcs1).toString('base64'),
      },
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.deepEqual(run.jobs, { build: 'PASS', 'ci-relay-dispatch': 'PASS' })
    assert.deepEqual(
      github.requests.map((r) => `${r.method} ${r.path} ${r.status}`),
      [
        'GET /repos/octo-org/deploy/installation 200',
        'POST /app/installations/101/access_tokens 201',
        'POST /repos/octo-org/deploy/dispatches 204',
        'DELETE /installation/token 204',
      ],
    )
    const dispatch = github.requests[2]
    assert.equal(dispatch?.auth, 'installation')
    assert.deepEqual(dispatch?.body, {
      event_type: 'gitlab-merge-request',
      client_payload: { mr: '17', sha: SOURCE_SHA, project: PROJECT.path },
    })
    assertSchemaValid(github)
    assert.ok(!(run.stdout + run.stderr).includes(keys.pkcs1.split('\n')[1] as string))
  })
})

describe('GitLab component: status, dispatch and notify in a merge request pipeline', () => {
  const WEBHOOK_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
  const NAME = 'ci-relay/pipeline'

  /** The stand-in's view of this pipeline: the jobs gitlab-ci-local runs, as GitLab lists them. */
  const jobs = (build: string, notifier: string): GitLabJobFixture[] => [
    { id: 601, name: 'ci-relay-status-running', stage: '.pre', status: 'success' },
    { id: 602, name: 'build', stage: 'build', status: build, runner: 'shared-runner-1' },
    { id: 603, name: notifier, stage: '.post', status: 'running' },
  ]

  /** MR pipeline variables, the component's CI/CD variables, and the stand-ins' addresses. */
  function pipelineVariables(gitlab: FakeGitLab, github: { url: string }) {
    return {
      ...mergeRequestVariables({ apiUrl: gitlab.url, sourceSha: MR_SOURCE_SHA, iid: 3 }),
      CI_SERVER_URL: gitlab.serverUrl,
      CI_PROJECT_ID: String(PROJECT_ID),
      CI_PIPELINE_ID: String(PIPELINE_ID),
      CI_COMMIT_SHA: MERGE_COMMIT_SHA,
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/widget',
      CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN,
      CI_RELAY_SECRET: WEBHOOK_SECRET,
      CI_RELAY_APP_ID: String(APP_ID),
      CI_RELAY_PRIVATE_KEY: Buffer.from(keys.pkcs1).toString('base64'),
      CI_RELAY_GITHUB_API_URL: github.url,
    }
  }

  const includes = (receiver: string) => [
    { template: 'status', inputs: { cli: CLI } },
    {
      template: 'dispatch',
      inputs: {
        cli: CLI,
        repository: 'octo-org/deploy',
        event_type: 'gitlab-merge-request',
        client_payload:
          '{"mr": "$CI_MERGE_REQUEST_IID", "sha": "$CI_MERGE_REQUEST_SOURCE_BRANCH_SHA"}',
      },
    },
    { template: 'notify', inputs: { cli: CLI, url: receiver } },
  ]

  function deliveredPayload(receiver: Receiver): Record<string, unknown> {
    assert.equal(receiver.received.length, 1, 'one delivery')
    const delivery = receiver.received[0] as Received
    new Webhook(WEBHOOK_SECRET).verify(delivery.body, delivery.headers as Record<string, string>)
    const payload = JSON.parse(delivery.body) as Record<string, unknown>
    assertValidCiRelayPayload(payload)
    return payload
  }

  test('a passing pipeline: running → success on the MR source sha, a dispatch as the App, one signed notification', async () => {
    const gitlab = await startGitLabPipeline(jobs('success', 'ci-relay-notify-success'))
    const github = await startGitHub()
    const receiver = await startReceiver()
    const run = await runPipeline({
      ciYaml: ciYaml(includes(receiver.url), {
        stages: ['build', 'deploy'],
        build: { stage: 'build', script: ['echo built'] },
      }),
      variables: pipelineVariables(gitlab, github),
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.deepEqual(run.jobs, {
      'ci-relay-status-running': 'PASS',
      build: 'PASS',
      'ci-relay-dispatch': 'PASS',
      'ci-relay-status-success': 'PASS',
      'ci-relay-notify-success': 'PASS',
    })
    // GitLab: one status, running then success, on the commit people look at (not the merge commit).
    assert.deepEqual(
      gitlab.statuses(PROJECT_ID, MR_SOURCE_SHA).map((s) => [s.name, s.status, s.ref]),
      [[NAME, 'success', 'feature/widget']],
    )
    const posted = gitlab.requests.filter((r) => r.path.includes('/statuses/'))
    assert.deepEqual(
      posted.map((r) => [r.path, (r.body as { state: string }).state, r.headers['private-token']]),
      [
        [`/projects/${PROJECT_ID}/statuses/${MR_SOURCE_SHA}`, 'running', GITLAB_TOKEN],
        [`/projects/${PROJECT_ID}/statuses/${MR_SOURCE_SHA}`, 'success', GITLAB_TOKEN],
      ],
    )
    assert.equal(gitlab.statuses(PROJECT_ID, MERGE_COMMIT_SHA).length, 0)
    // GitHub: repository_dispatch as the App, with the merge request's details.
    const dispatch = github.requests.find((r) => r.path === '/repos/octo-org/deploy/dispatches')
    assert.equal(dispatch?.auth, 'installation')
    assert.deepEqual(dispatch?.body, {
      event_type: 'gitlab-merge-request',
      client_payload: { mr: '3', sha: MR_SOURCE_SHA },
    })
    // The receiver: one signed build.completed with the MR and the pipeline's jobs.
    const payload = deliveredPayload(receiver)
    assert.equal(payload.provider, 'gitlab')
    assert.equal(payload.status, 'success')
    assert.equal(payload.sha, MR_SOURCE_SHA)
    assert.equal(payload.build_id, PIPELINE_ID)
    assert.deepEqual(payload.merge_request, {
      iid: 3,
      title: 'Add a feature',
      source_branch: 'feature/widget',
      target_branch: 'main',
      web_url: `${PROJECT.server}/${PROJECT.path}/-/merge_requests/3`,
    })
    assert.deepEqual(
      (payload.runs as { name: string; status: string }[]).map((r) => [r.name, r.status]).sort(),
      [
        ['build', 'success'],
        ['ci-relay-notify-success', 'in_progress'],
        ['ci-relay-status-running', 'success'],
      ],
    )
    const printed = run.stdout + run.stderr
    for (const secret of [GITLAB_TOKEN, WEBHOOK_SECRET, ...github.tokens.map((t) => t.token)])
      assert.ok(!printed.includes(secret), 'a secret was printed')
  })

  test('a failing pipeline: running → failed, notify says failure, nothing on success runs', async () => {
    const gitlab = await startGitLabPipeline(jobs('failed', 'ci-relay-notify-failure'))
    const github = await startGitHub()
    const receiver = await startReceiver()
    const run = await runPipeline({
      ciYaml: ciYaml(
        includes(receiver.url).filter((i) => i.template !== 'dispatch'),
        { build: { stage: 'build', script: ['echo "tests failed"', 'exit 1'] } },
      ),
      variables: pipelineVariables(gitlab, github),
    })
    assert.notEqual(run.code, 0)
    assert.deepEqual(run.jobs, {
      'ci-relay-status-running': 'PASS',
      build: 'FAIL',
      'ci-relay-status-failed': 'PASS',
      'ci-relay-notify-failure': 'PASS',
    })
    assert.deepEqual(
      gitlab.requests
        .filter((r) => r.path.includes('/statuses/'))
        .map((r) => (r.body as { state: string }).state),
      ['running', 'failed'],
    )
    assert.deepEqual(
      gitlab.statuses(PROJECT_ID, MR_SOURCE_SHA).map((s) => [s.name, s.status]),
      [[NAME, 'failed']],
    )
    const payload = deliveredPayload(receiver)
    assert.equal(payload.status, 'failure')
    assert.equal(
      (payload.runs as { name: string; status: string }[]).find((r) => r.name === 'build')?.status,
      'failure',
    )
    assert.deepEqual(github.requests, [])
  })

  test('target github: the pipeline outcome on the GitHub commit of a mirrored project, as the App', async () => {
    const gitlab = await startGitLabPipeline(jobs('success', 'github-status-status-success'))
    const github = await startGitHub()
    const statuses = addStatusRoutes(github)
    const run = await runPipeline({
      ciYaml: ciYaml(
        [
          {
            template: 'status',
            inputs: {
              cli: CLI,
              job_prefix: 'github-status',
              target: 'github',
              repository: 'octo-org/app',
            },
          },
        ],
        { build: { stage: 'build', script: ['echo built'] } },
      ),
      variables: pipelineVariables(gitlab, github),
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.deepEqual(run.jobs, {
      'github-status-status-running': 'PASS',
      build: 'PASS',
      'github-status-status-success': 'PASS',
    })
    assert.deepEqual(statuses.states(MR_SOURCE_SHA, 'octo-org/app'), ['pending', 'success'])
    const posts = github.requests.filter(
      (r) => r.method === 'POST' && r.path.includes('/statuses/'),
    )
    assert.equal(posts.length, 2)
    assert.ok(posts.every((r) => (r.body as { context: string }).context === NAME))
    assert.ok(posts.every((r) => r.auth === 'installation'))
    assert.ok(
      github.tokens.every((t) => t.revoked),
      'each job revokes the token it minted',
    )
    assert.deepEqual(gitlab.requests, [], 'nothing posted on GitLab')
  })
})

describe(
  'GitLab component: inputs checked when the pipeline is created (--preview)',
  { concurrency: 3 },
  () => {
    test('valid inputs render the jobs with the inputs in place', async () => {
      const run = await runPipeline({
        preview: true,
        ciYaml: ciYaml([
          {
            template: 'trigger',
            inputs: { project: 'acme/platform/app', ref: 'main', wait: true, wait_timeout: 120 },
          },
        ]),
      })
      assert.equal(run.code, 0, run.stdout + run.stderr)
      assert.match(run.stdout, /^ci-relay-trigger:$/m)
      assert.match(run.stdout, /CI_RELAY_PROJECT: acme\/platform\/app/)
      assert.match(run.stdout, /trigger --wait true --wait-timeout 120/)
    })

    for (const [name, template, inputs, message] of [
      [
        'a wrong input type (a string for a boolean)',
        'trigger',
        { project: 'acme/app', ref: 'main', wait: 'yes' },
        /`wait` input: provided value is not a boolean/,
      ],
      [
        'a wrong input type (a string for a number)',
        'notify',
        { url: 'https://example.com/hook', max_attempts: 'many' },
        /`max_attempts` input: provided value is not a number/,
      ],
      [
        'a value outside options',
        'notify',
        { url: 'https://example.com/hook', format: 'xml' },
        /`format` input: `xml` cannot be used because it is not in the list of allowed options/,
      ],
      [
        'a value the regex refuses',
        'trigger',
        { project: 'app', ref: 'main' },
        /`project` input: `app` does not match required regex/,
      ],
      [
        'a required input left out',
        'dispatch',
        { repository: 'octo-org/app' },
        /`event_type` input: required value has not been provided/,
      ],
    ] as const) {
      test(`refuses ${name}`, async () => {
        const run = await runPipeline({ preview: true, ciYaml: ciYaml([{ template, inputs }]) })
        assert.notEqual(run.code, 0)
        assert.match(run.stdout + run.stderr, message)
      })
    }
  },
)

describe(
  'GitLab component: the documented configurations render (--preview)',
  { concurrency: 3 },
  () => {
    /** `component: $CI_SERVER_FQDN/<path>/<name>@<version>` → the committed template. */
    const local = (yaml: string) =>
      yaml.replace(/component: \$CI_SERVER_FQDN\/\S+\/(\w+)@\S+/g, 'local: templates/$1.yml')

    const readme = readFileSync(join(REPO_ROOT, 'gitlab-component/README.md'), 'utf8')
    const examples = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1] as string)
      .filter((yaml) => yaml.includes('component: '))

    test('the README has an include example for each component', () => {
      for (const name of ['status', 'notify', 'dispatch', 'receive', 'trigger'])
        assert.ok(
          examples.some((yaml) => yaml.includes(`/ci-relay/${name}@<version>`)),
          `an example of ${name}`,
        )
    })

    for (const [i, yaml] of examples.entries()) {
      test(`README example ${i + 1} (${/ci-relay\/(\w+)@/.exec(yaml)?.[1]})`, async () => {
        // gitlab-ci-local ignores inputs a template does not declare; GitLab refuses them.
        for (const include of (parse(yaml) as { include: { component: string; inputs?: object }[] })
          .include) {
          const name = /\/(\w+)@/.exec(include.component)?.[1] as TemplateName
          const declared = Object.keys(templateDocument(name).spec.inputs)
          for (const input of Object.keys(include.inputs ?? {}))
            assert.ok(declared.includes(input), `${name} has no input ${input}`)
        }
        const run = await runPipeline({ preview: true, ciYaml: local(yaml) })
        assert.equal(run.code, 0, run.stdout + run.stderr)
        assert.match(run.stdout, /^ci-relay-|^github-status-/m)
      })
    }

    test("the component project's own .gitlab-ci.yml", async () => {
      const own = readFileSync(join(REPO_ROOT, 'gitlab-component/.gitlab-ci.yml'), 'utf8')
      assert.match(own, /component: \$CI_SERVER_FQDN\/\$CI_PROJECT_PATH\/\w+@\$CI_COMMIT_SHA/)
      const run = await runPipeline({ preview: true, ciYaml: local(own) })
      assert.equal(run.code, 0, run.stdout + run.stderr)
      for (const job of [
        'ci-relay-status-running',
        'ci-relay-trigger',
        'ci-relay-receive',
        'release',
      ])
        assert.match(run.stdout, new RegExp(`^${job}:$`, 'm'))
    })
  },
)
