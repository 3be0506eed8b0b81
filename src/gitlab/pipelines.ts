// Starting a pipeline with a trigger token, and reading it back: the GitLab half of `trigger`.
import type { Logger } from '../log.js'
import { pollUntil, type Clock } from '../poll.js'
import { GitLabClient, projectPath, type GitLabClientOptions } from './client.js'

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
  log: Pick<Logger, 'info'> & Partial<Pick<Logger, 'debug'>>
  /** Overrides of the HTTP policy, its clock or transport (tests). */
  http?: GitLabClientOptions['http']
}

/**
 * `POST /projects/:id/trigger/pipeline` with token, ref and variables (the JSON form of GitLab's
 * `variables[NAME]=value` fields). The trigger token is the credential: no PRIVATE-TOKEN.
 */
export async function triggerPipeline(request: TriggerRequest): Promise<Pipeline> {
  const client = new GitLabClient({
    apiUrl: request.apiUrl,
    log: { debug: () => undefined, ...request.log },
    http: request.http,
  })
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
  /** The API URL, the read_api token, the log (and in tests, HTTP overrides) of the reads. */
  client: Omit<GitLabClientOptions, 'token'> & { token: string }
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
  const { client, ...rest } = options
  return pollUntil(
    // The time left bounds each poll too: a request that hangs cannot outlast wait-timeout.
    async (budgetMs) => {
      const reader = new GitLabClient({
        ...client,
        http: { ...client.http, policy: { ...client.http?.policy, deadlineMs: budgetMs } },
      })
      const { data: pipeline } = await reader.request<Pipeline>(
        { path: `${projectPath(rest.project)}/pipelines/${rest.pipelineId}` },
        `Reading pipeline ${rest.pipelineId} of ${rest.project}`,
        { 401: readToken, 403: readToken },
      )
      if (pipeline.status !== last) rest.onStatus?.(pipeline.status)
      last = pipeline.status
      return FINISHED_PIPELINE_STATUSES.includes(pipeline.status) ? pipeline : undefined
    },
    { timeoutMs: rest.timeoutMs, clock: rest.clock },
  )
}
