import { InputError } from '../errors.js'

export interface RepositoryRef {
  owner: string
  repo: string
}

// GitHub logins: letters, digits, single hyphens, not at either end, at most 39 characters.
// Enterprise Managed Users add `_shortcode`; a few old accounts end in a hyphen, which GitHub
// still serves, so only a leading hyphen, a double hyphen and other characters are refused.
const OWNER = /^(?=.{1,39}$)[A-Za-z0-9](?:-?[A-Za-z0-9])*-?(?:_[A-Za-z0-9]+)?$/
const NAME = /^[A-Za-z0-9._-]{1,100}$/

export function parseRepository(value: string, input: string): RepositoryRef {
  const parts = value.split('/')
  const [owner, repo] = parts
  if (
    parts.length !== 2 ||
    !owner ||
    !repo ||
    !OWNER.test(owner) ||
    !NAME.test(repo) ||
    repo === '.' ||
    repo === '..'
  ) {
    throw new InputError(
      input,
      `each repository must be owner/name, like octo-org/service (got '${value}').`,
    )
  }
  return { owner, repo }
}

/** A GitHub user or organization login. */
export function isOwnerLogin(value: string): boolean {
  return OWNER.test(value)
}

export function isRepositoryName(value: string): boolean {
  return NAME.test(value) && value !== '.' && value !== '..'
}

/** Parse a list of owner/name, dropping duplicates (GitHub names are case-insensitive). */
export function parseRepositories(values: string[], input: string): RepositoryRef[] {
  const seen = new Set<string>()
  const refs: RepositoryRef[] = []
  for (const value of values) {
    const ref = parseRepository(value, input)
    const key = `${ref.owner}/${ref.repo}`.toLowerCase()
    if (!seen.has(key)) refs.push(ref)
    seen.add(key)
  }
  return refs
}

/** Group repositories by owner (case-insensitive), keeping the first spelling and the order. */
export function groupByOwner(refs: RepositoryRef[]): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  const spelling = new Map<string, string>()
  for (const { owner, repo } of refs) {
    const key = owner.toLowerCase()
    if (!spelling.has(key)) spelling.set(key, owner)
    const name = spelling.get(key) as string
    groups.set(name, [...(groups.get(name) ?? []), repo])
  }
  return groups
}

export const fullName = (ref: RepositoryRef): string => `${ref.owner}/${ref.repo}`
