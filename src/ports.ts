// The narrow ports commands reach a platform through: post a commit status, list the jobs of this
// run, describe this build. src/github/ and src/gitlab/ implement them; commands pick one by the
// platform the job runs on or by the `target` input, and never call a platform's API directly.
import type { BuildFacts, BuildInfo, BuildProvider, BuildRun, JobOutcome } from './build.js'
import type { CommandDeps } from './commands/types.js'
import type { Provider } from './context.js'

/** The jobs of this run as build runs, and this job's own outcome so far when it was found. */
export interface RunJobs {
  runs: BuildRun[]
  own?: JobOutcome
  /** How many jobs the platform listed (retried ones included). */
  listed: number
}

/** The build a job belongs to: its jobs, and its neutral description. */
export interface BuildSource {
  provider: BuildProvider
  /** What to do when the jobs cannot be read and the status was to come from them. */
  jobsHint: string
  /** Every job of this run. Throws an error saying why they could not be read and what to fix. */
  listJobs(deps: CommandDeps): Promise<RunJobs>
  /** This job alone, for when the jobs of the run cannot be read. */
  currentJob(): BuildRun
  describe(facts: BuildFacts, deps: CommandDeps): BuildInfo
}

/** A commit status: the neutral words, mapped by each platform to its own states. */
export type StatusWord =
  'pending' | 'running' | 'success' | 'failure' | 'error' | 'cancelled' | 'skipped'

export interface PostedStatus {
  sha: string
  url: string
  /** A line for the job summary. */
  summary: string
}

/** Where commit statuses go, validated at parse time (no network). */
export interface CommitStatusTarget {
  provider: Provider
  sha: string
  /** Post `word`, with a description already cut to the platform's limit. */
  post(word: StatusWord, description: string | undefined, deps: CommandDeps): Promise<PostedStatus>
}
