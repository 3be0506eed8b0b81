import { workflowJobLabel, type RunContext } from '../context.js'
import { InputError } from '../errors.js'
import type { InputReader } from '../input-reader.js'
import { defaultOf } from '../inputs.js'
import { readReceivedPayload } from '../receive/source.js'
import { charLength, cutText, isHttpUrl } from '../text.js'
import { newDeliveryId } from '../webhook/sign.js'
import { resultsTable, send, undeliveredDirOf } from '../webhook/send.js'
import { checkWebhookUrl } from '../webhook/urls.js'
import { failedOutcome, summaryHeading } from '../summary.js'
import type { Command } from './types.js'

/** Docker Hub's callback limits. */
export const CALLBACK_LIMITS = { description: 255, context: 100 }
const STATES = ['success', 'failure', 'error'] as const
type CallbackState = (typeof STATES)[number]

/** Attempts and per-attempt timeout: notify's defaults (callback has no inputs for them). */
const DELIVERY = {
  maxAttempts: Number(defaultOf('max-attempts')),
  timeoutMs: Number(defaultOf('timeout')) * 1000,
}

export interface CallbackInputs {
  /** Undefined: callback_url of the received payload. */
  url?: string
  body: {
    state: CallbackState
    description?: string
    context: string
    target_url?: string
  }
  warnings: string[]
}

/**
 * callback_url of the received payload (client_payload of a repository_dispatch, inputs of a
 * workflow_dispatch, GitLab's TRIGGER_PAYLOAD: where receive reads it), checked like the input.
 */
function receivedCallbackUrl(env: NodeJS.ProcessEnv, context: RunContext): string {
  let url: unknown
  let from = 'the event that started this run'
  try {
    const received = readReceivedPayload(undefined, env, context)
    url = received.payload.callback_url
    from = received.from
  } catch {
    // No received payload: said below.
  }
  if (typeof url !== 'string' || !url) {
    throw new InputError(
      'callback-url',
      `must be set: there is no callback_url in ${from} (client_payload.callback_url of a repository_dispatch, or TRIGGER_PAYLOAD).`,
    )
  }
  return checkWebhookUrl(url, 'callback-url')
}

export function parseCallbackInputs(reader: InputReader, context: RunContext): CallbackInputs {
  const warnings: string[] = []
  const given = reader.string('callback-url')
  const url = given === undefined ? undefined : checkWebhookUrl(given, 'callback-url')

  const state = reader.string('state', { required: true, hint: 'success, failure or error' })
  if (!STATES.includes(state as CallbackState)) {
    throw new InputError('state', `must be success, failure or error (got '${state}').`)
  }

  const limit = (input: 'description' | 'context', value: string | undefined) => {
    const max = CALLBACK_LIMITS[input]
    if (value === undefined || charLength(value) <= max) return value
    warnings.push(`The ${input} is longer than ${max} characters; it was cut to ${max}.`)
    return cutText(value, max)
  }
  const defaultContext = workflowJobLabel(context) ?? 'ci-relay'
  const targetUrl = reader.string('target-url') ?? context.run.url
  if (targetUrl && !isHttpUrl(targetUrl)) {
    throw new InputError('target-url', `must be an http(s) URL (got '${targetUrl}').`)
  }
  const description = limit('description', reader.string('description'))
  return {
    url,
    body: {
      state: state as CallbackState,
      ...(description !== undefined && { description }),
      context: limit('context', reader.string('context') ?? defaultContext) as string,
      ...(targetUrl && { target_url: targetUrl }),
    },
    warnings,
  }
}

export const command: Command<CallbackInputs> = {
  parse: parseCallbackInputs,

  async run(inputs, deps) {
    for (const warning of inputs.warnings) deps.log.warning(warning)
    const url = inputs.url ?? receivedCallbackUrl(deps.env, deps.context)
    deps.log.info(`Sending callback state '${inputs.body.state}'.`)
    const report = await send(
      [
        {
          url,
          body: JSON.stringify(inputs.body),
          deliveryId: newDeliveryId(),
          signature: 'none',
          event: 'callback',
        },
      ],
      {
        ...DELIVERY,
        log: deps.log,
        command: 'callback',
        undeliveredDir: undeliveredDirOf(deps.env),
      },
    )
    const result = report.results[0]
    return {
      outputs: { 'status-code': result?.status !== undefined ? String(result.status) : '' },
      summary: `${summaryHeading(
        'callback',
        result?.ok ? `${inputs.body.state} sent (${result.status})` : failedOutcome(result?.status),
      )}\n\n${resultsTable(report.results)}\n`,
      failure: report.failure,
    }
  },
}
