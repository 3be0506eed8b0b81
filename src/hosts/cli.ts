import { cliMessage } from '../cli-messages.js'
import { OUTPUTS, type OutputSpec } from '../inputs.js'
import { addMaskCommand, maskValues } from './mask-lines.js'
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
      // The next argument is the value whatever it looks like: a PEM passed as
      // `--private-key "$(cat key.pem)"` starts with `-----BEGIN`.
      const next = argv[i + 1]
      if (next === undefined) throw new Error(`Flag --${name} needs a value.`)
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

/**
 * A message naming inputs (`Input 'name': …`) gains how the CLI user sets them:
 * `… (flag --private-key, variable CI_RELAY_PRIVATE_KEY)`.
 */
export function cliInputMessage(message: string): string {
  const names = [
    ...new Set([...message.matchAll(/\bInput '([a-z0-9-]+)'/g)].map((m) => m[1] as string)),
  ].filter((name) => !message.includes(`--${name} `)) // already named with its flag
  if (names.length === 0) return message
  const how = names.map((name) => `flag --${name}, variable ${envName(name as string)}`)
  return `${message} (${how.join('; ')})`
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
  // Inside a GitHub Actions step the runner reads workflow commands from stdout and stderr alike:
  // every secret is registered (on stderr, so `$(ci-relay token)` captures only the outputs) before
  // anything could print it, as the action does.
  const onActions = env.GITHUB_ACTIONS === 'true'
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
      for (const value of maskValues(secret)) {
        if (secrets.has(value)) continue
        secrets.add(value)
        if (onActions) stderr(addMaskCommand(value))
      }
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
