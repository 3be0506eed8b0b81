// What both CI platforms have in common about the job a step runs in. src/github/context.ts
// reads it from GITHUB_*, src/gitlab/context.ts from GitLab's predefined variables; anywhere else
// (another CI, a laptop) it is empty and commands ask for inputs instead. The CI server a job
// runs on is kept apart from any API a command calls: a GitLab job calls GitHub's API through the
// github-api-url input, never through this context.
import type { MergeRequest, PullRequest } from './build.js'
import { readGitHubContext, type GitHubJobContext } from './github/context.js'
import { readGitLabContext, type GitLabJobContext } from './gitlab/context.js'

export type Provider = 'github' | 'gitlab'

/** The run (workflow run, pipeline) the job belongs to. */
export interface RunOfJob {
  /** GitHub run id, GitLab pipeline id. */
  id?: string
  /** GitHub run number, GitLab pipeline iid. */
  number?: number
  /** Web URL (attempt-aware on GitHub). */
  url?: string
  /** GitHub run attempt; 1 on GitLab. */
  attempt: number
  /** Workflow name (GitHub); GitLab pipelines have none in the environment. */
  workflow?: string
  /** What started it: GITHUB_EVENT_NAME, CI_PIPELINE_SOURCE. */
  event?: string
}

export interface JobOfRun {
  /** GITHUB_JOB (the job's key), CI_JOB_NAME. */
  name?: string
  /** CI_JOB_ID (GitHub does not put the job id in the environment). */
  id?: string
  /** CI_JOB_URL. */
  url?: string
  /** RUNNER_NAME. */
  runner?: string
}

export interface RunContext {
  /** The CI platform the job runs on; undefined anywhere else. */
  provider?: Provider
  /** The CI server's web address (GITHUB_SERVER_URL, CI_SERVER_URL). */
  serverUrl?: string
  /** owner/name on GitHub, the project path on GitLab. */
  repository?: string
  /** The repository's owner, or the project's namespace. */
  owner?: string
  /** The commit the run was started for (GITHUB_SHA, CI_COMMIT_SHA). */
  sha?: string
  /** GITHUB_REF (refs/heads/main), CI_COMMIT_REF_NAME (main). */
  ref?: string
  run: RunOfJob
  job: JobOfRun
  actor?: string
  /** The pull request of a pull_request* event (read from the event file on first use). */
  pullRequest(): PullRequest | undefined
  /** The merge request of a merge request pipeline. */
  mergeRequest?: MergeRequest
  /** What only GitHub Actions has (the event payload, the workflow ref). */
  github?: GitHubJobContext
  /** What only GitLab CI has (project id, API URL, the merge request's source sha). */
  gitlab?: GitLabJobContext
}

/**
 * The platform the environment says the job runs on; undefined outside both. A script or container
 * handed the runner's variables without GITHUB_ACTIONS still names its run by GITHUB_REPOSITORY and
 * GITHUB_RUN_ID together; one stray GITHUB_* variable on a laptop does not make a run.
 */
export function providerOf(env: NodeJS.ProcessEnv): Provider | undefined {
  if (env.GITHUB_ACTIONS === 'true') return 'github'
  if (env.GITLAB_CI === 'true') return 'gitlab'
  if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) return 'github'
  return undefined
}

export function emptyContext(): RunContext {
  return { run: { attempt: 1 }, job: {}, pullRequest: () => undefined }
}

export function readContext(env: NodeJS.ProcessEnv): RunContext {
  switch (providerOf(env)) {
    case 'github':
      return readGitHubContext(env)
    case 'gitlab':
      return readGitLabContext(env)
    default:
      return emptyContext()
  }
}

/**
 * The default name of a commit status: the job name on GitLab (as GitLab names its own), else
 * `<workflow> / <job>` when both are known.
 */
export function defaultStatusName(context: RunContext): string | undefined {
  return context.provider === 'gitlab' ? context.job.name : workflowJobLabel(context)
}

/** `<workflow> / <job>`, the default status context, when both are known. */
export function workflowJobLabel(context: RunContext): string | undefined {
  const { workflow } = context.run
  const job = context.job.name
  return workflow && job ? `${workflow} / ${job}` : undefined
}
