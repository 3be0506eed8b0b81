// A GitLab job's OIDC identity token: declared with `id_tokens:` in the job and handed over in
// the CI_RELAY_ID_TOKEN variable (GitLab has no token service to ask, unlike GitHub's runner).
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'

export const ID_TOKEN_VARIABLE = 'CI_RELAY_ID_TOKEN'

/** The token, checked to be a JWT for `audience` (so a wrong id_tokens entry fails here). */
export function gitlabIdToken(env: NodeJS.ProcessEnv, audience: string, log: Logger): string {
  const token = env[ID_TOKEN_VARIABLE]?.trim()
  const declare = `declare it in the job: id_tokens: { ${ID_TOKEN_VARIABLE}: { aud: "${audience}" } }`
  if (!token) {
    throw new InputError(
      'oidc-audience',
      `needs the job's ID token in ${ID_TOKEN_VARIABLE}: ${declare}.`,
    )
  }
  log.mask(token)
  let claims: { aud?: unknown } | undefined
  try {
    claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
  } catch {
    claims = undefined
  }
  if (!claims || typeof claims !== 'object') {
    throw new InputError('oidc-audience', `${ID_TOKEN_VARIABLE} does not hold a JWT: ${declare}.`)
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (!audiences.includes(audience)) {
    throw new InputError(
      'oidc-audience',
      `is '${audience}', but the token in ${ID_TOKEN_VARIABLE} is for ${JSON.stringify(claims.aud)}: ${declare}.`,
    )
  }
  return token
}
