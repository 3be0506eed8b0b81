// Start + request cost of HTTP stacks, the figures behind src/http's choice of node:http(s) (issue
// 11 asks for measured choices). Each probe is a bundled ESM file run as `node probe.mjs URL N`
// in a clean environment (PATH only) against a loopback server in this process; rounds are
// interleaved in shuffled order and the medians of wall time (spawn to exit) are printed with the
// ratio to `node -e 0` of the same round. A benchmark: it prints, it does not assert.
//   node scripts/bench-http.mjs [rounds] [node binary ...]
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'

const rounds = Number(process.argv[2] ?? 15)
const nodes = process.argv.slice(3).length ? process.argv.slice(3) : [process.execPath]
const root = resolve(import.meta.dirname, '..')
const dir = mkdtempSync(join(tmpdir(), 'bench-http-'))
const AG = process.env.BENCH_ACTIONS_GITHUB // a node_modules dir holding @actions/github, optional

const loop = (call) => `const [url, n] = process.argv.slice(2)
for (let i = 0; i < Number(n); i++) { ${call} }`

const probes = {
  'fetch (platform)': loop(`const r = await fetch(url); await r.text()`),
  'node:http': `import http from 'node:http'
${loop(`await new Promise((ok, ko) => http.get(url, (r) => { r.resume(); r.on('end', ok) }).on('error', ko))`)}`,
  'ci-relay request() (node:http)': `import { request } from '${root}/src/http/request.ts'
${loop(`const r = await request(url); await r.text()`)}`,
  'ci-relay request(), proxy env set, NO_PROXY match': `import { request } from '${root}/src/http/request.ts'
process.env.HTTP_PROXY = 'http://127.0.0.1:9'; process.env.NO_PROXY = '127.0.0.1'
${loop(`const r = await request(url); await r.text()`)}`,
  'undici 6 EnvHttpProxyAgent + undici.fetch': `import { fetch, EnvHttpProxyAgent } from 'undici'
const dispatcher = new EnvHttpProxyAgent()
${loop(`const r = await fetch(url, { dispatcher }); await r.text()`)}`,
  'Octokit: @octokit/core + request.fetch on src/http': `import { createClient } from '${root}/src/github/client.ts'
const log = { info() {}, warning() {}, debug() {}, mask() {} }
const octokit = await createClient('t', { baseUrl: process.argv[2], log })
${loop(`await octokit.request('GET /zen')`)}`,
  'Octokit: @octokit/core + platform fetch': `import { Octokit } from '@octokit/core'
const octokit = new Octokit({ baseUrl: process.argv[2], auth: 't' })
${loop(`await octokit.request('GET /zen')`)}`,
}
if (AG && existsSync(join(AG, '@actions/github'))) {
  probes['Octokit: @actions/github getOctokit (its undici agent)'] =
    `import { getOctokit } from '${AG}/@actions/github/lib/github.js'
const octokit = getOctokit('t', { baseUrl: process.argv[2] })
${loop(`await octokit.request('GET /zen')`)}`
}

const files = {}
for (const [name, source] of Object.entries(probes)) {
  const entry = join(dir, `${Object.keys(files).length}.src.mjs`)
  const out = join(dir, `${Object.keys(files).length}.mjs`)
  writeFileSync(entry, source)
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    nodePaths: [join(root, 'node_modules'), ...(AG ? [AG] : [])],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'error',
  })
  files[name] = out
}

const server = createServer((req, res) => {
  req.resume()
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end('{"ok":true}')
})
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const url = `http://127.0.0.1:${server.address().port}/zen`

function run(node, args) {
  return new Promise((ok, ko) => {
    const started = process.hrtime.bigint()
    const child = spawn(node, args, {
      env: { PATH: process.env.PATH },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (c) => (err += c))
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      if (code === 0) ok(ms)
      else ko(new Error(`${args.join(' ')}: exit ${code}\n${err}`))
    })
  })
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

for (const node of nodes) {
  const version = await new Promise((ok) => {
    const c = spawn(node, ['--version'])
    let v = ''
    c.stdout.on('data', (d) => (v += d))
    c.on('exit', () => ok(v.trim()))
  })
  const cases = [['node -e 0', ['-e', '0']]]
  for (const [name, file] of Object.entries(files)) {
    for (const n of [1, 4])
      cases.push([`${name}, ${n} request${n > 1 ? 's' : ''}`, [file, url, String(n)]])
  }
  const times = Object.fromEntries(cases.map(([name]) => [name, []]))
  const ratios = Object.fromEntries(cases.map(([name]) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    const order = [...cases].sort(() => Math.random() - 0.5)
    const got = {}
    for (const [name, args] of order) got[name] = await run(node, args)
    for (const [name] of cases) {
      times[name].push(got[name])
      ratios[name].push(got[name] / got['node -e 0'])
    }
  }
  console.log(`\n${version} (${rounds} rounds; median ms, median ratio to node -e 0)`)
  for (const [name] of cases) {
    console.log(
      `${median(times[name]).toFixed(0).padStart(6)} ms  ${median(ratios[name]).toFixed(2)}x  ${name}`,
    )
  }
}
server.close()
