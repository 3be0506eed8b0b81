// Reading `permissions` (name:level pairs) against GitHub's App permissions, so a typo fails at
// validation, naming the wrong part, instead of at GitHub (or not at all).
import { InputError } from '../errors.js'
import type { Permissions } from './access.js'
import { APP_PERMISSIONS, type AppPermission } from './permissions.js'

const isAppPermission = (name: string): name is AppPermission =>
  Object.hasOwn(APP_PERMISSIONS, name)

/** `pull-requests` and `Pull_Requests` both mean GitHub's `pull_requests`. */
export const permissionName = (name: string): string => name.trim().toLowerCase().replace(/-/g, '_')

/** One permission checked: the name must be GitHub's, the level one that permission has. */
export function checkPermission(
  rawName: string,
  rawLevel: string,
  input: string,
): [string, Permissions[string]] {
  const name = permissionName(rawName)
  const level = rawLevel.trim().toLowerCase()
  if (!isAppPermission(name)) {
    const close = Object.keys(APP_PERMISSIONS).filter(
      (known) => known.includes(name) || (name.length > 3 && name.includes(known)),
    )
    throw new InputError(
      input,
      `'${rawName.trim()}' is not a GitHub App permission${close.length ? ` (did you mean ${close.slice(0, 3).join(', ')}?)` : ''}. Names are those of GitHub's App permissions, e.g. contents, pull-requests, statuses, actions, issues.`,
    )
  }
  const levels: readonly string[] = APP_PERMISSIONS[name]
  if (!levels.includes(level)) {
    throw new InputError(
      input,
      `the level of ${name} must be ${levels.join(' or ')} (got '${rawLevel.trim()}').`,
    )
  }
  return [name, level as Permissions[string]]
}

/** `contents:write,pull-requests:write` → { contents: 'write', pull_requests: 'write' }. */
export function parsePermissions(items: string[], input: string): Permissions | undefined {
  if (items.length === 0) return undefined
  const permissions: Permissions = {}
  for (const item of items) {
    const parts = item.split(':')
    if (parts.length !== 2 || !parts[0]?.trim() || !parts[1]?.trim()) {
      throw new InputError(
        input,
        `each permission must be name:level, like contents:write or pull-requests:read (got '${item}').`,
      )
    }
    const [name, level] = checkPermission(parts[0], parts[1], input)
    permissions[name] = level
  }
  return permissions
}
