// The `ci-relay` command line: commands from the input table, the CLI-only tools, help, version.
// Exit codes: 0 success, 1 the command ran and failed, 2 usage (unknown command or flag, missing
// or invalid input: nothing was done).
import { createCliHost, envName, formatOutputs, parseArgs } from './hosts/cli.js'
import { descriptionFor } from './input-docs.js'
import {
  ALL_INPUTS,
  COMMANDS,
  COMMAND_NAMES,
  inputsOf,
  isCommandName,
  outputsOf,
  type CommandName,
  type InputSpec,
} from './inputs.js'
import { runMain } from './run.js'
import { didYouMean } from './suggest.js'
import { TOOLS, type ToolIO } from './tools/index.js'
import { VERSION } from './version.js'

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const

const BOOLEAN_FLAGS = new Set([
  'help',
  'json',
  'version',
  ...Object.entries(ALL_INPUTS)
    .filter(([, spec]) => spec.type === 'boolean')
    .map(([name]) => name),
])

/** One line a user can paste per command; secrets come from the environment. */
const EXAMPLES: Record<string, string> = {
  token:
    'CI_RELAY_PRIVATE_KEY="$(cat app.pem)" ci-relay token --app-id 123456 --owner octo-org --repositories app,docs --permission-contents write',
  dispatch:
    'CI_RELAY_TOKEN=ghp_… ci-relay dispatch --repository octo-org/deploy --event-type build-finished --client-payload \'{"version": "1.2.3"}\'',
  status:
    'CI_RELAY_TOKEN=ghp_… ci-relay status --repository octo-org/app --sha 0123abc… --state success --context deploy --target-url https://ci.example.com/42',
  notify:
    'CI_RELAY_SECRET=whsec_… ci-relay notify --url https://hooks.example.com/ci --status success',
  receive: 'ci-relay receive --payload \'{"version": "1.2.3"}\' --dotenv relay.env --json',
  trigger:
    'CI_RELAY_GITLAB_TRIGGER_TOKEN=glptt-… ci-relay trigger --project octo-group/deploy --ref main --client-payload \'{"version": "1.2.3"}\'',
  callback:
    'ci-relay callback --callback-url https://registry.example.com/cb/123 --state success --description "Tests passed"',
}

interface CliIO extends ToolIO {
  /** Terminal width for help; 80 when not a terminal. */
  columns?: number
}

/** `ci-relay <command> [--input value ...]`; returns the exit code. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv, io: CliIO): Promise<number> {
  const width = Math.max(60, Math.min(io.columns ?? 80, 120))
  const [first, ...rest] = argv.map((arg) => (arg === '-h' ? '--help' : arg))
  if (first === undefined) {
    io.stderr(toolHelp(width))
    return EXIT.usage
  }
  if (first === '--help') {
    io.stdout(toolHelp(width))
    return EXIT.ok
  }
  if (first === 'help') {
    const topic = rest[0]
    if (topic === undefined) io.stdout(toolHelp(width))
    else if (isCommandName(topic)) io.stdout(commandHelp(topic, width))
    else if (TOOLS[topic]) io.stdout((await TOOLS[topic]()).usage)
    else return unknownCommand(topic, io)
    return EXIT.ok
  }
  if (first === '--version' || first === '-V') {
    io.stdout(`${VERSION}\n`)
    return EXIT.ok
  }
  const tool = TOOLS[first]
  if (tool) return (await tool()).run(rest, env, io)
  if (!isCommandName(first)) return unknownCommand(first, io)

  let parsed
  try {
    parsed = parseArgs(rest, BOOLEAN_FLAGS)
  } catch (error) {
    io.stderr(`error: ${(error as Error).message} Run ci-relay ${first} --help for its inputs.\n`)
    return EXIT.usage
  }
  if (parsed.flags.get('help') === 'true') {
    io.stdout(commandHelp(first, width))
    return EXIT.ok
  }
  const known = new Set(['json', ...inputsOf(first).map(([name]) => name as string)])
  const unknown = [...parsed.flags.keys()].filter((flag) => !known.has(flag))
  if (unknown.length || parsed.positionals.length) {
    const flag = unknown[0]
    const what =
      flag !== undefined
        ? `unknown flag --${flag} for '${first}'${didYouMean(flag, known, (match) => `--${match}`)}`
        : `unexpected argument '${parsed.positionals[0]}' for '${first}' (inputs are flags: --name value)`
    io.stderr(`error: ${what}. Run ci-relay ${first} --help for its inputs.\n`)
    return EXIT.usage
  }
  const host = createCliHost({ flags: parsed.flags, env, stderr: io.stderr })
  // Tokens minted to do the work are revoked when it is done (runMain); the token command's token
  // is the output itself, so it lives until it expires.
  await runMain(host, first)
  // Outputs are printed on failure too: what was done (and e.g. the undelivered file) matters most
  // then.
  if (host.outputs.size || !host.failed)
    io.stdout(formatOutputs(host.outputs, parsed.flags.get('json') === 'true'))
  if (!host.failed) return EXIT.ok
  return host.usage ? EXIT.usage : EXIT.failure
}

function unknownCommand(name: string, io: ToolIO): number {
  const all = [...COMMAND_NAMES, ...Object.keys(TOOLS)]
  io.stderr(
    `error: unknown command '${name}'${didYouMean(name, all)}. Run ci-relay --help for the list.\n`,
  )
  return EXIT.usage
}

/** Words of `text` in lines of at most `width` columns, each starting with `indent`. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(indent + line)
  return lines
}

export function toolHelp(width = 80): string {
  const names = [...COMMAND_NAMES, ...Object.keys(TOOLS)]
  const column = Math.max(...names.map((n) => n.length)) + 4
  const entry = (name: string, text: string) => {
    const lines = wrap(text, width, ' '.repeat(column))
    if (name.length > column - 3) return [`  ${name}`, ...lines]
    const [first = '', ...more] = lines
    return [`  ${name.padEnd(column - 2)}${first.trimStart()}`, ...more]
  }
  return [
    `ci-relay ${VERSION}: carry CI events between pipelines.`,
    '',
    'Usage: ci-relay <command> [--input value ...] [--json]',
    '       ci-relay help <command>    ci-relay --version',
    '',
    'Commands:',
    ...COMMAND_NAMES.flatMap((name) => entry(name, COMMANDS[name])),
    '',
    'Tools (for receivers and laptops):',
    ...Object.keys(TOOLS).flatMap((name) => entry(name, toolSummary(name))),
    '',
    ...wrap(
      'Every input is a flag or an environment variable CI_RELAY_<INPUT> (e.g. --private-key or CI_RELAY_PRIVATE_KEY); the flag wins. Pass secrets through the environment: flags show in process lists and CI logs.',
      width,
      '',
    ),
    '',
    'Environment:',
    ...entry(
      'CI_RELAY_DEBUG',
      'true prints debug lines on stderr (what was sent, why something was refused); RUNNER_DEBUG=1 does the same.',
    ),
    '',
    ...wrap(
      'Exit codes: 0 success, 1 the command failed, 2 usage (unknown command or flag, missing or invalid input: nothing was done).',
      width,
      '',
    ),
    ...wrap(
      'Outputs go to stdout as name=value lines (--json: one JSON object), also when the command fails; logs go to stderr.',
      width,
      '',
    ),
    '',
  ].join('\n')
}

const TOOL_SUMMARIES: Record<string, string> = {
  verify:
    'Check a delivery (body on stdin or --file) against its signature or identity token; exit 0 when valid.',
  listen: 'A local receiver that verifies and prints each delivery.',
  redeliver: 'Send again what a failed notify or callback left in its undelivered file.',
  secret: 'Print a fresh whsec_ secret for the standard signature.',
}

function toolSummary(name: string): string {
  return TOOL_SUMMARIES[name] ?? `see ci-relay ${name} --help`
}

/** Inputs whose table description speaks of the Action's post step, as the CLI has them. */
const CLI_DESCRIPTIONS: Record<string, string> = {
  'revoke-token':
    "Revoke the installation tokens the command mints when it is done (the token command's token is its output: it is not revoked, it expires).",
}

function inputLines(command: CommandName, name: string, spec: InputSpec, width: number): string[] {
  const required = spec.required?.includes(command)
  const value =
    spec.type === 'boolean' ? '' : spec.options ? ` <${spec.options.join('|')}>` : ' <value>'
  const def = spec.default && !spec.default.includes('${{') ? ` Default: ${spec.default}.` : ''
  const fallback = spec.fallbackEnv?.length ? ` Else $${spec.fallbackEnv.join(', else $')}.` : ''
  const env = `Env: ${envName(name)}${spec.secret ? ' (a secret: prefer the environment).' : '.'}`
  return [
    `  --${name}${value}${required ? '   (required)' : ''}`,
    ...wrap(
      `${CLI_DESCRIPTIONS[name] ?? descriptionFor(spec, command)}${def}${fallback} ${env}`,
      width,
      '      ',
    ),
  ]
}

export function commandHelp(name: CommandName, width = 80): string {
  const inputs = inputsOf(name)
  const required = inputs.filter(([, spec]) => spec.required?.includes(name))
  const usage = [
    `Usage: ci-relay ${name}`,
    ...required.map(([input]) => `--${input} <value>`),
    '[--input value ...] [--json]',
  ].join(' ')
  const lines = [usage, '', ...wrap(COMMANDS[name], width, ''), '', 'Inputs:']
  const permissions = inputs.filter(([input]) => input.startsWith('permission-'))
  for (const [input, spec] of inputs) {
    if (input.startsWith('permission-')) continue
    lines.push(...inputLines(name, input, spec, width))
  }
  if (permissions.length) {
    lines.push(
      '  --permission-<name> <read|write|admin>',
      ...wrap(
        `One per GitHub App permission, as actions/create-github-app-token takes them (added to --permissions): ${permissions.map(([input]) => input.slice('permission-'.length)).join(', ')}. Env: CI_RELAY_PERMISSION_<NAME>.`,
        width,
        '      ',
      ),
    )
  }
  lines.push('', 'Outputs (name=value lines on stdout, or one JSON object with --json):')
  for (const [output, spec] of outputsOf(name))
    lines.push(...wrap(`${output}: ${descriptionFor(spec, name)}`, width, '  '))
  const example = EXAMPLES[name]
  if (example) lines.push('', 'Example:', `  ${example}`)
  return lines.join('\n') + '\n'
}
