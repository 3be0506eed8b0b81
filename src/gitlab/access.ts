// The inputs every GitLab-facing command takes, validated before any request.
import { InputError } from '../errors.js'
import type { InputReader } from '../input-reader.js'
import type { Logger } from '../log.js'
import { isHttpUrl } from '../text.js'
import { GitLabClient } from './client.js'

export interface GitLabInputs {
  apiUrl: string
  token?: string
}

const TOKEN_HINT =
  'a project or group access token with the api scope (Settings > Access tokens), in the masked CI/CD variable CI_RELAY_GITLAB_TOKEN'

/**
 * `gitlab-api-url` (CI_API_V4_URL in a GitLab job, else gitlab.com) and `gitlab-token`. The job
 * token is refused by name: GitLab does not accept CI_JOB_TOKEN for commit statuses or for
 * listing a pipeline's jobs, and would answer a bare 401.
 */
export function readGitLabInputs(reader: InputReader): GitLabInputs {
  const apiUrl = reader.string('gitlab-api-url')
  if (!isHttpUrl(apiUrl)) {
    throw new InputError(
      'gitlab-api-url',
      `must be an http(s) URL such as https://gitlab.com/api/v4 (got '${apiUrl}').`,
    )
  }
  const token = reader.string('gitlab-token')
  const jobToken = reader.env.CI_JOB_TOKEN
  if (token && ((jobToken && token === jobToken) || token.startsWith('glcbt-'))) {
    throw new InputError(
      'gitlab-token',
      `is the CI job token (CI_JOB_TOKEN), which GitLab does not accept for this API: use ${TOKEN_HINT}.`,
    )
  }
  return { apiUrl: apiUrl.replace(/\/+$/, ''), token }
}

/** The token, or an error naming the input and what it must be. */
export function requireGitLabToken(inputs: GitLabInputs, why: string): string {
  if (inputs.token) return inputs.token
  throw new InputError('gitlab-token', `must be set ${why}: ${TOKEN_HINT}.`)
}

export function gitlabClient(inputs: GitLabInputs, token: string, log: Logger): GitLabClient {
  return new GitLabClient({ apiUrl: inputs.apiUrl, token, log })
}
