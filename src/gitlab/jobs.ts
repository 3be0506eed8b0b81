// A pipeline's jobs: GET /projects/:id/pipelines/:pipeline_id/jobs, every page, retried jobs
// left out (GitLab lists only the latest try unless include_retried is set).
import type { BuildRun } from '../build.js'
import { projectPath, type GitLabClient } from './client.js'
import { runStatusOfJob } from './outcomes.js'

/** The fields of GitLab's job object that ci-relay reads. */
export interface PipelineJob {
  id: number
  name: string
  stage?: string
  status: string
  allow_failure?: boolean
  web_url: string
  created_at?: string | null
  started_at?: string | null
  finished_at?: string | null
  retried?: boolean
  runner?: { description?: string | null } | null
}

export async function listPipelineJobs(
  client: GitLabClient,
  project: string,
  pipelineId: string,
): Promise<PipelineJob[]> {
  const jobs = await client.paginate<PipelineJob>(
    { path: `${projectPath(project)}/pipelines/${encodeURIComponent(pipelineId)}/jobs` },
    `Listing the jobs of pipeline ${pipelineId} of ${project}`,
  )
  return jobs.filter((job) => job.retried !== true)
}

/** The pipeline's jobs as build runs. */
export function runsOfPipelineJobs(
  jobs: readonly PipelineJob[],
  apiUrl: string,
  project: string,
): BuildRun[] {
  return jobs.map((job) => {
    const jobApiUrl = `${apiUrl}${projectPath(project)}/jobs/${job.id}`
    return {
      name: job.name,
      status: runStatusOfJob(job.status),
      webUrl: job.web_url,
      logUrl: `${jobApiUrl}/trace`,
      apiUrl: jobApiUrl,
      started: job.started_at ?? null,
      completed: job.finished_at ?? null,
      runner: job.runner?.description ?? null,
      ...(job.allow_failure && { allowFailure: true }),
    }
  })
}
