// npm run bench: what a step costs. Prints medians and ratios, asserts nothing.
//   1. `node -e 0`, the floor;
//   2. dist/main/index.js on a command that fails validation (no network): start-up cost;
//   3. one dispatch with App credentials against the loopback GitHub stand-in, end to end
//      (JWT, installation lookup, token, dispatch), then the post step's revocation.
import { spawnSync } from 'node:child_process'
import { statSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { keys } from '../test/support/keys.js'
import { runAction } from '../test/support/runner.js'
import { startFakeGitHub } from '../test/support/github-api.js'
import { APP_ID, envFor, appInputs } from '../test/support/scenario.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

function timeSpawn(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const start = process.hrtime.bigint()
  spawnSync(process.execPath, args, { env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' })
  return Number(process.hrtime.bigint() - start) / 1e6
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

const floor = median(Array.from({ length: RUNS }, () => timeSpawn(['-e', '0'])))
const startup = median(
  Array.from({ length: RUNS }, () =>
    timeSpawn(['dist/main/index.js'], { INPUT_COMMAND: 'dispatch', 'INPUT_EVENT-TYPE': '' }),
  ),
)

const fake = await startFakeGitHub({
  appId: APP_ID,
  publicKey: keys.publicKey,
  installations: [{ id: 101, account: 'octo-org', repositories: ['deploy'] }],
})
const dispatch: number[] = []
for (let i = 0; i < Math.max(3, Math.floor(RUNS / 3)); i++) {
  dispatch.push(
    await timeAsync(() =>
      runAction('main', {
        env: envFor(fake),
        inputs: {
          command: 'dispatch',
          'event-type': 'bench',
          repository: 'octo-org/deploy',
          ...appInputs(keys.pkcs1),
        },
      }),
    ),
  )
}
await fake.close()

const size = (dir: string): number =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)

console.log(`node -e 0                         ${floor.toFixed(0)} ms`)
console.log(
  `dist/main start-up, no network    ${startup.toFixed(0)} ms  (${(startup / floor).toFixed(2)}x node -e 0)`,
)
console.log(
  `one App dispatch end to end       ${median(dispatch).toFixed(0)} ms  (${(median(dispatch) / floor).toFixed(2)}x node -e 0)`,
)
console.log(
  `bundle: dist/main/index.js ${(statSync('dist/main/index.js').size / 1024).toFixed(0)} KB, all of dist/main ${(size('dist/main') / 1024).toFixed(0)} KB, dist/cli/index.js ${(statSync('dist/cli/index.js').size / 1024).toFixed(0)} KB`,
)
