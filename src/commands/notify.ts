import type { RunContext } from '../context.js'
import { InputError, RelayError } from '../errors.js'
import {
  autoBuildStatus,
  currentJobRun,
  githubBuildInfo,
  githubRunOf,
  runWebUrl,
  runsOfJobs,
  type GitHubRun,
} from '../github/build-info.js'
import { findCurrentJob, jobOutcome, listAttemptJobs, type WorkflowJob } from '../github/jobs.js'
import type { InputReader } from '../input-reader.js'
import { githubCommitFacts } from '../github/commit-facts.js'
import {
  buildPayload,
  defaultEvent,
  isForgeFormat,
  type BuildRun,
  type BuildStatus,
  type JsonObject,
  type PayloadFormat,
  type RunStatus,
} from '../webhook/formats/index.js'
import { newDeliveryId, secretKey, type SignatureScheme } from '../webhook/sign.js'
import { resultsJson, resultsTable, send, undeliveredDirOf } from '../webhook/send.js'
import { checkWebhookUrl, splitUrls } from '../webhook/urls.js'
import { requireGitHub, type Command, type CommandDeps } from './types.js'

export interface NotifyInputs {
  urls: string[]
  secret?: string
  signature: SignatureScheme
  authorization?: string
  format: PayloadFormat
  /** X-GitHub-Event / X-Gitlab-Event; undefined: the format's own. */
  event?: string
  payload: JsonObject
  status: BuildStatus | 'auto'
  includeJobs: boolean
  maxAttempts: number
  timeoutMs: number
  test: boolean
  oidcAudience?: string
  run: GitHubRun
  /** Said when the command runs (parse has no logger). */
  warnings: string[]
}

const STATUS_WORDS: Record<string, BuildStatus | 'auto'> = {
  auto: 'auto',
  success: 'success',
  failure: 'failure',
  cancelled: 'cancelled',
  // GitLab's CI_JOB_STATUS spellings.
  failed: 'failure',
  canceled: 'cancelled',
}

export function parseNotifyInputs(reader: InputReader, context: RunContext): NotifyInputs {
  const warnings: string[] = []
  const urls = splitUrls(reader.raw('url')).map((url) => checkWebhookUrl(url, 'url'))
  if (urls.length === 0) {
    throw new InputError(
      'url',
      'must be set to at least one http or https URL (comma or newline separated).',
    )
  }

  const secret = reader.raw('secret') || undefined
  const chosen = reader.string('signature') as SignatureScheme | undefined
  const signature: SignatureScheme = chosen ?? (secret ? 'standard' : 'none')
  if (signature !== 'none' && !secret) {
    throw new InputError(
      'secret',
      `must be set to sign with signature '${signature}' (or set signature: none to send unsigned deliveries). If using a secret, ensure it is available in this workflow context.`,
    )
  }
  if (secret && signature === 'none') {
    warnings.push("The secret is not used: signature is 'none', so deliveries are unsigned.")
  }
  if (secret && signature !== 'none') {
    try {
      secretKey(secret, signature)
    } catch (error) {
      throw new InputError('secret', (error as Error).message)
    }
  }

  const authorization = reader.string('authorization')
  if (authorization !== undefined && /[\r\n\0]/.test(authorization)) {
    throw new InputError('authorization', 'must be one line (a header value).')
  }
  const oidcAudience = reader.string('oidc-audience')
  if (oidcAudience && authorization) {
    throw new InputError(
      'oidc-audience',
      'and authorization both set the Authorization header: set only one of them.',
    )
  }

  const format = (reader.string('format') ?? 'ci-relay') as PayloadFormat
  const event = reader.string('event')
  if (event !== undefined && !/^[\x20-\x7e]+$/.test(event)) {
    throw new InputError(
      'event',
      "must be one line of printable ASCII (it is sent as a header value), e.g. push or 'Merge Request Hook'.",
    )
  }
  if (event !== undefined && signature !== 'github' && signature !== 'gitlab') {
    warnings.push(
      `The event is not sent: only signature github (X-GitHub-Event) and gitlab (X-Gitlab-Event) carry it, and signature is '${signature}'.`,
    )
  }

  const statusInput = reader.raw('status') || 'auto'
  const status = STATUS_WORDS[statusInput]
  if (!status) {
    throw new InputError(
      'status',
      `must be auto, success, failure or cancelled (got '${statusInput}'). In a workflow, \${{ job.status }} gives this job's status.`,
    )
  }
  const includeJobs = reader.boolean('include-jobs') ?? true
  const test = reader.boolean('test') ?? false
  // The forge formats describe the commit, not the build's outcome: they need no jobs.
  if (status === 'auto' && !includeJobs && !test && !isForgeFormat(format)) {
    throw new InputError(
      'status',
      'must be success, failure or cancelled when include-jobs is false: auto derives it from the jobs of this run. Pass ${{ job.status }}, or the result of the jobs you need.',
    )
  }

  const run = githubRunOf(context)
  if (typeof run === 'string') {
    throw new RelayError(
      `notify describes a GitHub Actions run, and ${run} (the runner sets them).${context.platform === 'gitlab' ? ' GitLab pipelines are not supported by notify yet.' : ''}`,
    )
  }

  return {
    urls,
    secret,
    signature,
    authorization,
    format,
    event,
    payload: reader.jsonObject('payload') ?? {},
    status,
    includeJobs,
    maxAttempts: reader.integer('max-attempts') ?? 10,
    timeoutMs: (reader.integer('timeout') ?? 10) * 1000,
    test,
    oidcAudience,
    run,
    warnings,
  }
}

/** This run's jobs, or undefined (with a warning) when they cannot be read. */
async function readJobs(deps: CommandDeps): Promise<WorkflowJob[] | undefined> {
  try {
    return await listAttemptJobs(requireGitHub(deps), deps.context)
  } catch (error) {
    deps.log.warning(`${(error as Error).message} runs[] holds only this job.`)
    return undefined
  }
}

/**
 * `status: auto`: the finished jobs, and this job's own outcome so far (a step before notify
 * failed or was cancelled), when this job can be told apart.
 */
function autoStatus(jobs: WorkflowJob[], runs: BuildRun[], deps: CommandDeps): BuildStatus {
  let own: { status: RunStatus }[] = []
  try {
    const { job } = findCurrentJob(jobs, deps.context)
    own = [{ status: jobOutcome(job).outcome }]
  } catch (error) {
    deps.log.info(`${(error as Error).message} Its own steps are not counted.`)
  }
  return autoBuildStatus([...runs, ...own])
}

export const command: Command<NotifyInputs> = {
  parse: parseNotifyInputs,

  async run(inputs, deps) {
    const { log, context } = deps
    for (const warning of inputs.warnings) log.warning(warning)

    let runs: BuildRun[] = []
    let status: BuildStatus = inputs.status === 'auto' ? 'success' : inputs.status
    if (inputs.includeJobs && !inputs.test && !isForgeFormat(inputs.format)) {
      const jobs = await readJobs(deps)
      runs = jobs
        ? runsOfJobs(jobs, deps.github?.inputs.apiUrl ?? context.apiUrl, inputs.run.repository)
        : [currentJobRun(context, runWebUrl(context, inputs.run))]
      if (inputs.status === 'auto') {
        if (!jobs) {
          throw new RelayError(
            "Input 'status': auto needs the jobs of this run, which could not be read (see the warning); nothing was sent. Grant actions: read, or pass status: ${{ job.status }}.",
          )
        }
        status = autoStatus(jobs, runs, deps)
        log.info(`Build status (auto, from the ${jobs.length} jobs of this run): ${status}.`)
      }
    }

    let authorization = inputs.authorization
    if (inputs.oidcAudience) {
      const { requestIdToken } = await import('../github/id-token.js')
      authorization = `Bearer ${await requestIdToken(deps.env, inputs.oidcAudience, log)}`
    }

    const build = githubBuildInfo(context, inputs.run, {
      status,
      runs,
      test: inputs.test,
      now: Date.now(),
    })
    const facts = isForgeFormat(inputs.format) ? githubCommitFacts(context, inputs.run) : undefined
    const body = JSON.stringify(buildPayload(inputs.format, build, inputs.payload, facts))
    const event = inputs.event ?? defaultEvent(inputs.format, build, facts)
    log.info(
      `Sending ${event} (format ${inputs.format}${facts ? `, commit ${facts.sha}` : `, status ${status}`}, signature ${inputs.signature}) to ${inputs.urls.length} URL${inputs.urls.length === 1 ? '' : 's'}.`,
    )
    const report = await send(
      inputs.urls.map((url) => ({
        url,
        body,
        deliveryId: newDeliveryId(),
        signature: inputs.signature,
        secret: inputs.secret,
        event,
        instance: context.serverUrl,
        authorization,
      })),
      {
        maxAttempts: inputs.maxAttempts,
        timeoutMs: inputs.timeoutMs,
        log,
        command: 'notify',
        undeliveredDir: undeliveredDirOf(deps.env),
      },
    )
    const summary = [
      `### ci-relay notify: ${inputs.test ? 'test delivery' : `build ${status}`}`,
      '',
      resultsTable(report.results),
      '',
      ...(report.undeliveredPath
        ? [`Not delivered: \`${report.undeliveredPath}\` (for \`ci-relay redeliver\`).`, '']
        : []),
    ].join('\n')
    return {
      outputs: {
        'delivery-id': report.results[0]?.deliveryId ?? '',
        results: resultsJson(report.results),
        ...(report.undeliveredPath ? { undelivered: report.undeliveredPath } : {}),
      },
      summary,
      failure: report.failure,
    }
  },
}
