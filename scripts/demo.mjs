#!/usr/bin/env node
// `npm run demo`: ci-relay's main jobs with no accounts and nothing leaving this machine. It starts
// `ci-relay listen` on a free loopback port with a freshly generated secret, sends it a signed
// build-complete notification through the CLI exactly as a workflow step would (the runner's
// GITHUB_* variables describe an example run) and shows the delivery the listener verified. Then
// the round trip: a signed repository_dispatch (to a loopback stand-in for GitHub's endpoint),
// turned by `ci-relay receive` into outputs in the receiving "workflow", signature checked. It runs
// the committed dist/, so `npm ci` is all it needs.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout, clearTimeout } from 'node:timers'
import { fileURLToPath } from 'node:url'

const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url))
const TIMEOUT_MS = 20_000

if (!existsSync(CLI)) {
  console.error(`${CLI} is missing: run npm run bundle first.`)
  process.exit(1)
}

const secret = `whsec_${randomBytes(24).toString('base64')}`
const say = (text) => process.stdout.write(`${text}\n`)
const children = []

function run(args, env) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  return child
}

/** Resolves with the first match of `pattern` in what `stream` prints (accumulated). */
function waitFor(stream, pattern, what) {
  return new Promise((resolve, reject) => {
    let seen = ''
    const onData = (chunk) => {
      seen += chunk
      const match = pattern.exec(seen)
      if (match) {
        stream.off('data', onData)
        resolve({ match, seen })
      }
    }
    stream.on('data', onData)
    stream.on('end', () => reject(new Error(`${what}: the process ended first.\n${seen}`)))
  })
}

/** Runs the CLI to the end: { code, stdout, stderr }. */
async function complete(args, env) {
  const child = run(args, env)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  return { code: await exited(child), stdout, stderr }
}

const indent = (text) => text.trimEnd().replace(/^/gm, '   ')

/**
 * A signed dispatch from one "workflow", received as step outputs in another: GitHub's dispatch
 * endpoint is a loopback stand-in that answers 204 as GitHub does, and the receiving side gets the
 * event GitHub would write for it (re-serialized: other key order, other spacing).
 */
async function roundTrip() {
  say('\n4. The round trip: ci-relay dispatch, signed, to octo-org/deploy')
  const signingSecret = randomBytes(24).toString('base64')
  let dispatched
  const github = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/repos/octo-org/deploy/dispatches') {
        dispatched = JSON.parse(body)
        res.writeHead(204).end()
      } else
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}')
    })
  })
  await new Promise((resolve) => github.listen(0, '127.0.0.1', resolve))
  const api = `http://127.0.0.1:${github.address().port}`
  const dir = mkdtempSync(join(tmpdir(), 'ci-relay-demo-'))
  try {
    const sent = await complete(
      [
        'dispatch',
        '--repository',
        'octo-org/deploy',
        '--event-type',
        'deploy',
        '--client-payload',
        '{"version": "1.2.3", "environment": "staging", "notes": "Fix the \\"login\\" page; $(rm -rf /) stays text"}',
      ],
      {
        CI_RELAY_TOKEN: 'demo-token',
        CI_RELAY_GITHUB_API_URL: api,
        CI_RELAY_SIGNING_SECRET: signingSecret,
      },
    )
    say(indent(sent.stderr))
    if (sent.code !== 0 || !dispatched)
      throw new Error(`ci-relay dispatch failed (exit ${sent.code}).`)
    say(indent(`outputs: ${sent.stdout.trim().split('\n')[0]}`))

    say('\n5. The receiving workflow: ci-relay receive checks the signature and sets outputs')
    const event = join(dir, 'event.json')
    const { event_type: action, client_payload: payload } = dispatched
    const reordered = Object.fromEntries(Object.entries(payload).reverse())
    writeFileSync(
      event,
      JSON.stringify({ action, branch: 'main', client_payload: reordered }, null, 4),
    )
    const received = await complete(['receive'], {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'repository_dispatch',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'octo-org/deploy',
      CI_RELAY_SECRET: signingSecret,
    })
    say(indent(received.stderr))
    if (received.code !== 0) throw new Error(`ci-relay receive failed (exit ${received.code}).`)
    say(indent(`outputs:\n${received.stdout.replace(/^payload=.*\n/m, '')}`))
    say('\nThe payload arrived as outputs, its signature verified: a step reads them as')
    say('   ${{ steps.<id>.outputs.version }}, through env:, never pasted into run:.')
  } finally {
    github.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const exited = (child) => new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)))

const timer = setTimeout(() => {
  console.error(`The demo did not finish within ${TIMEOUT_MS / 1000} s.`)
  for (const child of children) child.kill('SIGKILL')
  process.exit(1)
}, TIMEOUT_MS)

try {
  say('1. A receiver: ci-relay listen on a free loopback port, with a generated secret')
  const listener = run(['listen', '--port', '0', '--signature', 'standard'], {
    CI_RELAY_SECRET: secret,
  })
  const listenerStopped = exited(listener)
  let listenerErr = ''
  listener.stderr.on('data', (chunk) => (listenerErr += chunk))
  const { match } = await waitFor(listener.stderr, /listening on (http:\/\/\S+)/, 'ci-relay listen')
  const url = `${match[1]}/hooks/build`
  say(`   listening on ${match[1]}`)

  say('\n2. A workflow step: ci-relay notify, signed (Standard Webhooks) with the same secret')
  const verified = waitFor(listener.stdout, /^delivery .*\n\{[\s\S]*?\n\}\n/m, 'the delivery')
  const notify = run(['notify'], {
    // What the GitHub Actions runner sets for a step (an example run of octo-org/app).
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/app',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: 'octo-org/app/.github/workflows/ci.yml@refs/heads/main',
    GITHUB_JOB: 'build',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_ACTOR: 'monalisa',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_NAME: 'demo',
    // The step's inputs; secrets through the environment, as the docs advise.
    CI_RELAY_URL: url,
    CI_RELAY_SECRET: secret,
    CI_RELAY_STATUS: 'success',
    CI_RELAY_INCLUDE_JOBS: 'false',
    CI_RELAY_MAX_ATTEMPTS: '3',
  })
  let notifyOut = ''
  let notifyErr = ''
  notify.stdout.on('data', (chunk) => (notifyOut += chunk))
  notify.stderr.on('data', (chunk) => (notifyErr += chunk))
  const notifyCode = await exited(notify)
  for (const line of notifyErr.trimEnd().split('\n')) say(`   ${line}`)
  if (notifyCode !== 0) throw new Error(`ci-relay notify failed (exit ${notifyCode}).`)
  const outputs = Object.fromEntries(
    notifyOut
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )
  say(`   outputs: delivery-id=${outputs['delivery-id']}`)
  say(`            results=${outputs.results}`)

  say('\n3. What the receiver verified and printed')
  const { seen } = await verified
  for (const line of seen.trimEnd().split('\n')) say(`   ${line}`)

  listener.kill('SIGTERM')
  const listenerCode = await listenerStopped
  if (listenerCode !== 0) throw new Error(`ci-relay listen exited ${listenerCode}.\n${listenerErr}`)
  say('\nThe listener verified the signed delivery. Receivers can do the same in a few lines:')
  say("   import { verify } from '@ci-relay/cli'   (see the README for Node and Python)")

  await roundTrip()
  clearTimeout(timer)
} catch (error) {
  console.error(`demo failed: ${error.message}`)
  for (const child of children) child.kill('SIGKILL')
  process.exit(1)
}
