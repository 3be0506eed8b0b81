import type { RunContext } from '../context.js'

/**
 * The commit a run is about, as people see it: the pull request's head on `pull_request*` events
 * (GITHUB_SHA is a merge commit there that no one looks at), the triggering run's `head_sha` on
 * `workflow_run` (GITHUB_SHA is the default branch there), else GITHUB_SHA. `from` says where the
 * sha was looked for, for messages; `sha` is undefined when it was not there.
 */
export function commitOfRun(context: RunContext): { sha?: string; from: string } {
  const event = context.run.event ?? ''
  const payload = () => context.github?.event() ?? {}
  if (event.startsWith('pull_request')) {
    const sha = pick(payload(), 'pull_request', 'head', 'sha')
    return { sha, from: `the ${event} event's pull_request.head.sha` }
  }
  if (event === 'workflow_run') {
    const sha = pick(payload(), 'workflow_run', 'head_sha')
    return { sha, from: "the workflow_run event's workflow_run.head_sha" }
  }
  return { sha: context.sha, from: 'GITHUB_SHA' }
}

function pick(value: unknown, ...path: string[]): string | undefined {
  let node = value
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return typeof node === 'string' && node ? node : undefined
}
