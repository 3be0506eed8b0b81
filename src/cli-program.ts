import { createCliHost, envName, formatOutputs, parseArgs } from './hosts/cli.js'
import {
  COMMANDS,
  INPUTS,
  inputsOf,
  isCommandName,
  outputsOf,
  COMMAND_NAMES,
  type CommandName,
} from './inputs.js'
import { runMain } from './run.js'
import { TOOLS, type ToolIO } from './tools/index.js'
import { VERSION } from './version.js'

const BOOLEAN_FLAGS = new Set([
  'help',
  'json',
  'version',
  ...Object.entries(INPUTS)
    .filter(([, spec]) => spec.type === 'boolean')
    .map(([name]) => name),
])

/** `ci-relay <command> [--input value ...]`; returns the exit code. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv, io: ToolIO): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(toolHelp())
    return first === undefined ? 1 : 0
  }
  if (first === '--version') {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  const tool = TOOLS[first]
  if (tool) return (await tool()).run(rest, env, io)
  if (!isCommandName(first)) {
    io.stderr(`error: unknown command '${first}'. Run ci-relay --help for the list.\n`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs(rest, BOOLEAN_FLAGS)
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n`)
    return 2
  }
  if (parsed.flags.get('help') === 'true') {
    io.stdout(commandHelp(first))
    return 0
  }
  const known = new Set(['json', ...inputsOf(first).map(([name]) => name)])
  const unknown = [...parsed.flags.keys()].filter((flag) => !known.has(flag))
  if (unknown.length || parsed.positionals.length) {
    const what = unknown.length
      ? `unknown flag --${unknown[0]}`
      : `unexpected argument '${parsed.positionals[0]}'`
    io.stderr(`error: ${what} for '${first}'. Run ci-relay ${first} --help for its inputs.\n`)
    return 2
  }
  const host = createCliHost({ flags: parsed.flags, env, stderr: io.stderr })
  // Tokens minted to do the work are revoked when it is done (runMain); the token command's token
  // is the output itself, so it lives until it expires.
  await runMain(host, first)
  if (host.failed) return 1
  io.stdout(formatOutputs(host.outputs, parsed.flags.get('json') === 'true'))
  return 0
}

export function toolHelp(): string {
  const width = Math.max(...[...COMMAND_NAMES, ...Object.keys(TOOLS)].map((n) => n.length)) + 2
  return [
    `ci-relay ${VERSION}: carry CI events between pipelines.`,
    '',
    'Usage: ci-relay <command> [--input value ...] [--json]',
    '',
    'Commands:',
    ...COMMAND_NAMES.map((name) => `  ${name.padEnd(width)}${COMMANDS[name]}`),
    ...Object.keys(TOOLS).map(
      (name) => `  ${name.padEnd(width)}(tool) see ci-relay ${name} --help`,
    ),
    '',
    'Every input is a flag or an environment variable CI_RELAY_<INPUT> (the flag wins).',
    'Pass secrets through the environment: flags show in process lists and CI logs.',
    'Run ci-relay <command> --help for its inputs and outputs.',
    '',
  ].join('\n')
}

export function commandHelp(name: CommandName): string {
  const lines = [
    `Usage: ci-relay ${name} [--input value ...] [--json]`,
    '',
    COMMANDS[name],
    '',
    'Inputs:',
  ]
  for (const [input, spec] of inputsOf(name)) {
    const def = spec.default && !spec.default.includes('${{') ? ` (default: ${spec.default})` : ''
    const env = spec.fallbackEnv?.length ? ` (else $${spec.fallbackEnv.join(', $')})` : ''
    lines.push(
      `  --${input}${spec.type === 'boolean' ? '' : ' <value>'}`,
      `      ${spec.description}${def}${env}`,
    )
    lines.push(
      `      env: ${envName(input)}${spec.secret ? ' (secret: prefer the environment)' : ''}`,
    )
  }
  lines.push('', 'Outputs (name=value lines on stdout, or one JSON object with --json):')
  for (const [output, spec] of outputsOf(name)) lines.push(`  ${output}: ${spec.description}`)
  return lines.join('\n') + '\n'
}
