// npm run bench: what a step costs, as ratios. It prints; it asserts nothing.
//
// Every comparison runs in interleaved rounds (each round runs every variant once, in a shuffled
// order) and reports the median of the per-round ratios, on Node 24 (the runtime action.yml
// declares; scripts/node24.sh fetches it from npm on first use) and on Node 20. Children run the
// way the runner starts them (bench/step.ts), in a clean environment.
//   1. cold start of `receive` on a small event vs `node -e 0` and vs bench/reference-action.mjs;
//   2. token + dispatch + revoke with App credentials, every step the action runs, against the
//      loopback GitHub stand-in, vs two bare node starts, and vs the peer chain
//      (actions/create-github-app-token main → peter-evans/repository-dispatch → the token
//      action's post) when BENCH_PEERS=dir holds their checkouts (dir/create-github-app-token,
//      dir/repository-dispatch, each with its committed dist/);
//   3. notify to 20 receivers that each take 500 ms vs to 1;
//   4. JavaScript bytes each step loads (Node 24 load hook) and peak RSS, one instrumented run each.
// BENCH_ROUNDS (default 11) sets the rounds; BENCH_ROOT measures another checkout's dist/ and
// action.yml (e.g. an older commit, for before/after figures).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startFakeGitHub, type FakeGitHub } from '../test/support/github-api.js'
import { keys } from '../test/support/keys.js'
import {
  newJob,
  readAction,
  relayAction,
  removeJob,
  runStep,
  timeNode,
  type Action,
  type Job,
} from '../bench/step.js'

const REPO = fileURLToPath(new URL('../', import.meta.url))
const ROOT = resolve(process.env.BENCH_ROOT ?? REPO)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11)
const PEERS = process.env.BENCH_PEERS ? resolve(process.env.BENCH_PEERS) : undefined
const APP_ID = 31337
const REFERENCE = join(REPO, 'bench/reference-action.mjs')
const MEASURE = join(REPO, 'bench/measure-loads.mjs')

// ---------------------------------------------------------------------------------------------
// Statistics

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

/** A run's wall time and, where bench/rusage.py can measure it, its CPU time (user + system). */
interface Sample {
  wall: number
  cpu: number
}
const add = (a: Sample, b: Sample): Sample => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu })
const ZERO: Sample = { wall: 0, cpu: 0 }

type Variants = Record<string, () => Promise<Sample>>
type Times = Record<string, Sample[]>

/** Interleaved rounds in shuffled order; every variant's time per round. */
async function rounds(variants: Variants, count: number): Promise<Times> {
  const times: Times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]))
  for (const name of Object.keys(variants)) await variants[name]?.() // warm the file cache
  for (let round = 0; round < count; round++) {
    for (const name of shuffled(Object.keys(variants)))
      times[name]?.push(await (variants[name] as () => Promise<Sample>)())
  }
  return times
}

/** Median over rounds of a/b measured in the same round. */
function ratio(times: Times, a: string, b: string, of: keyof Sample = 'wall'): number {
  const xs = times[a] as Sample[]
  const ys = times[b] as Sample[]
  return median(xs.map((x, i) => x[of] / (ys[i] as Sample)[of]))
}

/** "1.23× (CPU 1.10×)": the wall-time ratio, and the CPU-time ratio where it was measured. */
function ratios(times: Times, a: string, b: string): string {
  const cpu = ratio(times, a, b, 'cpu')
  return `${x(ratio(times, a, b))}${Number.isFinite(cpu) ? ` (CPU ${x(cpu)})` : ''}`
}

/** Median wall time of each variant. */
const medians = (times: Times): Record<string, number> =>
  Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v.map((t) => t.wall))]))

const ms = (value: number) => `${value.toFixed(0)} ms`
const x = (value: number) => `${value.toFixed(2)}×`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

// ---------------------------------------------------------------------------------------------
// Node binaries

function nodeVersion(bin: string): string {
  return execFileSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()
}

function nodes(): { label: string; bin: string }[] {
  const found: { label: string; bin: string }[] = []
  const node24 = execFileSync('bash', [join(REPO, 'scripts/node24.sh')], {
    encoding: 'utf8',
  }).trim()
  found.push({ label: `Node ${nodeVersion(node24)}`, bin: node24 })
  const candidates = [
    process.execPath,
    execFileSync('bash', ['-c', 'command -v node'], { encoding: 'utf8' }).trim(),
  ]
  const node20 = candidates.find((bin) => bin && nodeVersion(bin).startsWith('20.'))
  if (node20) found.push({ label: `Node ${nodeVersion(node20)}`, bin: node20 })
  else console.log('(no Node 20 on PATH: Node 20 figures skipped)')
  return found
}

// ---------------------------------------------------------------------------------------------
// Scenarios

const RECEIVE_EVENT = {
  action: 'deploy',
  client_payload: { environment: 'prod', version: '1.2.3' },
}

interface Stage {
  fake: FakeGitHub
  receivers: { slow: string[]; callback: string }
  close(): Promise<void>
}

async function stage(): Promise<Stage> {
  const fake = await startFakeGitHub({
    appId: APP_ID,
    publicKey: keys.publicKey,
    plainTokens: ['ghs_workflowToken0000000000000000000000'],
    installations: [{ id: 101, account: 'octo-org', repositories: ['app', 'deploy'] }],
  })
  const servers: Server[] = []
  const listen = async (delayMs: number): Promise<string> => {
    const server = createServer((req, res) => {
      req.resume()
      req.on('end', () => setTimeout(() => res.writeHead(200).end('ok'), delayMs))
    })
    servers.push(server)
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  }
  const slow = await Promise.all(Array.from({ length: 20 }, () => listen(500)))
  const callback = await listen(0)
  return {
    fake,
    receivers: { slow, callback },
    close: async () => {
      for (const server of servers) server.closeAllConnections()
      await Promise.all(servers.map((s) => new Promise((done) => s.close(done))))
      await fake.close()
    },
  }
}

const appInputs = { 'app-id': String(APP_ID), 'private-key': keys.pkcs1 }

/** A step of a chain: the action, which of its files, its inputs (may use earlier outputs). */
interface ChainStep {
  label: string
  action: Action
  which: 'main' | 'post'
  inputs: (outputs: Record<string, Record<string, string>>) => Record<string, string>
  /** The main step whose state a post step gets. */
  stateOf?: string
}

/** Steps of one ci-relay command as the runner runs them: main, then post where declared. */
function relaySteps(command: string, inputs: Record<string, string>): ChainStep[] {
  const { action, inputs: base } = relayAction(ROOT, command)
  const steps: ChainStep[] = [
    { label: `${command} main`, action, which: 'main', inputs: () => ({ ...base, ...inputs }) },
  ]
  if (action.post)
    steps.push({
      label: `${command} post`,
      action,
      which: 'post',
      inputs: () => ({ ...base, ...inputs }),
      stateOf: `${command} main`,
    })
  return steps
}

function peerSteps(dir: string): ChainStep[] {
  const token = readAction(join(dir, 'create-github-app-token'))
  const dispatch = readAction(join(dir, 'repository-dispatch'))
  const tokenInputs = () => ({ ...appInputs, owner: 'octo-org', repositories: 'deploy' })
  return [
    { label: 'create-github-app-token main', action: token, which: 'main', inputs: tokenInputs },
    {
      label: 'repository-dispatch',
      action: dispatch,
      which: 'main',
      inputs: (outputs) => ({
        token: outputs['create-github-app-token main']?.token ?? '',
        repository: 'octo-org/deploy',
        'event-type': 'bench',
      }),
    },
    {
      label: 'create-github-app-token post',
      action: token,
      which: 'post',
      inputs: tokenInputs,
      stateOf: 'create-github-app-token main',
    },
  ]
}

/** Runs the steps of one job in order; returns the total wall time (and fails loudly). */
async function runChain(
  node: string,
  steps: ChainStep[],
  jobOptions: { env?: Record<string, string>; event?: unknown },
  extra: { nodeArgs?: string[]; env?: Record<string, string> } = {},
  perStep?: Record<string, number[]>,
): Promise<Sample> {
  const job: Job = newJob(jobOptions.env, jobOptions.event)
  const outputs: Record<string, Record<string, string>> = {}
  const states: Record<string, Record<string, string>> = {}
  let total = ZERO
  try {
    for (const step of steps) {
      const file = step.which === 'main' ? step.action.main : (step.action.post as string)
      const run = await runStep(node, job, step.action, file, step.inputs(outputs), {
        state: step.stateOf ? states[step.stateOf] : undefined,
        ...extra,
      })
      if (run.code !== 0)
        throw new Error(`${step.label} failed (${run.code}):\n${run.stdout}${run.stderr}`)
      outputs[step.label] = run.outputs
      states[step.label] = run.state
      total = add(total, run)
      if (perStep) (perStep[step.label] ??= []).push(run.wall)
    }
  } finally {
    removeJob(job)
  }
  return total
}

async function bare(node: string, times: number): Promise<Sample> {
  const env = newJob().env
  let total = ZERO
  for (let i = 0; i < times; i++) total = add(total, await timeNode(node, ['-e', '0'], env))
  return total
}

// ---------------------------------------------------------------------------------------------

interface Measured {
  label: string
  startup: { receiveVsNode: string; receiveVsReference: string; ms: Record<string, number> }
  chain: {
    vsBare: string
    vsPeers?: string
    ms: Record<string, number>
    steps: Record<string, number>
  }
  notify: { ratio: string; ms: Record<string, number> }
  loads: { label: string; bytes?: number; maxRssKb: number }[]
}

async function measure(node: { label: string; bin: string }, stand: Stage): Promise<Measured> {
  const api = { GITHUB_API_URL: stand.fake.url }
  const receive = relaySteps('receive', {})
  // A cold start is the main step; a post step, where one is declared, is in section 4.
  const receiveMain = receive.slice(0, 1)
  const dispatch = relaySteps('dispatch', {
    ...appInputs,
    repository: 'octo-org/deploy',
    'event-type': 'bench',
  })
  const notify = (urls: string[]) =>
    relaySteps('notify', {
      url: urls.join('\n'),
      status: 'success',
      'include-jobs': 'false',
      'max-attempts': '1',
    })
  const dispatchEnv = { env: api }
  const receiveJob = { env: { GITHUB_EVENT_NAME: 'repository_dispatch' }, event: RECEIVE_EVENT }
  const reference: ChainStep = {
    label: 'reference',
    action: { dir: REPO, main: REFERENCE, defaults: {} },
    which: 'main',
    inputs: () => ({}),
  }

  console.log(`\n## ${node.label}`)

  // 1. cold start
  const startup = await rounds(
    {
      'node -e 0': () => bare(node.bin, 1),
      reference: () => runChain(node.bin, [reference], receiveJob),
      receive: () => runChain(node.bin, receiveMain, receiveJob),
    },
    ROUNDS,
  )
  const startupMs = medians(startup)
  const receiveVsNode = ratios(startup, 'receive', 'node -e 0')
  const receiveVsReference = ratios(startup, 'receive', 'reference')
  console.log(
    `1. cold start of receive (${ROUNDS} rounds): node -e 0 ${ms(startupMs['node -e 0'] as number)}, reference action ${ms(startupMs.reference as number)}, receive ${ms(startupMs.receive as number)}`,
  )
  console.log(
    `   receive / node -e 0 = ${receiveVsNode}; receive / reference = ${receiveVsReference} (goal ≤ 1.15×)`,
  )

  // 2. token + dispatch + revoke
  const steps: Record<string, number[]> = {}
  const chainVariants: Variants = {
    'ci-relay': () => runChain(node.bin, dispatch, dispatchEnv, {}, steps),
    '2 × node -e 0': () => bare(node.bin, 2),
  }
  if (PEERS)
    chainVariants.peers = () => runChain(node.bin, peerSteps(PEERS), dispatchEnv, {}, steps)
  const chainRounds = Math.max(5, Math.ceil(ROUNDS * 0.7))
  const chain = await rounds(chainVariants, chainRounds)
  const chainMs = medians(chain)
  const stepMs = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, median(v)]))
  const vsBare = ratios(chain, 'ci-relay', '2 × node -e 0')
  const vsPeers = PEERS ? ratios(chain, 'ci-relay', 'peers') : undefined
  console.log(
    `2. token + dispatch + revoke, App credentials, loopback GitHub (${chainRounds} rounds):`,
  )
  console.log(
    `   ci-relay ${ms(chainMs['ci-relay'] as number)} (${dispatch.map((s) => `${s.label} ${ms(stepMs[s.label] as number)}`).join(', ')}); 2 × node -e 0 ${ms(chainMs['2 × node -e 0'] as number)}`,
  )
  console.log(`   ci-relay / 2 × node -e 0 = ${vsBare}`)
  if (PEERS) {
    console.log(
      `   peers ${ms(chainMs.peers as number)} (${peerSteps(PEERS)
        .map((s) => `${s.label} ${ms(stepMs[s.label] as number)}`)
        .join(', ')})`,
    )
    console.log(`   ci-relay / peers = ${vsPeers} (goal ≤ 0.45×)`)
  } else console.log('   (set BENCH_PEERS=dir for the peer chain)')

  // 3. notify fan-out
  const notifyRounds = Math.max(5, Math.ceil(ROUNDS / 2))
  const fanOut = await rounds(
    {
      '20 receivers': () => runChain(node.bin, notify(stand.receivers.slow), dispatchEnv),
      '1 receiver': () => runChain(node.bin, notify(stand.receivers.slow.slice(0, 1)), dispatchEnv),
    },
    notifyRounds,
  )
  const notifyRatio = ratios(fanOut, '20 receivers', '1 receiver')
  const fanOutMs = medians(fanOut)
  console.log(
    `3. notify to receivers taking 500 ms each (${notifyRounds} rounds): 20 → ${ms(fanOutMs['20 receivers'] as number)}, 1 → ${ms(fanOutMs['1 receiver'] as number)}; 20 / 1 = ${notifyRatio} (goal ≤ 1.2×)`,
  )

  // 4. bytes loaded and peak RSS, one instrumented run per step
  const reportDir = mkdtempSync(join(tmpdir(), 'ci-relay-bench-report-'))
  const loads: Measured['loads'] = []
  const instrumented = async (
    label: string,
    chainSteps: ChainStep[],
    jobOptions: { env?: Record<string, string>; event?: unknown },
  ) => {
    for (const [i, step] of chainSteps.entries()) {
      const report = join(reportDir, `${loads.length}.jsonl`)
      // run the chain up to this step plainly, and this step measured
      const before = chainSteps.slice(0, i)
      const job = newJob(jobOptions.env, jobOptions.event)
      const outputs: Record<string, Record<string, string>> = {}
      const states: Record<string, Record<string, string>> = {}
      try {
        for (const [j, s] of [...before, step].entries()) {
          const measured = j === before.length
          const file = s.which === 'main' ? s.action.main : (s.action.post as string)
          const run = await runStep(node.bin, job, s.action, file, s.inputs(outputs), {
            state: s.stateOf ? states[s.stateOf] : undefined,
            ...(measured ? { nodeArgs: ['--import', MEASURE], env: { BENCH_REPORT: report } } : {}),
          })
          outputs[s.label] = run.outputs
          states[s.label] = run.state
        }
      } finally {
        removeJob(job)
      }
      const line = JSON.parse(readFileSync(report, 'utf8').trim().split('\n').at(-1) as string) as {
        bytes?: number
        maxRssKb: number
      }
      loads.push({ label: chainSteps.length > 1 ? `${label}: ${step.label}` : label, ...line })
    }
  }
  await instrumented('reference action', [reference], receiveJob)
  await instrumented('receive', receive, receiveJob)
  await instrumented(
    'token',
    relaySteps('token', { ...appInputs, repositories: 'deploy' }),
    dispatchEnv,
  )
  await instrumented('dispatch', dispatch, dispatchEnv)
  await instrumented(
    'status',
    relaySteps('status', { ...appInputs, state: 'success' }),
    dispatchEnv,
  )
  await instrumented('notify', notify([stand.receivers.callback]), dispatchEnv)
  await instrumented(
    'callback',
    relaySteps('callback', { 'callback-url': stand.receivers.callback, state: 'success' }),
    dispatchEnv,
  )
  if (PEERS) await instrumented('peers', peerSteps(PEERS), dispatchEnv)
  rmSync(reportDir, { recursive: true, force: true })
  console.log('4. JavaScript loaded and peak RSS per step (one instrumented run each):')
  for (const load of loads)
    console.log(
      `   ${load.label.padEnd(48)} ${load.bytes === undefined ? '' : kb(load.bytes).padStart(8)}  ${(load.maxRssKb / 1024).toFixed(0).padStart(4)} MB RSS`,
    )

  return {
    label: node.label,
    startup: { receiveVsNode, receiveVsReference, ms: startupMs },
    chain: { vsBare, vsPeers, ms: chainMs, steps: stepMs },
    notify: {
      ratio: notifyRatio,
      ms: fanOutMs,
    },
    loads,
  }
}

// ---------------------------------------------------------------------------------------------

if (!existsSync(join(ROOT, 'dist/main/index.js'))) {
  console.error(`${ROOT}/dist is missing: run npm run bundle first`)
  process.exit(1)
}
console.log(
  `# ci-relay bench: ${ROOT === REPO ? 'this checkout' : ROOT}; ${ROUNDS} rounds; ${new Date().toISOString()}`,
)
const stand = await stage()
const results: Measured[] = []
try {
  for (const node of nodes()) results.push(await measure(node, stand))
} finally {
  await stand.close()
}

// The README's table.
const bytesOf = (label: string) => results[0]?.loads.find((l) => l.label === label)?.bytes
console.log('\n## Summary (README table)\n')
console.log(`| figure | goal | ${results.map((r) => r.label).join(' | ')} |`)
console.log(`|---|---|${results.map(() => '---|').join('')}`)
const row = (name: string, goal: string, pick: (r: Measured) => string) =>
  console.log(`| ${name} | ${goal} | ${results.map(pick).join(' | ')} |`)
row('`receive` cold start / `node -e 0`', '', (r) => r.startup.receiveVsNode)
row('`receive` cold start / hand-written action', '≤ 1.15×', (r) => r.startup.receiveVsReference)
row('token + dispatch + revoke / 2 × `node -e 0`', '', (r) => r.chain.vsBare)
if (PEERS)
  row('token + dispatch + revoke / peer chain', '≤ 0.45×', (r) => r.chain.vsPeers as string)
row('notify to 20 slow receivers / to 1', '≤ 1.2×', (r) => r.notify.ratio)
const receiveBytes = bytesOf('receive') ?? bytesOf('receive: receive main')
const dispatchBytes = bytesOf('dispatch: dispatch main') ?? bytesOf('dispatch')
// Bytes are measured on Node 24 only (module.registerHooks): the same files load on Node 20.
const bytesRow = (name: string, goal: string, bytes: number | undefined) => {
  if (bytes !== undefined)
    console.log(`| ${name} | ${goal} | ${results.map(() => kb(bytes)).join(' | ')} |`)
}
bytesRow('JavaScript loaded by `receive`', '≤ 150 KB', receiveBytes)
bytesRow('JavaScript loaded by `dispatch` (main)', '≤ 470 KB', dispatchBytes)
