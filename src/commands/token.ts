import { InputError } from '../errors.js'
import type { MintRequest, Permissions } from '../github/access.js'
import { readAppId, readPermissionInputs } from '../github/app-inputs.js'
import { parsePermissions } from '../github/app-permissions.js'
import { isOwnerLogin, isRepositoryName } from '../github/repository.js'
import type { InputReader } from '../input-reader.js'
import type { RunContext } from '../context.js'
import { summaryHeading } from '../summary.js'
import { requireGitHub, type Command } from './types.js'

/** The token command's inputs are exactly a mint request. */
type TokenInputs = MintRequest

/** `permission-<name>` inputs add to (and for the same permission, override) `permissions`. */
function withPermissionInputs(
  listed: Permissions | undefined,
  single: Record<string, string>,
): Permissions | undefined {
  if (Object.keys(single).length === 0) return listed
  return { ...listed, ...(single as Permissions) }
}

export const command: Command<TokenInputs> = {
  parse(reader: InputReader, context: RunContext): TokenInputs {
    if (!readAppId(reader).value) {
      throw new InputError(
        'app-id',
        'must be set (or client-id) for the token command, together with private-key (the GitHub App credentials).',
      )
    }
    const ownerInput = reader.string('owner')
    if (ownerInput !== undefined && !isOwnerLogin(ownerInput)) {
      throw new InputError(
        'owner',
        `must be a GitHub user or organization login: letters, digits and single hyphens, at most 39 characters, not starting or ending with a hyphen (got '${ownerInput}').`,
      )
    }
    const owner = ownerInput ?? context.owner
    if (!owner)
      throw new InputError(
        'owner',
        'must be set when there is no current repository (GITHUB_REPOSITORY).',
      )
    let repositories: string[] | undefined = reader.list('repositories').map((item) => {
      const [first, second, ...rest] = item.split('/')
      const name = second === undefined ? first : second
      if (
        rest.length ||
        (second !== undefined && first?.toLowerCase() !== owner.toLowerCase()) ||
        !name ||
        !isRepositoryName(name)
      ) {
        throw new InputError(
          'repositories',
          `each entry must be a repository name of ${owner} (or ${owner}/name); got '${item}'. One token covers one owner: use one step per owner.`,
        )
      }
      return name
    })
    if (repositories.length === 0) {
      repositories =
        !ownerInput && context.repository ? [context.repository.split('/')[1] as string] : undefined
    }
    return {
      owner,
      repositories,
      permissions: withPermissionInputs(
        parsePermissions(reader.list('permissions'), 'permissions'),
        readPermissionInputs(reader),
      ),
      installationId: reader.integer('installation-id'),
    }
  },

  async run(inputs, deps) {
    const minted = await requireGitHub(deps).mint(inputs)
    const scope = inputs.repositories
      ? inputs.repositories.map((r) => `${inputs.owner}/${r}`).join(', ')
      : `all repositories of ${inputs.owner}`
    return {
      outputs: {
        token: minted.token,
        'installation-id': String(minted.installationId),
        'app-slug': minted.appSlug ?? '',
        'expires-at': minted.expiresAt,
      },
      summary: `${summaryHeading('token', 'minted')}\n\nInstallation token for ${scope}, expires ${minted.expiresAt}.\n`,
      // Later steps use the token: it lives until the post step (or its expiry on the CLI).
      post: true,
    }
  },
}
