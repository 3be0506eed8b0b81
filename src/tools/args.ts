// Command lines of the CLI-only tools: flags parsed like the commands' (hosts/cli.ts), unknown
// flags refused, and usage errors reported the same way by every tool.
import { parseArgs } from '../hosts/cli.js'
import { didYouMean } from '../suggest.js'
import type { ToolIO } from './index.js'

/** A bad command line: the tool prints it with its usage and exits 2. */
export class UsageError extends Error {}

export interface ToolArgs {
  flags: Map<string, string>
  positionals: string[]
}

/** Parses `args`, refusing flags not in `known`, and positionals unless `positionals` is set. */
export function parseToolArgs(
  tool: string,
  args: string[],
  known: readonly string[],
  options: { positionals?: boolean } = {},
): ToolArgs {
  let parsed
  try {
    parsed = parseArgs(args, new Set(['help']))
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  for (const flag of parsed.flags.keys()) {
    if (flag !== 'help' && !known.includes(flag)) {
      throw new UsageError(
        `unknown flag --${flag} for '${tool}'${didYouMean(flag, known, (match) => `--${match}`)}.`,
      )
    }
  }
  if (!options.positionals && parsed.positionals.length) {
    throw new UsageError(`unexpected argument '${parsed.positionals[0]}' for '${tool}'.`)
  }
  return parsed
}

/**
 * Runs a tool's set-up: `--help` prints the usage (exit 0), a UsageError prints itself and the
 * usage (exit 2); otherwise `work` gets what `setup` returned.
 */
export async function withUsage<T>(
  usage: string,
  io: ToolIO,
  parse: () => ToolArgs,
  setup: (args: ToolArgs) => T | Promise<T>,
  work: (prepared: T) => Promise<number>,
): Promise<number> {
  let prepared: T
  try {
    const parsed = parse()
    if (parsed.flags.get('help') === 'true') {
      io.stdout(usage)
      return 0
    }
    prepared = await setup(parsed)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`error: ${error.message}\n\n${usage}`)
    return 2
  }
  return work(prepared)
}
