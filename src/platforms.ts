// Picks the platform behind each port: the one the job runs on, or the one `target` names.
import type { CommitFacts } from './commit-facts.js'
import type { RunContext } from './context.js'
import { githubBuildSource } from './github/build-source.js'
import { githubCommitFacts } from './github/commit-facts.js'
import { readGitLabInputs } from './gitlab/access.js'
import { gitlabBuildSource } from './gitlab/build-source.js'
import { gitlabCommitFacts } from './gitlab/commit-facts.js'
import type { InputReader } from './input-reader.js'
import type { Logger } from './log.js'
import type { BuildSource } from './ports.js'

/** The build this job belongs to; throws saying what is missing outside a CI run. */
export function buildSourceOf(context: RunContext, reader: InputReader): BuildSource {
  if (context.provider === 'gitlab') return gitlabBuildSource(context, readGitLabInputs(reader))
  // Outside both platforms this names the GitHub variables that are missing.
  return githubBuildSource(context)
}

/** The CI platform's OIDC identity token for `audience`. */
export async function identityToken(
  context: RunContext,
  env: NodeJS.ProcessEnv,
  audience: string,
  log: Logger,
): Promise<string> {
  if (context.provider === 'gitlab') {
    const { gitlabIdToken } = await import('./gitlab/id-token.js')
    return gitlabIdToken(env, audience, log)
  }
  const { requestIdToken } = await import('./github/id-token.js')
  return requestIdToken(env, audience, log)
}

/** The commit this job was started for, as its forge's own events describe it. */
export function commitFactsOf(context: RunContext, env: NodeJS.ProcessEnv): CommitFacts {
  switch (context.provider) {
    case 'gitlab':
      return gitlabCommitFacts(context, env)
    default:
      // Outside both platforms this names the GitHub variables that are missing.
      return githubCommitFacts(context)
  }
}
