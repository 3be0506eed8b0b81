// The one table from a GitHub job's conclusion to its outcome. Every place that reads a
// conclusion (status auto, notify's runs[] and auto status) goes through it.
import type { JobOutcome } from '../build.js'

/** Every conclusion GitHub documents for workflow jobs and check runs. */
export const GITHUB_CONCLUSIONS = [
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
  'stale',
  'startup_failure',
] as const
export type GitHubConclusion = (typeof GITHUB_CONCLUSIONS)[number]

/**
 * `neutral` passed without a verdict, so it is a success. `action_required` waits for a person
 * (an approval): the job did not pass, so it is a failure. `stale` is GitHub giving up on a check
 * that never reported: it did not run to an end, so it is cancelled (an `error` status).
 */
export const OUTCOME_OF_CONCLUSION: Record<GitHubConclusion, JobOutcome> = {
  success: 'success',
  neutral: 'success',
  failure: 'failure',
  timed_out: 'failure',
  startup_failure: 'failure',
  action_required: 'failure',
  cancelled: 'cancelled',
  stale: 'cancelled',
  skipped: 'skipped',
}

/** A conclusion's outcome; one GitHub has not documented yet is not taken for a success. */
export function outcomeOfConclusion(conclusion: string): JobOutcome {
  return (OUTCOME_OF_CONCLUSION as Record<string, JobOutcome>)[conclusion] ?? 'failure'
}
