// Proxies end to end: the built dist/ as a runner step (and the CLI) with HTTP(S)_PROXY pointing at
// a real forward proxy on loopback. The stand-ins are addressed by names under .test that only the
// proxy resolves, so a call that arrives went through it; NO_PROXY sends a call around it.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { startForwardProxy, viaName } from './support/forward-proxy.js'
import { startOidcIssuer } from './support/oidc-issuer.js'
import { startReceiver, status } from './support/receiver.js'
import { githubEnv, runAction, runCli, runMainAndPost, WORKFLOW_TOKEN } from './support/runner.js'
import { appInputs, envFor, startGitHub } from './support/scenario.js'
import { GITLAB_TOKEN, gitlabJobEnv, startGitLab } from './support/gitlab-scenario.js'
import { startFakeGitLab } from './support/gitlab-api.js'

const TLS = fileURLToPath(new URL('./fixtures/tls/', import.meta.url))
const NOTIFY = { command: 'notify', status: 'success', 'include-jobs': 'false' }
const DISPATCH = {
  command: 'dispatch',
  'event-type': 'build-finished',
  repository: 'octo-org/deploy',
}

/** An https receiver whose certificate (test/fixtures/tls) names hooks.test. */
async function startHttpsReceiver() {
  const tls = {
    key: readFileSync(`${TLS}hooks.test.key`),
    cert: readFileSync(`${TLS}hooks.test.crt`),
  }
  const receiver = await startReceiver([status(200)], { tls })
  return { ...receiver, url: viaName(receiver.url, 'hooks.test') }
}

const seen = (proxy: { requests: { method: string; target: string; path: string }[] }) =>
  proxy.requests.map((r) => `${r.method} ${r.target}${r.path}`)

describe('proxies', () => {
  test('dispatch as the App through HTTP_PROXY: lookup, mint, dispatch and revoke all go through it', async () => {
    const proxy = await startForwardProxy()
    const fake = await startGitHub()
    const api = viaName(fake.url, 'api.github.test')
    const { main, post } = await runMainAndPost({
      env: envFor(fake, { GITHUB_API_URL: api, HTTP_PROXY: proxy.url }),
      inputs: { ...DISPATCH, ...appInputs() },
    })
    assert.equal(main.code, 0, main.stderr + main.stdout)
    assert.equal(post.code, 0, post.stderr + post.stdout)
    const host = new URL(api).host
    const calls = [
      'GET /repos/octo-org/deploy/installation',
      'POST /app/installations/101/access_tokens',
      'POST /repos/octo-org/deploy/dispatches',
      'DELETE /installation/token',
    ]
    assert.deepEqual(fake.sequence(), calls)
    assert.deepEqual(
      seen(proxy),
      calls.map((c) => c.replace(' /', ` ${host}/`)),
    )
  })

  test('notify to an https receiver through https_proxy (lower case): a CONNECT tunnel', async () => {
    const proxy = await startForwardProxy()
    const receiver = await startHttpsReceiver()
    const step = await runAction('main', {
      env: githubEnv({ https_proxy: proxy.url, NODE_EXTRA_CA_CERTS: `${TLS}hooks.test.crt` }),
      inputs: { ...NOTIFY, url: receiver.url, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(receiver.received.length, 1)
    assert.deepEqual(seen(proxy), [`CONNECT ${new URL(receiver.url).host}`])
  })

  test('NO_PROXY sends a matching host around the proxy, the others through it', async () => {
    const proxy = await startForwardProxy()
    const direct = await startReceiver([status(200)])
    const proxied = await startReceiver([status(200)])
    const proxiedUrl = viaName(proxied.url, 'hooks.test')
    const step = await runAction('main', {
      env: githubEnv({ HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }),
      inputs: { ...NOTIFY, url: `${direct.url}\n${proxiedUrl}` },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(direct.received.length, 1)
    assert.equal(proxied.received.length, 1)
    assert.deepEqual(seen(proxy), [`POST ${new URL(proxiedUrl).host}/hook`])
  })

  test('the OIDC token request and the delivery it signs both go through the proxy', async () => {
    const proxy = await startForwardProxy()
    const issuer = await startOidcIssuer()
    const receiver = await startReceiver([status(200)])
    const tokenUrl = viaName(
      issuer.runnerEnv.ACTIONS_ID_TOKEN_REQUEST_URL as string,
      'token.actions.test',
    )
    const step = await runAction('main', {
      env: githubEnv({
        ...issuer.runnerEnv,
        ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl,
        http_proxy: proxy.url,
      }),
      inputs: {
        ...NOTIFY,
        url: viaName(receiver.url, 'hooks.test'),
        'oidc-audience': 'https://ci.example',
      },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(issuer.tokenRequests.length, 1)
    assert.match(receiver.received[0]?.headers.authorization ?? '', /^Bearer ey/)
    assert.deepEqual(
      seen(proxy).map((line) => line.replace(/:\d+/, '').replace(/\?.*/, '')),
      ['GET token.actions.test/idtoken', 'POST hooks.test/hook'],
    )
  })

  test('callback through HTTP_PROXY', async () => {
    const proxy = await startForwardProxy()
    const receiver = await startReceiver([status(200)])
    const step = await runAction('main', {
      env: githubEnv({ HTTP_PROXY: proxy.url }),
      inputs: {
        command: 'callback',
        'callback-url': viaName(receiver.url, 'hooks.test'),
        state: 'success',
      },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(receiver.received.length, 1)
    assert.equal(seen(proxy).length, 1)
  })

  test('the CLI: dispatch with the token through http_proxy', async () => {
    const proxy = await startForwardProxy()
    const fake = await startGitHub()
    const result = await runCli(
      ['dispatch', '--repository', 'octo-org/app', '--event-type', 'build-finished'],
      {
        env: {
          CI_RELAY_GITHUB_API_URL: viaName(fake.url, 'api.github.test'),
          CI_RELAY_TOKEN: WORKFLOW_TOKEN,
          http_proxy: proxy.url,
        },
      },
    )
    assert.equal(result.code, 0, result.stderr)
    assert.deepEqual(fake.sequence(), ['POST /repos/octo-org/app/dispatches'])
    assert.equal(seen(proxy).length, 1)
  })

  test('a proxy that refuses connections: the error says so and names the proxy', async () => {
    const proxy = await startForwardProxy()
    await proxy.close()
    const step = await runAction('main', {
      env: githubEnv({ HTTP_PROXY: proxy.url }),
      inputs: { ...NOTIFY, url: 'http://hooks.test:8080/hook', 'max-attempts': '1' },
    })
    assert.equal(step.code, 1)
    assert.match(
      step.errors.join('\n'),
      new RegExp(
        `connection refused \\(ECONNREFUSED\\) \\(through the proxy ${proxy.url.replace(/\./g, '\\.')}\\)`,
      ),
    )
  })

  test('GitLab: a commit status from a GitLab job through HTTPS_PROXY/HTTP_PROXY (CLI)', async () => {
    const proxy = await startForwardProxy()
    const gitlab = await startGitLab()
    const api = viaName(gitlab.url, 'gitlab.test')
    const env = {
      ...gitlabJobEnv(gitlab, { CI_RELAY_GITLAB_TOKEN: GITLAB_TOKEN }),
      CI_API_V4_URL: api,
      HTTP_PROXY: proxy.url,
    }
    const result = await runCli(['status', '--state', 'running', '--context', 'ci-relay'], { env })
    assert.equal(result.code, 0, result.stderr)
    assert.equal(gitlab.requests.length, 1)
    assert.deepEqual(
      seen(proxy).map((line) => line.replace(/:\d+/, '')),
      gitlab.sequence().map((line) => line.replace(' ', ' gitlab.test/api/v4')),
    )
  })

  test('GitLab: trigger starts a pipeline through the proxy', async () => {
    const proxy = await startForwardProxy()
    const gitlab = await startFakeGitLab({
      tokens: [],
      projects: [
        {
          id: 42,
          path: 'acme/app',
          branches: { main: ['a'.repeat(40)] },
          triggerTokens: ['glptt-0123456789abcdef0123'],
        },
      ],
    })
    after(() => gitlab.close())
    const step = await runAction('main', {
      env: githubEnv({ HTTP_PROXY: proxy.url }),
      inputs: {
        command: 'trigger',
        project: 'acme/app',
        ref: 'main',
        'gitlab-trigger-token': 'glptt-0123456789abcdef0123',
        'gitlab-api-url': viaName(gitlab.url, 'gitlab.test'),
      },
    })
    assert.equal(step.code, 0, step.stderr + step.stdout)
    assert.equal(gitlab.project('42')?.pipelines?.length, 1)
    assert.deepEqual(
      seen(proxy).map((line) => line.replace(/:\d+/, '')),
      ['POST gitlab.test/api/v4/projects/acme%2Fapp/trigger/pipeline'],
    )
  })
})
