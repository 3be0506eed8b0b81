// The App credential and revocation inputs under both spellings: ci-relay's (`app-id`,
// `revoke-token`) and actions/create-github-app-token's (`client-id`, `skip-token-revoke`), so
// switching from that action is a change of `uses:` only.
import { InputError } from '../errors.js'
import type { InputReader } from '../input-reader.js'
import { APP_PERMISSIONS } from './permissions.js'

/** `app-id` or `client-id`, with the name of the input it came from (for error messages). */
export function readAppId(reader: InputReader): { value: string; input: 'app-id' | 'client-id' } {
  const appId = reader.raw('app-id')
  const clientId = reader.raw('client-id')
  if (appId && clientId && appId !== clientId) {
    throw new InputError(
      'client-id',
      'set either app-id or client-id, not both (they name one App).',
    )
  }
  return clientId && !appId
    ? { value: clientId, input: 'client-id' }
    : { value: appId, input: 'app-id' }
}

/** False when `revoke-token: false` or `skip-token-revoke: true`. */
export function readRevoke(reader: InputReader): boolean {
  return reader.boolean('skip-token-revoke') !== true && reader.boolean('revoke-token')
}

/** `permission-<name>: level` inputs as `{ name: level }` (GitHub's underscore names). */
export function readPermissionInputs(reader: InputReader): Record<string, string> {
  const permissions: Record<string, string> = {}
  for (const permission of Object.keys(APP_PERMISSIONS)) {
    const level = reader.string(`permission-${permission.replaceAll('_', '-')}`)
    if (level) permissions[permission] = level
  }
  return permissions
}
