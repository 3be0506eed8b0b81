import { workflowJobLabel, type RunContext } from '../context.js'
import { InputError } from '../errors.js'
import { commitOfRun } from '../github/commit.js'
import { findCurrentJob, JobLookupError, jobOutcome, listAttemptJobs } from '../github/jobs.js'
import { parseRepository } from '../github/repository.js'
import {
  createCommitStatus,
  STATUS_LIMITS,
  type CommitState,
  type StatusTarget,
} from '../github/statuses.js'
import type { InputReader } from '../input-reader.js'
import { charLength, cutText, isHttpUrl } from '../text.js'
import { requireGitHub, type Command, type CommandDeps } from './types.js'

/** The `state` words: GitHub's four, and the job-status words `${{ job.status }}` produces. */
const STATE_WORDS: Record<string, { state: CommitState; description?: string }> = {
  pending: { state: 'pending' },
  success: { state: 'success' },
  failure: { state: 'failure' },
  error: { state: 'error' },
  cancelled: { state: 'error', description: 'Cancelled' },
  skipped: { state: 'success', description: 'Skipped' },
}

const RUNNING = 'Running…'
/** Step state: what the post step needs to post the final status of `auto`. */
const POST_STATE = 'status'

interface StatusInputs {
  target: StatusTarget
  /** A STATE_WORDS key, or 'auto'. */
  word: string
  /** The description input, cut to GitHub's limit. */
  description?: string
  /** The description input's length when it had to be cut. */
  cutFrom?: number
}

interface PostState {
  target: StatusTarget
  description?: string
}

export function parseStatusInputs(reader: InputReader, context: RunContext): StatusInputs {
  const raw = reader.string('state', {
    required: true,
    hint: 'pending, success, failure, error or auto',
  }) as string
  const word = raw.toLowerCase()
  if (word !== 'auto' && !(word in STATE_WORDS)) {
    throw new InputError(
      'state',
      `must be pending, success, failure, error or auto, or a job-status word (cancelled, skipped); got '${raw}'.`,
    )
  }

  const repositories = reader.list('repository')
  if (repositories.length !== 1) {
    throw new InputError(
      'repository',
      repositories.length
        ? `status reports on one repository (got ${repositories.length}): use one step per repository.`
        : 'must be set (owner/name) when there is no current repository (GITHUB_REPOSITORY).',
    )
  }
  const { owner, repo } = parseRepository(repositories[0] as string, 'repository')

  const shaInput = reader.string('sha')
  const found = shaInput ? { sha: shaInput, from: 'the input' } : commitOfRun(context)
  if (!found.sha) {
    throw new InputError('sha', `must be set: there is no commit in ${found.from}.`)
  }
  if (!/^[0-9a-f]{40}$/i.test(found.sha)) {
    throw new InputError(
      'sha',
      `must be a full commit sha, 40 hexadecimal characters (got '${found.sha}' from ${found.from}).`,
    )
  }

  const statusContext = reader.string('context') ?? defaultContext(context)
  if (charLength(statusContext) > STATUS_LIMITS.context) {
    throw new InputError(
      'context',
      `must be at most ${STATUS_LIMITS.context} characters (GitHub's limit); it is ${charLength(statusContext)}.`,
    )
  }

  const targetUrl = reader.string('target-url') ?? context.run.url
  if (targetUrl && !isHttpUrl(targetUrl)) {
    throw new InputError('target-url', `must be an http(s) URL (got '${targetUrl}').`)
  }

  const given = reader.string('description')
  const description = given && cutText(given, STATUS_LIMITS.description)
  return {
    target: { owner, repo, sha: found.sha.toLowerCase(), context: statusContext, targetUrl },
    word,
    description: description || STATE_WORDS[word]?.description,
    cutFrom: description !== given ? charLength(given as string) : undefined,
  }
}

function defaultContext(context: RunContext): string {
  const label = workflowJobLabel(context)
  if (label) return label
  throw new InputError(
    'context',
    'must be set outside a GitHub Actions job (the default "<workflow> / <job>" comes from GITHUB_WORKFLOW and GITHUB_JOB).',
  )
}

export const command: Command<StatusInputs> = {
  parse: parseStatusInputs,

  async run(inputs, deps) {
    const github = requireGitHub(deps)
    const auto = inputs.word === 'auto'
    if (auto && !deps.postStep) {
      throw new InputError(
        'state',
        "auto needs the GitHub Action's post step to report the job's outcome. Here, post pending first and the final state (e.g. success or failure) at the end.",
      )
    }
    if (inputs.cutFrom) {
      deps.log.warning(
        `Input 'description' is ${inputs.cutFrom} characters; GitHub allows ${STATUS_LIMITS.description}, so it was cut to ${STATUS_LIMITS.description}, ending in '…'.`,
      )
    }
    const { target } = inputs
    const state = auto ? 'pending' : (STATE_WORDS[inputs.word] as { state: CommitState }).state
    const description = auto ? RUNNING : inputs.description
    const url = await createCommitStatus(github, target, state, description)
    if (auto) {
      const saved: PostState = { target, description: inputs.description }
      deps.state.save(POST_STATE, JSON.stringify(saved))
    }
    return {
      outputs: { sha: target.sha, url },
      summary: report(deps, target, state, description),
      // auto: the post step posts the final status, with this step's token while it lasts.
      post: auto,
    }
  },

  async post(deps) {
    const saved = deps.state.get(POST_STATE)
    if (!saved) return // not auto, or the pending status was never posted
    const { target, description } = JSON.parse(saved) as PostState
    const github = requireGitHub(deps)
    let state: CommitState
    let derived: string
    try {
      const { runner: runnerName } = deps.context.job
      const { job, by } = findCurrentJob(await listAttemptJobs(github, deps.context), deps.context)
      if (by !== 'runner-name') {
        const why = runnerName
          ? `no running job has runner_name '${runnerName}'`
          : 'RUNNER_NAME is not set'
        const how = by === 'job-name' ? 'named after GITHUB_JOB' : 'the only running job'
        deps.log.info(`Took '${job.name}' for this job (${how}): ${why}.`)
      }
      const { outcome, step } = jobOutcome(job)
      state = (STATE_WORDS[outcome] as { state: CommitState }).state
      derived = describe(outcome, step)
    } catch (error) {
      if (!(error instanceof JobLookupError)) throw error
      deps.log.warning(`${error.message} Posting 'error' instead of the job's outcome.`)
      return finish(deps, target, 'error', `Outcome unknown: ${error.reason}`)
    }
    return finish(deps, target, state, description ?? derived)
  },
}

async function finish(
  deps: CommandDeps,
  target: StatusTarget,
  state: CommitState,
  description: string,
): Promise<{ summary: string }> {
  await createCommitStatus(requireGitHub(deps), target, state, description)
  return { summary: report(deps, target, state, description) }
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

/** Logs what was posted and returns the job summary line. */
function report(
  deps: CommandDeps,
  target: StatusTarget,
  state: CommitState,
  description: string | undefined,
): string {
  const { owner, repo, sha, context } = target
  const commit = `${owner}/${repo}@${sha.slice(0, 7)}`
  deps.log.info(
    `Posted ${state} '${context}' on ${commit}${description ? `: ${cutText(description, STATUS_LIMITS.description)}` : ''}.`,
  )
  const link = `[${commit}](${deps.context.serverUrl}/${owner}/${repo}/commit/${sha})`
  return `ci-relay status: **${state}** \`${context}\` on ${link}${description ? ` (${cutText(description, STATUS_LIMITS.description)})` : ''}\n`
}
