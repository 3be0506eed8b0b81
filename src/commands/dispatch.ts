import { randomUUID } from 'node:crypto'
import { InputError } from '../errors.js'
import type { Permissions } from '../github/access.js'
import { answeredStatus, explainGitHubError } from '../github/errors.js'
import {
  fullName,
  groupByOwner,
  parseRepositories,
  type RepositoryRef,
} from '../github/repository.js'
import { waitForRuns, type RunWatch, type WaitedRun } from '../github/runs.js'
import type { InputReader } from '../input-reader.js'
import { charLength } from '../text.js'
import { RELAY_KEY, relaySigningInput, signRelay, type RelayStamp } from '../relay-signature.js'
import { summaryHeading } from '../summary.js'
import { requireGitHub, type Command } from './types.js'

export interface DispatchInputs {
  repositories: RepositoryRef[]
  eventType: string
  clientPayload: Record<string, unknown>
  /** Sign client_payload._relay with this secret. */
  signingSecret?: string
  /** Wait for the runs the dispatches start. */
  wait: boolean
  waitTimeoutSeconds: number
}

/** GitHub's limits on repository_dispatch (422 beyond them). */
export const DISPATCH_LIMITS = { eventTypeLength: 100, payloadKeys: 10, payloadBytes: 65_536 }

export function checkClientPayload(payload: Record<string, unknown>, input: string): void {
  const keys = Object.keys(payload).length
  if (keys > DISPATCH_LIMITS.payloadKeys) {
    throw new InputError(
      input,
      `may have at most ${DISPATCH_LIMITS.payloadKeys} top-level keys (GitHub's limit); it has ${keys}. Nest the rest in an object.`,
    )
  }
  const bytes = Buffer.byteLength(JSON.stringify(payload))
  if (bytes >= DISPATCH_LIMITS.payloadBytes) {
    throw new InputError(
      input,
      `must serialize to under 64 KB (GitHub's limit); it is ${bytes} bytes.`,
    )
  }
}

export function parseDispatchInputs(reader: InputReader): DispatchInputs {
  const repositories = parseRepositories(reader.list('repository'), 'repository')
  if (repositories.length === 0) {
    throw new InputError(
      'repository',
      'must name at least one owner/name (there is no current repository to default to).',
    )
  }
  const eventType = reader.string('event-type', {
    required: true,
    hint: 'the event_type the receiving workflow listens for (on: repository_dispatch: types: [...])',
  }) as string
  if (charLength(eventType) > DISPATCH_LIMITS.eventTypeLength) {
    throw new InputError(
      'event-type',
      `must be 1 to ${DISPATCH_LIMITS.eventTypeLength} characters (got ${charLength(eventType)}).`,
    )
  }
  // A line break (or other control character) can never match the receiver's `types:` list.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(eventType)) {
    throw new InputError(
      'event-type',
      'must be one line without control characters, like deploy (the name the receiving workflow lists in on: repository_dispatch: types).',
    )
  }
  const clientPayload = reader.jsonObject('client-payload')
  const signingSecret = reader.string('signing-secret')
  const wait = reader.boolean('wait')
  const waitTimeoutSeconds = reader.integer('wait-timeout')
  if (signingSecret || wait) {
    checkRoomForRelay(clientPayload, signingSecret ? 'signing-secret' : 'wait')
    checkClientPayload({ ...clientPayload, [RELAY_KEY]: LARGEST_STAMP }, 'client-payload')
  } else checkClientPayload(clientPayload, 'client-payload')
  if (signingSecret) checkSignable(eventType, clientPayload)
  return { repositories, eventType, clientPayload, signingSecret, wait, waitTimeoutSeconds }
}

/** As long as a real stamp serializes: size checks count the _relay ci-relay will add. */
const LARGEST_STAMP: Required<RelayStamp> = {
  id: '00000000-0000-0000-0000-000000000000',
  ts: 9_999_999_999,
  sig: '0'.repeat(64),
}

function checkRoomForRelay(payload: Record<string, unknown>, because: string): void {
  if (RELAY_KEY in payload) {
    throw new InputError(
      'client-payload',
      `must not have a top-level ${RELAY_KEY} key when ${because} is set: ci-relay writes it there.`,
    )
  }
  const keys = Object.keys(payload).length
  if (keys >= DISPATCH_LIMITS.payloadKeys) {
    throw new InputError(
      'client-payload',
      `has ${keys} top-level keys; with ${because} ci-relay adds ${RELAY_KEY}, beyond GitHub's limit of ${DISPATCH_LIMITS.payloadKeys}. Nest some keys in an object.`,
    )
  }
}

function checkSignable(eventType: string, payload: Record<string, unknown>): void {
  try {
    relaySigningInput(LARGEST_STAMP.id, LARGEST_STAMP.ts, eventType, payload)
  } catch (error) {
    throw new InputError('client-payload', (error as Error).message)
  }
}

/** client_payload as sent: with _relay {id} when waiting, {id, ts, sig} when signing. */
function stampedPayload(inputs: DispatchInputs, correlationId: string): Record<string, unknown> {
  const { clientPayload, signingSecret, eventType } = inputs
  if (signingSecret) {
    const stamp = signRelay(signingSecret, eventType, clientPayload, { id: correlationId })
    return { ...clientPayload, [RELAY_KEY]: stamp }
  }
  if (inputs.wait) return { ...clientPayload, [RELAY_KEY]: { id: correlationId } }
  return clientPayload
}

const DISPATCH_PERMISSIONS: Permissions = { contents: 'write', metadata: 'read' }
/** wait also reads the runs of the target repositories. */
const WAIT_PERMISSIONS: Permissions = { ...DISPATCH_PERMISSIONS, actions: 'read' }

interface Sent {
  repository: string
  status: number
  error?: string
}

export const command: Command<DispatchInputs> = {
  parse: parseDispatchInputs,

  async run(inputs, deps) {
    const github = requireGitHub(deps)
    const correlationId = randomUUID()
    const clientPayload = stampedPayload(inputs, correlationId)
    if (inputs.signingSecret) deps.log.info(`Signed client_payload (_relay.id ${correlationId}).`)
    const permissions = inputs.wait ? WAIT_PERMISSIONS : DISPATCH_PERMISSIONS
    const sent: Sent[] = []
    const watches: RunWatch[] = []
    const dispatchedAt = Date.now()
    for (const [owner, repos] of groupByOwner(inputs.repositories)) {
      let octokit
      try {
        octokit = await github.client(owner, repos, permissions)
      } catch (error) {
        for (const repo of repos)
          sent.push({
            repository: `${owner}/${repo}`,
            status: statusOf(error),
            error: (error as Error).message,
          })
        continue
      }
      for (const repo of repos) {
        const repository = fullName({ owner, repo })
        try {
          const response = await octokit.request('POST /repos/{owner}/{repo}/dispatches', {
            owner,
            repo,
            event_type: inputs.eventType,
            client_payload: clientPayload,
          })
          sent.push({ repository, status: response.status })
          watches.push({ owner, repo, octokit })
          deps.log.info(
            `Sent repository_dispatch '${inputs.eventType}' to ${repository} (${response.status}).`,
          )
        } catch (error) {
          const explained = explainGitHubError(
            error,
            `Dispatching '${inputs.eventType}' to ${repository}`,
            {
              404: github.usesApp
                ? `the repository ${repository} does not exist, or the GitHub App is not installed on it.`
                : `the repository ${repository} does not exist, or the token cannot see it or lacks contents: write (GITHUB_TOKEN only reaches its own repository: use a GitHub App for others).`,
              403: `the token lacks contents: write on ${repository}.`,
              422: `GitHub refused the body: event_type must be 1 to 100 characters and client_payload at most 10 top-level keys.`,
            },
          )
          sent.push({ repository, status: statusOf(error), error: explained.message })
        }
      }
    }
    const failures = sent.flatMap((s) => (s.error ? [s.error] : []))
    const outputs: Record<string, string> = {
      'correlation-id': correlationId,
      repositories: JSON.stringify(sent.map(({ repository, status }) => ({ repository, status }))),
    }
    let runs: WaitedRun[] | undefined
    if (inputs.wait && watches.length > 0) {
      deps.log.info(
        `Waiting up to ${inputs.waitTimeoutSeconds} s for the runs of ${watches.length} repositories (run-name containing ${correlationId}).`,
      )
      runs = await waitForRuns(watches, {
        correlationId,
        dispatchedAt,
        timeoutMs: inputs.waitTimeoutSeconds * 1000,
        log: deps.log,
      })
      Object.assign(outputs, runOutputs(sent, runs))
      failures.push(...runs.flatMap(runFailure))
    }
    const summary = dispatchSummary(inputs.eventType, correlationId, sent, runs)
    return { outputs, summary, failure: failures.join('\n') || undefined }
  },
}

/** run-id, run-url, conclusion: values for one repository, JSON lists for several. */
function runOutputs(sent: Sent[], runs: WaitedRun[]): Record<string, string> {
  const byRepository = new Map(runs.map((run) => [run.repository, run]))
  const listed = sent.map(({ repository, status }) => {
    const run = byRepository.get(repository)
    return {
      repository,
      status,
      run_id: run?.runId ?? null,
      run_url: run?.runUrl ?? null,
      conclusion: run?.conclusion ?? null,
    }
  })
  const column = (pick: (run: (typeof listed)[number]) => string | number | null): string =>
    listed.length === 1
      ? String(pick(listed[0] as (typeof listed)[number]) ?? '')
      : JSON.stringify(listed.map(pick))
  return {
    repositories: JSON.stringify(listed),
    'run-id': column((r) => r.run_id),
    'run-url': column((r) => r.run_url),
    conclusion: column((r) => r.conclusion),
  }
}

function runFailure(run: WaitedRun): string[] {
  if (run.error) return [run.error]
  if (run.conclusion !== 'success')
    return [
      `The run of ${run.repository} concluded ${run.conclusion ?? 'without a conclusion'}: ${run.runUrl}`,
    ]
  return []
}

function dispatchSummary(
  eventType: string,
  correlationId: string,
  sent: Sent[],
  runs: WaitedRun[] | undefined,
): string {
  const result = (s: Sent) =>
    s.error ? `failed (${s.status || 'no answer'})` : `sent (${s.status})`
  const run = (s: Sent) => {
    const waited = runs?.find((r) => r.repository === s.repository)
    if (!waited?.runUrl) return waited?.error ? 'not found |' : '|'
    return `[${waited.runId}](${waited.runUrl}) | ${waited.conclusion ?? waited.status ?? ''}`
  }
  const failed = sent.filter((s) => s.error).length
  const outcome = failed
    ? `\`${eventType}\` failed (${failed} of ${sent.length})`
    : `\`${eventType}\` sent${runs ? ` (runs: ${runs.map((r) => r.conclusion ?? r.status ?? 'not found').join(', ')})` : ''}`
  return [
    summaryHeading('dispatch', outcome),
    '',
    runs ? '| repository | result | run | conclusion |' : '| repository | result |',
    runs ? '| --- | --- | --- | --- |' : '| --- | --- |',
    ...sent.map((s) => `| ${s.repository} | ${result(s)} |${runs ? ` ${run(s)} |` : ''}`),
    '',
    `Correlation id: \`${correlationId}\``,
    '',
  ].join('\n')
}

function statusOf(error: unknown): number {
  return answeredStatus(error) ?? 0
}
