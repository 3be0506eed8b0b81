// The `github` format: the push or pull_request event GitHub itself would send for this build's
// commit, for receivers built for GitHub webhooks (AWX/Tower job templates read the ref from
// `after` or `pull_request.head.sha`, and the status link from `pull_request.statuses_url`).
import {
  NO_COMMIT,
  changeApiUrl,
  commitWebUrl,
  repositoryApiUrl,
  statusesUrl,
  type ChangeAction,
  type CommitFacts,
  type ForgeRepository,
  type ForgeUser,
} from '../../commit-facts.js'
import type { JsonObject } from './ci-relay.js'

export type GithubEventName = 'push' | 'pull_request'

const ACTIONS: Record<ChangeAction, string> = {
  open: 'opened',
  update: 'synchronize',
  reopen: 'reopened',
  close: 'closed',
  merge: 'closed',
}

/** The event this format describes: `pull_request` when there is one, else `push`. */
export function githubEventName(facts: CommitFacts): GithubEventName {
  return facts.change ? 'pull_request' : 'push'
}

function user(sender: ForgeUser): JsonObject {
  return { login: sender.login, id: sender.id, type: 'User' }
}

function repositoryObject(repository: ForgeRepository): JsonObject {
  return {
    id: repository.id,
    name: repository.name,
    full_name: repository.path,
    private: repository.private,
    owner: { login: repository.namespace, name: repository.namespace },
    html_url: repository.webUrl,
    url: repositoryApiUrl(repository),
    clone_url: repository.cloneUrl,
    ssh_url: repository.sshUrl,
    statuses_url: statusesUrl(repository, '{sha}'),
    default_branch: repository.defaultBranch,
  }
}

function headCommit(facts: CommitFacts): JsonObject {
  const author = facts.commit.author
  return {
    id: facts.sha,
    distinct: true,
    message: facts.commit.message,
    timestamp: facts.commit.timestamp,
    url: commitWebUrl(facts.repository, facts.sha),
    author: author && { name: author.name, email: author.email },
    committer: author && { name: author.name, email: author.email },
  }
}

/** The event's body. */
export function buildGithubPayload(facts: CommitFacts): JsonObject {
  const repository = repositoryObject(facts.repository)
  const sender = user(facts.sender)
  const change = facts.change
  if (change) {
    const side = (branch: string, sha: string | null) => ({
      label: `${facts.repository.namespace}:${branch}`,
      ref: branch,
      sha,
      repo: repository,
    })
    return {
      action: ACTIONS[change.action],
      number: change.number,
      pull_request: {
        url: changeApiUrl(facts.repository, change),
        id: change.id,
        number: change.number,
        html_url: change.webUrl,
        state: change.action === 'close' || change.action === 'merge' ? 'closed' : 'open',
        title: change.title,
        user: sender,
        head: side(change.sourceBranch, change.headSha),
        base: side(change.targetBranch, change.baseSha),
        statuses_url: statusesUrl(facts.repository, change.headSha),
        merged: change.action === 'merge',
      },
      repository,
      sender,
    }
  }
  const compareFrom =
    facts.before === NO_COMMIT ? facts.sha.slice(0, 12) : facts.before.slice(0, 12)
  return {
    ref: facts.ref,
    before: facts.before,
    after: facts.sha,
    created: facts.before === NO_COMMIT,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${facts.repository.webUrl}/compare/${compareFrom}...${facts.sha.slice(0, 12)}`,
    commits: [headCommit(facts)],
    head_commit: headCommit(facts),
    repository,
    pusher: { name: facts.sender.login, email: facts.sender.email },
    sender,
  }
}
