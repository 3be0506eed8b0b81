// Finding the workflow run a repository_dispatch started, and waiting for it to complete. GitHub's
// dispatch answer (204) names no run, so the run is recognised by the correlation id the receiving
// workflow puts in its run-name (display_title).
import type { Logger } from '../log.js'
import { NetworkError } from '../http/errors.js'
import { parseReset, realClock, type Clock as HttpClock } from '../http/policy.js'
import type { Octokit } from './client.js'
import { explainGitHubError } from './errors.js'

export type Clock = Pick<HttpClock, 'now' | 'sleep'>

/** A repository whose run to wait for, and a client allowed `actions: read` on it. */
export interface RunWatch {
  owner: string
  repo: string
  octokit: Octokit
}

export interface WaitedRun {
  repository: string
  runId?: number
  runUrl?: string
  /** Last status seen (queued, in_progress, completed ...). */
  status?: string
  conclusion?: string
  /** Why waiting did not end in a completed run: not found in time, timeout, API error. */
  error?: string
}

export interface WaitForRunsOptions {
  correlationId: string
  /** When the dispatches were sent (ms); runs created from a minute before count (clock skew). */
  dispatchedAt: number
  timeoutMs: number
  log: Pick<Logger, 'info'>
  clock?: Clock
  /** Pause after the first poll; each later pause is 1.5 times longer, up to maxIntervalMs. */
  firstIntervalMs?: number
  maxIntervalMs?: number
}

/** Below this many requests left, polling pauses until GitHub's rate limit window resets. */
const RATE_LIMIT_RESERVE = 10
const CLOCK_SKEW_MS = 60_000
/** The look at the deadline itself may take this long before wait-timeout cuts it off. */
const LAST_LOOK_MS = 5_000

interface RunJson {
  id: number | bigint
  html_url: string
  status: string | null
  conclusion: string | null
  display_title?: string
}

type Headers = Record<string, string | number | undefined>

/** The newest run whose display title carries the correlation id. */
export function matchRun<T extends { id: number | bigint; display_title?: string }>(
  runs: readonly T[],
  correlationId: string,
): T | undefined {
  return runs
    .filter((run) => run.display_title?.includes(correlationId))
    .sort((a, b) => Number(b.id) - Number(a.id))[0]
}

/** When polling may go on (ms since 1970) given the rate-limit headers of the last answer. */
function rateLimitedUntil(headers: Headers, now: number): number | undefined {
  const remaining = Number(headers['x-ratelimit-remaining'])
  const header = headers['x-ratelimit-reset']
  const wait = parseReset(header === undefined ? undefined : String(header), now)
  if (headers['x-ratelimit-remaining'] === undefined || wait === undefined) return undefined
  return remaining < RATE_LIMIT_RESERVE ? now + wait : undefined
}

class Watched {
  readonly result: WaitedRun
  done = false

  constructor(
    readonly watch: RunWatch,
    private readonly options: WaitForRunsOptions,
  ) {
    this.result = { repository: `${watch.owner}/${watch.repo}` }
  }

  /** One request: look for the run until it is found, then read its status. */
  async poll(signal: AbortSignal): Promise<Headers> {
    const { owner, repo, octokit } = this.watch
    const runId = this.result.runId
    if (runId === undefined) {
      const since = new Date(this.options.dispatchedAt - CLOCK_SKEW_MS)
      const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs', {
        owner,
        repo,
        event: 'repository_dispatch',
        created: `>=${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
        per_page: 100,
        request: { signal },
      })
      const run = matchRun(response.data.workflow_runs, this.options.correlationId)
      if (run) {
        this.options.log.info(`Found the run of ${this.result.repository}: ${run.html_url}`)
        this.update(run)
      }
      return response.headers as Headers
    }
    const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      owner,
      repo,
      run_id: runId,
      request: { signal },
    })
    this.update(response.data)
    return response.headers as Headers
  }

  private update(run: RunJson): void {
    const before = this.result.status
    Object.assign(this.result, {
      runId: Number(run.id),
      runUrl: run.html_url,
      status: run.status ?? undefined,
      conclusion: run.conclusion ?? undefined,
    })
    if (run.status === 'completed') {
      this.done = true
      this.options.log.info(
        `The run of ${this.result.repository} completed: ${run.conclusion ?? 'no conclusion'}.`,
      )
    } else if (run.status !== before) {
      this.options.log.info(`The run of ${this.result.repository} is ${run.status ?? 'pending'}.`)
    }
  }

  fail(error: unknown): void {
    this.done = true
    const what = this.result.runId
      ? `Reading run ${this.result.runId} of ${this.result.repository}`
      : `Listing the repository_dispatch runs of ${this.result.repository}`
    this.result.error = explainGitHubError(error, what, {
      403: `the token lacks actions: read on ${this.result.repository} (wait reads its runs).`,
      404: `the token cannot read the runs of ${this.result.repository} (it needs actions: read).`,
    }).message
  }

  timeOut(seconds: number): void {
    this.done = true
    const { repository, runUrl, status } = this.result
    this.result.error = runUrl
      ? `The run of ${repository} (${runUrl}) did not complete within wait-timeout (${seconds} s); it is ${status ?? 'pending'}.`
      : `No run of ${repository} with the correlation id ${this.options.correlationId} in its title showed up within wait-timeout (${seconds} s). Check the run-name of the receiving workflow: it must include \${{ github.event.client_payload._relay.id }} (e.g. run-name: \${{ github.event.client_payload._relay.id }}), and its on: repository_dispatch types must list this event type.`
  }
}

/**
 * Finds the run each dispatch started (by the correlation id in its display title) and polls it
 * until it completes or timeoutMs has passed. Requests are spread out: the pause between polls
 * grows from firstIntervalMs to maxIntervalMs, and stretches to the rate limit's reset when fewer
 * than a handful of requests are left (403/429 answers are retried by the client itself).
 */
export async function waitForRuns(
  watches: readonly RunWatch[],
  options: WaitForRunsOptions,
): Promise<WaitedRun[]> {
  const clock = options.clock ?? realClock
  const deadline = clock.now() + options.timeoutMs
  const watched = watches.map((watch) => new Watched(watch, options))
  let interval = options.firstIntervalMs ?? 1000
  const maxInterval = options.maxIntervalMs ?? 15_000
  for (;;) {
    let resumeAt = 0
    for (const item of watched.filter((w) => !w.done)) {
      // wait-timeout bounds a poll that hangs or keeps being retried, not only the pauses.
      const stop = new AbortController()
      const timer = setTimeout(
        () =>
          stop.abort(
            new NetworkError(
              'timeout',
              `wait-timeout (${Math.round(options.timeoutMs / 1000)} s) ran out during the request`,
            ),
          ),
        deadline - clock.now() > 0 ? deadline - clock.now() : LAST_LOOK_MS,
      )
      try {
        resumeAt = Math.max(
          resumeAt,
          rateLimitedUntil(await item.poll(stop.signal), clock.now()) ?? 0,
        )
      } catch (error) {
        if (stop.signal.aborted) item.timeOut(Math.round(options.timeoutMs / 1000))
        else item.fail(error)
      } finally {
        clearTimeout(timer)
      }
    }
    const pending = watched.filter((w) => !w.done)
    if (pending.length === 0) break
    const now = clock.now()
    if (now >= deadline) {
      for (const item of pending) item.timeOut(Math.round(options.timeoutMs / 1000))
      break
    }
    if (resumeAt > now + interval) {
      options.log.info(
        `GitHub's rate limit is nearly spent; polling again after it resets at ${new Date(resumeAt).toISOString()}.`,
      )
    }
    await clock.sleep(Math.min(Math.max(interval, resumeAt - now), deadline - now))
    interval = Math.min(interval * 1.5, maxInterval)
  }
  return watched.map((w) => w.result)
}
