import { InputError, RelayError } from '../errors.js'
import type { Logger } from '../log.js'
import { VERSION } from '../version.js'
import { defaultRetryPolicy, withRetry, type RetryPolicy } from './retry.js'

const REQUEST_TIMEOUT_MS = 10_000

class IdTokenRequestFailure extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
  }
}

/**
 * The GitHub Actions OIDC identity token for `audience`, as @actions/core's getIDToken fetches it
 * (ACTIONS_ID_TOKEN_REQUEST_URL with `&audience=`, the request token as bearer), masked the
 * moment it arrives. Needs `permissions: id-token: write` in the job.
 */
export async function requestIdToken(
  env: NodeJS.ProcessEnv,
  audience: string,
  log: Logger,
  retry: RetryPolicy = defaultRetryPolicy,
): Promise<string> {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!requestUrl || !requestToken) {
    throw new InputError(
      'oidc-audience',
      env.GITLAB_CI === 'true'
        ? 'is for GitHub Actions. On GitLab, declare id_tokens: in the job and pass the token as authorization: "Bearer $YOUR_ID_TOKEN".'
        : 'needs the runner to issue an OIDC token: add `permissions: id-token: write` to the job (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set).',
    )
  }
  log.mask(requestToken)
  const url = new URL(requestUrl)
  url.searchParams.set('audience', audience)
  const value = await withRetry(
    'Requesting the OIDC token',
    async () => {
      let response: Response
      try {
        response = await fetch(url, {
          headers: {
            Authorization: `Bearer ${requestToken}`,
            Accept: 'application/json',
            'User-Agent': `ci-relay/${VERSION}`,
          },
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        })
      } catch (error) {
        throw new IdTokenRequestFailure(`network error: ${(error as Error).message}`)
      }
      if (!response.ok) {
        throw new IdTokenRequestFailure(`answered ${response.status}`, response.status)
      }
      const body = (await response.json().catch(() => undefined)) as { value?: unknown }
      if (typeof body?.value !== 'string' || !body.value) {
        throw new IdTokenRequestFailure('answered without a token (no "value")', 0)
      }
      return body.value
    },
    log,
    retry,
  ).catch((error: unknown) => {
    throw new RelayError(
      `Could not get the OIDC token for audience '${audience}': the runner's token service ${(error as Error).message}.`,
    )
  })
  log.mask(value)
  return value
}
