// The one table of commands, inputs and outputs. action.yml is generated from it
// (`npm run gen:action`) and a test fails when the two disagree; the CLI's --help and flag parsing
// read it too, so the front doors cannot drift.
import { APP_PERMISSIONS } from './github/permissions.js'

export const COMMAND_NAMES = [
  'token',
  'dispatch',
  'status',
  'notify',
  'receive',
  'callback',
  'trigger',
] as const
export type CommandName = (typeof COMMAND_NAMES)[number]

export type InputType = 'string' | 'boolean' | 'integer' | 'list' | 'json' | 'enum'

export interface InputSpec {
  description: string
  type: InputType
  /** The commands that read this input. */
  commands: readonly CommandName[]
  /** Default as written in action.yml; `${{ ... }}` expressions are resolved by the runner. */
  default?: string
  /** Environment variables read (in order) when the input is empty, before `default`. */
  fallbackEnv?: readonly string[]
  /** Masked the moment it is read and never logged. */
  secret?: boolean
  options?: readonly string[]
  min?: number
  max?: number
  /** Inputs only the CLI offers (not in action.yml). */
  cliOnly?: boolean
  /** The commands that cannot run without it (`required: true` in their action.yml). */
  required?: readonly CommandName[]
  /**
   * Another tool's spelling of that input (create-github-app-token's `client-id`), offered where
   * people switch from that tool (the actions, the CLI), not in the GitLab templates.
   */
  alias?: string
  /**
   * Sent as (part of) an HTTP header value or credential: an inner CR, LF or NUL fails validation naming the
   * input (a pasted line break would otherwise surface as a bare undici error, or as header
   * injection). With `lines`, each line is one value (a rotation list of secrets).
   */
  header?: boolean
  /** One value per line (e.g. secrets during rotation); commas stay part of a value. */
  lines?: boolean
}

export interface OutputSpec {
  description: string
  commands: readonly CommandName[]
  /** The value is JSON (`ci-relay --json` prints it as a JSON value, not a string). */
  json?: boolean
}

export const COMMANDS: Record<CommandName, string> = {
  token: 'Mint a GitHub App installation token scoped to repositories and permissions.',
  dispatch:
    'Send repository_dispatch to one or more repositories (optionally signed, optionally waiting for the run).',
  status:
    'Report a commit status (pending, success, failure, error, or auto from the job outcome).',
  notify: 'Send a signed build-complete webhook to one or more URLs, with retries.',
  receive:
    'Turn the received client_payload (or inputs) into step outputs, verifying its signature.',
  callback: "POST a result to a callback URL (Docker Hub's callback_url chain).",
  trigger:
    'Start a pipeline in a GitLab project with a (signed) payload in CI_RELAY_PAYLOAD, optionally waiting for it.',
}

/**
 * Commands with work after the job's steps (the Actions post step): `token` (its token lives until
 * the job ends, then is revoked) and `status` (`state: auto` posts the job's outcome).
 */
export const POST_STEP_COMMANDS: readonly CommandName[] = ['token', 'status']

const GITHUB: readonly CommandName[] = ['token', 'dispatch', 'status', 'notify']
/** The commands that call GitLab's API. */
const GITLAB: readonly CommandName[] = ['status', 'notify', 'trigger']

export const INPUTS = {
  command: {
    description: `What to do: ${COMMAND_NAMES.join(', ')}.`,
    type: 'enum',
    options: COMMAND_NAMES,
    commands: COMMAND_NAMES,
  },
  token: {
    description:
      'GitHub token used when app-id and private-key are not set. Needs the permissions of the command (contents: write for dispatch, statuses: write for status).',
    type: 'string',
    default: '${{ github.token }}',
    fallbackEnv: ['GITHUB_TOKEN'],
    secret: true,
    header: true,
    commands: GITHUB,
  },
  'app-id': {
    description:
      'GitHub App ID or client ID. With private-key, the command mints its own installation token, scoped to the repositories it touches and the permissions it needs.',
    type: 'string',
    commands: GITHUB,
  },
  'client-id': {
    description:
      'GitHub App client ID (Iv...), as actions/create-github-app-token takes it; use it or app-id.',
    type: 'string',
    alias: 'app-id',
    commands: GITHUB,
  },
  'private-key': {
    description:
      'GitHub App private key: PEM (PKCS#1 or PKCS#8), with real newlines or literal \\n escapes, or the PEM base64-encoded. Pass it from a secret.',
    type: 'string',
    secret: true,
    required: ['token'],
    commands: GITHUB,
  },
  'github-api-url': {
    description: 'GitHub REST API URL (GitHub Enterprise Server works).',
    type: 'string',
    default: '${{ github.api_url }}',
    fallbackEnv: ['GITHUB_API_URL'],
    commands: GITHUB,
  },
  'revoke-token': {
    description:
      'Revoke the installation tokens this step mints as soon as it no longer needs them: at the end of the step, or in the post step for token (its output is used by later steps) and status with state auto.',
    type: 'boolean',
    default: 'true',
    commands: GITHUB,
  },
  'skip-token-revoke': {
    description:
      "true keeps the minted token alive after the job (actions/create-github-app-token's spelling of revoke-token: false).",
    type: 'boolean',
    alias: 'revoke-token',
    commands: GITHUB,
  },
  'gitlab-token': {
    description:
      'GitLab project or group access token with api scope (sent as PRIVATE-TOKEN). status on GitLab needs it (CI_JOB_TOKEN cannot post statuses); notify lists the pipeline jobs with it; trigger reads the started pipeline with it (read_api) when waiting. Pass it in the CI_RELAY_GITLAB_TOKEN variable.',
    type: 'string',
    secret: true,
    header: true,
    commands: GITLAB,
  },
  'gitlab-api-url': {
    description:
      'GitLab REST API URL. Default: CI_API_V4_URL in a GitLab job (self-managed works), else https://gitlab.com/api/v4.',
    type: 'string',
    default: 'https://gitlab.com/api/v4',
    fallbackEnv: ['CI_API_V4_URL'],
    commands: GITLAB,
  },
  target: {
    description:
      'status: where the status goes: auto (the platform the job runs on), github or gitlab.',
    type: 'enum',
    options: ['auto', 'github', 'gitlab'],
    default: 'auto',
    commands: ['status'],
  },
  owner: {
    description:
      'token: account that owns the installation. Defaults to the owner of the current repository.',
    type: 'string',
    commands: ['token'],
  },
  repositories: {
    description:
      'token: repositories (names, or owner/name of the same owner; comma or newline separated) the token is limited to. Default: the current repository when owner is not set, else every repository of the installation.',
    type: 'list',
    commands: ['token'],
  },
  permissions: {
    description:
      'token: permissions the token is limited to, as name:level pairs (e.g. contents:write,statuses:write). Default: all the installation has.',
    type: 'list',
    commands: ['token'],
  },
  'installation-id': {
    description: 'token: installation ID; skips the installation lookup (one request fewer).',
    type: 'integer',
    min: 1,
    commands: ['token'],
  },
  repository: {
    description:
      "dispatch: target repositories as owner/name (comma or newline separated; may span owners). status: the repository of the commit (on GitLab: the project path or id). notify: the repository the build is of (owner/name or project path), required outside GitHub Actions and GitLab CI; set there, it replaces the run's. Default: the current repository or project.",
    type: 'list',
    fallbackEnv: ['GITHUB_REPOSITORY'],
    commands: ['dispatch', 'status', 'notify'],
  },
  'event-type': {
    description: 'dispatch: the event_type of the repository_dispatch event (1 to 100 characters).',
    type: 'string',
    required: ['dispatch'],
    commands: ['dispatch'],
  },
  'client-payload': {
    description:
      'dispatch: client_payload as a JSON object (at most 10 top-level keys, under 64 KB serialized). trigger: the JSON object sent as the pipeline variable CI_RELAY_PAYLOAD, which receive reads.',
    type: 'json',
    default: '{}',
    commands: ['dispatch', 'trigger'],
  },
  'signing-secret': {
    description:
      'dispatch, trigger: sign the payload (its _relay key) with this secret so receive can verify it.',
    type: 'string',
    secret: true,
    commands: ['dispatch', 'trigger'],
  },
  wait: {
    description:
      'dispatch: wait for the run each dispatch started and fail unless it succeeds. trigger: wait for the pipeline and fail unless it succeeds (needs gitlab-token with read_api).',
    type: 'boolean',
    default: 'false',
    commands: ['dispatch', 'trigger'],
  },
  'wait-timeout': {
    description: 'dispatch, trigger: seconds to wait for the started runs or pipeline to complete.',
    type: 'integer',
    default: '600',
    min: 1,
    commands: ['dispatch', 'trigger'],
  },
  state: {
    description:
      "status: pending, success, failure, error, or auto (pending now, the job outcome in the post step; GitHub Actions only); running, failed, cancelled, canceled and skipped are accepted and mapped to the target's states. callback: success, failure or error.",
    type: 'string',
    required: ['status', 'callback'],
    commands: ['status', 'callback'],
  },
  context: {
    description:
      'status: the status context, or name on GitLab (default "<workflow> / <job>" on GitHub, the job name on GitLab; at most 255 characters). callback: at most 100 characters.',
    type: 'string',
    commands: ['status', 'callback'],
  },
  description: {
    description:
      'status: short description (cut with a warning to 140 characters on GitHub, 255 on GitLab). callback: cut to 255 characters.',
    type: 'string',
    commands: ['status', 'callback'],
  },
  'target-url': {
    description:
      "status, callback: link shown with the status. Default: this run's (or pipeline's) URL.",
    type: 'string',
    commands: ['status', 'callback'],
  },
  sha: {
    description:
      "status: commit to report on. Default: the pull request head on pull_request events, the triggering head on workflow_run, else GITHUB_SHA; on GitLab CI_MERGE_REQUEST_SOURCE_BRANCH_SHA (merged results), else CI_COMMIT_SHA. notify: the commit the build ran on, required outside GitHub Actions and GitLab CI; set there, it replaces the run's.",
    type: 'string',
    commands: ['status', 'notify'],
  },
  url: {
    description: 'notify: receiver URLs (http or https, comma or newline separated).',
    type: 'list',
    required: ['notify'],
    commands: ['notify'],
  },
  secret: {
    description:
      'notify: webhook secret used to sign deliveries (signature standard: base64, optionally prefixed whsec_; make one with `npx @ci-relay/cli secret`). receive: secret that verifies the signed payload; several secrets, one per line, while rotating (valid if any matches).',
    type: 'string',
    secret: true,
    header: true,
    lines: true,
    commands: ['notify', 'receive'],
  },
  signature: {
    description:
      'notify: signature scheme: standard (Standard Webhooks, default with a secret), github (X-Hub-Signature-256 and X-Hub-Signature), jobserv (X-JobServ-Sig), gitlab (X-Gitlab-Token: the secret itself) or none.',
    type: 'enum',
    options: ['standard', 'github', 'jobserv', 'gitlab', 'none'],
    commands: ['notify'],
  },
  authorization: {
    description: 'notify: value of the Authorization header (at most 1024 characters).',
    type: 'string',
    secret: true,
    header: true,
    max: 1024,
    commands: ['notify'],
  },
  format: {
    description:
      'notify: payload format: ci-relay, jobserv, cloud-automator, or github / gitlab (the push or pull/merge request event the forge itself would send for this commit, e.g. for AWX/Tower job templates).',
    type: 'enum',
    options: ['ci-relay', 'jobserv', 'cloud-automator', 'github', 'gitlab'],
    default: 'ci-relay',
    commands: ['notify'],
  },
  event: {
    description:
      'notify: the event name sent in X-GitHub-Event (signature github) or X-Gitlab-Event (signature gitlab). Default: the one the format describes (push, pull_request, Push Hook, Merge Request Hook; ping for a github test delivery; else build.completed or ping).',
    type: 'string',
    max: 100,
    commands: ['notify'],
  },
  payload: {
    description:
      'notify: JSON object merged at the top level of the built payload. receive: the payload to read instead of the GitHub event (CI_RELAY_PAYLOAD on the CLI; else TRIGGER_PAYLOAD, a file, is read).',
    type: 'json',
    commands: ['notify', 'receive'],
  },
  status: {
    description:
      "notify: build status: auto (from the jobs of this run; GitHub Actions and GitLab CI only), or success, failure, cancelled (e.g. ${{ job.status }}; GitLab's failed and canceled too); required elsewhere.",
    type: 'string',
    default: 'auto',
    commands: ['notify'],
  },
  'include-jobs': {
    description:
      "notify: list this run's jobs in runs[] (needs actions: read; on GitLab, gitlab-token).",
    type: 'boolean',
    default: 'true',
    commands: ['notify'],
  },
  'max-attempts': {
    description: 'notify: attempts per URL before giving up.',
    type: 'integer',
    default: '10',
    min: 1,
    max: 100,
    commands: ['notify'],
  },
  timeout: {
    description: 'notify: seconds each attempt may take.',
    type: 'integer',
    default: '10',
    min: 1,
    max: 600,
    commands: ['notify'],
  },
  test: {
    description: 'notify: send a test delivery (type ping, "test": true) instead of a build.',
    type: 'boolean',
    default: 'false',
    commands: ['notify'],
  },
  'oidc-audience': {
    description:
      "notify: attach the CI platform's OIDC identity token for this audience as Authorization: Bearer (on GitLab: the id_tokens token in CI_RELAY_ID_TOKEN).",
    type: 'string',
    commands: ['notify'],
  },
  'require-signature': {
    description: 'receive: fail on an unsigned payload. Default: true when secret is set.',
    type: 'boolean',
    commands: ['receive'],
  },
  'max-age': {
    description: 'receive: oldest accepted signature, in seconds.',
    type: 'integer',
    default: '3600',
    min: 1,
    commands: ['receive'],
  },
  dotenv: {
    description:
      'receive: also write the outputs to this dotenv file (upper-case names with prefix), for GitLab artifacts:reports:dotenv.',
    type: 'string',
    cliOnly: true,
    commands: ['receive'],
  },
  prefix: {
    description: 'receive: prefix of the variable names in the dotenv file.',
    type: 'string',
    default: 'RELAY_',
    cliOnly: true,
    commands: ['receive'],
  },
  'callback-url': {
    description:
      'callback: URL to POST the result to. Default: callback_url of the received payload.',
    type: 'string',
    commands: ['callback'],
  },
  project: {
    description:
      'trigger: the GitLab project whose pipeline to start: its path (group/project) or numeric ID.',
    type: 'string',
    commands: ['trigger'],
  },
  ref: {
    description:
      "trigger: the branch or tag the pipeline runs for. notify: the ref or branch the build ran for (outside GitHub Actions and GitLab CI; set there, it replaces the run's).",
    type: 'string',
    commands: ['trigger', 'notify'],
  },
  'build-url': {
    description:
      "notify: web page of the build (web_url; e.g. Jenkins' BUILD_URL), outside GitHub Actions and GitLab CI; set there, it replaces the run's or pipeline's URL.",
    type: 'string',
    commands: ['notify'],
  },
  'gitlab-trigger-token': {
    description:
      "trigger: the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens). Pass it from a secret (CI_RELAY_GITLAB_TRIGGER_TOKEN on the CLI).",
    type: 'string',
    secret: true,
    header: true,
    commands: ['trigger'],
  },
} as const satisfies Record<string, InputSpec>

export type InputName = keyof typeof INPUTS

/** `permission-<name>` inputs, one per GitHub App permission (as actions/create-github-app-token). */
export type PermissionInputName = `permission-${string}`

/** The token command's `permission-<name>` inputs, generated from GitHub's permission list. */
export const PERMISSION_INPUTS: Record<PermissionInputName, InputSpec> = Object.fromEntries(
  Object.entries(APP_PERMISSIONS).map(([permission, levels]) => [
    `permission-${permission.replaceAll('_', '-')}`,
    {
      description: `token: limit the token's ${permission} permission to ${levels.join(' or ')} (as actions/create-github-app-token).`,
      type: 'enum',
      options: levels,
      commands: ['token'],
    } satisfies InputSpec,
  ]),
)

export type AnyInputName = InputName | PermissionInputName

/** Every input: the table, then the generated permission inputs. */
export const ALL_INPUTS: Record<AnyInputName, InputSpec> = { ...INPUTS, ...PERMISSION_INPUTS }

export const OUTPUTS = {
  token: { description: 'The installation token (masked).', commands: ['token'] },
  'installation-id': { description: 'The installation ID.', commands: ['token'] },
  'app-slug': {
    description: 'The GitHub App slug (empty when installation-id was given).',
    commands: ['token'],
  },
  'expires-at': { description: 'When the token expires (ISO 8601).', commands: ['token'] },
  'correlation-id': {
    description: 'UUID of this dispatch (client_payload._relay.id when signed or waiting).',
    commands: ['dispatch'],
  },
  repositories: {
    description: 'JSON array of {repository, status} for each dispatch sent.',
    commands: ['dispatch'],
    json: true,
  },
  'run-id': { description: 'With wait: ID of the started run.', commands: ['dispatch'] },
  'run-url': { description: 'With wait: URL of the started run.', commands: ['dispatch'] },
  conclusion: {
    description:
      'With wait: conclusion of the started run (dispatch) or status of the pipeline (trigger).',
    commands: ['dispatch', 'trigger'],
  },
  sha: { description: 'The commit the status was posted on.', commands: ['status'] },
  url: { description: 'API URL of the created status.', commands: ['status'] },
  'delivery-id': { description: 'ID of the (first) delivery.', commands: ['notify'] },
  results: {
    description: 'JSON array per URL: url, status code, attempts, delivery id, milliseconds.',
    commands: ['notify'],
    json: true,
  },
  undelivered: {
    description: 'Path of a file holding what could not be delivered (for ci-relay redeliver).',
    commands: ['notify'],
  },
  payload: {
    description: 'The whole received payload as JSON.',
    commands: ['receive'],
    json: true,
  },
  'event-type': { description: 'The event_type of the received dispatch.', commands: ['receive'] },
  verified: { description: 'true when the payload signature was verified.', commands: ['receive'] },
  'callback-url': { description: 'callback_url of the received payload.', commands: ['receive'] },
  'status-code': { description: 'HTTP status the callback URL answered.', commands: ['callback'] },
  'pipeline-id': { description: 'ID of the started pipeline.', commands: ['trigger'] },
  'pipeline-url': { description: 'Web URL of the started pipeline.', commands: ['trigger'] },
} as const satisfies Record<string, OutputSpec>

export type OutputName = keyof typeof OUTPUTS

/** The inputs whose table default applies everywhere (not a `${{ }}` expression only a runner resolves). */
export type DefaultedInput = {
  [K in InputName]: (typeof INPUTS)[K] extends { default: infer D extends string }
    ? D extends `${string}\${{${string}`
      ? never
      : K
    : never
}[InputName]

/** The table's default of an input, for the places that apply it without reading the input. */
export function defaultOf(name: DefaultedInput): string {
  return (INPUTS[name] as InputSpec).default as string
}

/** Inputs of one command, in table order. */
export function inputsOf(command: CommandName): [AnyInputName, InputSpec][] {
  return (Object.entries(ALL_INPUTS) as [AnyInputName, InputSpec][]).filter(
    ([name, spec]) => name !== 'command' && spec.commands.includes(command),
  )
}

export function outputsOf(command: CommandName): [OutputName, OutputSpec][] {
  return (Object.entries(OUTPUTS) as [OutputName, OutputSpec][]).filter(([, spec]) =>
    spec.commands.includes(command),
  )
}

export function isCommandName(value: string): value is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(value)
}
