// Where a received payload comes from: the payload input (CI_RELAY_PAYLOAD on the CLI), GitLab's
// TRIGGER_PAYLOAD (a webhook-triggered pipeline), or the GitHub event that started this run.
import { readFileSync } from 'node:fs'
import type { RunContext } from '../context.js'
import { RelayError } from '../errors.js'

export interface ReceivedPayload {
  /** client_payload (repository_dispatch), inputs (workflow_dispatch), or the object given. */
  payload: Record<string, unknown>
  /** The dispatch event_type, when the source has one. */
  eventType?: string
  /** Where the payload was read, for messages. */
  from: string
}

/** The GitHub events receive reads, and where each keeps its payload. */
export const RECEIVED_EVENTS = {
  repository_dispatch: 'client_payload',
  workflow_dispatch: 'inputs',
} as const

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A repository_dispatch webhook body ({action, client_payload, ...}) or a dispatch request body
 * ({event_type, client_payload}) forwarded as it is: its client_payload is the payload. Any other
 * object is the payload itself.
 */
function unwrap(value: Record<string, unknown>, from: string): ReceivedPayload {
  if (!isObject(value.client_payload)) return { payload: value, from }
  const eventType = [value.action, value.event_type].find((v) => typeof v === 'string')
  return { payload: value.client_payload, eventType: eventType as string | undefined, from }
}

function readTriggerPayload(value: string): Record<string, unknown> {
  // GitLab passes TRIGGER_PAYLOAD as a file variable (a path); a JSON value is accepted too.
  const json = value.trimStart().startsWith('{')
  let parsed: unknown
  try {
    parsed = JSON.parse(json ? value : readFileSync(value, 'utf8'))
  } catch (error) {
    throw new RelayError(
      `Could not read TRIGGER_PAYLOAD${json ? '' : ` (${value})`} as JSON: ${(error as Error).message}`,
    )
  }
  if (!isObject(parsed)) throw new RelayError('TRIGGER_PAYLOAD must hold a JSON object.')
  return parsed
}

function fromEvent(context: RunContext): ReceivedPayload {
  const name = context.provider === 'github' ? context.run.event : undefined
  const supported = Object.entries(RECEIVED_EVENTS)
    .map(([event, key]) => `${event} (${key})`)
    .join(' and ')
  if (name !== 'repository_dispatch' && name !== 'workflow_dispatch') {
    throw new RelayError(
      name
        ? `receive reads the payload of ${supported} events; this run was started by ${name}. On other CIs, pass the payload in TRIGGER_PAYLOAD (a file) or CI_RELAY_PAYLOAD (JSON).`
        : `There is no payload to receive: receive reads the GitHub event of ${supported} runs, TRIGGER_PAYLOAD (a file, as GitLab sets it for webhook-triggered pipelines) or CI_RELAY_PAYLOAD (JSON).`,
    )
  }
  const event = context.github?.event() ?? {}
  const key = RECEIVED_EVENTS[name]
  const payload = event[key] ?? {}
  if (!isObject(payload)) {
    throw new RelayError(`The ${name} event's ${key} is not a JSON object.`)
  }
  const eventType = name === 'repository_dispatch' ? event.action : undefined
  return {
    payload,
    eventType: typeof eventType === 'string' ? eventType : undefined,
    from: `the ${name} event`,
  }
}

/** The payload to receive, from the first source that is set. */
export function readReceivedPayload(
  given: Record<string, unknown> | undefined,
  env: NodeJS.ProcessEnv,
  context: RunContext,
): ReceivedPayload {
  if (given) return unwrap(given, 'the payload input')
  if (env.TRIGGER_PAYLOAD) return unwrap(readTriggerPayload(env.TRIGGER_PAYLOAD), 'TRIGGER_PAYLOAD')
  return fromEvent(context)
}
