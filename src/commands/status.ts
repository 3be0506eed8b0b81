import type { Provider, RunContext } from '../context.js'
import { InputError } from '../errors.js'
import { findCurrentJob, JobLookupError, jobOutcome, listAttemptJobs } from '../github/jobs.js'
import { githubStatusTarget, parseGitHubStatusTarget } from '../github/status-target.js'
import type { StatusTarget } from '../github/statuses.js'
import { parseGitLabStatusTarget } from '../gitlab/status-target.js'
import type { InputReader } from '../input-reader.js'
import type { CommitStatusTarget, StatusWord } from '../ports.js'
import { requireGitHub, type Command } from './types.js'

/**
 * The `state` words: GitHub's four, GitLab's six, and the job-status words of both platforms
 * (`${{ job.status }}`, CI_JOB_STATUS), each accepted whichever platform the status goes to.
 */
const STATE_WORDS: Record<string, StatusWord> = {
  pending: 'pending',
  running: 'running',
  success: 'success',
  failure: 'failure',
  failed: 'failure',
  error: 'error',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  skipped: 'skipped',
}

const RUNNING = 'Running…'
/** Step state: what the post step needs to post the final status of `auto`. */
const POST_STATE = 'status'

interface StatusInputs {
  target: CommitStatusTarget
  /** A StatusWord, or 'auto'. */
  word: StatusWord | 'auto'
  description?: string
  /** The GitHub target, saved for the post step of `auto`. */
  github?: StatusTarget
}

interface PostState {
  target: StatusTarget
  description?: string
}

/** Where the status goes: `target`, or the platform the job runs on (GitHub elsewhere). */
function targetPlatform(reader: InputReader, context: RunContext): Provider {
  const target = reader.string('target')
  return target === 'auto' ? (context.provider ?? 'github') : (target as Provider)
}

export function parseStatusInputs(reader: InputReader, context: RunContext): StatusInputs {
  const raw = reader.string('state', {
    required: true,
    hint: 'pending, running, success, failure, error, or auto',
  }) as string
  const lower = raw.toLowerCase()
  const word = lower === 'auto' ? 'auto' : STATE_WORDS[lower]
  if (!word) {
    throw new InputError(
      'state',
      `must be pending, success, failure, error or auto, or a job-status word (running, failed, cancelled, canceled, skipped); got '${raw}'.`,
    )
  }
  const description = reader.string('description')
  if (targetPlatform(reader, context) === 'gitlab') {
    if (word === 'auto') {
      throw new InputError(
        'state',
        "auto needs the GitHub Action's post step; on GitLab, post running in a first job and success or failed in .post jobs (when: on_success / on_failure), as the ci-relay component does.",
      )
    }
    return { target: parseGitLabStatusTarget(reader, context), word, description }
  }
  const github = parseGitHubStatusTarget(reader, context)
  return { target: githubStatusTarget(github), word, description, github }
}

export const command: Command<StatusInputs> = {
  parse: parseStatusInputs,

  async run(inputs, deps) {
    const auto = inputs.word === 'auto'
    if (auto && !deps.postStep) {
      throw new InputError(
        'state',
        "auto needs the GitHub Action's post step to report the job's outcome. Here, post pending first and the final state (e.g. success or failure) at the end.",
      )
    }
    const word = inputs.word === 'auto' ? 'pending' : inputs.word
    const posted = await inputs.target.post(word, auto ? RUNNING : inputs.description, deps)
    if (auto && inputs.github) {
      const saved: PostState = { target: inputs.github, description: inputs.description }
      deps.state.save(POST_STATE, JSON.stringify(saved))
    }
    return {
      outputs: { sha: posted.sha, url: posted.url },
      summary: posted.summary,
      // auto: the post step posts the final status, with this step's token while it lasts.
      post: auto && inputs.github !== undefined,
    }
  },

  async post(deps) {
    const saved = deps.state.get(POST_STATE)
    if (!saved) return // not auto, or the pending status was never posted
    const { target, description } = JSON.parse(saved) as PostState
    const github = githubStatusTarget(target)
    let word: StatusWord
    let derived: string
    try {
      const { runner: runnerName } = deps.context.job
      const jobs = await listAttemptJobs(requireGitHub(deps), deps.context)
      const { job, by } = findCurrentJob(jobs, deps.context)
      if (by !== 'runner-name') {
        const why = runnerName
          ? `no running job has runner_name '${runnerName}'`
          : 'RUNNER_NAME is not set'
        const how = by === 'job-name' ? 'named after GITHUB_JOB' : 'the only running job'
        deps.log.info(`Took '${job.name}' for this job (${how}): ${why}.`)
      }
      const { outcome, step } = jobOutcome(job)
      word = outcome
      derived = describe(outcome, step)
    } catch (error) {
      if (!(error instanceof JobLookupError)) throw error
      deps.log.warning(`${error.message} Posting 'error' instead of the job's outcome.`)
      const { summary } = await github.post('error', `Outcome unknown: ${error.reason}`, deps)
      return { summary }
    }
    const { summary } = await github.post(word, description ?? derived, deps)
    return { summary }
  },
}

function describe(outcome: string, step: string | undefined): string {
  switch (outcome) {
    case 'failure':
      return step ? `Failed at step '${step}'` : 'Failed'
    case 'cancelled':
      return step ? `Cancelled at step '${step}'` : 'Cancelled'
    case 'skipped':
      return 'Skipped'
    default:
      return 'Succeeded'
  }
}
