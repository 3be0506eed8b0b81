import type { CommandName } from '../inputs.js'
import type { Command } from './types.js'

// Each command is its own chunk, loaded only when asked for: a step pays for what it runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each command has its own input type
const loaders: Partial<Record<CommandName, () => Promise<{ command: Command<any> }>>> = {
  token: () => import('./token.js'),
  dispatch: () => import('./dispatch.js'),
  status: () => import('./status.js'),
  receive: () => import('./receive.js'),
  notify: () => import('./notify.js'),
  callback: () => import('./callback.js'),
  trigger: () => import('./trigger.js'),
}

export async function loadCommand(name: CommandName): Promise<Command> {
  const load = loaders[name]
  if (!load) throw new Error(`The '${name}' command is not available in this version of ci-relay.`)
  return (await load()).command as Command
}
