// The job's context on GitHub Actions, from the runner's GITHUB_* variables.
import { readFileSync } from 'node:fs'
import type { PullRequest } from '../build.js'
import type { RunContext } from '../context.js'

export interface GitHubJobContext {
  /** GITHUB_API_URL: the API of the GitHub the job runs on. */
  apiUrl: string
  /** owner/name/.github/workflows/file.yml@ref (GITHUB_WORKFLOW_REF). */
  workflowRef?: string
  /** The event payload (GITHUB_EVENT_PATH), read on first use; {} when there is none. */
  event(): Record<string, unknown>
}

const trimmed = (url: string) => url.replace(/\/+$/, '')

export function readGitHubContext(env: NodeJS.ProcessEnv): RunContext {
  let event: Record<string, unknown> | undefined
  const readEvent = (): Record<string, unknown> => {
    if (event) return event
    event = {}
    const path = env.GITHUB_EVENT_PATH
    if (path) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
          event = parsed as Record<string, unknown>
      } catch (error) {
        throw new Error(
          `Could not read the event payload at GITHUB_EVENT_PATH (${path}): ${(error as Error).message}`,
        )
      }
    }
    return event
  }

  const serverUrl = trimmed(env.GITHUB_SERVER_URL || 'https://github.com')
  const repository = env.GITHUB_REPOSITORY || undefined
  const runId = env.GITHUB_RUN_ID || undefined
  const attempt = Number(env.GITHUB_RUN_ATTEMPT) || 1
  const url =
    repository && runId
      ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`
      : undefined
  return {
    provider: 'github',
    serverUrl,
    repository,
    owner: env.GITHUB_REPOSITORY_OWNER || repository?.split('/')[0],
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    run: {
      id: runId,
      number: Number(env.GITHUB_RUN_NUMBER) || undefined,
      url,
      attempt,
      workflow: env.GITHUB_WORKFLOW || undefined,
      event: env.GITHUB_EVENT_NAME || undefined,
    },
    job: { name: env.GITHUB_JOB || undefined, runner: env.RUNNER_NAME || undefined },
    actor: env.GITHUB_ACTOR || undefined,
    pullRequest: () => pullRequestOfEvent(readEvent()),
    github: {
      apiUrl: trimmed(env.GITHUB_API_URL || 'https://api.github.com'),
      workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
      event: readEvent,
    },
  }
}

/** The pull request of a pull_request / pull_request_target event. */
export function pullRequestOfEvent(event: Record<string, unknown>): PullRequest | undefined {
  const pr = event.pull_request as
    | {
        number?: unknown
        title?: unknown
        html_url?: unknown
        head?: { ref?: unknown }
        base?: { ref?: unknown }
      }
    | undefined
  if (!pr || typeof pr.number !== 'number' || typeof pr.html_url !== 'string') return undefined
  return {
    number: pr.number,
    title: typeof pr.title === 'string' ? pr.title : '',
    sourceBranch: typeof pr.head?.ref === 'string' ? pr.head.ref : '',
    targetBranch: typeof pr.base?.ref === 'string' ? pr.base.ref : '',
    webUrl: pr.html_url,
  }
}
