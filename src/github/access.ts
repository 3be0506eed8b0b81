import { InputError } from '../errors.js'
import { isHttpUrl } from '../text.js'
import type { InputReader } from '../input-reader.js'
import type { Logger } from '../log.js'
import { readAppId, readRevoke } from './app-inputs.js'
import type { ClientOptions, Octokit } from './client.js'
import { describeGitHubFailure, explainGitHubError } from './errors.js'
import { normalizePrivateKey } from './private-key.js'
import type { Clock, RetryPolicy } from '../http/policy.js'

/**
 * Octokit and the HTTP stack behind it are loaded when a request is about to be made, not with
 * this module: the runner imports it for every command, and most never call GitHub.
 */
async function createClient(
  auth: string | { authStrategy: unknown; auth: unknown },
  options: ClientOptions,
): Promise<Octokit> {
  const { createClient: create } = await import('./client.js')
  return create(auth, options)
}

export type Permissions = Record<string, 'read' | 'write' | 'admin'>

/** The inputs every GitHub-facing command takes, validated before any request. */
export interface GitHubAuthInputs {
  apiUrl: string
  token?: string
  app?: { appId: string; privateKey: string }
  revoke: boolean
}

export function readGitHubAuthInputs(reader: InputReader): GitHubAuthInputs {
  const apiUrl = reader.raw('github-api-url') || 'https://api.github.com'
  if (!isHttpUrl(apiUrl)) {
    throw new InputError(
      'github-api-url',
      `must be an http(s) URL such as https://api.github.com (got '${apiUrl}').`,
    )
  }
  const { value: appId, input: appIdInput } = readAppId(reader)
  const rawKey = reader.raw('private-key')
  if (appId && !rawKey) {
    throw new InputError(
      'private-key',
      `must be set when ${appIdInput} is set (the GitHub App private key, from a secret).`,
    )
  }
  if (rawKey && !appId) {
    throw new InputError(
      'app-id',
      'must be set when private-key is set (the GitHub App ID; or client-id, the client ID).',
    )
  }
  if (appId && !/^(\d+|Iv[0-9A-Za-z.]+)$/.test(appId)) {
    throw new InputError(
      appIdInput,
      `must be a GitHub App ID (digits) or client ID (Iv...); got '${appId}'.`,
    )
  }
  const token = reader.raw('token') || undefined
  const app = appId && rawKey ? { appId, privateKey: normalizePrivateKey(rawKey) } : undefined
  return {
    apiUrl: apiUrl.replace(/\/+$/, ''),
    token,
    app,
    revoke: readRevoke(reader),
  }
}

export interface MintRequest {
  owner: string
  /** Names within owner; undefined = every repository of the installation. */
  repositories?: string[]
  permissions?: Permissions
  installationId?: number
}

export interface MintedToken {
  token: string
  /** The account the installation belongs to. */
  owner: string
  installationId: number
  appSlug?: string
  expiresAt: string
  /** The scope the token was minted for through `client()`; lets a later step reuse it. */
  scope?: string
}

/**
 * A token minted by an earlier step (the main step, seen from the post step). Its installation is
 * kept too, so that a later token for the same owner skips the installation lookup.
 */
export type SavedToken = Pick<MintedToken, 'token' | 'expiresAt' | 'scope'> &
  Partial<Pick<MintedToken, 'owner' | 'installationId'>>

/** What the step state keeps of a minted token. */
export function savedToken({
  token,
  expiresAt,
  scope,
  owner,
  installationId,
}: MintedToken): SavedToken {
  return { token, expiresAt, scope, owner, installationId }
}

export interface GitHubAccessOptions {
  retry?: Partial<RetryPolicy>
  /** Time, sleep and jitter for retries (tests). */
  clock?: Clock
  /** Tokens minted earlier for the same inputs: reused for their scope while still valid. */
  saved?: SavedToken[]
  now?: () => number
}

/** A saved token is reused only while it has at least this long to live. */
const REUSE_MARGIN_MS = 5 * 60_000

/**
 * How commands reach GitHub: with App credentials an installation token per owner, minted once per
 * scope (or reused from `saved` while it has time left), masked at once and reported to `onMint`
 * (the post step revokes it); otherwise the token input.
 */
export class GitHubAccess {
  private appClient?: Promise<Octokit>
  private readonly clients = new Map<string, Promise<Octokit>>()
  /** Installation id per owner (lower case): an App has one installation per account. */
  private readonly installations = new Map<string, number>()

  constructor(
    readonly inputs: GitHubAuthInputs,
    private readonly log: Logger,
    private readonly onMint: (token: MintedToken) => void,
    private readonly options: GitHubAccessOptions = {},
  ) {
    if (inputs.app) log.mask(inputs.app.privateKey)
    for (const { owner, installationId } of options.saved ?? [])
      if (owner && installationId) this.installations.set(owner.toLowerCase(), installationId)
  }

  get usesApp(): boolean {
    return this.inputs.app !== undefined
  }

  /** A client allowed to act on owner's repositories with these permissions. */
  client(owner: string, repositories: string[], permissions: Permissions): Promise<Octokit> {
    if (!this.inputs.app) return this.tokenClient()
    const scope = JSON.stringify([owner.toLowerCase(), [...repositories].sort(), permissions])
    let client = this.clients.get(scope)
    if (!client) {
      const saved = this.reusable(scope)
      const token = saved
        ? Promise.resolve(saved.token)
        : this.mint({ owner, repositories, permissions }, scope).then((minted) => minted.token)
      client = token.then((value) =>
        createClient(value, {
          baseUrl: this.inputs.apiUrl,
          log: this.log,
          retry: this.options.retry,
          clock: this.options.clock,
        }),
      )
      this.clients.set(scope, client)
    }
    return client
  }

  private reusable(scope: string): SavedToken | undefined {
    const now = (this.options.now ?? Date.now)()
    const saved = this.options.saved?.find(
      (token) => token.scope === scope && Date.parse(token.expiresAt) - now > REUSE_MARGIN_MS,
    )
    if (saved) {
      this.log.mask(saved.token)
      this.log.info(`Reusing the installation token minted earlier (expires ${saved.expiresAt}).`)
    }
    return saved
  }

  private tokenClient(): Promise<Octokit> {
    const token = this.inputs.token
    if (!token) {
      throw new InputError(
        'token',
        'must be set (or app-id and private-key). On GitHub Actions the default is ${{ github.token }}.',
      )
    }
    let client = this.clients.get('token')
    if (!client) {
      client = createClient(token, {
        baseUrl: this.inputs.apiUrl,
        log: this.log,
        retry: this.options.retry,
        clock: this.options.clock,
      })
      this.clients.set('token', client)
    }
    return client
  }

  /** Mint an installation token (App credentials required). */
  async mint(request: MintRequest, scopeKey?: string): Promise<MintedToken> {
    const app = this.inputs.app
    if (!app)
      throw new InputError('app-id', 'and private-key must be set to mint an installation token.')
    const octokit = await this.getAppClient()
    let installationId =
      request.installationId ?? this.installations.get(request.owner.toLowerCase())
    let appSlug: string | undefined
    if (installationId === undefined) {
      const first = request.repositories?.[0]
      const route = first
        ? `the repository ${request.owner}/${first}`
        : `the account ${request.owner}`
      try {
        const { data } = first
          ? await octokit.request('GET /repos/{owner}/{repo}/installation', {
              owner: request.owner,
              repo: first,
            })
          : await octokit.request('GET /users/{username}/installation', { username: request.owner })
        installationId = data.id
        appSlug = data.app_slug
      } catch (error) {
        throw explainGitHubError(error, `Looking up the GitHub App installation for ${route}`, {
          404: `the GitHub App (app-id ${app.appId}) is not installed on ${route}. Install it there, or check owner and repositories.`,
        })
      }
    }
    const scope = request.repositories ? request.repositories.join(', ') : 'all repositories'
    let auth: { token: string; expiresAt: string }
    try {
      auth = (await octokit.auth({
        type: 'installation',
        installationId,
        ...(request.repositories ? { repositoryNames: request.repositories } : {}),
        ...(request.permissions ? { permissions: request.permissions } : {}),
      })) as { token: string; expiresAt: string }
    } catch (error) {
      throw explainGitHubError(
        error,
        `Creating an installation token for ${request.owner} (${scope})`,
        {
          404: `installation ${installationId} was not found for this GitHub App.`,
          422: `the installation does not cover ${scope}, or lacks one of the permissions asked for.`,
        },
      )
    }
    this.log.mask(auth.token)
    this.installations.set(request.owner.toLowerCase(), installationId)
    const minted: MintedToken = {
      token: auth.token,
      owner: request.owner,
      installationId,
      appSlug,
      expiresAt: auth.expiresAt,
      ...(scopeKey ? { scope: scopeKey } : {}),
    }
    this.onMint(minted)
    this.log.info(
      `Minted an installation token for ${request.owner} (${scope}), expires ${auth.expiresAt}.`,
    )
    return minted
  }

  private getAppClient(): Promise<Octokit> {
    const app = this.inputs.app as { appId: string; privateKey: string }
    this.appClient ??= import('@octokit/auth-app').then(({ createAppAuth }) =>
      createClient(
        { authStrategy: createAppAuth, auth: { appId: app.appId, privateKey: app.privateKey } },
        {
          baseUrl: this.inputs.apiUrl,
          log: this.log,
          retry: this.options.retry,
          clock: this.options.clock,
        },
      ),
    )
    return this.appClient
  }
}

/**
 * Revoke a minted token; expired tokens are skipped, failures are warnings. True when the token
 * is gone (revoked or expired).
 */
export async function revokeToken(
  token: { token: string; expiresAt: string },
  apiUrl: string,
  log: Logger,
  now = Date.now(),
  http: Pick<GitHubAccessOptions, 'retry' | 'clock'> = {},
): Promise<boolean> {
  if (Date.parse(token.expiresAt) <= now) {
    log.info(`Token expired at ${token.expiresAt}; nothing to revoke.`)
    return true
  }
  try {
    const octokit = await createClient(token.token, { baseUrl: apiUrl, log, ...http })
    await octokit.request('DELETE /installation/token')
    log.info('Installation token revoked.')
    return true
  } catch (error) {
    log.warning(`Could not revoke the installation token: ${describeGitHubFailure(error)}`)
    return false
  }
}
