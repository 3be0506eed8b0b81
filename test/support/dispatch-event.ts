// A dispatch step, and the event file the repository_dispatch gives the workflow it starts. GitHub parses the dispatch
// body and serializes client_payload again, so the file is built from what the stand-in received,
// re-serialized differently: keys in another order, indented, non-ASCII and / escaped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FakeGitHub } from './github-api.js'
import { runAction, type StepResult } from './runner.js'
import { appInputs, envFor } from './scenario.js'

/** The dispatch step (built dist/, App credentials) to octo-org/deploy with event type deploy. */
export function runDispatch(
  fake: FakeGitHub,
  inputs: Record<string, string>,
  clientPayload: unknown = {},
): Promise<StepResult> {
  return runAction('main', {
    env: envFor(fake),
    inputs: {
      command: 'dispatch',
      ...appInputs(),
      repository: 'octo-org/deploy',
      'event-type': 'deploy',
      'client-payload': JSON.stringify(clientPayload),
      ...inputs,
    },
  })
}

/** The same JSON value with every object's keys in reverse order. */
export function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reordered(inner)]),
  )
}

/** JSON text with the escapes another serializer may choose (\uXXXX for non-ASCII, \/). */
export function reserialized(value: unknown): string {
  return JSON.stringify(reordered(value), null, 2)
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/')
}

/** The repository_dispatch event for a dispatch request body. */
export function repositoryDispatchEvent(
  body: { event_type: string; client_payload?: Record<string, unknown> },
  repository = 'octo-org/deploy',
): Record<string, unknown> {
  const [owner, name] = repository.split('/')
  return {
    action: body.event_type,
    branch: 'main',
    client_payload: body.client_payload ?? {},
    repository: {
      id: 100_001,
      name,
      full_name: repository,
      private: true,
      owner: { login: owner, type: 'Organization' },
      html_url: `https://github.com/${repository}`,
      default_branch: 'main',
    },
    organization: { login: owner },
    sender: { login: 'ci-relay-test[bot]', type: 'Bot' },
    installation: { id: 101 },
  }
}

/**
 * Writes the event file of the last dispatch the stand-in accepted for `repository` (re-serialized)
 * and returns its path, for GITHUB_EVENT_PATH. `edit` changes the event first (to tamper with it).
 */
export function eventFileFromDispatch(
  fake: FakeGitHub,
  repository = 'octo-org/deploy',
  edit: (event: { action: string; client_payload: Record<string, unknown> }) => void = () => {},
): string {
  const request = fake.requests.findLast(
    (r) => r.method === 'POST' && r.status === 204 && r.path === `/repos/${repository}/dispatches`,
  )
  if (!request) throw new Error(`the stand-in received no dispatch to ${repository}`)
  const event = repositoryDispatchEvent(JSON.parse(request.rawBody), repository)
  edit(event as { action: string; client_payload: Record<string, unknown> })
  return writeEventFile(event)
}

const dirs: string[] = []
process.once('exit', () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** Writes the event re-serialized to a temp file (removed at exit); returns its path. */
export function writeEventFile(event: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-relay-event-'))
  dirs.push(dir)
  const file = join(dir, 'event.json')
  writeFileSync(file, reserialized(event))
  return file
}
