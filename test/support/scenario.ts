// Shared set-up for end-to-end scenarios: a GitHub stand-in with one App installed on two owners.
import { after } from 'node:test'
import assert from 'node:assert/strict'
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './github-api.js'
import { keys } from './keys.js'
import { envName } from '../../src/hosts/cli.js'
import { INPUTS, type InputName, type InputSpec } from '../../src/inputs.js'
import { WORKFLOW_TOKEN, githubEnv, type StepResult } from './runner.js'

export const APP_ID = 31337

export async function startGitHub(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  const fake = await startFakeGitHub({
    appId: APP_ID,
    publicKey: keys.publicKey,
    plainTokens: [WORKFLOW_TOKEN],
    installations: [
      { id: 101, account: 'octo-org', repositories: ['app', 'deploy', 'docs'] },
      { id: 202, account: 'partner-org', repositories: ['integration-tests'] },
    ],
    ...options,
  })
  after(() => fake.close())
  return fake
}

/** The runner environment pointed at the stand-in. */
export function envFor(
  fake: FakeGitHub,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return githubEnv({ GITHUB_API_URL: fake.url, ...overrides })
}

export function appInputs(privateKey: string = keys.pkcs1): Record<string, string> {
  return { 'app-id': String(APP_ID), 'private-key': privateKey }
}

/** Every body GitHub received was valid against its OpenAPI schema. */
export function assertSchemaValid(fake: FakeGitHub): void {
  for (const request of fake.requests) {
    assert.deepEqual(request.schemaErrors ?? [], [], `${request.method} ${request.path}`)
  }
}

/** No secret shows anywhere in the step's output but in ::add-mask:: lines. */
export function assertNoSecretPrinted(
  step: Pick<StepResult, 'stdout' | 'stderr'>,
  secrets: string[],
): void {
  const printed = `${step.stdout}\n${step.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  for (const secret of secrets) {
    for (const line of secret
      .split('\n')
      .filter((l) => l.trim().length > 8 && !l.startsWith('-----'))) {
      assert.ok(
        !printed.includes(line.trim()),
        `a secret line was printed: ${line.slice(0, 12)}...`,
      )
    }
  }
}

/**
 * The same inputs for the CLI: the command as the first argument, secrets through CI_RELAY_*
 * (as the docs tell people to pass them), everything else as flags.
 */
export function cliInvocation(
  fake: FakeGitHub,
  inputs: Record<string, string>,
): { args: string[]; env: Record<string, string> } {
  const { command, ...rest } = inputs
  const args = [command as string]
  const env: Record<string, string> = { CI_RELAY_GITHUB_API_URL: fake.url }
  for (const [name, value] of Object.entries(rest)) {
    const spec = INPUTS[name as InputName] as InputSpec | undefined
    if (spec?.secret) env[envName(name)] = value
    else args.push(`--${name}=${value}`)
  }
  return { args, env }
}
