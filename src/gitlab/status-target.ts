// A GitLab commit status behind the CommitStatusTarget port: the project, the commit people look
// at (the merge request's head in merged-results pipelines), the pipeline it shows on.
import { defaultStatusName, type RunContext } from '../context.js'
import { InputError } from '../errors.js'
import type { InputReader } from '../input-reader.js'
import type { CommitStatusTarget, StatusWord } from '../ports.js'
import { isHttpUrl } from '../text.js'
import { gitlabClient, readGitLabInputs, requireGitLabToken } from './access.js'
import {
  checkGitLabStatusFields,
  postGitLabStatus,
  type GitLabState,
  type GitLabStatusTarget,
} from './statuses.js'

/** GitLab's six states; GitHub's words map onto them. */
export const GITLAB_STATE_OF: Record<StatusWord, GitLabState> = {
  pending: 'pending',
  running: 'running',
  success: 'success',
  failure: 'failed',
  error: 'failed',
  cancelled: 'canceled',
  skipped: 'skipped',
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i

/**
 * The commit: the input, else CI_MERGE_REQUEST_SOURCE_BRANCH_SHA (set in merged-results and
 * merge-train pipelines, where CI_COMMIT_SHA is an internal merge commit), else CI_COMMIT_SHA.
 * On the pipeline's own commit the status carries `pipeline_id` (GitLab then takes the ref from
 * the pipeline, so it shows there). On the MR head GitLab would answer 404 for this pipeline (it
 * looks the pipeline up by sha), so there the ref is the source branch and GitLab picks or makes
 * the pipeline.
 */
function commitOf(reader: InputReader, context: RunContext) {
  const given = reader.string('sha')
  const sourceSha = context.gitlab?.mergeRequestSourceSha
  const sha = given ?? (sourceSha || context.sha)
  if (!sha) {
    throw new InputError(
      'sha',
      'must be set: there is no commit in CI_MERGE_REQUEST_SOURCE_BRANCH_SHA or CI_COMMIT_SHA (outside a GitLab job, pass the commit).',
    )
  }
  if (!SHA.test(sha)) {
    throw new InputError(
      'sha',
      `must be a full commit sha, 40 hexadecimal characters (got '${sha}').`,
    )
  }
  const own = context.sha && sha.toLowerCase() === context.sha.toLowerCase()
  const pipelineId = own ? Number(context.run.id) || undefined : undefined
  const ref = own
    ? undefined
    : sourceSha && sha.toLowerCase() === sourceSha.toLowerCase()
      ? context.mergeRequest?.sourceBranch || undefined
      : undefined
  return { sha: sha.toLowerCase(), pipelineId, ref }
}

export function parseGitLabStatusTarget(
  reader: InputReader,
  context: RunContext,
): CommitStatusTarget {
  const inputs = readGitLabInputs(reader)
  const token = requireGitLabToken(inputs, 'to post GitLab commit statuses')
  const projects = reader.list('repository')
  if (projects.length > 1) {
    throw new InputError(
      'repository',
      `status reports on one project (got ${projects.length}): use one job per project.`,
    )
  }
  const project = projects[0] ?? context.gitlab?.projectId ?? context.repository
  if (!project) {
    throw new InputError(
      'repository',
      'must be set to the GitLab project (path like group/project, or its id) outside a GitLab job.',
    )
  }
  const name = reader.string('context') ?? defaultStatusName(context)
  if (!name) {
    throw new InputError(
      'context',
      'must be set outside a CI job (the default is the job name, CI_JOB_NAME, on GitLab; "<workflow> / <job>" on GitHub).',
    )
  }
  const targetUrl = reader.string('target-url') ?? context.run.url
  if (targetUrl && !isHttpUrl(targetUrl)) {
    throw new InputError('target-url', `must be an http(s) URL (got '${targetUrl}').`)
  }
  const target: GitLabStatusTarget = { project, name, targetUrl, ...commitOf(reader, context) }
  checkGitLabStatusFields(target, 'context')

  return {
    provider: 'gitlab',
    sha: target.sha,
    async post(word, description, deps) {
      const state = GITLAB_STATE_OF[word]
      const client = gitlabClient(inputs, token, deps.log)
      const { url, unchanged } = await postGitLabStatus(
        client,
        target,
        state,
        description,
        deps.log,
      )
      const where = `${target.project}@${target.sha.slice(0, 8)}`
      deps.log.info(
        `Posted ${state} '${target.name}' on ${where}${unchanged ? ' (it already was)' : ''}.`,
      )
      const web =
        context.serverUrl && context.repository === project
          ? `[${where}](${context.serverUrl}/${project}/-/commit/${target.sha})`
          : where
      return {
        sha: target.sha,
        url,
        summary: `ci-relay status: **${state}** \`${target.name}\` on ${web}\n`,
      }
    },
  }
}
