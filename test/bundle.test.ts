// What a step actually loads. The bundle drops @actions/core's unused OIDC client (and with it
// @actions/http-client and undici) only because scripts/bundle.mjs declares the package free of
// side effects at build time; if that stops working (a new @actions/core, a changed ncc, a removed
// flag), these tests fail instead of every step silently loading a megabyte again.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT, githubEnv, runAction } from './support/runner.js'

const RECORDER = join(REPO_ROOT, 'test/support/record-loads.mjs')

/** Runs a step with the load recorder; returns the result and the files it loaded. */
async function loadsOf(entry: 'main' | 'post', options: Parameters<typeof runAction>[1]) {
  const log = join(githubEnv().RUNNER_TEMP as string, 'loads.txt')
  const step = await runAction(entry, {
    ...options,
    env: { ...options?.env, NODE_OPTIONS: `--import=${RECORDER}`, CI_RELAY_LOAD_LOG: log },
  })
  const files = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))]
  return { step, files }
}

// Strings only undici carries: its name (in its error codes and user agent) and its HTTP parser.
const UNDICI = /undici|llhttp/

test('receive loads its entry and one chunk, and neither holds undici', async () => {
  const { step, files } = await loadsOf('main', {
    inputs: { command: 'receive' },
    eventName: 'repository_dispatch',
    event: { action: 'deploy', client_payload: { environment: 'prod' } },
  })
  assert.equal(step.code, 0, step.stdout + step.stderr)
  assert.equal(step.outputs.environment, 'prod')
  const dist = files.filter((file) => file.startsWith(join(REPO_ROOT, 'dist/main/')))
  assert.ok(dist.includes(join(REPO_ROOT, 'dist/main/index.js')), files.join('\n'))
  assert.ok(dist.length >= 2, `the receive chunk was loaded too: ${dist.join(', ')}`)
  for (const file of dist) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), UNDICI, `${file} holds undici`)
  }
  const bytes = dist.reduce((sum, file) => sum + statSync(file).size, 0)
  assert.ok(bytes < 300_000, `receive loads ${bytes} bytes of JavaScript`)
})

test('a post step with nothing to do loads only its entry: no command chunk, no Octokit', async () => {
  const { step, files } = await loadsOf('post', {
    inputs: { command: 'dispatch', 'event-type': 'deploy' },
    state: { command: 'dispatch', tokens: '[]', 'github-api-url': 'http://127.0.0.1:9' },
  })
  assert.equal(step.code, 0, step.stdout + step.stderr)
  assert.equal(step.stdout + step.stderr, '')
  const dist = files.filter((file) => file.includes('/dist/'))
  assert.deepEqual(dist, [join(REPO_ROOT, 'dist/post/index.js')])
})
