// What a forge's own push / pull-request / merge-request event says about a commit beyond the
// neutral build model: where the commit lives (its repository or project on GitHub or GitLab),
// who pushed it, the commit before it, and the pull or merge request. The `github` and `gitlab`
// payload formats are built from these facts; each platform's context fills them with what it
// knows, and either format can be built from either platform's facts.

/** The forge a repository (and so a commit) lives on. */
export type Forge = 'github' | 'gitlab'

/** What git writes for "no commit": a ref's `before` when the ref was just created. */
export const NO_COMMIT = '0'.repeat(40)

export interface ForgeRepository {
  forge: Forge
  /** GitHub repository id / GitLab project id, when known. */
  id: number | null
  /** `owner/name` on GitHub, the full project path (`group/sub/project`) on GitLab. */
  path: string
  /** Last segment of the path. */
  name: string
  /** Owner login (GitHub) or the group path (GitLab): everything before the name. */
  namespace: string
  /** The repository's page, e.g. https://github.com/o/r or https://gitlab.example.com/g/p. */
  webUrl: string
  /** HTTPS clone URL (`<webUrl>.git`). */
  cloneUrl: string
  /** SSH clone URL (`git@host:path.git`). */
  sshUrl: string
  /** The forge's REST API root: https://api.github.com, https://gitlab.example.com/api/v4. */
  apiUrl: string
  defaultBranch: string | null
  private: boolean | null
}

export interface ForgeUser {
  login: string
  id: number | null
  name: string | null
  email: string | null
}

export interface ForgeCommit {
  message: string | null
  /** ISO 8601. */
  timestamp: string | null
  author: { name: string; email: string } | null
}

/** GitLab's spelling of what happened to a merge request; GitHub's is mapped onto it. */
export type ChangeAction = 'open' | 'update' | 'reopen' | 'close' | 'merge'

/** A pull request (GitHub) or merge request (GitLab). */
export interface ForgeChange {
  /** Pull request number / merge request iid. */
  number: number
  /** Pull request id / merge request id (global), when known. */
  id: number | null
  title: string
  action: ChangeAction
  sourceBranch: string
  targetBranch: string
  /** The head commit of the source branch: what a status for the change is posted on. */
  headSha: string
  /** The target branch's commit, when known. */
  baseSha: string | null
  webUrl: string
}

export interface CommitFacts {
  repository: ForgeRepository
  /** The commit: the pushed head, or the pull / merge request's head. */
  sha: string
  /** The commit the ref pointed at before; NO_COMMIT when unknown or new. */
  before: string
  /** The full ref: refs/heads/<branch> or refs/tags/<tag>. */
  ref: string
  sender: ForgeUser
  commit: ForgeCommit
  change: ForgeChange | null
}

/**
 * Where a commit status for `sha` is posted, on the forge the repository lives on. `sha` may be
 * the `{sha}` placeholder GitHub writes in `repository.statuses_url`.
 */
export function statusesUrl(repository: ForgeRepository, sha: string): string {
  return repository.forge === 'github'
    ? `${repository.apiUrl}/repos/${repository.path}/statuses/${sha}`
    : `${repository.apiUrl}/projects/${repository.id ?? encodeURIComponent(repository.path)}/statuses/${sha}`
}

/** The API URL of the repository itself. */
export function repositoryApiUrl(repository: ForgeRepository): string {
  return repository.forge === 'github'
    ? `${repository.apiUrl}/repos/${repository.path}`
    : `${repository.apiUrl}/projects/${repository.id ?? encodeURIComponent(repository.path)}`
}

/** The API URL of the pull / merge request. */
export function changeApiUrl(repository: ForgeRepository, change: ForgeChange): string {
  return repository.forge === 'github'
    ? `${repositoryApiUrl(repository)}/pulls/${change.number}`
    : `${repositoryApiUrl(repository)}/merge_requests/${change.number}`
}

/** The page of one commit. */
export function commitWebUrl(repository: ForgeRepository, sha: string): string {
  return repository.forge === 'github'
    ? `${repository.webUrl}/commit/${sha}`
    : `${repository.webUrl}/-/commit/${sha}`
}

/**
 * The repository facts every forge derives the same way from its path, web root and API root:
 * name and namespace split off the path, clone URLs from the web URL.
 */
export function forgeRepository(
  forge: Forge,
  path: string,
  serverUrl: string,
  apiUrl: string,
  known: Partial<Pick<ForgeRepository, 'id' | 'webUrl' | 'defaultBranch' | 'private'>> = {},
): ForgeRepository {
  const slash = path.lastIndexOf('/')
  const webUrl = (known.webUrl ?? `${serverUrl.replace(/\/+$/, '')}/${path}`).replace(/\/+$/, '')
  let host = ''
  try {
    host = new URL(webUrl).hostname
  } catch {
    // A web URL that is not a URL leaves the SSH URL without a host.
  }
  return {
    forge,
    id: known.id ?? null,
    path,
    name: path.slice(slash + 1),
    namespace: slash > 0 ? path.slice(0, slash) : '',
    webUrl,
    cloneUrl: `${webUrl}.git`,
    sshUrl: `git@${host}:${path}.git`,
    apiUrl: apiUrl.replace(/\/+$/, ''),
    defaultBranch: known.defaultBranch ?? null,
    private: known.private ?? null,
  }
}
