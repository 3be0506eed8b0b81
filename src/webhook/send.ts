// Sending signed deliveries for the commands and tools (notify, callback, redeliver): one
// delivery per URL, each re-signed per attempt with its own id, the outcome as outputs, a summary
// table, and what failed left in a file for `ci-relay redeliver`.
import { tmpdir } from 'node:os'
import type { Logger } from '../log.js'
import { VERSION } from '../version.js'
import { deliverAll, redactUrl, type DeliveryResult, type DeliveryTarget } from './deliver.js'
import { sign, type SignatureScheme } from './sign.js'
import { writeUndelivered } from './undelivered.js'

export interface Outgoing {
  /** The whole URL (query and userinfo included): only ever shown redacted. */
  url: string
  /** Serialized once: these bytes are signed and sent on every attempt. */
  body: string
  deliveryId: string
  signature: SignatureScheme
  secret?: string
  /** X-GitHub-Event / X-Gitlab-Event under the github / gitlab schemes. */
  event: string
  /** X-Gitlab-Instance under the gitlab scheme: the URL of the CI server sending. */
  instance?: string
  /** Authorization header value. */
  authorization?: string
}

export interface SendOptions {
  maxAttempts: number
  timeoutMs: number
  log: Logger
  /** The command sending, written in the undelivered file. */
  command: string
  /** Where to leave what could not be delivered; nothing is written without it. */
  undeliveredDir?: string
}

export interface SendReport {
  results: DeliveryResult[]
  /** Path of the file holding what was not delivered, when something was not. */
  undeliveredPath?: string
  /** Why the step fails: set when any URL was not delivered, after all were tried. */
  failure?: string
}

/**
 * RUNNER_TEMP on a runner (gone when the job ends: upload it if you want to redeliver later);
 * CI_PROJECT_DIR in a GitLab job, where `artifacts: paths` can keep it.
 */
export function undeliveredDirOf(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP || (env.GITLAB_CI === 'true' && env.CI_PROJECT_DIR) || tmpdir()
}

/** Delivers every outgoing delivery concurrently; never rejects. */
export async function send(outgoing: Outgoing[], options: SendOptions): Promise<SendReport> {
  const results = await deliverAll(
    outgoing.map((o): DeliveryTarget => ({
      url: o.url,
      body: o.body,
      deliveryId: o.deliveryId,
      headers: o.authorization ? { Authorization: o.authorization } : {},
      // A fresh timestamp and signature per attempt: Standard Webhooks receivers reject
      // timestamps older than 5 minutes, and retries can take longer than that.
      resign: () =>
        sign(o.signature, o.secret, o.body, {
          id: o.deliveryId,
          event: o.event,
          // One receiver URL is one hook: its X-Gitlab-Webhook-UUID stays the same.
          hook: redactUrl(o.url),
          instance: o.instance,
        }),
    })),
    {
      maxAttempts: options.maxAttempts,
      timeoutMs: options.timeoutMs,
      version: VERSION,
      log: options.log,
    },
  )
  const failed = outgoing
    .map((o, i) => ({ o, r: results[i] as DeliveryResult }))
    .filter(({ r }) => !r.ok)
  if (failed.length === 0) return { results }

  let undeliveredPath: string | undefined
  if (options.undeliveredDir) {
    try {
      undeliveredPath = writeUndelivered(
        options.undeliveredDir,
        options.command,
        failed.map(({ o }) => ({
          url: o.url,
          body: o.body,
          deliveryId: o.deliveryId,
          signature: o.signature,
          event: o.event,
          ...(o.instance !== undefined && { instance: o.instance }),
          authorization: o.authorization !== undefined,
        })),
      )
    } catch (error) {
      options.log.warning(`Could not write the undelivered file: ${(error as Error).message}`)
    }
  }
  const lines = failed.map(
    ({ r }) =>
      `${r.url}: ${r.error ?? 'failed'} (${r.attempts} attempt${r.attempts === 1 ? '' : 's'})`,
  )
  const left = undeliveredPath
    ? `\nWhat was not delivered is in ${undeliveredPath}: send it again with npx @ci-relay/cli redeliver ${undeliveredPath}.`
    : ''
  const failure = `Not delivered to ${failed.length} of ${results.length} URL${results.length === 1 ? '' : 's'}:\n${lines.join('\n')}${left}`
  return { results, undeliveredPath, failure }
}

/** The `results` output: one object per URL, in input order. */
export function resultsJson(results: readonly DeliveryResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      url: r.url,
      status_code: r.status ?? null,
      attempts: r.attempts,
      delivery_id: r.deliveryId,
      ms: r.ms,
      delivered: r.ok,
      ...(r.error !== undefined && !r.ok ? { error: r.error } : {}),
    })),
  )
}

/** A Markdown table of the deliveries for the job summary. */
export function resultsTable(results: readonly DeliveryResult[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
  return [
    '| URL | result | HTTP status | attempts | delivery id | time |',
    '| --- | --- | --- | --- | --- | --- |',
    ...results.map((r) =>
      [
        '',
        cell(r.url),
        r.ok ? 'delivered' : `failed: ${cell(r.error ?? 'unknown error')}`,
        r.status ?? '–',
        r.attempts,
        `\`${r.deliveryId}\``,
        `${r.ms} ms`,
        '',
      ].join(' | '),
    ),
  ]
    .map((row) => row.trim())
    .join('\n')
}
