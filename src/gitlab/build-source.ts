// The pipeline a GitLab job belongs to, behind the BuildSource port: its jobs through the API
// (with gitlab-token), and the pipeline described as a neutral BuildInfo.
import { earliestStart, isoSeconds } from '../build.js'
import type { RunContext } from '../context.js'
import { RelayError } from '../errors.js'
import type { BuildSource } from '../ports.js'
import { gitlabClient, type GitLabInputs } from './access.js'
import { projectPath } from './client.js'
import { listPipelineJobs, runsOfPipelineJobs } from './jobs.js'

/** Throws, saying which variables are missing, when this is not a GitLab pipeline job. */
export function gitlabBuildSource(context: RunContext, inputs: GitLabInputs): BuildSource {
  const project = context.gitlab?.projectId ?? context.repository
  const pipelineId = context.run.id
  const sha = context.gitlab?.mergeRequestSourceSha || context.sha
  const missing = [
    ['CI_PROJECT_ID', project],
    ['CI_PIPELINE_ID', pipelineId],
    ['CI_COMMIT_SHA', sha],
  ].filter(([, value]) => !value)
  if (missing.length || !project || !pipelineId || !sha) {
    throw new RelayError(
      `notify describes the pipeline it runs in, and ${missing.map(([name]) => name).join(', ')} must be set (GitLab sets them in every job).`,
    )
  }
  const { token } = inputs
  return {
    provider: 'gitlab',
    jobsHint:
      "Set gitlab-token (CI_RELAY_GITLAB_TOKEN: a project or group access token with read_api), or pass status (the component's .post jobs pass success or failed).",
    async listJobs(deps) {
      if (!token) {
        throw new RelayError(
          "gitlab-token is not set, so the pipeline's jobs cannot be listed (CI_JOB_TOKEN cannot list them; set CI_RELAY_GITLAB_TOKEN to a token with read_api).",
        )
      }
      const jobs = await listPipelineJobs(
        gitlabClient(inputs, token, deps.log),
        project,
        pipelineId,
      )
      return { runs: runsOfPipelineJobs(jobs, inputs.apiUrl, project), listed: jobs.length }
    },
    currentJob: () => ({
      name: context.job.name ?? 'job',
      status: 'in_progress',
      webUrl: context.job.url ?? context.run.url ?? '',
      apiUrl: context.job.id
        ? `${inputs.apiUrl}${projectPath(project)}/jobs/${context.job.id}`
        : null,
      started: null,
      completed: null,
      runner: null,
    }),
    describe(facts) {
      const completed = isoSeconds(facts.now)
      return {
        provider: 'gitlab',
        buildId: Number(pipelineId),
        buildNumber: context.run.number ?? 0,
        status: facts.status,
        repository: context.repository ?? project,
        sha,
        ref: context.ref ?? '',
        webUrl: context.run.url ?? '',
        apiUrl: `${inputs.apiUrl}${projectPath(project)}/pipelines/${pipelineId}`,
        workflow: context.run.workflow ?? '',
        workflowId: null,
        event: context.run.event ?? '',
        actor: context.actor ?? '',
        mergeRequest: context.mergeRequest ?? null,
        created: earliestStart(facts.runs) ?? completed,
        completed,
        runs: facts.runs,
        test: facts.test,
      }
    },
  }
}
