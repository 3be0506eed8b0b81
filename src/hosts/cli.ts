import { cliMessage } from '../cli-messages.js'
import { OUTPUTS, type OutputSpec } from '../inputs.js'
import type { Host } from './types.js'

export interface ParsedArgs {
  positionals: string[]
  flags: Map<string, string>
}

/**
 * `--name value`, `--name=value`, and for boolean flags a bare `--name` (true), `--name true|false`
 * or `--no-name` (false). Everything after `--` is positional.
 */
export function parseArgs(argv: readonly string[], booleanFlags: ReadonlySet<string>): ParsedArgs {
  const positionals: string[] = []
  const flags = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1)
    if (value === undefined && booleanFlags.has(name)) {
      // `--include-jobs false` reads as people write it; a bare `--include-jobs` is true.
      const next = argv[i + 1]
      value = 'true'
      if (next === 'true' || next === 'false') {
        value = next
        i++
      }
    } else if (value === undefined && name.startsWith('no-') && booleanFlags.has(name.slice(3))) {
      name = name.slice(3)
      value = 'false'
    } else if (value === undefined) {
      const next = argv[i + 1]
      if (next === undefined || next.startsWith('--'))
        throw new Error(`Flag --${name} needs a value.`)
      value = next
      i++
    }
    if (flags.has(name) && flags.get(name) !== value) {
      // Repeated list flags accumulate (--url a --url b), as a newline-separated list.
      flags.set(name, `${flags.get(name)}\n${value}`)
    } else flags.set(name, value)
  }
  return { positionals, flags }
}

export function envName(input: string): string {
  return `CI_RELAY_${input.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
}

export interface CliHost extends Host {
  outputs: Map<string, string>
  failed: boolean
  /** The failure was bad input (nothing was done): exit code 2. */
  usage: boolean
}

/**
 * Shorter values are not redacted: a one-letter "secret" would turn every such letter of the
 * logs into *** and protect nothing.
 */
export const MIN_REDACTED_LENGTH = 8

/**
 * The command line: inputs from flags, else CI_RELAY_<INPUT>; logs go to stderr with every
 * registered secret redacted, outputs are collected for the caller to print on stdout.
 */
export function createCliHost(options: {
  flags: Map<string, string>
  env: NodeJS.ProcessEnv
  stderr: (text: string) => void
}): CliHost {
  const { flags, env, stderr } = options
  const secrets = new Set<string>()
  const redact = (text: string): string => {
    let out = text
    for (const secret of secrets)
      if (secret.length >= MIN_REDACTED_LENGTH) out = out.split(secret).join('***')
    return out
  }
  const state = new Map<string, string>()
  const host: CliHost = {
    env,
    outputs: new Map(),
    failed: false,
    usage: false,
    getInput: (name) => flags.get(name) ?? env[envName(name)] ?? '',
    setOutput: (name, value) => void host.outputs.set(name, value),
    saveState: (name, value) => void state.set(name, value),
    getState: (name) => state.get(name) ?? '',
    info: (message) => stderr(redact(message) + '\n'),
    warning: (message) => stderr(`warning: ${redact(message)}\n`),
    debug: (message) => {
      if (env.CI_RELAY_DEBUG === 'true' || env.RUNNER_DEBUG === '1')
        stderr(`debug: ${redact(message)}\n`)
    },
    mask: (secret) => {
      if (!secret) return
      secrets.add(secret)
      for (const line of secret.split(/\r?\n/))
        if (line.trim().length >= 8) secrets.add(line.trim())
    },
    fail: (message, kind) => {
      host.failed = true
      if (kind === 'input') host.usage = true
      stderr(`error: ${redact(cliMessage(message))}\n`)
    },
    summary: async () => {},
  }
  return host
}

/**
 * Outputs as `name=value` lines (multi-line values JSON-quoted), or one JSON object in which the
 * outputs the table marks as JSON are JSON values, not strings holding JSON.
 */
export function formatOutputs(outputs: Map<string, string>, json: boolean): string {
  if (json) {
    const values: Record<string, unknown> = {}
    for (const [name, value] of outputs) values[name] = jsonValue(name, value)
    return JSON.stringify(values, null, 2) + '\n'
  }
  let text = ''
  for (const [name, value] of outputs) {
    text += `${name}=${/[\r\n]/.test(value) ? JSON.stringify(value) : value}\n`
  }
  return text
}

function jsonValue(name: string, value: string): unknown {
  if (!(OUTPUTS as Record<string, OutputSpec>)[name]?.json) return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}
