// The per-command actions (`uses: <owner>/ci-relay/dispatch@v1` …) run as the runner runs them:
// their own action.yml (defaults, runs.main, runs.post), against the GitHub stand-in. And the root
// action (`command:`) refuses inputs its command does not take, as actions are given them.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { addStatusRoutes, runningJob } from './support/github-statuses.js'
import { keys } from './support/keys.js'
import { runAction, runCli, runMainAndPost } from './support/runner.js'
import {
  APP_ID,
  appInputs,
  assertNoSecretPrinted,
  assertSchemaValid,
  envFor,
  startGitHub,
} from './support/scenario.js'

const PUSH_SHA = 'ffac537e6cbbf934b08745a378932722df287a53' // GITHUB_SHA of the runner environment

describe('per-command actions', () => {
  test('dispatch/action.yml dispatches with only its own inputs; tokens revoked at the end of main (no post step)', async () => {
    const fake = await startGitHub()
    const step = await runAction('main', {
      action: 'dispatch',
      env: envFor(fake),
      inputs: {
        ...appInputs(),
        repository: 'octo-org/deploy',
        'event-type': 'build-finished',
        'client-payload': '{"version":"1.2.3"}',
      },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.deepEqual(fake.sequence(), [
      'GET /repos/octo-org/deploy/installation',
      'POST /app/installations/101/access_tokens',
      'POST /repos/octo-org/deploy/dispatches',
      'DELETE /installation/token',
    ])
    assert.equal(fake.tokens[0]?.revoked, true)
    assert.deepEqual(JSON.parse(step.outputs.repositories as string), [
      { repository: 'octo-org/deploy', status: 204 },
    ])
    assertNoSecretPrinted(step, [fake.tokens[0]?.token as string, keys.pkcs1])
    assertSchemaValid(fake)
  })

  test("token/action.yml takes create-github-app-token's names: client-id, permission-<name>, skip-token-revoke", async () => {
    const fake = await startGitHub()
    const inputs = {
      'client-id': String(APP_ID),
      'private-key': keys.pkcs8,
      repositories: 'deploy',
      'permission-contents': 'write',
      'permission-statuses': 'read',
    }
    const { main, post } = await runMainAndPost({ action: 'token', env: envFor(fake), inputs })
    assert.equal(main.code, 0, main.stderr + main.stdout)
    assert.deepEqual(fake.requests[1]?.body, {
      repositories: ['deploy'],
      permissions: { contents: 'write', statuses: 'read' },
    })
    assert.deepEqual(Object.keys(main.outputs).sort(), [
      'app-slug',
      'expires-at',
      'installation-id',
      'token',
    ])
    assert.equal(post.code, 0, post.stderr + post.stdout)
    assert.equal(fake.tokens[0]?.revoked, true, 'the post step revokes it')

    const kept = await startGitHub()
    const skip = await runMainAndPost({
      action: 'token',
      env: envFor(kept),
      inputs: { ...inputs, 'skip-token-revoke': 'true' },
    })
    assert.equal(skip.post.code, 0, skip.post.stderr)
    assert.equal(kept.tokens[0]?.revoked, false, 'skip-token-revoke: true keeps it')
    assert.ok(!kept.sequence().includes('DELETE /installation/token'))
  })

  test('a bad permission level fails naming the permission-<name> input, nothing sent', async () => {
    const fake = await startGitHub()
    const step = await runAction('main', {
      action: 'token',
      env: envFor(fake),
      inputs: { ...appInputs(), 'permission-contents': 'admin' },
    })
    assert.equal(step.code, 1)
    assert.match(step.errors.join('\n'), /Input 'permission-contents': must be one of read, write/)
    assert.deepEqual(fake.requests, [])
  })

  test('app-id and client-id naming different Apps fail, nothing sent', async () => {
    const fake = await startGitHub()
    const step = await runAction('main', {
      action: 'token',
      env: envFor(fake),
      inputs: { ...appInputs(), 'client-id': 'Iv1.0123456789abcdef' },
    })
    assert.equal(step.code, 1)
    assert.match(step.errors.join('\n'), /Input 'client-id': set either app-id or client-id/)
    assert.deepEqual(fake.requests, [])
  })

  test('status/action.yml keeps its post step: state auto posts pending, then the outcome', async () => {
    const fake = await startGitHub()
    const github = addStatusRoutes(fake)
    github.setJobs({}, [runningJob('build', 'GitHub Actions 7')])
    const { main, post } = await runMainAndPost({
      action: 'status',
      env: envFor(fake),
      inputs: { state: 'auto', context: 'ci / per-command' },
    })
    assert.equal(main.code, 0, main.stderr + main.stdout)
    assert.equal(post.code, 0, post.stderr + post.stdout)
    assert.deepEqual(github.states(PUSH_SHA, 'octo-org/app'), ['pending', 'success'])
  })

  test("an input of another command fails the step naming it and the command's inputs", async () => {
    for (const action of [undefined, 'dispatch'] as const) {
      const fake = await startGitHub()
      const step = await runAction('main', {
        action,
        env: envFor(fake),
        inputs: {
          ...(action ? {} : { command: 'dispatch' }),
          repositories: 'acme/deploy',
          'event-type': 'deploy',
        },
      })
      assert.equal(step.code, 1, String(action))
      const error = step.errors.join('\n')
      assert.match(
        error,
        /Input 'repositories': not an input of dispatch \(it is an input of token\)/,
      )
      assert.match(error, /did you mean 'repository'\?/)
      assert.match(error, /dispatch takes: token, app-id, client-id, .*repository, event-type/)
      assert.deepEqual(fake.requests, [], 'nothing was dispatched to the current repository')
    }
  })

  test('a misspelt input fails with a suggestion; the root action ignores the defaults it filled in', async () => {
    const fake = await startGitHub()
    const typo = await runAction('main', {
      env: envFor(fake),
      inputs: { command: 'receive', 'requre-signature': 'true', payload: '{"a":"1"}' },
    })
    assert.equal(typo.code, 1)
    assert.match(
      typo.errors.join('\n'),
      /Input 'requre-signature': not an input of receive \(did you mean 'require-signature'\?\)/,
    )
    // Every root input's default (token, revoke-token, wait, format, status …) is in INPUT_* too.
    const ok = await runAction('main', {
      env: envFor(fake),
      inputs: { command: 'receive', payload: '{"a":"1"}' },
    })
    assert.equal(ok.code, 0, ok.stderr + ok.stdout)
    assert.equal(ok.outputs.a, '1')
  })

  test('a per-command action refuses command:', async () => {
    const fake = await startGitHub()
    const step = await runAction('main', {
      action: 'receive',
      env: envFor(fake),
      inputs: { command: 'dispatch', payload: '{}' },
    })
    assert.equal(step.code, 1)
    assert.match(
      step.errors.join('\n'),
      /Input 'command': the receive action takes no command input/,
    )
  })

  test('every input marked required is required: without it the command fails naming it (exit 2 on the CLI)', async () => {
    const cases: [string, string[], RegExp][] = [
      [
        'dispatch',
        ['--repository', 'octo-org/app'],
        /flag --event-type, variable CI_RELAY_EVENT_TYPE/,
      ],
      [
        'status',
        ['--repository', 'octo-org/app', '--sha', 'a'.repeat(40)],
        /flag --state, variable CI_RELAY_STATE/,
      ],
      ['notify', [], /flag --url, variable CI_RELAY_URL/],
      [
        'callback',
        ['--callback-url', 'http://127.0.0.1:9/cb'],
        /flag --state, variable CI_RELAY_STATE/,
      ],
      [
        'token',
        ['--app-id', '1', '--owner', 'octo-org'],
        /flag --private-key, variable CI_RELAY_PRIVATE_KEY/,
      ],
    ]
    for (const [command, args, message] of cases) {
      const cli = await runCli([command, ...args], {
        env: {
          CI_RELAY_GITHUB_API_URL: 'http://127.0.0.1:9',
          CI_RELAY_TOKEN: 'ghp_x'.padEnd(20, 'x'),
        },
      })
      assert.equal(cli.code, 2, `${command}: ${cli.stderr}`)
      assert.match(cli.stderr, message, command)
    }
  })
})
