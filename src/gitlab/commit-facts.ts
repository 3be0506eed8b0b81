// The commit of a GitLab pipeline as GitLab's own webhooks describe it, from the predefined CI/CD
// variables: the project, the pushed ref or the merge request, who started the pipeline, and the
// commit's message and author.
import {
  NO_COMMIT,
  forgeRepository,
  type CommitFacts,
  type ForgeChange,
  type ForgeCommit,
} from '../commit-facts.js'

const SHA = /^[0-9a-f]{40}$/

function positive(value: string | undefined): number | null {
  const n = Number(value)
  return value && Number.isSafeInteger(n) && n > 0 ? n : null
}

/** `Name <email>` (CI_COMMIT_AUTHOR). */
function author(value: string | undefined): ForgeCommit['author'] {
  const match = /^(.*?)\s*<([^>]*)>$/.exec(value ?? '')
  return match ? { name: match[1] as string, email: match[2] as string } : null
}

function mergeRequestOf(env: NodeJS.ProcessEnv, projectUrl: string): ForgeChange | null {
  const iid = positive(env.CI_MERGE_REQUEST_IID)
  if (iid === null) return null
  const headSha = env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA || env.CI_COMMIT_SHA || ''
  const base = env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA || env.CI_MERGE_REQUEST_DIFF_BASE_SHA
  return {
    number: iid,
    id: positive(env.CI_MERGE_REQUEST_ID),
    title: env.CI_MERGE_REQUEST_TITLE ?? '',
    // A merge request pipeline runs because the merge request was opened or its branch updated;
    // the variables do not say which.
    action: 'update',
    sourceBranch: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? '',
    targetBranch: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? '',
    headSha,
    baseSha: base && SHA.test(base) ? base : null,
    webUrl: `${(env.CI_MERGE_REQUEST_PROJECT_URL || projectUrl).replace(/\/+$/, '')}/-/merge_requests/${iid}`,
  }
}

/**
 * The facts of this pipeline's commit. In a merge request pipeline the commit is the merge
 * request's head (CI_MERGE_REQUEST_SOURCE_BRANCH_SHA in merged-results and merge-train
 * pipelines, where CI_COMMIT_SHA is an internal merge commit) and the ref its source branch;
 * otherwise CI_COMMIT_SHA on refs/heads/<branch> or refs/tags/<tag>.
 */
export function gitlabCommitFacts(env: NodeJS.ProcessEnv): CommitFacts {
  const serverUrl = (env.CI_SERVER_URL || 'https://gitlab.com').replace(/\/+$/, '')
  const repository = forgeRepository(
    'gitlab',
    env.CI_PROJECT_PATH ?? '',
    serverUrl,
    env.CI_API_V4_URL || `${serverUrl}/api/v4`,
    {
      id: positive(env.CI_PROJECT_ID),
      webUrl: env.CI_PROJECT_URL || undefined,
      defaultBranch: env.CI_DEFAULT_BRANCH || null,
      private: env.CI_PROJECT_VISIBILITY ? env.CI_PROJECT_VISIBILITY !== 'public' : null,
    },
  )
  const change = mergeRequestOf(env, repository.webUrl)
  const commitSha = env.CI_COMMIT_SHA ?? ''
  const sha = change?.headSha ?? commitSha
  const before = env.CI_COMMIT_BEFORE_SHA
  const ref = change
    ? `refs/heads/${change.sourceBranch}`
    : env.CI_COMMIT_TAG
      ? `refs/tags/${env.CI_COMMIT_TAG}`
      : `refs/heads/${env.CI_COMMIT_BRANCH || env.CI_COMMIT_REF_NAME || ''}`
  // The CI_COMMIT_* details describe CI_COMMIT_SHA: not the merge request's head when GitLab
  // built a merge commit.
  const same = sha === commitSha
  return {
    repository,
    sha,
    before: !change && before && SHA.test(before) ? before : NO_COMMIT,
    ref,
    sender: {
      login: env.GITLAB_USER_LOGIN ?? '',
      id: positive(env.GITLAB_USER_ID),
      name: env.GITLAB_USER_NAME || null,
      email: env.GITLAB_USER_EMAIL || null,
    },
    commit: {
      message: same ? env.CI_COMMIT_MESSAGE || null : null,
      timestamp: same ? env.CI_COMMIT_TIMESTAMP || null : null,
      author: same ? author(env.CI_COMMIT_AUTHOR) : null,
    },
    change,
  }
}
