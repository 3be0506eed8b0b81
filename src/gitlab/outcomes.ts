// The one table from a GitLab job's status to a run status. Pipeline jobs (notify's runs[] and
// auto status) go through it.
import type { RunStatus } from '../build.js'

/** Every job status GitLab documents (Ci::HasStatus: the API's `status` and `scope` values). */
export const GITLAB_JOB_STATUSES = [
  'created',
  'waiting_for_resource',
  'preparing',
  'waiting_for_callback',
  'pending',
  'running',
  'success',
  'failed',
  'canceling',
  'canceled',
  'skipped',
  'manual',
  'scheduled',
] as const
export type GitLabJobStatus = (typeof GITLAB_JOB_STATUSES)[number]

/**
 * Not started yet (waiting for a runner, a resource, a schedule, a callback) is `queued`;
 * `canceling` is already cancelled for the build; a `manual` job no one played did not run.
 */
export const RUN_STATUS_OF_JOB: Record<GitLabJobStatus, RunStatus> = {
  created: 'queued',
  waiting_for_resource: 'queued',
  preparing: 'queued',
  waiting_for_callback: 'queued',
  pending: 'queued',
  scheduled: 'queued',
  running: 'in_progress',
  success: 'success',
  failed: 'failure',
  canceling: 'cancelled',
  canceled: 'cancelled',
  skipped: 'skipped',
  manual: 'skipped',
}

/** A job status's run status; one GitLab has not documented yet is not taken for a success. */
export function runStatusOfJob(status: string): RunStatus {
  return (RUN_STATUS_OF_JOB as Record<string, RunStatus>)[status] ?? 'failure'
}
