// A GitHub commit status behind the CommitStatusTarget port: where it goes (repository, commit,
// context), validated at parse time, and the neutral words mapped to GitHub's four states.
import { defaultStatusName, type RunContext } from '../context.js'
import { InputError } from '../errors.js'
import type { InputReader } from '../input-reader.js'
import type { CommitStatusTarget, StatusWord } from '../ports.js'
import { requireGitHub } from '../commands/types.js'
import { charLength, cutText, isHttpUrl } from '../text.js'
import { commitOfRun } from './commit.js'
import { parseRepository } from './repository.js'
import {
  createCommitStatus,
  STATUS_LIMITS,
  type CommitState,
  type StatusTarget,
} from './statuses.js'

/** GitHub has four states: the other words map to one, with a description saying what it was. */
export const GITHUB_STATE_OF: Record<StatusWord, { state: CommitState; description?: string }> = {
  pending: { state: 'pending' },
  running: { state: 'pending' },
  success: { state: 'success' },
  failure: { state: 'failure' },
  error: { state: 'error' },
  cancelled: { state: 'error', description: 'Cancelled' },
  skipped: { state: 'success', description: 'Skipped' },
}

/** The web address of the GitHub behind an API URL (api.github.com, GHES /api/v3). */
export function githubWebUrl(apiUrl: string): string {
  const url = new URL(apiUrl)
  if (url.hostname === 'api.github.com') return 'https://github.com'
  if (url.hostname.startsWith('api.')) return `${url.protocol}//${url.hostname.slice(4)}`
  return `${url.origin}${url.pathname.replace(/\/api\/v3\/?$/, '')}`.replace(/\/+$/, '')
}

export function parseGitHubStatusTarget(reader: InputReader, context: RunContext): StatusTarget {
  const repositories = reader.list('repository')
  if (repositories.length !== 1) {
    throw new InputError(
      'repository',
      repositories.length
        ? `status reports on one repository (got ${repositories.length}): use one step per repository.`
        : `must be set (owner/name) when there is no current repository (GITHUB_REPOSITORY)${context.provider === 'gitlab' ? ': from GitLab, name the GitHub repository the project mirrors' : ''}.`,
    )
  }
  const { owner, repo } = parseRepository(repositories[0] as string, 'repository')

  const shaInput = reader.string('sha')
  // From another platform, that platform's commit is the mirrored GitHub commit.
  const found = shaInput
    ? { sha: shaInput, from: 'the input' }
    : context.provider === 'gitlab'
      ? {
          sha: context.gitlab?.mergeRequestSourceSha || context.sha,
          from: 'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA or CI_COMMIT_SHA',
        }
      : commitOfRun(context)
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
  return { owner, repo, sha: found.sha.toLowerCase(), context: statusContext, targetUrl }
}

/** `<workflow> / <job>` on GitHub; the job name on GitLab. */
function defaultContext(context: RunContext): string {
  const label = defaultStatusName(context)
  if (label) return label
  throw new InputError(
    'context',
    'must be set outside a GitHub Actions job (the default "<workflow> / <job>" comes from GITHUB_WORKFLOW and GITHUB_JOB).',
  )
}

/** The port for one parsed GitHub status target. */
export function githubStatusTarget(target: StatusTarget): CommitStatusTarget {
  return {
    provider: 'github',
    sha: target.sha,
    async post(word, description, deps) {
      const mapped = GITHUB_STATE_OF[word]
      const text = description ?? mapped.description
      if (text && charLength(text) > STATUS_LIMITS.description) {
        deps.log.warning(
          `Input 'description' is ${charLength(text)} characters; GitHub allows ${STATUS_LIMITS.description}, so it was cut to ${STATUS_LIMITS.description}, ending in '…'.`,
        )
      }
      const cut = text && cutText(text, STATUS_LIMITS.description)
      const github = requireGitHub(deps)
      const url = await createCommitStatus(github, target, mapped.state, cut)
      return { sha: target.sha, url, summary: githubReport(deps, target, mapped.state, cut) }
    },
  }
}

/** Logs what was posted and returns the job summary line. */
export function githubReport(
  deps: Parameters<CommitStatusTarget['post']>[2],
  target: StatusTarget,
  state: CommitState,
  description: string | undefined,
): string {
  const { owner, repo, sha, context } = target
  const commit = `${owner}/${repo}@${sha.slice(0, 7)}`
  deps.log.info(
    `Posted ${state} '${context}' on ${commit}${description ? `: ${cutText(description, STATUS_LIMITS.description)}` : ''}.`,
  )
  // The GitHub the job runs on, else the one behind the API (a GitLab job posting to GitHub).
  const web =
    deps.context.provider === 'github' && deps.context.serverUrl
      ? deps.context.serverUrl
      : githubWebUrl(deps.github?.inputs.apiUrl ?? 'https://api.github.com')
  const link = `[${commit}](${web}/${owner}/${repo}/commit/${sha})`
  return `ci-relay status: **${state}** \`${context}\` on ${link}${description ? ` (${cutText(description, STATUS_LIMITS.description)})` : ''}\n`
}
