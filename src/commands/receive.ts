import { writeFileSync } from 'node:fs'
import { InputError, RelayError } from '../errors.js'
import type { InputReader } from '../input-reader.js'
import { DOTENV_PREFIX, dotenvFile, dotenvName } from '../receive/dotenv.js'
import { keyOutputs, outputValue } from '../receive/outputs.js'
import { readReceivedPayload, type ReceivedPayload } from '../receive/source.js'
import { RelaySignatureError, isSigned, splitRelay, verifyRelay } from '../relay-signature.js'
import { summaryHeading } from '../summary.js'
import type { Command, CommandDeps } from './types.js'

export interface ReceiveInputs {
  /** Accepted secrets (several while rotating); empty when the signature is not checked. */
  secrets: string[]
  requireSignature: boolean
  maxAgeSeconds: number
  /** A payload given directly (CI_RELAY_PAYLOAD on the CLI) instead of the event. */
  payload?: Record<string, unknown>
  /** CLI: write the outputs to this dotenv file too. */
  dotenv?: string
  prefix: string
}

/** The outputs receive always sets; payload keys cannot take their names. */
const FIXED_OUTPUTS = ['payload', 'event-type', 'verified', 'callback-url'] as const

export function parseReceiveInputs(reader: InputReader): ReceiveInputs {
  const secrets = reader.lines('secret')
  const requireSignature = reader.boolean('require-signature') ?? secrets.length > 0
  if (requireSignature && secrets.length === 0) {
    throw new InputError(
      'require-signature',
      'is true but secret is not set: set secret to the signing-secret the sender dispatches with.',
    )
  }
  const prefix = reader.raw('prefix')
  if (!DOTENV_PREFIX.test(prefix)) {
    throw new InputError(
      'prefix',
      `must be letters, digits and _, not starting with a digit, like RELAY_ (got '${prefix}').`,
    )
  }
  return {
    secrets,
    requireSignature,
    maxAgeSeconds: reader.integer('max-age'),
    payload: reader.jsonObject('payload'),
    dotenv: reader.string('dotenv'),
    prefix,
  }
}

/** True when the signature was checked; throws when the payload must be rejected. */
function checkSignature(
  inputs: ReceiveInputs,
  received: ReceivedPayload,
  log: CommandDeps['log'],
): boolean {
  const signed = isSigned(received.payload)
  if (inputs.secrets.length === 0) {
    if (signed) log.info('The payload is signed; set secret to verify it.')
    return false
  }
  if (!signed && !inputs.requireSignature) {
    log.info('The payload is not signed; accepted because require-signature is false.')
    return false
  }
  try {
    verifyRelay(inputs.secrets, received.eventType, received.payload, {
      maxAgeSeconds: inputs.maxAgeSeconds,
    })
  } catch (error) {
    if (!(error instanceof RelaySignatureError)) throw error
    throw new RelayError(
      `Rejected the payload of ${received.from}: ${error.message} No outputs were set.`,
    )
  }
  log.info(`The payload signature is valid (${received.from}).`)
  return true
}

export const command: Command<ReceiveInputs> = {
  parse: parseReceiveInputs,

  async run(inputs, deps) {
    const received = readReceivedPayload(inputs.payload, deps.env, deps.context)
    const verified = checkSignature(inputs, received, deps.log)
    // _relay is ci-relay's envelope, not data: it is neither an output nor part of `payload`.
    const { data } = splitRelay(received.payload)
    const fixed: Record<string, string> = { payload: JSON.stringify(data) }
    if (received.eventType !== undefined) fixed['event-type'] = received.eventType
    fixed.verified = String(verified)
    if (typeof data.callback_url === 'string') fixed['callback-url'] = data.callback_url

    const perKey = keyOutputs(data, FIXED_OUTPUTS)
    for (const { key, reason } of perKey.skipped) {
      deps.log.warning(
        `The payload key ${JSON.stringify(key)} ${reason}; it is not set as an output (read it from the payload output with fromJSON).`,
      )
    }
    if (inputs.dotenv) writeDotenv(inputs.dotenv, inputs.prefix, fixed, data, deps.log)

    const keys = Object.keys(perKey.outputs)
    const summary = [
      summaryHeading('receive', verified ? 'verified payload' : 'payload (not signed)'),
      '',
      `Payload of ${received.from}${received.eventType ? ` (\`${received.eventType}\`)` : ''}: signature ${verified ? 'verified' : 'not verified'}.`,
      '',
      `Outputs: ${keys.length ? keys.map((k) => `\`${k}\``).join(', ') : 'none but payload'}.`,
      ...(perKey.skipped.length
        ? ['', `Not outputs: ${perKey.skipped.map((s) => `\`${s.key}\``).join(', ')}.`]
        : []),
      '',
    ].join('\n')
    return { outputs: { ...fixed, ...perKey.outputs }, summary }
  },
}

function writeDotenv(
  path: string,
  prefix: string,
  fixed: Record<string, string>,
  data: Record<string, unknown>,
  log: CommandDeps['log'],
): void {
  const skip = (what: string, why: string) =>
    log.warning(`Not written to ${path}: ${what}, because ${why}.`)
  const reserved = new Map(FIXED_OUTPUTS.map((name) => [dotenvName(prefix, name), name]))
  const keys: [string, string][] = []
  for (const [key, value] of Object.entries(data)) {
    const clash = reserved.get(dotenvName(prefix, key))
    if (clash) skip(`the key ${JSON.stringify(key)}`, `its variable is that of the ${clash} output`)
    else keys.push([key, outputValue(value)])
  }
  // The whole payload goes last: when the file would outgrow GitLab's limit, it is what is left out.
  const { payload, ...small } = fixed
  const file = dotenvFile(
    [...Object.entries(small), ...keys, ['payload', payload as string]],
    prefix,
  )
  for (const { name, reason } of file.skipped) skip(name, reason)
  try {
    writeFileSync(path, file.text)
  } catch (error) {
    throw new RelayError(
      `Could not write the dotenv file ${path} (input 'dotenv'): ${(error as Error).message}`,
    )
  }
  log.info(`Wrote ${file.written.length} variables to ${path}.`)
}
