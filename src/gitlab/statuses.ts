// GitLab commit statuses: POST /projects/:id/statuses/:sha with a token that has the api scope.
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { charLength, cutText } from '../text.js'
import { GitLabApiError, projectPath, type GitLabClient } from './client.js'

export const GITLAB_STATES = [
  'pending',
  'running',
  'success',
  'failed',
  'canceled',
  'skipped',
] as const
export type GitLabState = (typeof GITLAB_STATES)[number]

/** GitLab's limits on a commit status (400 beyond them), in characters. */
export const GITLAB_STATUS_LIMITS = { name: 255, description: 255, targetUrl: 255 }

export interface GitLabStatusTarget {
  /** Numeric id or path. */
  project: string
  sha: string
  name: string
  targetUrl?: string
  /** This pipeline, when the status is on its own commit (so the status shows on it). */
  pipelineId?: number
  ref?: string
}

/** What GitLab answers when a status is posted in the state it already has. */
const SAME_STATE = /^Cannot transition status/i

/**
 * Post a status. `description` is cut to GitLab's limit with a warning. A 400 "Cannot transition
 * status" means the status already is in that state: that is success (`unchanged`).
 */
export async function postGitLabStatus(
  client: GitLabClient,
  target: GitLabStatusTarget,
  state: GitLabState,
  description: string | undefined,
  log: Logger,
): Promise<{ url: string; unchanged: boolean }> {
  const limit = GITLAB_STATUS_LIMITS.description
  if (description && charLength(description) > limit) {
    log.warning(
      `Input 'description' is ${charLength(description)} characters; GitLab allows ${limit}, so it was cut to ${limit}, ending in '…'.`,
    )
  }
  const path = `${projectPath(target.project)}/statuses/${target.sha}`
  const where = `${target.project}@${target.sha.slice(0, 8)}`
  const url = `${client.apiUrl}${projectPath(target.project)}/repository/commits/${target.sha}/statuses`
  try {
    await client.request(
      {
        method: 'POST',
        path,
        body: {
          state,
          name: target.name,
          ...(description && { description: cutText(description, limit) }),
          ...(target.targetUrl && { target_url: target.targetUrl }),
          ...(target.pipelineId && { pipeline_id: target.pipelineId }),
          ...(target.ref && { ref: target.ref }),
        },
      },
      `Posting the ${state} status '${target.name}' on ${where}`,
      {
        401: 'gitlab-token (CI_RELAY_GITLAB_TOKEN) is wrong, expired or revoked; it must be a project or group access token with the api scope (CI_JOB_TOKEN cannot post commit statuses).',
        403: `the token cannot post statuses on ${target.project}: it needs the api scope and at least the Developer role there.`,
        404: `${target.project} does not exist or the token cannot see it, or ${target.sha} is not one of its commits${target.pipelineId ? `, or pipeline ${target.pipelineId} does not run that commit` : ''}.`,
      },
    )
    return { url, unchanged: false }
  } catch (error) {
    if (error instanceof GitLabApiError && error.status === 400 && SAME_STATE.test(error.said)) {
      log.info(
        `GitLab says the status '${target.name}' on ${where} already is ${state}: ${error.said}`,
      )
      return { url, unchanged: true }
    }
    throw error
  }
}

/** The name and target URL fail naming their input beyond GitLab's limits (parse time). */
export function checkGitLabStatusFields(target: GitLabStatusTarget, nameInput: string): void {
  if (charLength(target.name) > GITLAB_STATUS_LIMITS.name) {
    throw new InputError(
      nameInput,
      `must be at most ${GITLAB_STATUS_LIMITS.name} characters (GitLab's limit for a status name); it is ${charLength(target.name)}.`,
    )
  }
  if (target.targetUrl && charLength(target.targetUrl) > GITLAB_STATUS_LIMITS.targetUrl) {
    throw new InputError(
      'target-url',
      `must be at most ${GITLAB_STATUS_LIMITS.targetUrl} characters (GitLab's limit); it is ${charLength(target.targetUrl)}.`,
    )
  }
}
