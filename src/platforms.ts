// Picks the platform behind each port: the one the job runs on, or the one `target` names.
import type { RunContext } from './context.js'
import { RelayError } from './errors.js'
import { githubBuildSource } from './github/build-source.js'
import type { BuildSource } from './ports.js'

/** The build this job belongs to; throws saying what is missing outside a CI run. */
export function buildSourceOf(context: RunContext): BuildSource {
  switch (context.provider) {
    case 'gitlab':
      throw new RelayError('GitLab pipelines are not supported by notify yet.')
    default:
      // Outside both platforms this names the GitHub variables that are missing.
      return githubBuildSource(context)
  }
}
