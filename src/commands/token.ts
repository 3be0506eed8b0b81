import { InputError } from '../errors.js'
import type { MintRequest, Permissions } from '../github/access.js'
import { isRepositoryName } from '../github/repository.js'
import type { InputReader } from '../input-reader.js'
import type { RunContext } from '../context.js'
import { requireGitHub, type Command } from './types.js'

/** The token command's inputs are exactly a mint request. */
type TokenInputs = MintRequest

const LEVELS = ['read', 'write', 'admin']

export function parsePermissions(items: string[], input: string): Permissions | undefined {
  if (items.length === 0) return undefined
  const permissions: Permissions = {}
  for (const item of items) {
    const [name, level, ...rest] = item.split(':').map((part) => part.trim())
    if (!name || !/^[a-z_]+$/.test(name) || !level || !LEVELS.includes(level) || rest.length) {
      throw new InputError(
        input,
        `each permission must be name:level with level read, write or admin, like contents:write (got '${item}').`,
      )
    }
    permissions[name] = level as Permissions[string]
  }
  return permissions
}

export const command: Command<TokenInputs> = {
  parse(reader: InputReader, context: RunContext): TokenInputs {
    if (!reader.raw('app-id')) {
      throw new InputError(
        'app-id',
        'must be set for the token command, together with private-key (the GitHub App credentials).',
      )
    }
    const ownerInput = reader.string('owner')
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
      permissions: parsePermissions(reader.list('permissions'), 'permissions'),
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
      summary: `### ci-relay token\nInstallation token for ${scope}, expires ${minted.expiresAt}.\n`,
      // Later steps use the token: it lives until the post step (or its expiry on the CLI).
      post: true,
    }
  },
}
