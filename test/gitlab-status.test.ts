// status in a GitLab job, end to end: the built dist/cli run with a GitLab job's environment (a
// merge request pipeline with merged results) against the strict GitLab stand-in; and the same
// command posting to GitHub as the App from a GitLab job, and to GitLab from a GitHub Action.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { addStatusRoutes } from './support/github-statuses.js'
import {
  gitlabJobEnv,
  GITLAB_TOKEN,
  JOB_TOKEN,
  MERGE_COMMIT_SHA,
  MR_SOURCE_SHA,
  PIPELINE_ID,
  PROJECT_ID,
  READ_TOKEN,
  startGitLab,
} from './support/gitlab-scenario.js'
import { runAction, runCli } from './support/runner.js'
import { APP_ID, assertNoSecretPrinted, envFor, startGitHub } from './support/scenario.js'
import { keys } from './support/keys.js'

const STATUS_PATH = `/projects/${PROJECT_ID}/statuses/${MR_SOURCE_SHA}`

function cli(env: Record<string, string>, ...args: string[]) {
  return runCli(['status', ...args], { env })
}

describe('status on GitLab', () => {
  test('merged results: running then success on the MR source sha, as GitLab shows it', async () => {
    const fake = await startGitLab()
    const env = gitlabJobEnv(fake, { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN })
    const running = await cli(env, '--state', 'running', '--context', 'ci-relay', '--json')
    assert.equal(running.code, 0, running.stderr)
    const success = await cli(env, '--state', 'success', '--context', 'ci-relay')
    assert.equal(success.code, 0, success.stderr)

    assert.deepEqual(fake.sequence(), [`POST ${STATUS_PATH}`, `POST ${STATUS_PATH}`])
    assert.deepEqual(fake.requests[0]?.body, {
      state: 'running',
      name: 'ci-relay',
      target_url: `${fake.serverUrl}/group/sub/app/-/pipelines/${PIPELINE_ID}`,
      ref: 'feature/widget',
    })
    assert.equal(fake.requests[0]?.headers['private-token'], GITLAB_TOKEN)
    assert.equal(
      fake.requests[1]?.body && (fake.requests[1].body as { state: string }).state,
      'success',
    )
    const stored = fake.statuses(PROJECT_ID, MR_SOURCE_SHA)
    assert.deepEqual(
      stored.map((s) => [s.name, s.status, s.ref]),
      [['ci-relay', 'success', 'feature/widget']],
    )
    assert.deepEqual(fake.statuses(PROJECT_ID, MERGE_COMMIT_SHA), [], 'not the merge commit')
    assert.deepEqual(JSON.parse(running.stdout), {
      sha: MR_SOURCE_SHA,
      url: `${fake.url}/projects/${PROJECT_ID}/repository/commits/${MR_SOURCE_SHA}/statuses`,
    })
    assertNoSecretPrinted(running, [GITLAB_TOKEN])
  })

  test('a failing pipeline ends failed; GitHub words map (failure → failed, cancelled → canceled)', async () => {
    const fake = await startGitLab()
    const env = gitlabJobEnv(fake, { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN })
    assert.equal((await cli(env, '--state', 'running', '--context', 'a')).code, 0)
    const failed = await cli(env, '--state', 'failure', '--context', 'a')
    assert.equal(failed.code, 0, failed.stderr)
    const cancelled = await cli(env, '--state', 'cancelled', '--context', 'b')
    assert.equal(cancelled.code, 0, cancelled.stderr)
    const error = await cli(env, '--state', 'error', '--context', 'c')
    assert.equal(error.code, 0, error.stderr)
    assert.deepEqual(
      fake.statuses(PROJECT_ID, MR_SOURCE_SHA).map((s) => [s.name, s.status]),
      [
        ['a', 'failed'],
        ['b', 'canceled'],
        ['c', 'failed'],
      ],
    )
  })

  test('posting the state a status already has: GitLab answers "Cannot transition", the step passes', async () => {
    const fake = await startGitLab()
    const env = gitlabJobEnv(fake, { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN })
    assert.equal((await cli(env, '--state', 'running', '--context', 'x')).code, 0)
    const again = await cli(env, '--state', 'running', '--context', 'x')
    assert.equal(again.code, 0, again.stderr)
    assert.match(
      again.stderr,
      /already is running: Cannot transition status via :run from :running/,
    )
    assert.equal(fake.requests.length, 2)
  })

  test('a push pipeline: CI_COMMIT_SHA, the job name, and pipeline_id so it shows on this pipeline', async () => {
    const fake = await startGitLab()
    const env = gitlabJobEnv(fake, {
      CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN,
      CI_PIPELINE_SOURCE: 'push',
    })
    for (const name of Object.keys(env)) if (name.startsWith('CI_MERGE_REQUEST_')) delete env[name]
    const result = await cli(env, '--state', 'pending')
    assert.equal(result.code, 0, result.stderr)
    assert.deepEqual(fake.requests[0]?.body, {
      state: 'pending',
      name: 'ci-relay-notify',
      target_url: `${fake.serverUrl}/group/sub/app/-/pipelines/${PIPELINE_ID}`,
      pipeline_id: PIPELINE_ID,
    })
    assert.equal(fake.statuses(PROJECT_ID, MERGE_COMMIT_SHA)[0]?.pipeline_id, PIPELINE_ID)
  })

  test('description over 255 characters: cut with a warning, and GitLab accepts it', async () => {
    const fake = await startGitLab()
    const env = gitlabJobEnv(fake, { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN })
    const long = 'é'.repeat(300)
    const result = await cli(env, '--state', 'success', '--context', 'x', '--description', long)
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stderr, /'description' is 300 characters; GitLab allows 255/)
    const sent = (fake.requests[0]?.body as { description: string }).description
    assert.equal([...sent].length, 255)
    assert.ok(sent.endsWith('…'))
  })

  for (const [what, extra, args, message] of [
    [
      'no gitlab-token',
      {},
      [],
      /Input 'gitlab-token': must be set to post GitLab commit statuses: a project or group access token with the api scope/,
    ],
    [
      'the job token as gitlab-token',
      { CI_RELAY_GITLAB_TOKEN: JOB_TOKEN },
      [],
      /Input 'gitlab-token': is the CI job token \(CI_JOB_TOKEN\)/,
    ],
    [
      'a name over 255 characters',
      { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN },
      ['--context', 'n'.repeat(256)],
      /Input 'context': must be at most 255 characters \(GitLab's limit/,
    ],
    [
      'a state GitLab has no word for',
      { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN },
      ['--state', 'passed'],
      /Input 'state': must be pending, .*got 'passed'/,
    ],
    [
      'auto (no post step on GitLab)',
      { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN },
      ['--state', 'auto'],
      /Input 'state': auto needs the GitHub Action's post step; on GitLab/,
    ],
    [
      'a gitlab-api-url that is not http(s)',
      { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN, CI_RELAY_GITLAB_API_URL: 'ftp://x' },
      [],
      /Input 'gitlab-api-url': must be an http\(s\) URL/,
    ],
  ] as const) {
    test(`${what}: fails naming the input, nothing sent`, async () => {
      const fake = await startGitLab()
      const env = gitlabJobEnv(fake, extra)
      const result = await cli(
        env,
        ...((args as readonly string[]).includes('--state') ? [] : ['--state', 'success']),
        ...args,
      )
      assert.equal(result.code, 2, `bad input is a usage error: ${result.stderr}`)
      assert.match(result.stderr, message)
      assert.deepEqual(fake.requests, [])
      assertNoSecretPrinted(result, [GITLAB_TOKEN, JOB_TOKEN])
    })
  }

  test('a read_api token: GitLab refuses (403) and the error says what GitLab answered and why', async () => {
    const fake = await startGitLab()
    const env = gitlabJobEnv(fake, { CI_RELAY_GITLAB_TOKEN: READ_TOKEN })
    const result = await cli(env, '--state', 'success', '--context', 'x')
    assert.equal(result.code, 1)
    assert.match(
      result.stderr,
      /GitLab answered 403: insufficient_scope: The request requires higher privileges/,
    )
    assert.match(result.stderr, /needs the api scope/)
  })

  test('target github from a GitLab job: the App posts on the mirrored GitHub commit, token scoped to that repository', async () => {
    const gitlab = await startGitLab()
    const github = await startGitHub()
    const statuses = addStatusRoutes(github)
    const env = gitlabJobEnv(gitlab, {
      CI_RELAY_APP_ID: String(APP_ID),
      CI_RELAY_PRIVATE_KEY: keys.escaped,
      CI_RELAY_GITHUB_API_URL: github.url,
    })
    const result = await cli(
      env,
      '--state',
      'success',
      '--target',
      'github',
      '--repository',
      'octo-org/app',
      '--json',
    )
    assert.equal(result.code, 0, result.stderr)
    assert.deepEqual(gitlab.requests, [])
    const post = github.requests.find((r) => r.method === 'POST' && r.path.includes('/statuses/'))
    assert.equal(post?.path, `/repos/octo-org/app/statuses/${MR_SOURCE_SHA}`)
    assert.deepEqual(post?.body, {
      state: 'success',
      context: 'ci-relay-notify',
      target_url: `${gitlab.serverUrl}/group/sub/app/-/pipelines/${PIPELINE_ID}`,
    })
    assert.deepEqual(github.tokens[0]?.repositories, ['app'])
    assert.deepEqual(statuses.states(MR_SOURCE_SHA, 'octo-org/app'), ['success'])
    assert.equal(github.tokens[0]?.revoked, true, 'the CLI revokes what it minted')
    assertNoSecretPrinted(result, [keys.escaped, github.tokens[0]?.token ?? ''])
  })

  test('target gitlab from a GitHub Action (dist/main): posts on the given project and commit', async () => {
    const gitlab = await startGitLab()
    const github = await startGitHub()
    const step = await runAction('main', {
      env: envFor(github),
      inputs: {
        command: 'status',
        target: 'gitlab',
        state: 'success',
        repository: 'group/sub/app',
        sha: MR_SOURCE_SHA,
        'gitlab-token': GITLAB_TOKEN,
        'gitlab-api-url': gitlab.url,
      },
    })
    assert.equal(step.code, 0, step.stdout + step.stderr)
    assert.deepEqual(gitlab.sequence(), [
      `POST /projects/group%2Fsub%2Fapp/statuses/${MR_SOURCE_SHA}`,
    ])
    assert.deepEqual(gitlab.requests[0]?.body, {
      state: 'success',
      name: 'CI / build',
      target_url: 'https://github.com/octo-org/app/actions/runs/9876543210',
    })
    assert.deepEqual(github.requests, [])
    assert.ok(step.masks.includes(GITLAB_TOKEN))
  })
})
