// The build a GitHub Actions job belongs to, behind the BuildSource port: the run's jobs through
// the Actions API, and the run described as a neutral BuildInfo.
import type { RunContext } from '../context.js'
import { RelayError } from '../errors.js'
import { requireGitHub } from '../commands/types.js'
import type { BuildSource } from '../ports.js'
import { currentJobRun, githubBuildInfo, githubRunOf, runsOfJobs, runWebUrl } from './build-info.js'
import { findCurrentJob, jobOutcome, listAttemptJobs } from './jobs.js'

/** Throws, saying which variables are missing, when this is not a GitHub Actions run. */
export function githubBuildSource(context: RunContext): BuildSource {
  const run = githubRunOf(context)
  if (typeof run === 'string') {
    throw new RelayError(
      `notify describes the CI run it runs in (a GitHub Actions run or a GitLab pipeline), and ${run} (the runner sets them).`,
    )
  }
  const apiUrlOf = (deps: Parameters<BuildSource['describe']>[1]) =>
    deps.github?.inputs.apiUrl ?? context.github?.apiUrl ?? 'https://api.github.com'
  return {
    provider: 'github',
    jobsHint: 'Grant actions: read, or pass status: ${{ job.status }}.',
    async listJobs(deps) {
      const jobs = await listAttemptJobs(requireGitHub(deps), context)
      const runs = runsOfJobs(jobs, apiUrlOf(deps), run.repository)
      // This job's own steps so far count too: a step before notify may have failed.
      let own
      try {
        own = jobOutcome(findCurrentJob(jobs, context).job).outcome
      } catch (error) {
        deps.log.info(`${(error as Error).message} Its own steps are not counted.`)
      }
      return { runs, own, listed: jobs.length }
    },
    currentJob: () => currentJobRun(context, runWebUrl(context, run)),
    describe: (facts, deps) => githubBuildInfo(context, run, facts, apiUrlOf(deps)),
  }
}
