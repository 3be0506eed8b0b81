import { autoBuildStatus, type BuildRun, type BuildStatus } from '../build.js'
import type { RunContext } from '../context.js'
import { InputError, RelayError } from '../errors.js'
import {
  explicitBuildSource,
  withExplicitFacts,
  type ExplicitBuildFacts,
} from '../explicit-build.js'
import type { InputReader } from '../input-reader.js'
import { buildSourceOf, commitFactsOf, identityToken } from '../platforms.js'
import type { BuildSource, RunJobs } from '../ports.js'
import {
  buildForgePayload,
  buildPayload,
  forgeEventName,
  isForgeFormat,
  payloadType,
  type BuildFormat,
  type BuildReferenceFacts,
  type JsonObject,
  type PayloadFormat,
} from '../webhook/formats/index.js'
import { newDeliveryId, secretKey, type SignatureScheme } from '../webhook/sign.js'
import { resultsJson, resultsTable, send, undeliveredDirOf } from '../webhook/send.js'
import { checkWebhookUrl, splitUrls } from '../webhook/urls.js'
import { keepFileHint, summaryHeading } from '../summary.js'
import type { Command, CommandDeps } from './types.js'

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
  /** The build's jobs and description; none for the forge formats, which describe the commit. */
  source?: BuildSource
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

  const secrets = reader.lines('secret')
  if (secrets.length > 1) {
    throw new InputError(
      'secret',
      `must be one secret for notify (got ${secrets.length} lines): deliveries are signed with one key. Lists of secrets are for receivers.`,
    )
  }
  const secret = secrets[0]
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

  const format = reader.string('format') as PayloadFormat
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

  const statusInput = reader.raw('status')
  const status = STATUS_WORDS[statusInput]
  if (!status) {
    throw new InputError(
      'status',
      `must be auto, success, failure or cancelled (got '${statusInput}'). In a workflow, \${{ job.status }} gives this job's status.`,
    )
  }
  const includeJobs = reader.boolean('include-jobs')
  const test = reader.boolean('test')
  // The forge formats describe the commit, not the build's outcome: they need no jobs.
  const forge = isForgeFormat(format)
  if (status === 'auto' && !includeJobs && !test && !forge) {
    throw new InputError(
      'status',
      'must be success, failure or cancelled when include-jobs is false: auto derives it from the jobs of this run. Pass ${{ job.status }}, or the result of the jobs you need.',
    )
  }

  const source = forge ? undefined : buildSourceFor(reader, context, status, test)

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
    maxAttempts: reader.integer('max-attempts'),
    timeoutMs: reader.integer('timeout') * 1000,
    test,
    oidcAudience,
    source,
    warnings,
  }
}

/** `CI_RELAY_SHA` for `sha`: how the CLI user sets an input without a flag. */
const variableOf = (input: string) => `CI_RELAY_${input.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`

/** The facts about the build that the inputs state (repository, sha, ref, build-url), checked. */
function explicitFacts(reader: InputReader, inRun: boolean): ExplicitBuildFacts {
  // In a run, only what the step gave replaces the run's facts (not the GITHUB_REPOSITORY fallback,
  // which on GitLab may name the mirrored GitHub repository).
  const repositories = inRun
    ? reader
        .given('repository')
        .split(/[\n,]/)
        .map((r) => r.trim())
        .filter(Boolean)
    : reader.list('repository')
  if (repositories.length > 1) {
    throw new InputError(
      'repository',
      `notify describes one build, of one repository (got ${repositories.length}).`,
    )
  }
  const repository = repositories[0]
  const sha = inRun ? reader.given('sha') || undefined : reader.string('sha')
  if (sha !== undefined && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(sha)) {
    throw new InputError(
      'sha',
      `must be a full commit sha, 40 (or 64, SHA-256) hexadecimal characters (got '${sha}').`,
    )
  }
  const ref = inRun ? reader.given('ref') || undefined : reader.string('ref')
  const webUrl = inRun ? reader.given('build-url') || undefined : reader.string('build-url')
  if (webUrl !== undefined) {
    const url = URL.canParse(webUrl) ? new URL(webUrl) : undefined
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new InputError('build-url', `must be an http or https URL (got '${webUrl}').`)
    }
  }
  return { repository, sha, ref, webUrl }
}

/**
 * The build notify describes: the run or pipeline it runs in (the explicit inputs replacing what
 * they state), or, outside GitHub Actions and GitLab CI, the build the inputs describe, which
 * needs repository, sha and a status. Every missing input is named at once, before any request.
 */
function buildSourceFor(
  reader: InputReader,
  context: RunContext,
  status: BuildStatus | 'auto',
  test: boolean,
): BuildSource {
  const facts = explicitFacts(reader, context.provider !== undefined)
  if (context.provider !== undefined) {
    const source = buildSourceOf(context, reader)
    return {
      ...source,
      describe: (buildFacts, deps) => withExplicitFacts(source.describe(buildFacts, deps), facts),
    }
  }
  const missing: [string, string][] = []
  if (!facts.repository) missing.push(['repository', 'owner/name, or the project path'])
  if (!facts.sha) missing.push(['sha', 'the full commit sha the build ran on'])
  if (status === 'auto' && !test) {
    missing.push([
      'status',
      'success, failure or cancelled; auto needs the jobs of a GitHub Actions run or GitLab pipeline',
    ])
  }
  if (missing.length || !facts.repository || !facts.sha) {
    const list = missing
      .map(([name, what]) => `${name} (--${name} or ${variableOf(name)}: ${what})`)
      .join(', ')
    throw new InputError(
      missing[0]?.[0] ?? 'repository',
      `notify runs outside GitHub Actions and GitLab CI here, so it describes the build from its inputs, and ${missing.length === 1 ? 'this one is' : 'these are'} missing: ${list}. Optional: ref (--ref or CI_RELAY_REF), build-url (--build-url or CI_RELAY_BUILD_URL). Nothing was sent.`,
    )
  }
  return explicitBuildSource({ ...facts, repository: facts.repository, sha: facts.sha })
}

/** This run's jobs, or undefined (with a warning) when they cannot be read. */
async function readJobs(source: BuildSource, deps: CommandDeps): Promise<RunJobs | undefined> {
  try {
    return await source.listJobs(deps)
  } catch (error) {
    deps.log.warning(`${(error as Error).message} runs[] holds only this job.`)
    return undefined
  }
}

/** What is sent: the serialized body, its event name, and a few words for logs and summary. */
interface Described {
  body: string
  event: string
  what: string
}

/** The build formats: this run's jobs (for runs[] and status auto) and the build's description. */
async function describeBuild(
  inputs: NotifyInputs,
  source: BuildSource,
  deps: CommandDeps,
): Promise<() => Described> {
  const { log } = deps
  let runs: BuildRun[] = []
  let status: BuildStatus = inputs.status === 'auto' ? 'success' : inputs.status
  // Outside a known CI there is no run: runs[] stays empty and the status was given.
  if (inputs.includeJobs && !inputs.test && source.provider !== 'other') {
    const jobs = await readJobs(source, deps)
    runs = jobs ? jobs.runs : [source.currentJob()]
    if (inputs.status === 'auto') {
      if (!jobs) {
        throw new RelayError(
          `Input 'status': auto needs the jobs of this run, which could not be read (see the warning); nothing was sent. ${source.jobsHint}`,
        )
      }
      status = autoBuildStatus([...jobs.runs, ...(jobs.own ? [{ status: jobs.own }] : [])])
      log.info(`Build status (auto, from the ${jobs.listed} jobs of this run): ${status}.`)
    }
  }
  return () => {
    const build = source.describe({ status, runs, test: inputs.test, now: Date.now() }, deps)
    return {
      body: JSON.stringify(buildPayload(inputs.format as BuildFormat, build, inputs.payload)),
      event: inputs.event ?? payloadType(build),
      what: `build ${status}`,
    }
  }
}

/** Which run or pipeline sends the forge formats (their `ci_relay` key). */
function buildReferenceOf(context: RunContext, test: boolean): BuildReferenceFacts {
  return {
    provider: context.provider ?? 'github',
    buildId: Number(context.run.id) || 0,
    buildNumber: context.run.number ?? 0,
    webUrl: context.run.url ?? '',
    workflow: context.run.workflow ?? '',
    test,
  }
}

/** The forge formats: the commit as its forge's own push / pull or merge request event. */
function describeCommit(inputs: NotifyInputs, deps: CommandDeps): () => Described {
  const facts = commitFactsOf(deps.context, deps.env)
  const format = inputs.format as 'github' | 'gitlab'
  return () => ({
    body: JSON.stringify(
      buildForgePayload(format, buildReferenceOf(deps.context, inputs.test), facts, inputs.payload),
    ),
    event: inputs.event ?? forgeEventName(format, facts, inputs.test),
    what: `commit ${facts.sha}`,
  })
}

export const command: Command<NotifyInputs> = {
  parse: parseNotifyInputs,

  async run(inputs, deps) {
    const { log } = deps
    for (const warning of inputs.warnings) log.warning(warning)

    const describe = inputs.source
      ? await describeBuild(inputs, inputs.source, deps)
      : describeCommit(inputs, deps)

    let authorization = inputs.authorization
    if (inputs.oidcAudience) {
      const token = await identityToken(deps.context, deps.env, inputs.oidcAudience, log)
      authorization = `Bearer ${token}`
    }

    const { body, event, what } = describe()
    log.info(
      `Sending ${event} (format ${inputs.format}, ${what}, signature ${inputs.signature}) to ${inputs.urls.length} URL${inputs.urls.length === 1 ? '' : 's'}.`,
    )
    const report = await send(
      inputs.urls.map((url) => ({
        url,
        body,
        deliveryId: newDeliveryId(),
        signature: inputs.signature,
        secret: inputs.secret,
        event,
        // X-Gitlab-Instance: the CI server sending, as GitLab names itself.
        instance: inputs.signature === 'gitlab' ? deps.context.serverUrl : undefined,
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
    const sent = inputs.test ? 'test delivery' : what
    const undelivered = report.results.filter((r) => !r.ok).length
    const summary = [
      summaryHeading(
        'notify',
        undelivered
          ? `${sent} not delivered (${undelivered} of ${report.results.length} URLs failed)`
          : `${sent} delivered`,
      ),
      '',
      resultsTable(report.results),
      '',
      ...(report.undeliveredPath
        ? [
            `Not delivered: \`${report.undeliveredPath}\` (send it again with \`npx @ci-relay/cli redeliver FILE\`).`,
            keepFileHint('notify', 'undelivered', 'undelivered-webhooks'),
            '',
          ]
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
