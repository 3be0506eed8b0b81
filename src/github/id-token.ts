import { InputError, RelayError } from '../errors.js'
import type { Logger } from '../log.js'
import { VERSION } from '../version.js'
import { networkFailureIn } from '../http/errors.js'
import type { Clock, RetryPolicy } from '../http/policy.js'
import { request } from '../http/request.js'

/** The runner's token service answers at once; 10 s per attempt is generous. */
const REQUEST_TIMEOUT_MS = 10_000

/**
 * The GitHub Actions OIDC identity token for `audience`, as @actions/core's getIDToken fetches it
 * (ACTIONS_ID_TOKEN_REQUEST_URL with `&audience=`, the request token as bearer), masked the
 * moment it arrives. Needs `permissions: id-token: write` in the job.
 */
export async function requestIdToken(
  env: NodeJS.ProcessEnv,
  audience: string,
  log: Logger,
  retry: Partial<RetryPolicy> = {},
  clock?: Clock,
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
  const failed = (what: string) =>
    new RelayError(`Could not get the OIDC token for audience '${audience}': ${what}.`)
  let answer
  try {
    answer = await request(url, {
      headers: {
        Authorization: `Bearer ${requestToken}`,
        Accept: 'application/json',
        'User-Agent': `ci-relay/${VERSION}`,
      },
      label: 'Requesting the OIDC token',
      policy: { timeoutMs: REQUEST_TIMEOUT_MS, ...retry },
      log,
      ...(clock ? { clock } : {}),
    })
  } catch (error) {
    const network = networkFailureIn(error)
    throw failed(`the runner's token service did not answer: ${network?.message ?? String(error)}`)
  }
  if (!answer.ok) {
    throw failed(
      `the runner's token service answered ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`,
    )
  }
  const body = (await answer.json().catch(() => undefined)) as { value?: unknown } | undefined
  if (typeof body?.value !== 'string' || !body.value) {
    throw failed(`the runner's token service answered without a token (no "value")`)
  }
  log.mask(body.value)
  return body.value
}
