// The commit of a GitLab pipeline as GitLab's own webhooks describe it: the job's context (the
// project, commit, merge request and who started the pipeline), and the predefined CI/CD
// variables only a forge event needs (before, tag or branch, visibility, the user's details, the
// commit's message and author, the merge request's id and target sha).
import type { RunContext } from '../context.js'
import { RelayError } from '../errors.js'
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

function mergeRequestOf(
  context: RunContext,
  env: NodeJS.ProcessEnv,
  commitSha: string,
): ForgeChange | null {
  const mr = context.mergeRequest
  if (!mr) return null
  const base = env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA || env.CI_MERGE_REQUEST_DIFF_BASE_SHA
  return {
    number: mr.iid,
    id: positive(env.CI_MERGE_REQUEST_ID),
    title: mr.title,
    // A merge request pipeline runs because the merge request was opened or its branch updated;
    // the variables do not say which.
    action: 'update',
    sourceBranch: mr.sourceBranch,
    targetBranch: mr.targetBranch,
    headSha: context.gitlab?.mergeRequestSourceSha || commitSha,
    baseSha: base && SHA.test(base) ? base : null,
    webUrl: mr.webUrl,
  }
}

/**
 * The facts of this pipeline's commit. In a merge request pipeline the commit is the merge
 * request's head (CI_MERGE_REQUEST_SOURCE_BRANCH_SHA in merged-results and merge-train
 * pipelines, where CI_COMMIT_SHA is an internal merge commit) and the ref its source branch;
 * otherwise CI_COMMIT_SHA on refs/heads/<branch> or refs/tags/<tag>.
 */
export function gitlabCommitFacts(context: RunContext, env: NodeJS.ProcessEnv): CommitFacts {
  const missing = [
    ['CI_PROJECT_PATH', context.repository],
    ['CI_PROJECT_ID', context.gitlab?.projectId],
    ['CI_COMMIT_SHA', context.sha],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name)
  if (missing.length) {
    throw new RelayError(
      `The github and gitlab formats describe this pipeline's commit, and ${missing.join(', ')} must be set (GitLab sets them).`,
    )
  }
  const serverUrl = context.serverUrl ?? 'https://gitlab.com'
  const repository = forgeRepository(
    'gitlab',
    context.repository as string,
    serverUrl,
    context.gitlab?.apiUrl ?? `${serverUrl}/api/v4`,
    {
      id: positive(context.gitlab?.projectId),
      webUrl: env.CI_PROJECT_URL || undefined,
      defaultBranch: env.CI_DEFAULT_BRANCH || null,
      private: env.CI_PROJECT_VISIBILITY ? env.CI_PROJECT_VISIBILITY !== 'public' : null,
    },
  )
  const commitSha = context.sha as string
  const change = mergeRequestOf(context, env, commitSha)
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
      login: context.actor ?? '',
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
