export const id = 859;
export const ids = [859];
export const modules = {

/***/ 3250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d5: () => (/* binding */ defaultStatusName),
  yI: () => (/* binding */ readContext),
  fg: () => (/* binding */ workflowJobLabel)
});

// UNUSED EXPORTS: emptyContext, providerOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./build/github/context.js
// The job's context on GitHub Actions, from the runner's GITHUB_* variables.

const trimmed = (url) => url.replace(/\/+$/, '');
function readGitHubContext(env) {
    let event;
    const readEvent = () => {
        if (event)
            return event;
        event = {};
        const path = env.GITHUB_EVENT_PATH;
        if (path) {
            try {
                const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
                if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                    event = parsed;
            }
            catch (error) {
                throw new Error(`Could not read the event payload at GITHUB_EVENT_PATH (${path}): ${error.message}`);
            }
        }
        return event;
    };
    const serverUrl = trimmed(env.GITHUB_SERVER_URL || 'https://github.com');
    const repository = env.GITHUB_REPOSITORY || undefined;
    const runId = env.GITHUB_RUN_ID || undefined;
    const attempt = Number(env.GITHUB_RUN_ATTEMPT) || 1;
    const url = repository && runId
        ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`
        : undefined;
    return {
        provider: 'github',
        serverUrl,
        repository,
        owner: env.GITHUB_REPOSITORY_OWNER || repository?.split('/')[0],
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        run: {
            id: runId,
            number: Number(env.GITHUB_RUN_NUMBER) || undefined,
            url,
            attempt,
            workflow: env.GITHUB_WORKFLOW || undefined,
            event: env.GITHUB_EVENT_NAME || undefined,
        },
        job: { name: env.GITHUB_JOB || undefined, runner: env.RUNNER_NAME || undefined },
        actor: env.GITHUB_ACTOR || undefined,
        pullRequest: () => pullRequestOfEvent(readEvent()),
        github: {
            apiUrl: trimmed(env.GITHUB_API_URL || 'https://api.github.com'),
            workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
            event: readEvent,
        },
    };
}
/** The pull request of a pull_request / pull_request_target event. */
function pullRequestOfEvent(event) {
    const pr = event.pull_request;
    if (!pr || typeof pr.number !== 'number' || typeof pr.html_url !== 'string')
        return undefined;
    return {
        number: pr.number,
        title: typeof pr.title === 'string' ? pr.title : '',
        sourceBranch: typeof pr.head?.ref === 'string' ? pr.head.ref : '',
        targetBranch: typeof pr.base?.ref === 'string' ? pr.base.ref : '',
        webUrl: pr.html_url,
    };
}

;// CONCATENATED MODULE: ./build/gitlab/context.js
const context_trimmed = (url) => url?.replace(/\/+$/, '') || undefined;
function readGitLabContext(env) {
    const value = (name) => env[name] || undefined;
    const repository = value('CI_PROJECT_PATH');
    const serverUrl = context_trimmed(env.CI_SERVER_URL);
    const mergeRequest = mergeRequestOf(env, serverUrl, repository);
    return {
        provider: 'gitlab',
        serverUrl,
        repository,
        owner: repository?.includes('/') ? repository.slice(0, repository.lastIndexOf('/')) : undefined,
        sha: value('CI_COMMIT_SHA'),
        ref: value('CI_COMMIT_REF_NAME'),
        run: {
            id: value('CI_PIPELINE_ID'),
            number: Number(env.CI_PIPELINE_IID) || undefined,
            url: value('CI_PIPELINE_URL'),
            attempt: 1,
            workflow: value('CI_PIPELINE_NAME'),
            event: value('CI_PIPELINE_SOURCE'),
        },
        job: { name: value('CI_JOB_NAME'), id: value('CI_JOB_ID'), url: value('CI_JOB_URL') },
        actor: value('GITLAB_USER_LOGIN'),
        pullRequest: () => undefined,
        mergeRequest,
        gitlab: {
            projectId: value('CI_PROJECT_ID'),
            apiUrl: context_trimmed(env.CI_API_V4_URL),
            pipelineSource: value('CI_PIPELINE_SOURCE'),
            jobStatus: value('CI_JOB_STATUS'),
            mergeRequestSourceSha: value('CI_MERGE_REQUEST_SOURCE_BRANCH_SHA'),
            mergeRequestEventType: value('CI_MERGE_REQUEST_EVENT_TYPE'),
            projectDir: value('CI_PROJECT_DIR'),
        },
    };
}
/** The merge request of a merge request pipeline (CI_MERGE_REQUEST_IID is set only there). */
function mergeRequestOf(env, serverUrl, repository) {
    const iid = Number(env.CI_MERGE_REQUEST_IID);
    if (!Number.isSafeInteger(iid) || iid < 1)
        return undefined;
    const projectUrl = context_trimmed(env.CI_MERGE_REQUEST_PROJECT_URL) ??
        (serverUrl && repository ? `${serverUrl}/${repository}` : '');
    return {
        iid,
        title: env.CI_MERGE_REQUEST_TITLE ?? '',
        sourceBranch: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? '',
        targetBranch: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? '',
        webUrl: `${projectUrl}/-/merge_requests/${iid}`,
    };
}

;// CONCATENATED MODULE: ./build/context.js


/**
 * The platform the environment says the job runs on; undefined outside both. A script or container
 * handed the runner's variables without GITHUB_ACTIONS still names its run by GITHUB_REPOSITORY and
 * GITHUB_RUN_ID together; one stray GITHUB_* variable on a laptop does not make a run.
 */
function providerOf(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return 'github';
    if (env.GITLAB_CI === 'true')
        return 'gitlab';
    if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
        return 'github';
    return undefined;
}
function emptyContext() {
    return { run: { attempt: 1 }, job: {}, pullRequest: () => undefined };
}
function readContext(env) {
    switch (providerOf(env)) {
        case 'github':
            return readGitHubContext(env);
        case 'gitlab':
            return readGitLabContext(env);
        default:
            return emptyContext();
    }
}
/**
 * The default name of a commit status: the job name on GitLab (as GitLab names its own), else
 * `<workflow> / <job>` when both are known.
 */
function defaultStatusName(context) {
    return context.provider === 'gitlab' ? context.job.name : workflowJobLabel(context);
}
/** `<workflow> / <job>`, the default status context, when both are known. */
function workflowJobLabel(context) {
    const { workflow } = context.run;
    const job = context.job.name;
    return workflow && job ? `${workflow} / ${job}` : undefined;
}


/***/ }),

/***/ 9473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cx: () => (/* binding */ RelayError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/** Bad input: names the input and what was expected. Raised before any request is sent. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** A failure the user can act on; the message is shown as it is. */
class RelayError extends Error {
    /** The HTTP status behind the failure, when there was one. */
    status;
    constructor(message, options) {
        super(message, options);
        this.name = 'RelayError';
        this.status = options?.status;
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 1498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ APP_PERMISSIONS)
/* harmony export */ });
// Generated by `npm run gen:permissions` from the app-permissions schema of GitHub's OpenAPI
// description (@octokit/openapi@23.0.2); test/permissions.test.ts fails when it drifts. Do not edit.
/** Every GitHub App permission an installation token can be limited to, with its levels. */
const APP_PERMISSIONS = {
    actions: ['read', 'write'],
    administration: ['read', 'write'],
    artifact_metadata: ['read', 'write'],
    attestations: ['read', 'write'],
    checks: ['read', 'write'],
    code_quality: ['read', 'write'],
    codespaces: ['read', 'write'],
    contents: ['read', 'write'],
    dependabot_secrets: ['read', 'write'],
    deployments: ['read', 'write'],
    discussions: ['read', 'write'],
    environments: ['read', 'write'],
    issues: ['read', 'write'],
    merge_queues: ['read', 'write'],
    metadata: ['read', 'write'],
    packages: ['read', 'write'],
    pages: ['read', 'write'],
    pull_requests: ['read', 'write'],
    repository_custom_properties: ['read', 'write'],
    repository_hooks: ['read', 'write'],
    repository_projects: ['read', 'write', 'admin'],
    secret_scanning_alerts: ['read', 'write'],
    secrets: ['read', 'write'],
    security_events: ['read', 'write'],
    single_file: ['read', 'write'],
    statuses: ['read', 'write'],
    vulnerability_alerts: ['read', 'write'],
    workflows: ['write'],
    custom_properties_for_organizations: ['read', 'write'],
    members: ['read', 'write'],
    organization_administration: ['read', 'write'],
    organization_custom_roles: ['read', 'write'],
    organization_custom_org_roles: ['read', 'write'],
    organization_custom_properties: ['read', 'write', 'admin'],
    organization_copilot_seat_management: ['read', 'write'],
    organization_copilot_agent_settings: ['read', 'write'],
    organization_announcement_banners: ['read', 'write'],
    organization_events: ['read'],
    organization_hooks: ['read', 'write'],
    organization_personal_access_tokens: ['read', 'write'],
    organization_personal_access_token_requests: ['read', 'write'],
    organization_plan: ['read'],
    organization_projects: ['read', 'write', 'admin'],
    organization_packages: ['read', 'write'],
    organization_secrets: ['read', 'write'],
    organization_self_hosted_runners: ['read', 'write'],
    organization_user_blocking: ['read', 'write'],
    email_addresses: ['read', 'write'],
    followers: ['read', 'write'],
    git_ssh_keys: ['read', 'write'],
    gpg_keys: ['read', 'write'],
    interaction_limits: ['read', 'write'],
    profile: ['write'],
    starring: ['read', 'write'],
    enterprise_custom_properties_for_organizations: ['read', 'write', 'admin'],
};


/***/ }),

/***/ 8175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ defaultOf),
/* harmony export */   Uz: () => (/* binding */ ALL_INPUTS),
/* harmony export */   Vc: () => (/* binding */ inputsOf),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   nZ: () => (/* binding */ COMMAND_NAMES),
/* harmony export */   zZ: () => (/* binding */ isCommandName)
/* harmony export */ });
/* unused harmony exports COMMANDS, POST_STEP_COMMANDS, PERMISSION_INPUTS, OUTPUTS, outputsOf */
/* harmony import */ var _github_permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1498);
// The one table of commands, inputs and outputs. action.yml is generated from it
// (`npm run gen:action`) and a test fails when the two disagree; the CLI's --help and flag parsing
// read it too, so the front doors cannot drift.

const COMMAND_NAMES = [
    'token',
    'dispatch',
    'status',
    'notify',
    'receive',
    'callback',
    'trigger',
];
const COMMANDS = {
    token: 'Mint a GitHub App installation token scoped to repositories and permissions.',
    dispatch: 'Send repository_dispatch to one or more repositories (optionally signed, optionally waiting for the run).',
    status: 'Report a commit status (pending, success, failure, error, or auto from the job outcome).',
    notify: 'Send a signed build-complete webhook to one or more URLs, with retries.',
    receive: 'Turn the received client_payload (or inputs) into step outputs, verifying its signature.',
    callback: "POST a result to a callback URL (Docker Hub's callback_url chain).",
    trigger: 'Start a pipeline in a GitLab project with a (signed) payload in CI_RELAY_PAYLOAD, optionally waiting for it.',
};
/**
 * Commands with work after the job's steps (the Actions post step): `token` (its token lives until
 * the job ends, then is revoked) and `status` (`state: auto` posts the job's outcome).
 */
const POST_STEP_COMMANDS = (/* unused pure expression or super */ null && (['token', 'status']));
const GITHUB = ['token', 'dispatch', 'status', 'notify'];
/** The commands that call GitLab's API. */
const GITLAB = ['status', 'notify', 'trigger'];
const INPUTS = {
    command: {
        description: `What to do: ${COMMAND_NAMES.join(', ')}.`,
        type: 'enum',
        options: COMMAND_NAMES,
        commands: COMMAND_NAMES,
    },
    token: {
        description: 'GitHub token used when app-id and private-key are not set. Needs the permissions of the command (contents: write for dispatch, statuses: write for status).',
        type: 'string',
        default: '${{ github.token }}',
        fallbackEnv: ['GITHUB_TOKEN'],
        secret: true,
        header: true,
        commands: GITHUB,
    },
    'app-id': {
        description: 'GitHub App ID or client ID. With private-key, the command mints its own installation token, scoped to the repositories it touches and the permissions it needs.',
        type: 'string',
        commands: GITHUB,
    },
    'client-id': {
        description: 'GitHub App client ID (Iv...), as actions/create-github-app-token takes it; use it or app-id.',
        type: 'string',
        alias: 'app-id',
        commands: GITHUB,
    },
    'private-key': {
        description: 'GitHub App private key: PEM (PKCS#1 or PKCS#8), with real newlines or literal \\n escapes, or the PEM base64-encoded. Pass it from a secret.',
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
        description: 'Revoke the installation tokens this step mints as soon as it no longer needs them: at the end of the step, or in the post step for token (its output is used by later steps) and status with state auto.',
        type: 'boolean',
        default: 'true',
        commands: GITHUB,
    },
    'skip-token-revoke': {
        description: "true keeps the minted token alive after the job (actions/create-github-app-token's spelling of revoke-token: false).",
        type: 'boolean',
        alias: 'revoke-token',
        commands: GITHUB,
    },
    'gitlab-token': {
        description: 'GitLab project or group access token with api scope (sent as PRIVATE-TOKEN). status on GitLab needs it (CI_JOB_TOKEN cannot post statuses); notify lists the pipeline jobs with it; trigger reads the started pipeline with it (read_api) when waiting. Pass it in the CI_RELAY_GITLAB_TOKEN variable.',
        type: 'string',
        secret: true,
        header: true,
        commands: GITLAB,
    },
    'gitlab-api-url': {
        description: 'GitLab REST API URL. Default: CI_API_V4_URL in a GitLab job (self-managed works), else https://gitlab.com/api/v4.',
        type: 'string',
        default: 'https://gitlab.com/api/v4',
        fallbackEnv: ['CI_API_V4_URL'],
        commands: GITLAB,
    },
    target: {
        description: 'status: where the status goes: auto (the platform the job runs on), github or gitlab.',
        type: 'enum',
        options: ['auto', 'github', 'gitlab'],
        default: 'auto',
        commands: ['status'],
    },
    owner: {
        description: 'token: account that owns the installation. Defaults to the owner of the current repository.',
        type: 'string',
        commands: ['token'],
    },
    repositories: {
        description: 'token: repositories (names, or owner/name of the same owner; comma or newline separated) the token is limited to. Default: the current repository when owner is not set, else every repository of the installation.',
        type: 'list',
        commands: ['token'],
    },
    permissions: {
        description: 'token: permissions the token is limited to, as name:level pairs (e.g. contents:write,statuses:write). Default: all the installation has.',
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
        description: "dispatch: target repositories as owner/name (comma or newline separated; may span owners). status: the repository of the commit (on GitLab: the project path or id). notify: the repository the build is of (owner/name or project path), required outside GitHub Actions and GitLab CI; set there, it replaces the run's. Default: the current repository or project.",
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
        description: 'dispatch: client_payload as a JSON object (at most 10 top-level keys, under 64 KB serialized). trigger: the JSON object sent as the pipeline variable CI_RELAY_PAYLOAD, which receive reads.',
        type: 'json',
        default: '{}',
        commands: ['dispatch', 'trigger'],
    },
    'signing-secret': {
        description: 'dispatch, trigger: sign the payload (its _relay key) with this secret so receive can verify it.',
        type: 'string',
        secret: true,
        commands: ['dispatch', 'trigger'],
    },
    wait: {
        description: 'dispatch: wait for the run each dispatch started and fail unless it succeeds. trigger: wait for the pipeline and fail unless it succeeds (needs gitlab-token with read_api).',
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
        description: "status: pending, success, failure, error, or auto (pending now, the job outcome in the post step; GitHub Actions only); running, failed, cancelled, canceled and skipped are accepted and mapped to the target's states. callback: success, failure or error.",
        type: 'string',
        required: ['status', 'callback'],
        commands: ['status', 'callback'],
    },
    context: {
        description: 'status: the status context, or name on GitLab (default "<workflow> / <job>" on GitHub, the job name on GitLab; at most 255 characters). callback: at most 100 characters.',
        type: 'string',
        commands: ['status', 'callback'],
    },
    description: {
        description: 'status: short description (cut with a warning to 140 characters on GitHub, 255 on GitLab). callback: cut to 255 characters.',
        type: 'string',
        commands: ['status', 'callback'],
    },
    'target-url': {
        description: "status, callback: link shown with the status. Default: this run's (or pipeline's) URL.",
        type: 'string',
        commands: ['status', 'callback'],
    },
    sha: {
        description: "status: commit to report on. Default: the pull request head on pull_request events, the triggering head on workflow_run, else GITHUB_SHA; on GitLab CI_MERGE_REQUEST_SOURCE_BRANCH_SHA (merged results), else CI_COMMIT_SHA. notify: the commit the build ran on, required outside GitHub Actions and GitLab CI; set there, it replaces the run's.",
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
        description: 'notify: webhook secret used to sign deliveries (signature standard: base64, optionally prefixed whsec_; make one with `npx @ci-relay/cli secret`). receive: secret that verifies the signed payload; several secrets, one per line, while rotating (valid if any matches).',
        type: 'string',
        secret: true,
        header: true,
        lines: true,
        commands: ['notify', 'receive'],
    },
    signature: {
        description: 'notify: signature scheme: standard (Standard Webhooks, default with a secret), github (X-Hub-Signature-256 and X-Hub-Signature), jobserv (X-JobServ-Sig), gitlab (X-Gitlab-Token: the secret itself) or none.',
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
        description: 'notify: payload format: ci-relay, jobserv, cloud-automator, or github / gitlab (the push or pull/merge request event the forge itself would send for this commit, e.g. for AWX/Tower job templates).',
        type: 'enum',
        options: ['ci-relay', 'jobserv', 'cloud-automator', 'github', 'gitlab'],
        default: 'ci-relay',
        commands: ['notify'],
    },
    event: {
        description: 'notify: the event name sent in X-GitHub-Event (signature github) or X-Gitlab-Event (signature gitlab). Default: the one the format describes (push, pull_request, Push Hook, Merge Request Hook; ping for a github test delivery; else build.completed or ping).',
        type: 'string',
        max: 100,
        commands: ['notify'],
    },
    payload: {
        description: 'notify: JSON object merged at the top level of the built payload. receive: the payload to read instead of the GitHub event (CI_RELAY_PAYLOAD on the CLI; else TRIGGER_PAYLOAD, a file, is read).',
        type: 'json',
        commands: ['notify', 'receive'],
    },
    status: {
        description: "notify: build status: auto (from the jobs of this run; GitHub Actions and GitLab CI only), or success, failure, cancelled (e.g. ${{ job.status }}; GitLab's failed and canceled too); required elsewhere.",
        type: 'string',
        default: 'auto',
        commands: ['notify'],
    },
    'include-jobs': {
        description: "notify: list this run's jobs in runs[] (needs actions: read; on GitLab, gitlab-token).",
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
        description: "notify: attach the CI platform's OIDC identity token for this audience as Authorization: Bearer (on GitLab: the id_tokens token in CI_RELAY_ID_TOKEN).",
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
        description: 'receive: also write the outputs to this dotenv file (upper-case names with prefix), for GitLab artifacts:reports:dotenv.',
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
        description: 'callback: URL to POST the result to. Default: callback_url of the received payload.',
        type: 'string',
        commands: ['callback'],
    },
    project: {
        description: 'trigger: the GitLab project whose pipeline to start: its path (group/project) or numeric ID.',
        type: 'string',
        commands: ['trigger'],
    },
    ref: {
        description: "trigger: the branch or tag the pipeline runs for. notify: the ref or branch the build ran for (outside GitHub Actions and GitLab CI; set there, it replaces the run's).",
        type: 'string',
        commands: ['trigger', 'notify'],
    },
    'build-url': {
        description: "notify: web page of the build (web_url; e.g. Jenkins' BUILD_URL), outside GitHub Actions and GitLab CI; set there, it replaces the run's or pipeline's URL.",
        type: 'string',
        commands: ['notify'],
    },
    'gitlab-trigger-token': {
        description: "trigger: the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens). Pass it from a secret (CI_RELAY_GITLAB_TRIGGER_TOKEN on the CLI).",
        type: 'string',
        secret: true,
        header: true,
        commands: ['trigger'],
    },
};
/** The token command's `permission-<name>` inputs, generated from GitHub's permission list. */
const PERMISSION_INPUTS = Object.fromEntries(Object.entries(_github_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .APP_PERMISSIONS */ .d).map(([permission, levels]) => [
    `permission-${permission.replaceAll('_', '-')}`,
    {
        description: `token: limit the token's ${permission} permission to ${levels.join(' or ')} (as actions/create-github-app-token).`,
        type: 'enum',
        options: levels,
        commands: ['token'],
    },
]));
/** Every input: the table, then the generated permission inputs. */
const ALL_INPUTS = { ...INPUTS, ...PERMISSION_INPUTS };
const OUTPUTS = {
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
        description: 'With wait: conclusion of the started run (dispatch) or status of the pipeline (trigger).',
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
};
/** The table's default of an input, for the places that apply it without reading the input. */
function defaultOf(name) {
    return INPUTS[name].default;
}
/** Inputs of one command, in table order. */
function inputsOf(command) {
    return Object.entries(ALL_INPUTS).filter(([name, spec]) => name !== 'command' && spec.commands.includes(command));
}
function outputsOf(command) {
    return Object.entries(OUTPUTS).filter(([, spec]) => spec.commands.includes(command));
}
function isCommandName(value) {
    return COMMAND_NAMES.includes(value);
}


/***/ }),

/***/ 1859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMain: () => (/* binding */ runMain),
  runPost: () => (/* binding */ runPost),
  takesGitHubInputs: () => (/* binding */ takesGitHubInputs)
});

// EXTERNAL MODULE: ./build/context.js + 2 modules
var build_context = __webpack_require__(3250);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/inputs.js
var build_inputs = __webpack_require__(8175);
;// CONCATENATED MODULE: ./node_modules/leven/index.js
const array = [];
const characterCodeCache = [];

function leven(first, second, options) {
	if (first === second) {
		return 0;
	}

	const maxDistance = options?.maxDistance;
	const swap = first;

	// Swapping the strings if `a` is longer than `b` so we know which one is the
	// shortest & which one is the longest
	if (first.length > second.length) {
		first = second;
		second = swap;
	}

	let firstLength = first.length;
	let secondLength = second.length;

	// Performing suffix trimming:
	// We can linearly drop suffix common to both strings since they
	// don't increase distance at all
	// Note: `~-` is the bitwise way to perform a `- 1` operation
	while (firstLength > 0 && (first.charCodeAt(~-firstLength) === second.charCodeAt(~-secondLength))) {
		firstLength--;
		secondLength--;
	}

	// Performing prefix trimming
	// We can linearly drop prefix common to both strings since they
	// don't increase distance at all
	let start = 0;

	while (start < firstLength && (first.charCodeAt(start) === second.charCodeAt(start))) {
		start++;
	}

	firstLength -= start;
	secondLength -= start;

	// Early termination after trimming: if difference in length exceeds max distance
	if (maxDistance !== undefined && secondLength - firstLength > maxDistance) {
		return maxDistance;
	}

	if (firstLength === 0) {
		return maxDistance !== undefined && secondLength > maxDistance
			? maxDistance
			: secondLength;
	}

	let bCharacterCode;
	let result;
	let temporary;
	let temporary2;
	let index = 0;
	let index2 = 0;

	while (index < firstLength) {
		characterCodeCache[index] = first.charCodeAt(start + index);
		array[index] = ++index;
	}

	while (index2 < secondLength) {
		bCharacterCode = second.charCodeAt(start + index2);
		temporary = index2++;
		result = index2;

		for (index = 0; index < firstLength; index++) {
			temporary2 = bCharacterCode === characterCodeCache[index] ? temporary : temporary + 1;
			temporary = array[index];
			// eslint-disable-next-line no-multi-assign
			result = array[index] = temporary > result
				? (temporary2 > result ? result + 1 : temporary2)
				: (temporary2 > temporary ? temporary + 1 : temporary2);
		}

		// Early termination: if all values in current row exceed maxDistance
		if (maxDistance !== undefined) {
			let rowMinimum = result;
			for (index = 0; index < firstLength; index++) {
				if (array[index] < rowMinimum) {
					rowMinimum = array[index];
				}
			}

			if (rowMinimum > maxDistance) {
				return maxDistance;
			}
		}
	}

	// Bound arrays to avoid retaining large previous sizes
	array.length = firstLength;
	characterCodeCache.length = firstLength;

	return maxDistance !== undefined && result > maxDistance ? maxDistance : result;
}

function closestMatch(target, candidates, options) {
	if (!Array.isArray(candidates) || candidates.length === 0) {
		return undefined;
	}

	const userMax = options?.maxDistance;
	const targetLength = target.length;

	// Exact match fast-path
	for (const candidate of candidates) {
		if (candidate === target) {
			return candidate;
		}
	}

	if (userMax === 0) {
		return undefined;
	}

	let best;
	let bestDist = Number.POSITIVE_INFINITY;
	const seen = new Set();

	for (const candidate of candidates) {
		if (seen.has(candidate)) {
			continue;
		}

		seen.add(candidate);

		const lengthDiff = Math.abs(candidate.length - targetLength);
		if (lengthDiff >= bestDist) {
			continue;
		}

		if (userMax !== undefined && lengthDiff > userMax) {
			continue;
		}

		const cap = Number.isFinite(bestDist)
			? (userMax === undefined ? bestDist : Math.min(bestDist, userMax))
			: userMax;

		const distance = cap === undefined
			? leven(target, candidate)
			: leven(target, candidate, {maxDistance: cap});

		// Skip candidates that exceed the user's maximum distance
		if (userMax !== undefined && distance > userMax) {
			continue;
		}

		// If we got a capped result that equals the cap, we need the actual distance
		// for accurate comparison, but only if the cap was due to userMax
		let actualD = distance;
		if (cap !== undefined && distance === cap && cap === userMax) {
			actualD = leven(target, candidate);
		}

		if (actualD < bestDist) {
			bestDist = actualD;
			best = candidate;
			if (bestDist === 0) {
				break;
			}
		}
	}

	if (userMax !== undefined && bestDist > userMax) {
		return undefined;
	}

	return best;
}

;// CONCATENATED MODULE: ./build/suggest.js

/**
 * The candidate a mistyped name most likely meant ("did you mean"), or undefined when none is
 * close: at most a third of the name's length in edits (as git and npm suggest), or a candidate
 * that only differs by a plural or a prefix (`repositories` → `repository`).
 */
function closest(name, candidates) {
    const wanted = name.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = leven(wanted, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best === undefined)
        return undefined;
    const limit = Math.max(2, Math.ceil(wanted.length / 3));
    const stem = (s) => s.toLowerCase().replace(/(ies|es|s|y)$/, '');
    return bestDistance <= limit || stem(best) === stem(wanted) ? best : undefined;
}
/** " (did you mean 'x'?)" or ''; `show` writes the candidate (e.g. as a flag: `--x`). */
function didYouMean(name, candidates, show = (match) => `'${match}'`) {
    const match = closest(name, candidates);
    return match ? ` (did you mean ${show(match)}?)` : '';
}

;// CONCATENATED MODULE: ./build/input-check.js
// Inputs given to a step that its command does not read. On the root action (`command:`), a name
// that belongs to another command would otherwise be ignored and the step would do something else
// (`command: dispatch` with `repositories:` fires at the current repository); on a per-command
// action the runner only warns. Either way the step fails, naming the input and what the command
// takes.



/** The names a step can be given, with the generated permission-<name> inputs shown as one. */
function inputNamesOf(command) {
    const names = (0,build_inputs/* inputsOf */.Vc)(command)
        .filter(([, spec]) => !spec.cliOnly)
        .map(([name]) => name);
    const permissions = names.filter((name) => name.startsWith('permission-'));
    if (permissions.length === 0)
        return names;
    return [...names.filter((name) => !name.startsWith('permission-')), 'permission-<name>'];
}
/**
 * Throws for the first given input (non-empty value) that `command` does not take. On the root
 * action the runner fills every declared input's default, so a value equal to the default (or any
 * value of an input whose default is an expression such as `${{ github.token }}`) is not counted.
 */
function checkGivenInputs(given, command, options) {
    const own = new Set((0,build_inputs/* inputsOf */.Vc)(command)
        .filter(([, spec]) => !spec.cliOnly)
        .map(([name]) => name));
    for (const [name, value] of given) {
        if (!value.trim() || own.has(name))
            continue;
        if (name === 'command') {
            if (!options.perCommandAction)
                continue;
            throw new errors/* InputError */.dz('command', `the ${command} action takes no command input: it runs ${command}. Remove it, or use the root action (ci-relay@v1) with command:.`);
        }
        const spec = build_inputs/* ALL_INPUTS */.Uz[name];
        if (spec && !options.perCommandAction && spec.default !== undefined) {
            if (spec.default.includes('${{') || value.trim() === spec.default)
                continue;
        }
        const others = spec?.commands.filter((c) => c !== command) ?? [];
        const where = spec?.cliOnly
            ? ' (a CLI flag only)'
            : others.length
                ? ` (it is an input of ${others.join(', ')})`
                : '';
        throw new errors/* InputError */.dz(name, `not an input of ${command}${where}${didYouMean(name, own)}. ${command} takes: ${inputNamesOf(command).join(', ')}.`);
    }
}

// EXTERNAL MODULE: ./build/summary.js
var summary = __webpack_require__(1192);
// EXTERNAL MODULE: ./build/text.js
var build_text = __webpack_require__(977);
;// CONCATENATED MODULE: ./build/input-reader.js



const TRUE = ['true', 'True', 'TRUE'];
/**
 * Header values cannot hold CR, LF or NUL: a pasted line break would fail deep inside the HTTP
 * client (retried as a network error, the input never named), or split a header. The value
 * itself is never shown: these inputs are secrets or credentials.
 */
function checkHeaderValue(name, spec, value) {
    const values = spec.lines ? value.split('\n').map((line) => line.trim()) : [value];
    const bad = values.find((item) => /[\r\n\0]/.test(item));
    if (bad === undefined)
        return;
    const what = bad.includes('\0') ? 'a NUL character' : 'a line break';
    throw new errors/* InputError */.dz(name, `must not contain ${what}: it goes into an HTTP request as one value (a header or a credential). Check the secret or variable for a pasted line break (surrounding white space is trimmed).`);
}
const FALSE = ['false', 'False', 'FALSE'];
/**
 * Typed access to one command's inputs, resolved from the host, then fallback environment
 * variables, then the table's default. Every error names the input and what was expected.
 */
class InputReader {
    host;
    command;
    constructor(host, command) {
        this.host = host;
        this.command = command;
    }
    /** The environment the inputs fall back to (the CLI's, or the runner's). */
    get env() {
        return this.host.env;
    }
    spec(name) {
        const spec = build_inputs/* ALL_INPUTS */.Uz[name];
        if (!spec?.commands.includes(this.command)) {
            throw new Error(`Input '${name}' is not an input of '${this.command}' (inputs.ts).`);
        }
        return spec;
    }
    /** The trimmed value, or '' when not given and there is no usable default. */
    raw(name) {
        const spec = this.spec(name);
        let value = this.host.getInput(name).trim();
        for (const env of spec.fallbackEnv ?? []) {
            if (value)
                break;
            value = (this.host.env[env] ?? '').trim();
        }
        if (!value && spec.default !== undefined && !spec.default.includes('${{'))
            value = spec.default;
        if (value && spec.secret)
            this.host.mask(value);
        if (value && spec.header)
            checkHeaderValue(name, spec, value);
        return value;
    }
    /** The value as given (flag, CI_RELAY_* variable or step input), ignoring fallbacks and defaults. */
    given(name) {
        this.spec(name);
        return this.host.getInput(name).trim();
    }
    /** One value per line (a rotation list of secrets), trimmed, empties dropped. */
    lines(name) {
        return this.raw(name)
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean);
    }
    string(name, options = {}) {
        return this.checkedString(name, options);
    }
    checkedString(name, options) {
        const value = this.raw(name);
        const spec = this.spec(name);
        if (!value) {
            if (options.required) {
                throw new errors/* InputError */.dz(name, `must be set to a non-empty string${options.hint ? `: ${options.hint}` : ''}. If using a secret or variable, ensure it is available in this workflow context.`);
            }
            return undefined;
        }
        if (spec.max !== undefined && (0,build_text/* charLength */.XP)(value) > spec.max) {
            throw new errors/* InputError */.dz(name, `must be at most ${spec.max} characters (got ${(0,build_text/* charLength */.XP)(value)}).`);
        }
        if (spec.options && !spec.options.includes(value)) {
            throw new errors/* InputError */.dz(name, `must be one of ${spec.options.join(', ')} (got '${spec.secret ? '***' : value}').`);
        }
        return value;
    }
    boolean(name) {
        return this.parseBoolean(name);
    }
    parseBoolean(name) {
        const value = this.raw(name);
        if (!value)
            return undefined;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw new errors/* InputError */.dz(name, `must be true or false (got '${value}').`);
    }
    integer(name) {
        return this.parseInteger(name);
    }
    parseInteger(name) {
        const value = this.raw(name);
        if (!value)
            return undefined;
        const spec = this.spec(name);
        const n = /^\d+$/.test(value) ? Number(value) : NaN;
        const range = `${spec.min ?? 0}${spec.max !== undefined ? ` to ${spec.max}` : ' or more'}`;
        if (!Number.isSafeInteger(n) ||
            (spec.min !== undefined && n < spec.min) ||
            (spec.max !== undefined && n > spec.max)) {
            throw new errors/* InputError */.dz(name, `must be a whole number, ${range} (got '${value}').`);
        }
        return n;
    }
    /** Comma- or newline-separated, trimmed, empties dropped. */
    list(name) {
        return this.raw(name)
            .split(/[,\n]/)
            .map((item) => item.trim())
            .filter(Boolean);
    }
    jsonObject(name) {
        return this.parseJsonObject(name);
    }
    parseJsonObject(name) {
        const value = this.raw(name);
        if (!value)
            return undefined;
        let parsed;
        try {
            parsed = JSON.parse(value);
        }
        catch (error) {
            throw new errors/* InputError */.dz(name, `must be a JSON object; it is not valid JSON (${error.message}).`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            throw new errors/* InputError */.dz(name, `must be a JSON object like {"key": "value"} (got ${Array.isArray(parsed) ? 'an array' : typeof parsed}).`);
        }
        return parsed;
    }
}

;// CONCATENATED MODULE: ./build/commands/index.js
// Each command is its own chunk, loaded only when asked for: a step pays for what it runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each command has its own input type
const loaders = {
    token: () => __webpack_require__.e(/* import() */ 980).then(__webpack_require__.bind(__webpack_require__, 2980)),
    dispatch: () => __webpack_require__.e(/* import() */ 757).then(__webpack_require__.bind(__webpack_require__, 8757)),
    status: () => Promise.all(/* import() */[__webpack_require__.e(639), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 7584)),
    receive: () => __webpack_require__.e(/* import() */ 250).then(__webpack_require__.bind(__webpack_require__, 8250)),
    notify: () => Promise.all(/* import() */[__webpack_require__.e(639), __webpack_require__.e(351), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 153)),
    callback: () => Promise.all(/* import() */[__webpack_require__.e(639), __webpack_require__.e(351), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 3636)),
    trigger: () => Promise.all(/* import() */[__webpack_require__.e(639), __webpack_require__.e(442)]).then(__webpack_require__.bind(__webpack_require__, 201)),
};
async function loadCommand(name) {
    const load = loaders[name];
    if (!load)
        throw new Error(`The '${name}' command is not available in this version of ci-relay.`);
    return (await load()).command;
}

// EXTERNAL MODULE: ./build/step-state.js
var step_state = __webpack_require__(7808);
;// CONCATENATED MODULE: ./build/run.js









function takesGitHubInputs(name) {
    return build_inputs/* INPUTS */.mc.token.commands.includes(name);
}
/** GitHub access (and the private-key handling under it) is loaded only by commands that take it. */
const loadAccess = () => __webpack_require__.e(/* import() */ 78).then(__webpack_require__.bind(__webpack_require__, 5078));
/**
 * One step: validate every input (nothing is sent before that), run the command, set outputs and
 * the summary. Any error fails the step with its message; nothing is rethrown.
 */
async function runMain(host, commandInput, options = {}) {
    let ran;
    const minted = [];
    let result;
    let auth;
    try {
        const name = (commandInput ?? host.getInput('command')).trim();
        if (!(0,build_inputs/* isCommandName */.zZ)(name)) {
            throw new errors/* InputError */.dz('command', `must be one of ${build_inputs/* COMMAND_NAMES */.nZ.join(', ')} (got '${name}')${didYouMean(name, build_inputs/* COMMAND_NAMES */.nZ)}.`);
        }
        ran = name;
        const given = host.givenInputs?.();
        if (given)
            checkGivenInputs(given, name, { perCommandAction: options.perCommandAction === true });
        host.saveState(step_state/* STATE */.c.command, name);
        const context = (0,build_context/* readContext */.yI)(host.env);
        const reader = new InputReader(host, name);
        const access = takesGitHubInputs(name) ? await loadAccess() : undefined;
        auth = access?.readGitHubAuthInputs(reader);
        const command = await loadCommand(name);
        const inputs = command.parse(reader, context);
        // Minted tokens go to the step state at once: should this step die before it revokes them,
        // the post step still can.
        const github = auth &&
            access &&
            new access.GitHubAccess(auth, host, (token) => {
                minted.push(access.savedToken(token));
                host.saveState(step_state/* STATE */.c.tokens, JSON.stringify(minted));
            });
        if (auth) {
            host.saveState(step_state/* STATE */.c.apiUrl, auth.apiUrl);
            host.saveState(step_state/* STATE */.c.revoke, String(auth.revoke));
        }
        const deps = {
            log: host,
            context,
            env: host.env,
            github,
            state: stateOf(host),
            postStep: host.postStep === true,
        };
        result = await command.run(inputs, deps);
        // The post step has work only when main got this far: it never repeats main's errors.
        if (result.post)
            host.saveState(step_state/* STATE */.c.post, 'true');
        for (const [output, value] of Object.entries(result.outputs))
            if (value !== undefined)
                host.setOutput(output, value);
        if (result.summary)
            await host.summary(result.summary);
        if (result.failure)
            host.fail(result.failure);
    }
    catch (error) {
        const message = (0,errors/* errorMessage */.gJ)(error);
        // A step that failed before writing its summary (bad input, a refused signature) says so there.
        if (ran)
            await host.summary((0,summary/* failureSummary */.jg)(ran, message)).catch(() => undefined);
        host.fail(message, error instanceof errors/* InputError */.dz ? 'input' : undefined);
    }
    finally {
        // A token is revoked as soon as the step that minted it no longer needs it: here, unless its
        // output lives on (token) or the post step uses it again (status auto).
        if (auth?.revoke && minted.length && !result?.post)
            await revokeAtEndOfMain(host, minted, auth.apiUrl);
    }
}
/** Revokes main's tokens; the ones that could not be revoked stay in the state for the post step. */
async function revokeAtEndOfMain(host, minted, apiUrl) {
    const { revokeToken } = await loadAccess();
    const left = [];
    for (const token of minted)
        if (!(await revokeToken(token, apiUrl, host)))
            left.push(token);
    host.saveState(step_state/* STATE */.c.tokens, JSON.stringify(left));
}
/**
 * The Actions post step. It has work only when main left some: the command's post work (status
 * auto), with GitHub access built from the same inputs and main's tokens, and revoking the tokens
 * main kept for it or could not revoke. Otherwise it reads its state and exits: no command chunk,
 * no Octokit, and none of main's errors repeated.
 */
async function runPost(host) {
    const name = host.getState(step_state/* STATE */.c.command);
    if (!(0,build_inputs/* isCommandName */.zZ)(name) || !(0,step_state/* postStepHasWork */.O)((state) => host.getState(state)))
        return;
    const pending = host.getState(step_state/* STATE */.c.post) === 'true';
    const saved = savedTokens(host);
    const revoke = host.getState(step_state/* STATE */.c.revoke) !== 'false';
    const minted = [];
    try {
        const command = pending ? await loadCommand(name) : undefined;
        if (command?.post) {
            const access = takesGitHubInputs(name) ? await loadAccess() : undefined;
            const github = access
                ? new access.GitHubAccess(access.readGitHubAuthInputs(new InputReader(host, name)), host, (token) => void minted.push(access.savedToken(token)), { saved })
                : undefined;
            const result = await command.post({
                log: host,
                context: (0,build_context/* readContext */.yI)(host.env),
                env: host.env,
                github,
                state: stateOf(host),
                postStep: true,
            });
            if (result?.summary)
                await host.summary(result.summary);
            if (result?.failure)
                host.fail(result.failure);
        }
    }
    catch (error) {
        host.fail((0,errors/* errorMessage */.gJ)(error));
    }
    finally {
        const tokens = [...saved, ...minted];
        if (revoke && tokens.length) {
            const { revokeToken } = await loadAccess();
            for (const token of tokens)
                await revokeToken(token, host.getState(step_state/* STATE */.c.apiUrl), host);
        }
    }
}
function savedTokens(host) {
    const saved = host.getState(step_state/* STATE */.c.tokens);
    if (!saved)
        return [];
    try {
        const tokens = JSON.parse(saved);
        for (const { token } of tokens)
            host.mask(token);
        return tokens;
    }
    catch {
        host.warning('Could not read the minted tokens from the step state; nothing revoked.');
        return [];
    }
}
function stateOf(host) {
    return { save: (name, value) => host.saveState(name, value), get: (name) => host.getState(name) };
}


/***/ }),

/***/ 1192:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ keepFileHint),
/* harmony export */   hn: () => (/* binding */ summaryHeading),
/* harmony export */   iS: () => (/* binding */ failedOutcome),
/* harmony export */   jg: () => (/* binding */ failureSummary)
/* harmony export */ });
// Job summary headings that say how the step went, not only which command ran, and the summary a
// step that failed before it could write its own leaves behind.
/** `### ci-relay callback: failed (401)` */
function summaryHeading(command, outcome) {
    return `### ci-relay ${command}: ${outcome}`;
}
/** `failed (401)`, `failed (no answer)` */
function failedOutcome(status) {
    return `failed (${status ?? 'no answer'})`;
}
/** The summary of a step that failed with `message` (e.g. a refused signature in receive). */
function failureSummary(command, message) {
    const quoted = message
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    return `${summaryHeading(command, 'failed')}\n\n${quoted}\n`;
}
/** Where a file the step wrote can be kept: the upload-artifact step to add after it. */
function keepFileHint(stepId, output, name) {
    return [
        'Keep it with a step after this one (give this step `id: ' + stepId + '`):',
        '',
        '```yaml',
        `- if: failure() && steps.${stepId}.outputs.${output}`,
        '  uses: actions/upload-artifact@v4',
        '  with:',
        `    name: ${name}`,
        `    path: \${{ steps.${stepId}.outputs.${output} }}`,
        '```',
    ].join('\n');
}


/***/ }),

/***/ 977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IN: () => (/* binding */ cutText),
/* harmony export */   XP: () => (/* binding */ charLength),
/* harmony export */   q$: () => (/* binding */ isHttpUrl)
/* harmony export */ });
// Limits are counted in characters (code points), as GitHub and receivers count them, not bytes.
const charLength = (text) => [...text].length;
/** `text` cut to `max` characters, the last one `…`, when it is longer. */
function cutText(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** An absolute http(s) URL with a host. */
function isHttpUrl(value) {
    try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
    }
    catch {
        return false;
    }
}


/***/ })

};
