import type { Octokit as CoreOctokit } from '@octokit/core'
import type { PaginateInterface } from '@octokit/plugin-paginate-rest'
import type { Logger } from '../log.js'
import type { Clock, RetryPolicy } from '../http/policy.js'
import { fetchFor } from '../http/request.js'
import { VERSION } from '../version.js'

export type Octokit = CoreOctokit & { paginate: PaginateInterface }

export interface ClientOptions {
  baseUrl: string
  log: Logger
  /** Overrides of the API retry policy (src/http/policy.ts). */
  retry?: Partial<RetryPolicy>
  clock?: Clock
}

/**
 * An Octokit (@octokit/core with pagination, loaded on first use so commands without GitHub calls
 * never pay for it) whose requests go through src/http: node:http(s), proxies from the
 * environment, a timeout per attempt, and the one retry policy, each retry logged with its real
 * path.
 */
export async function createClient(
  auth: string | { authStrategy: unknown; auth: unknown },
  options: ClientOptions,
): Promise<Octokit> {
  const [{ Octokit }, { paginateRest }] = await Promise.all([
    import('@octokit/core'),
    import('@octokit/plugin-paginate-rest'),
  ])
  const GitHub = Octokit.plugin(paginateRest)
  return new GitHub({
    baseUrl: options.baseUrl,
    userAgent: `ci-relay/${VERSION}`,
    ...(typeof auth === 'string' ? { auth } : auth),
    request: {
      fetch: fetchFor({
        followSameOrigin: true,
        log: options.log,
        ...(options.retry ? { policy: options.retry } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
      }),
    },
    log: { debug: () => {}, info: () => {}, warn: options.log.warning, error: () => {} },
  } as ConstructorParameters<typeof GitHub>[0]) as unknown as Octokit
}
