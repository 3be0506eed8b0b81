export declare const COMMAND_NAMES: readonly ["token", "dispatch", "status", "notify", "receive", "callback", "trigger"];
export type CommandName = (typeof COMMAND_NAMES)[number];
export type InputType = 'string' | 'boolean' | 'integer' | 'list' | 'json' | 'enum';
export interface InputSpec {
    description: string;
    type: InputType;
    /** The commands that read this input. */
    commands: readonly CommandName[];
    /** Default as written in action.yml; `${{ ... }}` expressions are resolved by the runner. */
    default?: string;
    /** Environment variables read (in order) when the input is empty, before `default`. */
    fallbackEnv?: readonly string[];
    /** Masked the moment it is read and never logged. */
    secret?: boolean;
    options?: readonly string[];
    min?: number;
    max?: number;
    /** Inputs only the CLI offers (not in action.yml). */
    cliOnly?: boolean;
    /** The commands that cannot run without it (`required: true` in their action.yml). */
    required?: readonly CommandName[];
    /**
     * Another tool's spelling of that input (create-github-app-token's `client-id`), offered where
     * people switch from that tool (the actions, the CLI), not in the GitLab templates.
     */
    alias?: string;
    /**
     * Sent as (part of) an HTTP header value or credential: an inner CR, LF or NUL fails validation naming the
     * input (a pasted line break would otherwise surface as a bare undici error, or as header
     * injection). With `lines`, each line is one value (a rotation list of secrets).
     */
    header?: boolean;
    /** One value per line (e.g. secrets during rotation); commas stay part of a value. */
    lines?: boolean;
}
export interface OutputSpec {
    description: string;
    commands: readonly CommandName[];
    /** The value is JSON (`ci-relay --json` prints it as a JSON value, not a string). */
    json?: boolean;
}
export declare const COMMANDS: Record<CommandName, string>;
/**
 * Commands with work after the job's steps (the Actions post step): `token` (its token lives until
 * the job ends, then is revoked) and `status` (`state: auto` posts the job's outcome).
 */
export declare const POST_STEP_COMMANDS: readonly CommandName[];
export declare const INPUTS: {
    readonly command: {
        readonly description: `What to do: ${string}.`;
        readonly type: "enum";
        readonly options: readonly ["token", "dispatch", "status", "notify", "receive", "callback", "trigger"];
        readonly commands: readonly ["token", "dispatch", "status", "notify", "receive", "callback", "trigger"];
    };
    readonly token: {
        readonly description: "GitHub token used when app-id and private-key are not set. Needs the permissions of the command (contents: write for dispatch, statuses: write for status).";
        readonly type: "string";
        readonly default: "${{ github.token }}";
        readonly fallbackEnv: readonly ["GITHUB_TOKEN"];
        readonly secret: true;
        readonly header: true;
        readonly commands: readonly ("token" | "dispatch" | "status" | "notify" | "receive" | "callback" | "trigger")[];
    };
    readonly 'app-id': {
        readonly description: "GitHub App ID or client ID. With private-key, the command mints its own installation token, scoped to the repositories it touches and the permissions it needs.";
        readonly type: "string";
        readonly commands: readonly ("token" | "dispatch" | "status" | "notify" | "receive" | "callback" | "trigger")[];
    };
    readonly 'client-id': {
        readonly description: "GitHub App client ID (Iv...), as actions/create-github-app-token takes it; use it or app-id.";
        readonly type: "string";
        readonly alias: "app-id";
        readonly commands: readonly ("token" | "dispatch" | "status" | "notify" | "receive" | "callback" | "trigger")[];
    };
    readonly 'private-key': {
        readonly description: "GitHub App private key: PEM (PKCS#1 or PKCS#8), with real newlines or literal \\n escapes, or the PEM base64-encoded. Pass it from a secret.";
        readonly type: "string";
        readonly secret: true;
        readonly required: readonly ["token"];
        readonly commands: readonly ("token" | "dispatch" | "status" | "notify" | "receive" | "callback" | "trigger")[];
    };
    readonly 'github-api-url': {
        readonly description: "GitHub REST API URL (GitHub Enterprise Server works).";
        readonly type: "string";
        readonly default: "${{ github.api_url }}";
        readonly fallbackEnv: readonly ["GITHUB_API_URL"];
        readonly commands: readonly ("token" | "dispatch" | "status" | "notify" | "receive" | "callback" | "trigger")[];
    };
    readonly 'revoke-token': {
        readonly description: "Revoke the installation tokens this step mints as soon as it no longer needs them: at the end of the step, or in the post step for token (its output is used by later steps) and status with state auto.";
        readonly type: "boolean";
        readonly default: "true";
        readonly commands: readonly ("token" | "dispatch" | "status" | "notify" | "receive" | "callback" | "trigger")[];
    };
    readonly 'skip-token-revoke': {
        readonly description: "true keeps the minted token alive after the job (actions/create-github-app-token's spelling of revoke-token: false).";
        readonly type: "boolean";
        readonly alias: "revoke-token";
        readonly commands: readonly ("token" | "dispatch" | "status" | "notify" | "receive" | "callback" | "trigger")[];
    };
    readonly 'gitlab-token': {
        readonly description: "GitLab project or group access token with api scope (sent as PRIVATE-TOKEN). status on GitLab needs it (CI_JOB_TOKEN cannot post statuses); notify lists the pipeline jobs with it; trigger reads the started pipeline with it (read_api) when waiting. Pass it in the CI_RELAY_GITLAB_TOKEN variable.";
        readonly type: "string";
        readonly secret: true;
        readonly header: true;
        readonly commands: readonly ("token" | "dispatch" | "status" | "notify" | "receive" | "callback" | "trigger")[];
    };
    readonly 'gitlab-api-url': {
        readonly description: "GitLab REST API URL. Default: CI_API_V4_URL in a GitLab job (self-managed works), else https://gitlab.com/api/v4.";
        readonly type: "string";
        readonly default: "https://gitlab.com/api/v4";
        readonly fallbackEnv: readonly ["CI_API_V4_URL"];
        readonly commands: readonly ("token" | "dispatch" | "status" | "notify" | "receive" | "callback" | "trigger")[];
    };
    readonly target: {
        readonly description: "status: where the status goes: auto (the platform the job runs on), github or gitlab.";
        readonly type: "enum";
        readonly options: readonly ["auto", "github", "gitlab"];
        readonly default: "auto";
        readonly commands: readonly ["status"];
    };
    readonly owner: {
        readonly description: "token: account that owns the installation. Defaults to the owner of the current repository.";
        readonly type: "string";
        readonly commands: readonly ["token"];
    };
    readonly repositories: {
        readonly description: "token: repositories (names, or owner/name of the same owner; comma or newline separated) the token is limited to. Default: the current repository when owner is not set, else every repository of the installation.";
        readonly type: "list";
        readonly commands: readonly ["token"];
    };
    readonly permissions: {
        readonly description: "token: permissions the token is limited to, as name:level pairs (e.g. contents:write,statuses:write). Default: all the installation has.";
        readonly type: "list";
        readonly commands: readonly ["token"];
    };
    readonly 'installation-id': {
        readonly description: "token: installation ID; skips the installation lookup (one request fewer).";
        readonly type: "integer";
        readonly min: 1;
        readonly commands: readonly ["token"];
    };
    readonly repository: {
        readonly description: "dispatch: target repositories as owner/name (comma or newline separated; may span owners). status: the repository of the commit (on GitLab: the project path or id). notify: the repository the build is of (owner/name or project path), required outside GitHub Actions and GitLab CI; set there, it replaces the run's. Default: the current repository or project.";
        readonly type: "list";
        readonly fallbackEnv: readonly ["GITHUB_REPOSITORY"];
        readonly commands: readonly ["dispatch", "status", "notify"];
    };
    readonly 'event-type': {
        readonly description: "dispatch: the event_type of the repository_dispatch event (1 to 100 characters).";
        readonly type: "string";
        readonly required: readonly ["dispatch"];
        readonly commands: readonly ["dispatch"];
    };
    readonly 'client-payload': {
        readonly description: "dispatch: client_payload as a JSON object (at most 10 top-level keys, under 64 KB serialized). trigger: the JSON object sent as the pipeline variable CI_RELAY_PAYLOAD, which receive reads.";
        readonly type: "json";
        readonly default: "{}";
        readonly commands: readonly ["dispatch", "trigger"];
    };
    readonly 'signing-secret': {
        readonly description: "dispatch, trigger: sign the payload (its _relay key) with this secret so receive can verify it.";
        readonly type: "string";
        readonly secret: true;
        readonly commands: readonly ["dispatch", "trigger"];
    };
    readonly wait: {
        readonly description: "dispatch: wait for the run each dispatch started and fail unless it succeeds. trigger: wait for the pipeline and fail unless it succeeds (needs gitlab-token with read_api).";
        readonly type: "boolean";
        readonly default: "false";
        readonly commands: readonly ["dispatch", "trigger"];
    };
    readonly 'wait-timeout': {
        readonly description: "dispatch, trigger: seconds to wait for the started runs or pipeline to complete.";
        readonly type: "integer";
        readonly default: "600";
        readonly min: 1;
        readonly commands: readonly ["dispatch", "trigger"];
    };
    readonly state: {
        readonly description: "status: pending, success, failure, error, or auto (pending now, the job outcome in the post step; GitHub Actions only); running, failed, cancelled, canceled and skipped are accepted and mapped to the target's states. callback: success, failure or error.";
        readonly type: "string";
        readonly required: readonly ["status", "callback"];
        readonly commands: readonly ["status", "callback"];
    };
    readonly context: {
        readonly description: "status: the status context, or name on GitLab (default \"<workflow> / <job>\" on GitHub, the job name on GitLab; at most 255 characters). callback: at most 100 characters.";
        readonly type: "string";
        readonly commands: readonly ["status", "callback"];
    };
    readonly description: {
        readonly description: "status: short description (cut with a warning to 140 characters on GitHub, 255 on GitLab). callback: cut to 255 characters.";
        readonly type: "string";
        readonly commands: readonly ["status", "callback"];
    };
    readonly 'target-url': {
        readonly description: "status, callback: link shown with the status. Default: this run's (or pipeline's) URL.";
        readonly type: "string";
        readonly commands: readonly ["status", "callback"];
    };
    readonly sha: {
        readonly description: "status: commit to report on. Default: the pull request head on pull_request events, the triggering head on workflow_run, else GITHUB_SHA; on GitLab CI_MERGE_REQUEST_SOURCE_BRANCH_SHA (merged results), else CI_COMMIT_SHA. notify: the commit the build ran on, required outside GitHub Actions and GitLab CI; set there, it replaces the run's.";
        readonly type: "string";
        readonly commands: readonly ["status", "notify"];
    };
    readonly url: {
        readonly description: "notify: receiver URLs (http or https, comma or newline separated).";
        readonly type: "list";
        readonly required: readonly ["notify"];
        readonly commands: readonly ["notify"];
    };
    readonly secret: {
        readonly description: "notify: webhook secret used to sign deliveries (signature standard: base64, optionally prefixed whsec_; make one with `npx @ci-relay/cli secret`). receive: secret that verifies the signed payload; several secrets, one per line, while rotating (valid if any matches).";
        readonly type: "string";
        readonly secret: true;
        readonly header: true;
        readonly lines: true;
        readonly commands: readonly ["notify", "receive"];
    };
    readonly signature: {
        readonly description: "notify: signature scheme: standard (Standard Webhooks, default with a secret), github (X-Hub-Signature-256 and X-Hub-Signature), jobserv (X-JobServ-Sig), gitlab (X-Gitlab-Token: the secret itself) or none.";
        readonly type: "enum";
        readonly options: readonly ["standard", "github", "jobserv", "gitlab", "none"];
        readonly commands: readonly ["notify"];
    };
    readonly authorization: {
        readonly description: "notify: value of the Authorization header (at most 1024 characters).";
        readonly type: "string";
        readonly secret: true;
        readonly header: true;
        readonly max: 1024;
        readonly commands: readonly ["notify"];
    };
    readonly format: {
        readonly description: "notify: payload format: ci-relay, jobserv, cloud-automator, or github / gitlab (the push or pull/merge request event the forge itself would send for this commit, e.g. for AWX/Tower job templates).";
        readonly type: "enum";
        readonly options: readonly ["ci-relay", "jobserv", "cloud-automator", "github", "gitlab"];
        readonly default: "ci-relay";
        readonly commands: readonly ["notify"];
    };
    readonly event: {
        readonly description: "notify: the event name sent in X-GitHub-Event (signature github) or X-Gitlab-Event (signature gitlab). Default: the one the format describes (push, pull_request, Push Hook, Merge Request Hook; ping for a github test delivery; else build.completed or ping).";
        readonly type: "string";
        readonly max: 100;
        readonly commands: readonly ["notify"];
    };
    readonly payload: {
        readonly description: "notify: JSON object merged at the top level of the built payload. receive: the payload to read instead of the GitHub event (CI_RELAY_PAYLOAD on the CLI; else TRIGGER_PAYLOAD, a file, is read).";
        readonly type: "json";
        readonly commands: readonly ["notify", "receive"];
    };
    readonly status: {
        readonly description: "notify: build status: auto (from the jobs of this run; GitHub Actions and GitLab CI only), or success, failure, cancelled (e.g. ${{ job.status }}; GitLab's failed and canceled too); required elsewhere.";
        readonly type: "string";
        readonly default: "auto";
        readonly commands: readonly ["notify"];
    };
    readonly 'include-jobs': {
        readonly description: "notify: list this run's jobs in runs[] (needs actions: read; on GitLab, gitlab-token).";
        readonly type: "boolean";
        readonly default: "true";
        readonly commands: readonly ["notify"];
    };
    readonly 'max-attempts': {
        readonly description: "notify: attempts per URL before giving up.";
        readonly type: "integer";
        readonly default: "10";
        readonly min: 1;
        readonly max: 100;
        readonly commands: readonly ["notify"];
    };
    readonly timeout: {
        readonly description: "notify: seconds each attempt may take.";
        readonly type: "integer";
        readonly default: "10";
        readonly min: 1;
        readonly max: 600;
        readonly commands: readonly ["notify"];
    };
    readonly test: {
        readonly description: "notify: send a test delivery (type ping, \"test\": true) instead of a build.";
        readonly type: "boolean";
        readonly default: "false";
        readonly commands: readonly ["notify"];
    };
    readonly 'oidc-audience': {
        readonly description: "notify: attach the CI platform's OIDC identity token for this audience as Authorization: Bearer (on GitLab: the id_tokens token in CI_RELAY_ID_TOKEN).";
        readonly type: "string";
        readonly commands: readonly ["notify"];
    };
    readonly 'require-signature': {
        readonly description: "receive: fail on an unsigned payload. Default: true when secret is set.";
        readonly type: "boolean";
        readonly commands: readonly ["receive"];
    };
    readonly 'max-age': {
        readonly description: "receive: oldest accepted signature, in seconds.";
        readonly type: "integer";
        readonly default: "3600";
        readonly min: 1;
        readonly commands: readonly ["receive"];
    };
    readonly dotenv: {
        readonly description: "receive: also write the outputs to this dotenv file (upper-case names with prefix), for GitLab artifacts:reports:dotenv.";
        readonly type: "string";
        readonly cliOnly: true;
        readonly commands: readonly ["receive"];
    };
    readonly prefix: {
        readonly description: "receive: prefix of the variable names in the dotenv file.";
        readonly type: "string";
        readonly default: "RELAY_";
        readonly cliOnly: true;
        readonly commands: readonly ["receive"];
    };
    readonly 'callback-url': {
        readonly description: "callback: URL to POST the result to. Default: callback_url of the received payload.";
        readonly type: "string";
        readonly commands: readonly ["callback"];
    };
    readonly project: {
        readonly description: "trigger: the GitLab project whose pipeline to start: its path (group/project) or numeric ID.";
        readonly type: "string";
        readonly commands: readonly ["trigger"];
    };
    readonly ref: {
        readonly description: "trigger: the branch or tag the pipeline runs for. notify: the ref or branch the build ran for (outside GitHub Actions and GitLab CI; set there, it replaces the run's).";
        readonly type: "string";
        readonly commands: readonly ["trigger", "notify"];
    };
    readonly 'build-url': {
        readonly description: "notify: web page of the build (web_url; e.g. Jenkins' BUILD_URL), outside GitHub Actions and GitLab CI; set there, it replaces the run's or pipeline's URL.";
        readonly type: "string";
        readonly commands: readonly ["notify"];
    };
    readonly 'gitlab-trigger-token': {
        readonly description: "trigger: the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens). Pass it from a secret (CI_RELAY_GITLAB_TRIGGER_TOKEN on the CLI).";
        readonly type: "string";
        readonly secret: true;
        readonly header: true;
        readonly commands: readonly ["trigger"];
    };
};
export type InputName = keyof typeof INPUTS;
/** `permission-<name>` inputs, one per GitHub App permission (as actions/create-github-app-token). */
export type PermissionInputName = `permission-${string}`;
/** The token command's `permission-<name>` inputs, generated from GitHub's permission list. */
export declare const PERMISSION_INPUTS: Record<PermissionInputName, InputSpec>;
export type AnyInputName = InputName | PermissionInputName;
/** Every input: the table, then the generated permission inputs. */
export declare const ALL_INPUTS: Record<AnyInputName, InputSpec>;
export declare const OUTPUTS: {
    readonly token: {
        readonly description: "The installation token (masked).";
        readonly commands: readonly ["token"];
    };
    readonly 'installation-id': {
        readonly description: "The installation ID.";
        readonly commands: readonly ["token"];
    };
    readonly 'app-slug': {
        readonly description: "The GitHub App slug (empty when installation-id was given).";
        readonly commands: readonly ["token"];
    };
    readonly 'expires-at': {
        readonly description: "When the token expires (ISO 8601).";
        readonly commands: readonly ["token"];
    };
    readonly 'correlation-id': {
        readonly description: "UUID of this dispatch (client_payload._relay.id when signed or waiting).";
        readonly commands: readonly ["dispatch"];
    };
    readonly repositories: {
        readonly description: "JSON array of {repository, status} for each dispatch sent.";
        readonly commands: readonly ["dispatch"];
        readonly json: true;
    };
    readonly 'run-id': {
        readonly description: "With wait: ID of the started run.";
        readonly commands: readonly ["dispatch"];
    };
    readonly 'run-url': {
        readonly description: "With wait: URL of the started run.";
        readonly commands: readonly ["dispatch"];
    };
    readonly conclusion: {
        readonly description: "With wait: conclusion of the started run (dispatch) or status of the pipeline (trigger).";
        readonly commands: readonly ["dispatch", "trigger"];
    };
    readonly sha: {
        readonly description: "The commit the status was posted on.";
        readonly commands: readonly ["status"];
    };
    readonly url: {
        readonly description: "API URL of the created status.";
        readonly commands: readonly ["status"];
    };
    readonly 'delivery-id': {
        readonly description: "ID of the (first) delivery.";
        readonly commands: readonly ["notify"];
    };
    readonly results: {
        readonly description: "JSON array per URL: url, status code, attempts, delivery id, milliseconds.";
        readonly commands: readonly ["notify"];
        readonly json: true;
    };
    readonly undelivered: {
        readonly description: "Path of a file holding what could not be delivered (for ci-relay redeliver).";
        readonly commands: readonly ["notify"];
    };
    readonly payload: {
        readonly description: "The whole received payload as JSON.";
        readonly commands: readonly ["receive"];
        readonly json: true;
    };
    readonly 'event-type': {
        readonly description: "The event_type of the received dispatch.";
        readonly commands: readonly ["receive"];
    };
    readonly verified: {
        readonly description: "true when the payload signature was verified.";
        readonly commands: readonly ["receive"];
    };
    readonly 'callback-url': {
        readonly description: "callback_url of the received payload.";
        readonly commands: readonly ["receive"];
    };
    readonly 'status-code': {
        readonly description: "HTTP status the callback URL answered.";
        readonly commands: readonly ["callback"];
    };
    readonly 'pipeline-id': {
        readonly description: "ID of the started pipeline.";
        readonly commands: readonly ["trigger"];
    };
    readonly 'pipeline-url': {
        readonly description: "Web URL of the started pipeline.";
        readonly commands: readonly ["trigger"];
    };
};
export type OutputName = keyof typeof OUTPUTS;
/** The inputs whose table default applies everywhere (not a `${{ }}` expression only a runner resolves). */
export type DefaultedInput = {
    [K in InputName]: (typeof INPUTS)[K] extends {
        default: infer D extends string;
    } ? D extends `${string}\${{${string}` ? never : K : never;
}[InputName];
/** The table's default of an input, for the places that apply it without reading the input. */
export declare function defaultOf(name: DefaultedInput): string;
/** Inputs of one command, in table order. */
export declare function inputsOf(command: CommandName): [AnyInputName, InputSpec][];
export declare function outputsOf(command: CommandName): [OutputName, OutputSpec][];
export declare function isCommandName(value: string): value is CommandName;
