// The commit of a GitHub Actions run as GitHub's own events describe it: from the runner's
// variables and the event payload (GITHUB_EVENT_PATH), which on push and pull_request events
// carries the repository, the sender, `before` and the pull request.
import type { RunContext } from '../context.js'
import { RelayError } from '../errors.js'
import {
  NO_COMMIT,
  forgeRepository,
  type ChangeAction,
  type CommitFacts,
  type ForgeChange,
} from '../commit-facts.js'
import { githubRunOf } from './build-info.js'

type Json = Record<string, unknown>

const object = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {}
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)
const whole = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : null
const SHA = /^[0-9a-f]{40}$/

/** GitHub's pull_request actions onto the neutral (GitLab) spelling. */
function changeAction(action: string | null, merged: boolean): ChangeAction {
  switch (action) {
    case 'opened':
      return 'open'
    case 'reopened':
      return 'reopen'
    case 'closed':
      return merged ? 'merge' : 'close'
    default:
      return 'update'
  }
}

function pullRequestOf(event: Json): ForgeChange | null {
  const pr = object(event.pull_request)
  const number = whole(pr.number)
  const head = object(pr.head)
  const base = object(pr.base)
  const headSha = text(head.sha)
  if (number === null || !headSha) return null
  return {
    number,
    id: whole(pr.id),
    title: text(pr.title) ?? '',
    action: changeAction(text(event.action), pr.merged === true),
    sourceBranch: text(head.ref) ?? '',
    targetBranch: text(base.ref) ?? '',
    headSha,
    baseSha: text(base.sha),
    webUrl: text(pr.html_url) ?? '',
  }
}

/**
 * The facts of this run's commit. On a pull request event the commit is the pull request's head
 * (GITHUB_SHA is a merge commit there) and the ref its branch; otherwise GITHUB_SHA and
 * GITHUB_REF. What the event does not carry is derived from the variables (web and clone URLs
 * from GITHUB_SERVER_URL, the API from GITHUB_API_URL) or left null.
 */
export function githubCommitFacts(context: RunContext): CommitFacts {
  const run = githubRunOf(context)
  if (typeof run === 'string') {
    throw new RelayError(`The github and gitlab formats describe this run's commit, and ${run}.`)
  }
  const event = context.github?.event() ?? {}
  const repo = object(event.repository)
  const serverUrl = context.serverUrl ?? 'https://github.com'
  const apiUrl = context.github?.apiUrl ?? 'https://api.github.com'
  const repository = forgeRepository('github', run.repository, serverUrl, apiUrl, {
    id: whole(repo.id),
    defaultBranch: text(repo.default_branch),
    private: typeof repo.private === 'boolean' ? repo.private : null,
  })
  const change = pullRequestOf(event)
  const sender = object(event.sender)
  const pusher = object(event.pusher)
  const head = object(event.head_commit)
  const author = object(head.author)
  const before = text(event.before)
  return {
    repository,
    sha: change?.headSha ?? run.sha,
    before: !change && before && SHA.test(before) ? before : NO_COMMIT,
    ref: change ? `refs/heads/${change.sourceBranch}` : (context.ref ?? ''),
    sender: {
      login: text(sender.login) ?? context.actor ?? '',
      id: whole(sender.id),
      name: text(pusher.name),
      email: text(pusher.email),
    },
    commit: {
      message: text(head.message),
      timestamp: text(head.timestamp),
      author:
        text(author.name) !== null
          ? { name: text(author.name) as string, email: text(author.email) ?? '' }
          : null,
    },
    change,
  }
}
