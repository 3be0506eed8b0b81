// `npm run demo` is the README's first command: it must run on the committed dist/ and show a
// verified delivery.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { test } from 'node:test'
import { REPO_ROOT } from './support/runner.js'

test('npm run demo: a notification through the CLI, verified by ci-relay listen, exit 0', async () => {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts/demo.mjs')], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk))
  child.stderr.on('data', (chunk: Buffer) => (out += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  assert.equal(code, 0, out)
  assert.match(out, /listening on http:\/\/127\.0\.0\.1:\d+/)
  const id = /delivery ([0-9a-f-]{36}) verified \(standard\) · POST \/hooks\/build/.exec(out)?.[1]
  assert.ok(id, out)
  assert.ok(out.includes(`outputs: delivery-id=${id}`), 'notify and the listener agree on the id')
  assert.match(out, /"type": "build\.completed"/)
  assert.match(out, /"status": "success"/)
})
