// trigger: GitHub (or anywhere) → GitLab. Starts a pipeline with a pipeline trigger token and hands
// it the payload as the variable CI_RELAY_PAYLOAD, signed as a signed dispatch is, so that
// `receive` in that pipeline verifies it and exports it to later jobs.
import { randomUUID } from 'node:crypto'
import { InputError, RelayError } from '../errors.js'
import { readGitLabInputs, requireGitLabToken } from '../gitlab/access.js'
import { triggerPipeline, waitForPipeline, type Pipeline } from '../gitlab/pipelines.js'
import type { InputReader } from '../input-reader.js'
import { assertSignable, signedPayload } from '../relay-signature.js'
import type { Command } from './types.js'

/** The pipeline variable that carries the payload; `receive` reads it (CI_RELAY_<payload input>). */
export const PAYLOAD_VARIABLE = 'CI_RELAY_PAYLOAD'

export interface TriggerInputs {
  project: string
  ref: string
  clientPayload: Record<string, unknown>
  signingSecret?: string
  triggerToken: string
  wait: boolean
  waitTimeoutSeconds: number
  gitlabToken?: string
  apiUrl: string
}

/** A numeric project ID, or a path: namespace(s)/project, as GitLab spells paths. */
const PROJECT = /^(\d+|[\w.-]+(\/[\w.-]+)+)$/

export function parseTriggerInputs(reader: InputReader): TriggerInputs {
  const project = reader.string('project', {
    required: true,
    hint: 'the GitLab project path (group/project) or numeric ID',
  }) as string
  if (!PROJECT.test(project)) {
    throw new InputError(
      'project',
      `must be a GitLab project path like group/project (subgroups allowed) or a numeric project ID (got '${project}').`,
    )
  }
  const ref = reader.string('ref', {
    required: true,
    hint: 'the branch or tag of the project the pipeline runs for',
  }) as string
  const clientPayload = reader.jsonObject('client-payload')
  const signingSecret = reader.string('signing-secret')
  if (signingSecret) {
    try {
      assertSignable(undefined, clientPayload)
    } catch (error) {
      throw new InputError('client-payload', (error as Error).message)
    }
  }
  const triggerToken = reader.string('gitlab-trigger-token', {
    required: true,
    hint: "the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens), from a secret; on the CLI the environment variable CI_RELAY_GITLAB_TRIGGER_TOKEN",
  }) as string
  const wait = reader.boolean('wait')
  const gitlab = readGitLabInputs(reader)
  const gitlabToken = wait
    ? requireGitLabToken(
        gitlab,
        'when wait is true (read_api is enough: a trigger token cannot read the pipeline)',
      )
    : undefined
  return {
    project,
    ref,
    clientPayload,
    signingSecret,
    triggerToken,
    wait,
    waitTimeoutSeconds: reader.integer('wait-timeout'),
    gitlabToken,
    apiUrl: gitlab.apiUrl,
  }
}

export const command: Command<TriggerInputs> = {
  parse: parseTriggerInputs,

  async run(inputs, deps) {
    const id = randomUUID()
    const payload = inputs.signingSecret
      ? signedPayload(inputs.signingSecret, undefined, inputs.clientPayload, id)
      : inputs.clientPayload
    if (inputs.signingSecret) deps.log.info(`Signed the payload (_relay.id ${id}).`)
    const pipeline = await triggerPipeline({
      apiUrl: inputs.apiUrl,
      project: inputs.project,
      ref: inputs.ref,
      triggerToken: inputs.triggerToken,
      log: deps.log,
      variables: { [PAYLOAD_VARIABLE]: JSON.stringify(payload) },
    })
    deps.log.info(
      `Started pipeline ${pipeline.id} of ${inputs.project} on '${inputs.ref}': ${pipeline.web_url}`,
    )
    const outputs: Record<string, string> = {
      'pipeline-id': String(pipeline.id),
      'pipeline-url': pipeline.web_url,
    }
    if (!inputs.wait) return { outputs, summary: summary(inputs, pipeline) }

    deps.log.info(`Waiting up to ${inputs.waitTimeoutSeconds} s for pipeline ${pipeline.id}.`)
    const finished = await waitForPipeline({
      client: { apiUrl: inputs.apiUrl, token: inputs.gitlabToken as string, log: deps.log },
      project: inputs.project,
      pipelineId: pipeline.id,
      timeoutMs: inputs.waitTimeoutSeconds * 1000,
      onStatus: (status) => deps.log.info(`Pipeline ${pipeline.id}: ${status}.`),
    })
    if (!finished) {
      throw new RelayError(
        `Pipeline ${pipeline.id} did not finish within wait-timeout (${inputs.waitTimeoutSeconds} s): ${pipeline.web_url}`,
      )
    }
    outputs.conclusion = finished.status
    return {
      outputs,
      summary: summary(inputs, finished),
      failure:
        finished.status === 'success'
          ? undefined
          : `Pipeline ${pipeline.id} of ${inputs.project} ended ${finished.status}: ${pipeline.web_url}`,
    }
  },
}

function summary(inputs: TriggerInputs, pipeline: Pipeline): string {
  return [
    `### ci-relay trigger`,
    '',
    `Pipeline [${pipeline.id}](${pipeline.web_url}) of \`${inputs.project}\` on \`${inputs.ref}\`: ${pipeline.status}.`,
    '',
  ].join('\n')
}
