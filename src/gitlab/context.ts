// The job's context on GitLab CI, from GitLab's predefined CI/CD variables.
import type { MergeRequest } from '../build.js'
import type { RunContext } from '../context.js'

export interface GitLabJobContext {
  /** CI_PROJECT_ID: the project as the API addresses it. */
  projectId?: string
  /** CI_API_V4_URL: the API of the GitLab the job runs on (self-managed works). */
  apiUrl?: string
  /** CI_PIPELINE_SOURCE: push, merge_request_event, trigger, pipeline, ... */
  pipelineSource?: string
  /** CI_JOB_STATUS: success, failed or canceled (set while after_script runs). */
  jobStatus?: string
  /** CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: the MR's head in merged-results and merge-train pipelines. */
  mergeRequestSourceSha?: string
  /** CI_MERGE_REQUEST_EVENT_TYPE: detached, merged_result or merge_train. */
  mergeRequestEventType?: string
  /** CI_PROJECT_DIR: where the repository is checked out (and artifacts are collected). */
  projectDir?: string
}

const trimmed = (url: string | undefined) => url?.replace(/\/+$/, '') || undefined

export function readGitLabContext(env: NodeJS.ProcessEnv): RunContext {
  const value = (name: string) => env[name] || undefined
  const repository = value('CI_PROJECT_PATH')
  const serverUrl = trimmed(env.CI_SERVER_URL)
  const mergeRequest = mergeRequestOf(env, serverUrl, repository)
  return {
    provider: 'gitlab',
    serverUrl,
    repository,
    owner: repository?.includes('/') ? repository.slice(0, repository.lastIndexOf('/')) : undefined,
    sha: value('CI_COMMIT_SHA'),
    ref: value('CI_COMMIT_REF_NAME'),
    run: {
      id: value('CI_PIPELINE_ID'),
      number: Number(env.CI_PIPELINE_IID) || undefined,
      url: value('CI_PIPELINE_URL'),
      attempt: 1,
      workflow: value('CI_PIPELINE_NAME'),
      event: value('CI_PIPELINE_SOURCE'),
    },
    job: { name: value('CI_JOB_NAME'), id: value('CI_JOB_ID'), url: value('CI_JOB_URL') },
    actor: value('GITLAB_USER_LOGIN'),
    pullRequest: () => undefined,
    mergeRequest,
    gitlab: {
      projectId: value('CI_PROJECT_ID'),
      apiUrl: trimmed(env.CI_API_V4_URL),
      pipelineSource: value('CI_PIPELINE_SOURCE'),
      jobStatus: value('CI_JOB_STATUS'),
      mergeRequestSourceSha: value('CI_MERGE_REQUEST_SOURCE_BRANCH_SHA'),
      mergeRequestEventType: value('CI_MERGE_REQUEST_EVENT_TYPE'),
      projectDir: value('CI_PROJECT_DIR'),
    },
  }
}

/** The merge request of a merge request pipeline (CI_MERGE_REQUEST_IID is set only there). */
function mergeRequestOf(
  env: NodeJS.ProcessEnv,
  serverUrl: string | undefined,
  repository: string | undefined,
): MergeRequest | undefined {
  const iid = Number(env.CI_MERGE_REQUEST_IID)
  if (!Number.isSafeInteger(iid) || iid < 1) return undefined
  const projectUrl =
    trimmed(env.CI_MERGE_REQUEST_PROJECT_URL) ??
    (serverUrl && repository ? `${serverUrl}/${repository}` : '')
  return {
    iid,
    title: env.CI_MERGE_REQUEST_TITLE ?? '',
    sourceBranch: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? '',
    targetBranch: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? '',
    webUrl: `${projectUrl}/-/merge_requests/${iid}`,
  }
}
