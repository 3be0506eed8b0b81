// `npm run demo` is the README's first command: it must run on the committed dist/ and show a
// verified delivery.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { test } from 'node:test'
import { REPO_ROOT } from './support/runner.js'

test('npm run demo: a notification verified by ci-relay listen, and a signed dispatch received as outputs, exit 0', async () => {
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
  // The round trip: a signed dispatch, received as outputs with its signature checked.
  const correlation = /outputs: correlation-id=([0-9a-f-]{36})/.exec(out)?.[1]
  assert.ok(correlation, out)
  assert.ok(out.includes(`_relay.id ${correlation}`))
  assert.match(out, /The payload signature is valid/)
  assert.match(out, /^ {3}verified=true$/m)
  assert.match(out, /^ {3}version=1\.2\.3$/m)
  assert.match(out, /^ {3}notes=Fix the "login" page; \$\(rm -rf \/\) stays text$/m)
})
