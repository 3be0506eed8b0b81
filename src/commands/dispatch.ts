import { randomUUID } from 'node:crypto'
import { InputError } from '../errors.js'
import { explainGitHubError } from '../github/errors.js'
import {
  fullName,
  groupByOwner,
  parseRepositories,
  type RepositoryRef,
} from '../github/repository.js'
import type { InputReader } from '../input-reader.js'
import { requireGitHub, type Command } from './types.js'

export interface DispatchInputs {
  repositories: RepositoryRef[]
  eventType: string
  clientPayload: Record<string, unknown>
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
  if ([...eventType].length > DISPATCH_LIMITS.eventTypeLength) {
    throw new InputError(
      'event-type',
      `must be 1 to ${DISPATCH_LIMITS.eventTypeLength} characters (got ${[...eventType].length}).`,
    )
  }
  const clientPayload = reader.jsonObject('client-payload') ?? {}
  checkClientPayload(clientPayload, 'client-payload')
  return { repositories, eventType, clientPayload }
}

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
    const sent: Sent[] = []
    for (const [owner, repos] of groupByOwner(inputs.repositories)) {
      let octokit
      try {
        octokit = await github.client(owner, repos, { contents: 'write', metadata: 'read' })
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
            client_payload: inputs.clientPayload,
          })
          sent.push({ repository, status: response.status })
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
    const failed = sent.filter((s) => s.error)
    const outputs = {
      'correlation-id': correlationId,
      repositories: JSON.stringify(sent.map(({ repository, status }) => ({ repository, status }))),
    }
    const summary = [
      `### ci-relay dispatch \`${inputs.eventType}\``,
      '',
      '| repository | result |',
      '| --- | --- |',
      ...sent.map(
        (s) =>
          `| ${s.repository} | ${s.error ? `failed (${s.status || 'no answer'})` : `sent (${s.status})`} |`,
      ),
      '',
      `Correlation id: \`${correlationId}\``,
      '',
    ].join('\n')
    return { outputs, summary, failure: failed.map((f) => f.error).join('\n') || undefined }
  },
}

function statusOf(error: unknown): number {
  return (error as { status?: number })?.status ?? 0
}
