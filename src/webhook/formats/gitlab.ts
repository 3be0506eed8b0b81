// The `gitlab` format: the Push Hook, Tag Push Hook or Merge Request Hook GitLab itself would
// send for this build's commit, for receivers built for GitLab webhooks (AWX/Tower job templates
// read the ref from `checkout_sha` or `object_attributes.last_commit.id`, and build the status
// link from `project.web_url` and `project.id`).
import { commitWebUrl, type CommitFacts, type ForgeRepository } from '../../commit-facts.js'
import type { JsonObject } from './ci-relay.js'

export type GitlabEventName = 'Push Hook' | 'Tag Push Hook' | 'Merge Request Hook'

/** The event this format describes: the merge request when there is one, else the push. */
export function gitlabEventName(facts: CommitFacts): GitlabEventName {
  if (facts.change) return 'Merge Request Hook'
  return facts.ref.startsWith('refs/tags/') ? 'Tag Push Hook' : 'Push Hook'
}

/** GitLab's visibility levels: 0 private, 20 public (internal, 10, is not told apart). */
function visibilityLevel(repository: ForgeRepository): number | null {
  return repository.private === null ? null : repository.private ? 0 : 20
}

function projectObject(repository: ForgeRepository): JsonObject {
  return {
    id: repository.id,
    name: repository.name,
    description: null,
    web_url: repository.webUrl,
    avatar_url: null,
    git_ssh_url: repository.sshUrl,
    git_http_url: repository.cloneUrl,
    namespace: repository.namespace,
    visibility_level: visibilityLevel(repository),
    path_with_namespace: repository.path,
    default_branch: repository.defaultBranch,
    homepage: repository.webUrl,
    url: repository.sshUrl,
    ssh_url: repository.sshUrl,
    http_url: repository.cloneUrl,
  }
}

function repositoryObject(repository: ForgeRepository): JsonObject {
  return {
    name: repository.name,
    url: repository.sshUrl,
    description: null,
    homepage: repository.webUrl,
    git_http_url: repository.cloneUrl,
    git_ssh_url: repository.sshUrl,
    visibility_level: visibilityLevel(repository),
  }
}

function commitObject(facts: CommitFacts, sha: string): JsonObject {
  const message = facts.commit.message
  return {
    id: sha,
    message,
    title: message === null ? null : (message.split('\n')[0] ?? ''),
    timestamp: facts.commit.timestamp,
    url: commitWebUrl(facts.repository, sha),
    author: facts.commit.author,
  }
}

/** The event's body. */
export function buildGitlabPayload(facts: CommitFacts): JsonObject {
  const project = projectObject(facts.repository)
  const repository = repositoryObject(facts.repository)
  const sender = facts.sender
  const change = facts.change
  if (change) {
    return {
      object_kind: 'merge_request',
      event_type: 'merge_request',
      user: {
        id: sender.id,
        name: sender.name ?? sender.login,
        username: sender.login,
        avatar_url: null,
        email: sender.email,
      },
      project,
      repository,
      object_attributes: {
        id: change.id,
        iid: change.number,
        title: change.title,
        state:
          change.action === 'close' ? 'closed' : change.action === 'merge' ? 'merged' : 'opened',
        action: change.action,
        source_branch: change.sourceBranch,
        target_branch: change.targetBranch,
        source_project_id: facts.repository.id,
        target_project_id: facts.repository.id,
        url: change.webUrl,
        source: project,
        target: project,
        last_commit: commitObject(facts, change.headSha),
      },
      labels: [],
      changes: {},
    }
  }
  const kind = facts.ref.startsWith('refs/tags/') ? 'tag_push' : 'push'
  return {
    object_kind: kind,
    event_name: kind,
    before: facts.before,
    after: facts.sha,
    ref: facts.ref,
    checkout_sha: facts.sha,
    message: null,
    user_id: sender.id,
    user_name: sender.name ?? sender.login,
    user_username: sender.login,
    user_email: sender.email,
    user_avatar: null,
    project_id: facts.repository.id,
    project,
    commits: [commitObject(facts, facts.sha)],
    total_commits_count: 1,
    repository,
  }
}
