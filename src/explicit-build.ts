// A build described by notify's explicit inputs (repository, sha, ref, build-url, status): any CI
// that is neither GitHub Actions nor GitLab CI (Jenkins, Buildkite, a laptop). There is no run to
// list jobs of, so runs[] is empty and the status must be given; what the inputs do not say is
// left empty (0 for the ids) rather than guessed.
import { isoSeconds, type BuildInfo } from './build.js'
import { RelayError } from './errors.js'
import type { BuildSource } from './ports.js'

/** The facts about a build that notify's inputs can state; each replaces the run's when set. */
export interface ExplicitBuildFacts {
  repository?: string
  sha?: string
  ref?: string
  webUrl?: string
}

/** The facts the inputs give win over the ones the run's context gave. */
export function withExplicitFacts(build: BuildInfo, facts: ExplicitBuildFacts): BuildInfo {
  return {
    ...build,
    ...(facts.repository ? { repository: facts.repository } : {}),
    ...(facts.sha ? { sha: facts.sha } : {}),
    ...(facts.ref ? { ref: facts.ref } : {}),
    ...(facts.webUrl ? { webUrl: facts.webUrl } : {}),
  }
}

/** The build outside a known CI: provider `other`, described by the inputs alone. */
export function explicitBuildSource(
  facts: ExplicitBuildFacts & { repository: string; sha: string },
): BuildSource {
  const noJobs =
    'There is no GitHub Actions run or GitLab pipeline here, so there are no jobs to list.'
  return {
    provider: 'other',
    jobsHint: 'Pass status (success, failure or cancelled).',
    listJobs: () => Promise.reject(new RelayError(noJobs)),
    currentJob: () => ({ name: 'job', status: 'in_progress', webUrl: facts.webUrl ?? '' }),
    describe(buildFacts) {
      const completed = isoSeconds(buildFacts.now)
      return {
        provider: 'other',
        buildId: 0,
        buildNumber: 0,
        status: buildFacts.status,
        repository: facts.repository,
        sha: facts.sha,
        ref: facts.ref ?? '',
        webUrl: facts.webUrl ?? '',
        workflow: '',
        event: '',
        actor: '',
        created: completed,
        completed,
        runs: [],
        test: buildFacts.test,
      }
    },
  }
}
