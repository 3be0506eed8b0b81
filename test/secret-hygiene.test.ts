// Secret hygiene: every command, on its success and failure paths, with every debug switch on
// (ACTIONS_STEP_DEBUG and RUNNER_DEBUG for the action; CI_RELAY_DEBUG for the CLI, inside and
// outside a GitHub Actions step). No private-key line, token, webhook secret, signing secret,
// authorization value or identity token shows in stdout or stderr outside `::add-mask::`, and
// inside Actions every one of them is masked before anything else is printed.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, describe, test } from 'node:test'
import { envName } from '../src/hosts/cli.js'
import { INPUTS, type InputName } from '../src/inputs.js'
import { signRelay } from '../src/relay-signature.js'
import type { FakeGitHub } from './support/github-api.js'
import { addStatusRoutes } from './support/github-statuses.js'
import { keys } from './support/keys.js'
import { startOidcIssuer, type OidcIssuer } from './support/oidc-issuer.js'
import { startReceiver, status, type Receiver } from './support/receiver.js'
import { startFakeGitLab, type FakeGitLab } from './support/gitlab-api.js'
import { WORKFLOW_TOKEN, githubEnv, runAction, runCli } from './support/runner.js'
import { APP_ID, startGitHub } from './support/scenario.js'
import {
  GITLAB_TOKEN,
  JOB_TOKEN,
  READ_TOKEN,
  gitlabJobEnv,
  startGitLab,
} from './support/gitlab-scenario.js'

type Door = 'action' | 'cli on actions' | 'cli'
const DOORS: Door[] = ['action', 'cli on actions', 'cli']
const DEBUG = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1', CI_RELAY_DEBUG: 'true' }

interface World {
  fake: FakeGitHub
  /** GitLab's pipeline triggers, for trigger. */
  pipelines: FakeGitLab
  triggerToken: string
  receiver: Receiver
  issuer: OidcIssuer
  /** Fresh secrets for this run. */
  webhookSecret: string
  signingSecret: string
  authorization: string
}

interface Scenario {
  name: string
  succeeds: boolean
  inputs(world: World): Record<string, string>
  /** Faults and routes, before the run. */
  setup?(world: World): void
  env?(world: World): Record<string, string>
}

const app = { 'app-id': String(APP_ID), 'private-key': keys.pkcs1 }
const fresh = (bytes = 24) => randomBytes(bytes).toString('base64url')

const SCENARIOS: Scenario[] = [
  { name: 'token: minted', succeeds: true, inputs: () => ({ command: 'token', ...app }) },
  {
    name: 'token: GitHub refuses the App (401)',
    succeeds: false,
    inputs: () => ({ command: 'token', ...app }),
    setup: ({ fake }) =>
      fake.fault('GET', '/repos/octo-org/app/installation', {
        status: 401,
        body: { message: 'Bad credentials' },
      }),
  },
  {
    name: 'dispatch: signed, with the App',
    succeeds: true,
    inputs: (w) => ({
      command: 'dispatch',
      ...app,
      repository: 'octo-org/deploy',
      'event-type': 'deploy',
      'signing-secret': w.signingSecret,
    }),
  },
  {
    name: 'dispatch: GitHub fails every attempt (500)',
    succeeds: false,
    inputs: (w) => ({
      command: 'dispatch',
      ...app,
      repository: 'octo-org/deploy',
      'event-type': 'deploy',
      'signing-secret': w.signingSecret,
    }),
    setup: ({ fake }) => {
      const fault = { status: 500, body: { message: 'boom' } }
      fake.fault('POST', '/repos/octo-org/deploy/dispatches', fault, fault, fault, fault, fault)
    },
  },
  {
    name: 'dispatch: the token is refused (401)',
    succeeds: false,
    inputs: () => ({
      command: 'dispatch',
      token: `ghs_${fresh()}`,
      repository: 'octo-org/deploy',
      'event-type': 'deploy',
    }),
  },
  {
    name: 'status: posted with the token',
    succeeds: true,
    inputs: () => ({
      command: 'status',
      token: WORKFLOW_TOKEN,
      state: 'success',
      sha: 'a'.repeat(40),
    }),
    setup: ({ fake }) => void addStatusRoutes(fake),
  },
  {
    name: 'status: GitHub answers 422',
    succeeds: false,
    inputs: () => ({ command: 'status', ...app, state: 'success', sha: 'a'.repeat(40) }),
    setup: ({ fake }) => {
      addStatusRoutes(fake)
      fake.fault('POST', /\/statuses\//, { status: 422, body: { message: 'Validation Failed' } })
    },
  },
  {
    name: 'notify: signed, with authorization',
    succeeds: true,
    inputs: (w) => ({
      command: 'notify',
      url: w.receiver.url,
      status: 'success',
      'include-jobs': 'false',
      secret: w.webhookSecret,
      authorization: w.authorization,
    }),
  },
  {
    name: 'notify: the receiver fails every attempt',
    succeeds: false,
    inputs: (w) => ({
      command: 'notify',
      url: w.receiver.url,
      status: 'success',
      'include-jobs': 'false',
      secret: w.webhookSecret,
      signature: 'github',
      authorization: w.authorization,
      'max-attempts': '2',
      timeout: '2',
    }),
    setup: (w) => {
      w.receiver.received.length = 0
    },
  },
  {
    name: 'notify: with the runner OIDC token',
    succeeds: true,
    inputs: (w) => ({
      command: 'notify',
      url: w.receiver.url,
      status: 'success',
      'include-jobs': 'false',
      'oidc-audience': 'https://ci.example/hook',
    }),
    env: (w) => w.issuer.runnerEnv,
  },
  {
    name: 'receive: verified',
    succeeds: true,
    inputs: (w) => ({
      command: 'receive',
      secret: w.signingSecret,
      payload: JSON.stringify({
        event_type: 'deploy',
        client_payload: {
          a: 1,
          _relay: signRelay(w.signingSecret, 'deploy', { a: 1 }, { id: 'c0ffee' }),
        },
      }),
    }),
  },
  {
    name: 'receive: the signature does not match',
    succeeds: false,
    inputs: (w) => ({
      command: 'receive',
      secret: `${w.signingSecret}\n${w.webhookSecret}`,
      payload: JSON.stringify({
        a: 2,
        _relay: signRelay(w.signingSecret, 'deploy', { a: 1 }, { id: 'c0ffee' }),
      }),
    }),
  },
  {
    name: 'trigger: a signed pipeline started',
    succeeds: true,
    inputs: (w) => ({
      command: 'trigger',
      project: 'acme/platform/app',
      ref: 'main',
      'gitlab-trigger-token': w.triggerToken,
      'gitlab-api-url': w.pipelines.url,
      'signing-secret': w.signingSecret,
      'client-payload': '{"version":"1.2.3"}',
    }),
  },
  {
    name: 'trigger: GitLab refuses the trigger token',
    succeeds: false,
    inputs: (w) => ({
      command: 'trigger',
      project: 'acme/platform/app',
      ref: 'main',
      'gitlab-trigger-token': `glptt-${fresh(15)}`,
      'gitlab-api-url': w.pipelines.url,
      'signing-secret': w.signingSecret,
    }),
  },
  {
    name: 'callback: delivered',
    succeeds: true,
    inputs: (w) => ({ command: 'callback', 'callback-url': w.receiver.url, state: 'success' }),
  },
  {
    name: 'callback: refused (400)',
    succeeds: false,
    inputs: (w) => ({
      command: 'callback',
      'callback-url': `${w.receiver.url}?status=400`,
      state: 'failure',
    }),
  },
]

async function world(): Promise<World> {
  // The receiver answers 200, except 500 for the failing notify and 400 for ?status=400.
  const receiver = await startReceiver([
    (req, res) => {
      const code = req.url?.includes('status=400')
        ? 400
        : req.headers['x-hub-signature-256']
          ? 500
          : 200
      status(code)(req, res)
    },
  ])
  const triggerToken = `glptt-${fresh(15)}`
  const pipelines = await startFakeGitLab({
    tokens: [],
    projects: [
      {
        id: 42,
        path: 'acme/platform/app',
        branches: { main: ['a'.repeat(40)] },
        triggerTokens: [triggerToken],
      },
    ],
  })
  after(() => pipelines.close())
  return {
    pipelines,
    triggerToken,
    fake: await startGitHub(),
    receiver,
    issuer: await startOidcIssuer(),
    webhookSecret: `whsec_${randomBytes(24).toString('base64')}`,
    signingSecret: `signing-${fresh()}`,
    authorization: `Bearer auth-${fresh()}`,
  }
}

/** Every secret the run had or made. */
function secretsOf(w: World, inputs: Record<string, string>): string[] {
  const given = Object.entries(inputs)
    .filter(([name]) => (INPUTS[name as InputName] as { secret?: boolean } | undefined)?.secret)
    .flatMap(([name, value]) =>
      (INPUTS[name as InputName] as { lines?: boolean }).lines ? value.split('\n') : [value],
    )
  const idTokens = w.receiver.received
    .map((r) => /^Bearer (\S+)$/.exec(r.headers.authorization ?? '')?.[1])
    .filter((t): t is string => t !== undefined && !w.authorization.endsWith(t))
  return [
    ...given,
    ...w.fake.tokens.map((t) => t.token),
    ...idTokens,
    WORKFLOW_TOKEN,
    w.issuer.runnerEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN as string,
  ].filter(Boolean)
}

/** The pieces of a secret that must never show: the whole, and each PEM line but the armour. */
const pieces = (secret: string) =>
  secret.includes('-----BEGIN')
    ? secret.split('\n').filter((l) => l.trim().length >= 8 && !l.startsWith('-----'))
    : [secret]

let paths = 0
describe('secret hygiene, debug on', { concurrency: 4 }, () => {
  for (const scenario of SCENARIOS) {
    for (const door of DOORS) {
      paths++
      test(`${scenario.name} (${door})`, async () => {
        const w = await world()
        scenario.setup?.(w)
        const inputs = scenario.inputs(w)
        const env = {
          ...githubEnv({ GITHUB_API_URL: w.fake.url }),
          ...DEBUG,
          ...scenario.env?.(w),
        }
        let out: { code: number; stdout: string; stderr: string }
        if (door === 'action') {
          out = await runAction('main', { env, inputs })
        } else {
          const { command, ...rest } = inputs
          const args = [command as string]
          const cliEnv: Record<string, string | undefined> = {
            ...env,
            GITHUB_TOKEN: WORKFLOW_TOKEN,
          }
          if (door === 'cli') cliEnv.GITHUB_ACTIONS = undefined
          for (const [name, value] of Object.entries(rest)) {
            if ((INPUTS[name as InputName] as { secret?: boolean }).secret)
              cliEnv[envName(name)] = value
            else args.push(`--${name}=${value}`)
          }
          out = await runCli(args, { env: cliEnv })
        }
        const all = `${out.stdout}\n${out.stderr}`
        // Off Actions the CLI reads no runner variables, so some commands stop earlier there:
        // the outcome is asserted where the run is a real step, the hygiene everywhere.
        if (door !== 'cli') assert.equal(out.code === 0, scenario.succeeds, all)

        const secrets = secretsOf(w, inputs)
        const lines = all.split('\n')
        const shown = lines.filter((line) => !line.startsWith('::add-mask::')).join('\n')
        for (const secret of secrets) {
          for (const piece of pieces(secret)) {
            // The CLI prints the token command's output on stdout: that is what it is for.
            const output = door !== 'action' && out.stdout.includes(`token=${piece}`)
            const where = output ? shown.replace(`token=${piece}`, '') : shown
            assert.ok(!where.includes(piece), `a secret was printed: ${piece.slice(0, 6)}…\n${all}`)
          }
        }
        assert.doesNotMatch(
          all,
          /authorization:\s*(token|bearer)\s+\S{8,}/i,
          'a header was printed',
        )
        if (door === 'cli') return assert.doesNotMatch(all, /::add-mask::/)

        // Inside Actions: each secret that was printed anywhere (as an output, or in a mask) has
        // its mask before any other line; a minted token's before the line saying it was minted.
        const stream = (door === 'action' ? out.stdout : out.stderr).split('\n')
        const firstOther = stream.findIndex((l) => l !== '' && !/^::(add-mask|debug)::/.test(l))
        for (const secret of secrets.filter((s) => inputsHave(inputs, s))) {
          for (const piece of pieces(secret)) {
            const mask = stream.indexOf(`::add-mask::${piece}`)
            assert.ok(mask >= 0, `not masked: ${piece.slice(0, 6)}…`)
            assert.ok(firstOther === -1 || mask < firstOther, `masked late: ${piece.slice(0, 6)}…`)
          }
        }
        for (const { token } of w.fake.tokens) {
          const mask = stream.indexOf(`::add-mask::${token}`)
          const minted = stream.findIndex((l) => l.includes('Minted an installation token'))
          assert.ok(
            mask >= 0 && (minted === -1 || mask < minted),
            `the minted token was masked late`,
          )
        }
      })
    }
  }
  test('the hygiene table covers every command', () => {
    const commands = new Set(SCENARIOS.map((s) => s.name.split(':')[0]))
    for (const command of [
      'token',
      'dispatch',
      'status',
      'notify',
      'receive',
      'callback',
      'trigger',
    ])
      assert.ok(commands.has(command), command)
    assert.ok(paths >= 40, String(paths))
  })
})

function inputsHave(inputs: Record<string, string>, secret: string): boolean {
  return Object.values(inputs).some((value) => value.split('\n').includes(secret))
}

// The same on GitLab: the CLI in a GitLab job (as the component runs it), debug on.
describe('secret hygiene on GitLab, debug on', { concurrency: 4 }, () => {
  const GL: {
    name: string
    succeeds: boolean
    token: string
    args: (receiver: Receiver) => string[]
    env?: Record<string, string>
  }[] = [
    {
      name: 'status posted',
      succeeds: true,
      token: GITLAB_TOKEN,
      args: () => ['status', '--state', 'success'],
    },
    {
      name: 'status refused (read-only token)',
      succeeds: false,
      token: READ_TOKEN,
      args: () => ['status', '--state', 'success'],
    },
    {
      name: 'notify signed, with authorization',
      succeeds: true,
      token: GITLAB_TOKEN,
      args: (r) => ['notify', '--url', r.url, '--status', 'success'],
    },
    {
      name: 'notify to a failing receiver',
      succeeds: false,
      token: GITLAB_TOKEN,
      args: (r) => [
        'notify',
        '--url',
        r.url,
        '--status',
        'success',
        '--signature',
        'github',
        '--max-attempts',
        '2',
      ],
    },
    {
      name: 'notify with the job identity token',
      succeeds: true,
      token: GITLAB_TOKEN,
      args: (r) => [
        'notify',
        '--url',
        r.url,
        '--status',
        'success',
        '--oidc-audience',
        'https://ci.example/hook',
      ],
      env: {
        CI_RELAY_ID_TOKEN: `eyJhbGciOiJSUzI1NiJ9.${Buffer.from('{"aud":"https://ci.example/hook"}').toString('base64url')}.c2lnbmF0dXJl`,
      },
    },
  ]
  for (const scenario of GL) {
    paths++
    test(scenario.name, async () => {
      const gitlab = await startGitLab()
      const w = await world()
      const secrets = {
        CI_RELAY_GITLAB_TOKEN: scenario.token,
        CI_RELAY_SECRET: w.webhookSecret,
        ...(scenario.env?.CI_RELAY_ID_TOKEN ? {} : { CI_RELAY_AUTHORIZATION: w.authorization }),
        ...scenario.env,
      }
      const out = await runCli(scenario.args(w.receiver), {
        env: { ...gitlabJobEnv(gitlab), ...DEBUG, ...secrets },
      })
      const all = `${out.stdout}\n${out.stderr}`
      assert.equal(out.code === 0, scenario.succeeds, all)
      for (const secret of [...Object.values(secrets), JOB_TOKEN]) {
        assert.ok(!all.includes(secret), `a secret was printed: ${secret.slice(0, 6)}…\n${all}`)
      }
    })
  }
})
