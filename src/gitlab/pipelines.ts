// Starting a pipeline with a trigger token, and reading it back: the GitLab half of `trigger`.
import type { Logger } from '../log.js'
import { pollUntil, type Clock } from '../poll.js'
import { GitLabError, gitlabRequest, type GitLabRequest } from './request.js'

export interface Pipeline {
  id: number
  iid?: number
  status: string
  web_url: string
  ref?: string
  sha?: string
}

/** Pipeline statuses after which nothing more happens without a person (GitLab's list). */
export const FINISHED_PIPELINE_STATUSES = ['success', 'failed', 'canceled', 'skipped', 'manual']

/** A numeric ID as it is; a path (group/sub/project) URL-encoded, as GitLab's :id wants it. */
export function projectId(project: string): string {
  return /^\d+$/.test(project) ? project : encodeURIComponent(project)
}

export interface TriggerRequest {
  apiUrl: string
  log?: Pick<Logger, 'info'>
  project: string
  ref: string
  triggerToken: string
  variables: Record<string, string>
  /** Overrides of the HTTP policy, its clock or transport (tests). */
  http?: GitLabRequest['http']
}

/** `POST /projects/:id/trigger/pipeline` with token, ref and variables[NAME]=value. */
export async function triggerPipeline(request: TriggerRequest): Promise<Pipeline> {
  const form = new URLSearchParams({ token: request.triggerToken, ref: request.ref })
  for (const [name, value] of Object.entries(request.variables))
    form.append(`variables[${name}]`, value)
  const doing = `Starting a pipeline of ${request.project} on '${request.ref}'`
  try {
    const { body } = await gitlabRequest<Pipeline>(
      {
        apiUrl: request.apiUrl,
        method: 'POST',
        path: `/projects/${projectId(request.project)}/trigger/pipeline`,
        form,
        log: request.log,
        ...(request.http && { http: request.http }),
      },
      doing,
    )
    return body
  } catch (error) {
    throw explainTriggerError(error, request)
  }
}

function explainTriggerError(error: unknown, request: TriggerRequest): unknown {
  if (!(error instanceof GitLabError)) return error
  const hint: Record<number, string> = {
    400: `the ref '${request.ref}' does not exist in ${request.project}, or its .gitlab-ci.yml creates no pipeline for it (rules, or a configuration error).`,
    401: 'the trigger token is not valid for this project (gitlab-trigger-token).',
    403: 'the trigger token is not valid for this project, or its owner may no longer run pipelines on this ref (gitlab-trigger-token).',
    404: `the project ${request.project} does not exist at gitlab-api-url, or the trigger token (gitlab-trigger-token) does not belong to it.`,
  }
  const likely = hint[error.status]
  return likely
    ? new GitLabError(`${error.message}. Likely cause: ${likely}`, error.status, error.said)
    : error
}

export interface WaitForPipelineOptions {
  apiUrl: string
  project: string
  pipelineId: number
  privateToken: string
  timeoutMs: number
  clock?: Clock
  log?: Pick<Logger, 'info'>
  onStatus?: (status: string) => void
}

/** Polls `GET /projects/:id/pipelines/:pipeline_id` until it finishes; undefined on timeout. */
export async function waitForPipeline(
  options: WaitForPipelineOptions,
): Promise<Pipeline | undefined> {
  let last: string | undefined
  return pollUntil(
    // The time left bounds each poll too: a request that hangs cannot outlast wait-timeout.
    async (budgetMs) => {
      let pipeline: Pipeline
      try {
        ;({ body: pipeline } = await gitlabRequest<Pipeline>(
          {
            apiUrl: options.apiUrl,
            method: 'GET',
            path: `/projects/${projectId(options.project)}/pipelines/${options.pipelineId}`,
            privateToken: options.privateToken,
            log: options.log,
            http: { policy: { deadlineMs: budgetMs } },
          },
          `Reading pipeline ${options.pipelineId} of ${options.project}`,
        ))
      } catch (error) {
        if (error instanceof GitLabError && (error.status === 401 || error.status === 403))
          throw new GitLabError(
            `${error.message}. Likely cause: gitlab-token is not valid or lacks the read_api scope on ${options.project}.`,
            error.status,
            error.said,
          )
        throw error
      }
      if (pipeline.status !== last) options.onStatus?.(pipeline.status)
      last = pipeline.status
      return FINISHED_PIPELINE_STATUSES.includes(pipeline.status) ? pipeline : undefined
    },
    { timeoutMs: options.timeoutMs, clock: options.clock },
  )
}
