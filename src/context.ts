import { readFileSync } from 'node:fs'

/** Where this step runs, read once from the CI environment. */
export interface RunContext {
  platform: 'github' | 'gitlab' | 'local'
  /** owner/name (GitHub) or the project path (GitLab). */
  repository?: string
  owner?: string
  sha?: string
  ref?: string
  serverUrl: string
  apiUrl: string
  runId?: string
  runAttempt: number
  /** Sequential number of the run in its workflow (GITHUB_RUN_NUMBER). */
  runNumber?: number
  workflow?: string
  /** owner/name/.github/workflows/file.yml@ref (GITHUB_WORKFLOW_REF). */
  workflowRef?: string
  job?: string
  eventName?: string
  actor?: string
  runnerName?: string
  /** This run's web URL (attempt-aware on GitHub). */
  runUrl?: string
  /** The event payload (GITHUB_EVENT_PATH), read on first use; {} when there is none. */
  event(): Record<string, unknown>
}

/** `<workflow> / <job>`, the default status context, when both are known. */
export function workflowJobLabel(context: RunContext): string | undefined {
  return context.workflow && context.job ? `${context.workflow} / ${context.job}` : undefined
}

export function readContext(env: NodeJS.ProcessEnv): RunContext {
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

  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const repository = env.GITHUB_REPOSITORY || undefined
  const runId = env.GITHUB_RUN_ID || undefined
  const runAttempt = Number(env.GITHUB_RUN_ATTEMPT) || 1
  const runUrl =
    repository && runId
      ? `${serverUrl}/${repository}/actions/runs/${runId}${runAttempt > 1 ? `/attempts/${runAttempt}` : ''}`
      : undefined
  return {
    platform:
      env.GITHUB_ACTIONS === 'true' ? 'github' : env.GITLAB_CI === 'true' ? 'gitlab' : 'local',
    repository,
    owner: env.GITHUB_REPOSITORY_OWNER || repository?.split('/')[0],
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runId,
    runAttempt,
    runNumber: Number(env.GITHUB_RUN_NUMBER) || undefined,
    workflow: env.GITHUB_WORKFLOW || undefined,
    workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
    job: env.GITHUB_JOB || undefined,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    actor: env.GITHUB_ACTOR || undefined,
    runnerName: env.RUNNER_NAME || undefined,
    runUrl,
    event: readEvent,
  }
}
