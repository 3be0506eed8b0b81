import type { GitHub } from '@actions/github/lib/utils'
import type { Logger } from '../log.js'
import { defaultRetryPolicy, withRetry, type RetryPolicy } from './retry.js'
import { VERSION } from '../version.js'

export type Octokit = InstanceType<typeof GitHub>

export interface ClientOptions {
  baseUrl: string
  log: Logger
  retry?: RetryPolicy
}

/**
 * An Octokit (from @actions/github, loaded on first use so commands without GitHub calls never pay
 * for it) that retries 5xx, network errors and rate limits, logging each retry.
 */
export async function createClient(
  auth: string | { authStrategy: unknown; auth: unknown },
  options: ClientOptions,
): Promise<Octokit> {
  const { GitHub } = await import('@actions/github/lib/utils')
  const octokit = new GitHub({
    baseUrl: options.baseUrl,
    userAgent: `ci-relay/${VERSION}`,
    ...(typeof auth === 'string' ? { auth } : auth),
    log: { debug: () => {}, info: () => {}, warn: options.log.warning, error: () => {} },
  } as ConstructorParameters<typeof GitHub>[0])
  octokit.hook.wrap('request', (request, endpoint) =>
    withRetry(
      `${endpoint.method} ${new URL(endpoint.url, 'http://x').pathname}`,
      async () => request(endpoint),
      options.log,
      options.retry ?? defaultRetryPolicy,
    ),
  )
  return octokit
}
