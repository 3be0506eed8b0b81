import { createActionsHost } from './hosts/actions.js'
import { isCommandName } from './inputs.js'
import { runMain } from './run.js'

/**
 * The per-command actions (`dispatch/action.yml` …) run a two-line entry that names its command
 * here and imports this bundle (scripts/bundle.mjs writes them): one shared bundle, so a
 * per-command step starts as fast as the root action. The root action.yml runs this file directly
 * and reads the `command` input.
 */
export const ENTRY_COMMAND = Symbol.for('ci-relay.command')

async function main(): Promise<void> {
  const named = (globalThis as Record<symbol, unknown>)[ENTRY_COMMAND]
  const command = typeof named === 'string' && isCommandName(named) ? named : undefined
  // Tokens are revoked at the end of this step unless the command's post step needs them (runMain).
  await runMain(createActionsHost(), command, { perCommandAction: command !== undefined })
}

void main()
