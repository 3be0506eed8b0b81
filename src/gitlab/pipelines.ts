// Starting a pipeline with a trigger token, and reading it back: the GitLab half of `trigger`.
import type { Logger } from '../log.js'
import { pollUntil, type Clock } from '../poll.js'
import { GitLabClient, projectPath } from './client.js'

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

export interface TriggerRequest {
  apiUrl: string
  project: string
  ref: string
  triggerToken: string
  variables: Record<string, string>
  log: Pick<Logger, 'info' | 'debug'>
}

/**
 * `POST /projects/:id/trigger/pipeline` with token, ref and variables (the JSON form of GitLab's
 * `variables[NAME]=value` fields). The trigger token is the credential: no PRIVATE-TOKEN.
 */
export async function triggerPipeline(request: TriggerRequest): Promise<Pipeline> {
  const client = new GitLabClient({ apiUrl: request.apiUrl, log: request.log })
  const { data } = await client.request<Pipeline>(
    {
      method: 'POST',
      path: `${projectPath(request.project)}/trigger/pipeline`,
      body: { token: request.triggerToken, ref: request.ref, variables: request.variables },
    },
    `Starting a pipeline of ${request.project} on '${request.ref}'`,
    {
      400: `the ref '${request.ref}' does not exist in ${request.project}, or its .gitlab-ci.yml creates no pipeline for it (rules, or a configuration error).`,
      401: 'the trigger token is not valid for this project (gitlab-trigger-token).',
      403: 'the trigger token is not valid for this project, or its owner may no longer run pipelines on this ref (gitlab-trigger-token).',
      404: `the project ${request.project} does not exist at gitlab-api-url, or the trigger token (gitlab-trigger-token) does not belong to it.`,
    },
  )
  return data
}

export interface WaitForPipelineOptions {
  client: GitLabClient
  project: string
  pipelineId: number
  timeoutMs: number
  clock?: Clock
  onStatus?: (status: string) => void
}

/** Polls `GET /projects/:id/pipelines/:pipeline_id` until it finishes; undefined on timeout. */
export async function waitForPipeline(
  options: WaitForPipelineOptions,
): Promise<Pipeline | undefined> {
  let last: string | undefined
  const readToken = `gitlab-token is not valid or lacks the read_api scope on ${options.project}.`
  return pollUntil(
    async () => {
      const { data: pipeline } = await options.client.request<Pipeline>(
        { path: `${projectPath(options.project)}/pipelines/${options.pipelineId}` },
        `Reading pipeline ${options.pipelineId} of ${options.project}`,
        { 401: readToken, 403: readToken },
      )
      if (pipeline.status !== last) options.onStatus?.(pipeline.status)
      last = pipeline.status
      return FINISHED_PIPELINE_STATUSES.includes(pipeline.status) ? pipeline : undefined
    },
    { timeoutMs: options.timeoutMs, clock: options.clock },
  )
}
