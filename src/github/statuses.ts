import type { GitHubAccess } from './access.js'
import { cutText } from '../text.js'
import { explainGitHubError } from './errors.js'

export type CommitState = 'pending' | 'success' | 'failure' | 'error'

/** GitHub's limits on a commit status (422 beyond them), in characters. */
export const STATUS_LIMITS = { description: 140, context: 255, perShaAndContext: 1000 }

/** Where a status goes: one commit of one repository, under one context. */
export interface StatusTarget {
  owner: string
  repo: string
  sha: string
  context: string
  targetUrl?: string
}

/** POST a commit status; returns the status's API URL. */
export async function createCommitStatus(
  github: GitHubAccess,
  target: StatusTarget,
  state: CommitState,
  description?: string,
): Promise<string> {
  const { owner, repo, sha } = target
  const where = `${owner}/${repo}@${sha.slice(0, 7)}`
  const octokit = await github.client(owner, [repo], { statuses: 'write' })
  try {
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      owner,
      repo,
      sha,
      state,
      context: target.context,
      ...(description ? { description: cutText(description, STATUS_LIMITS.description) } : {}),
      ...(target.targetUrl ? { target_url: target.targetUrl } : {}),
    })
    return data.url
  } catch (error) {
    throw explainGitHubError(error, `Posting the ${state} status '${target.context}' on ${where}`, {
      403: github.usesApp
        ? `the GitHub App lacks statuses: write on ${owner}/${repo}.`
        : "the token lacks statuses: write: add 'statuses: write' to the workflow's permissions. On pull_request events from forks GITHUB_TOKEN is read-only: report from a workflow_run or pull_request_target workflow, or with a GitHub App.",
      404: github.usesApp
        ? `the repository ${owner}/${repo} does not exist, or the GitHub App is not installed on it.`
        : `the repository ${owner}/${repo} does not exist, or the token cannot see it (GITHUB_TOKEN only reaches its own repository: use a GitHub App for others).`,
      422: `${sha} is not a commit of ${owner}/${repo}, or this commit already has ${STATUS_LIMITS.perShaAndContext} statuses for this context.`,
    })
  }
}
