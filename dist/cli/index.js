#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d5: () => (/* binding */ defaultStatusName),
  yI: () => (/* binding */ readContext),
  fg: () => (/* binding */ workflowJobLabel)
});

// UNUSED EXPORTS: emptyContext, providerOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uj: () => (/* binding */ cliInputMessage),
  b: () => (/* binding */ createCliHost),
  pD: () => (/* binding */ envName),
  AH: () => (/* binding */ formatOutputs),
  Zy: () => (/* binding */ parseArgs)
});

// UNUSED EXPORTS: MIN_REDACTED_LENGTH

;// CONCATENATED MODULE: ./build/cli-messages.js
// Messages written for the Action, as the CLI user reads them: an input is the flag and its
// environment variable, and hints that only make sense inside a workflow are dropped.

/** Sentences that speak of workflow expressions or the workflow context. */
const ACTIONS_ONLY = /\$\{\{|workflow context|In a workflow,/;
/** The message for the terminal: flags named, Actions-only sentences dropped. */
function cliMessage(message) {
    const sentences = cliInputMessage(message).split(/(?<=[.!?])\s+(?=[A-Z(])/);
    const kept = sentences.filter((sentence, i) => i === 0 || !ACTIONS_ONLY.test(sentence));
    return kept.join(' ');
}

// EXTERNAL MODULE: ./build/inputs.js
var inputs = __nccwpck_require__(8175);
// EXTERNAL MODULE: ./build/hosts/mask-lines.js
var mask_lines = __nccwpck_require__(7664);
;// CONCATENATED MODULE: ./build/hosts/cli.js



/**
 * `--name value`, `--name=value`, and for boolean flags a bare `--name` (true), `--name true|false`
 * or `--no-name` (false). Everything after `--` is positional.
 */
function parseArgs(argv, booleanFlags) {
    const positionals = [];
    const flags = new Map();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--') || arg === '--') {
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        let value = eq === -1 ? undefined : arg.slice(eq + 1);
        if (value === undefined && booleanFlags.has(name)) {
            // `--include-jobs false` reads as people write it; a bare `--include-jobs` is true.
            const next = argv[i + 1];
            value = 'true';
            if (next === 'true' || next === 'false') {
                value = next;
                i++;
            }
        }
        else if (value === undefined && name.startsWith('no-') && booleanFlags.has(name.slice(3))) {
            name = name.slice(3);
            value = 'false';
        }
        else if (value === undefined) {
            // The next argument is the value whatever it looks like: a PEM passed as
            // `--private-key "$(cat key.pem)"` starts with `-----BEGIN`.
            const next = argv[i + 1];
            if (next === undefined)
                throw new Error(`Flag --${name} needs a value.`);
            value = next;
            i++;
        }
        if (flags.has(name) && flags.get(name) !== value) {
            // Repeated list flags accumulate (--url a --url b), as a newline-separated list.
            flags.set(name, `${flags.get(name)}\n${value}`);
        }
        else
            flags.set(name, value);
    }
    return { positionals, flags };
}
function envName(input) {
    return `CI_RELAY_${input.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/**
 * A message naming inputs (`Input 'name': …`) gains how the CLI user sets them:
 * `… (flag --private-key, variable CI_RELAY_PRIVATE_KEY)`.
 */
function cliInputMessage(message) {
    const names = [
        ...new Set([...message.matchAll(/\bInput '([a-z0-9-]+)'/g)].map((m) => m[1])),
    ].filter((name) => !message.includes(`--${name} `)); // already named with its flag
    if (names.length === 0)
        return message;
    const how = names.map((name) => `flag --${name}, variable ${envName(name)}`);
    return `${message} (${how.join('; ')})`;
}
/**
 * Shorter values are not redacted: a one-letter "secret" would turn every such letter of the
 * logs into *** and protect nothing.
 */
const MIN_REDACTED_LENGTH = 8;
/**
 * The command line: inputs from flags, else CI_RELAY_<INPUT>; logs go to stderr with every
 * registered secret redacted, outputs are collected for the caller to print on stdout.
 */
function createCliHost(options) {
    const { flags, env, stderr } = options;
    // Inside a GitHub Actions step the runner reads workflow commands from stdout and stderr alike:
    // every secret is registered (on stderr, so `$(ci-relay token)` captures only the outputs) before
    // anything could print it, as the action does.
    const onActions = env.GITHUB_ACTIONS === 'true';
    const secrets = new Set();
    const redact = (text) => {
        let out = text;
        for (const secret of secrets)
            if (secret.length >= MIN_REDACTED_LENGTH)
                out = out.split(secret).join('***');
        return out;
    };
    const state = new Map();
    const host = {
        env,
        outputs: new Map(),
        failed: false,
        usage: false,
        getInput: (name) => flags.get(name) ?? env[envName(name)] ?? '',
        setOutput: (name, value) => void host.outputs.set(name, value),
        saveState: (name, value) => void state.set(name, value),
        getState: (name) => state.get(name) ?? '',
        info: (message) => stderr(redact(message) + '\n'),
        warning: (message) => stderr(`warning: ${redact(message)}\n`),
        debug: (message) => {
            if (env.CI_RELAY_DEBUG === 'true' || env.RUNNER_DEBUG === '1')
                stderr(`debug: ${redact(message)}\n`);
        },
        mask: (secret) => {
            for (const value of (0,mask_lines/* maskValues */.Z)(secret)) {
                if (secrets.has(value))
                    continue;
                secrets.add(value);
                if (onActions)
                    stderr((0,mask_lines/* addMaskCommand */.F)(value));
            }
        },
        fail: (message, kind) => {
            host.failed = true;
            if (kind === 'input')
                host.usage = true;
            stderr(`error: ${redact(cliMessage(message))}\n`);
        },
        summary: async () => { },
    };
    return host;
}
/**
 * Outputs as `name=value` lines (multi-line values JSON-quoted), or one JSON object in which the
 * outputs the table marks as JSON are JSON values, not strings holding JSON.
 */
function formatOutputs(outputs, json) {
    if (json) {
        const values = {};
        for (const [name, value] of outputs)
            values[name] = jsonValue(name, value);
        return JSON.stringify(values, null, 2) + '\n';
    }
    let text = '';
    for (const [name, value] of outputs) {
        text += `${name}=${/[\r\n]/.test(value) ? JSON.stringify(value) : value}\n`;
    }
    return text;
}
function jsonValue(name, value) {
    if (!inputs/* OUTPUTS */.py[name]?.json)
        return value;
    try {
        return JSON.parse(value);
    }
    catch {
        return value;
    }
}


/***/ }),

/***/ 7664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ addMaskCommand),
/* harmony export */   Z: () => (/* binding */ maskValues)
/* harmony export */ });
/**
 * The values to register for one secret: the runner matches masks line by line, so a multi-line
 * secret (a PEM) is registered per line too (lines of 8 characters or more that are not PEM
 * armour, which is public).
 */
function maskValues(secret) {
    if (!secret)
        return [];
    const values = [secret];
    const lines = secret.split(/\r?\n/).map((line) => line.trim());
    if (lines.length < 2)
        return values;
    for (const line of lines)
        if (line.length >= 8 && !line.startsWith('-----'))
            values.push(line);
    return values;
}
/** `::add-mask::` for one value, escaped as @actions/core escapes command data. */
function addMaskCommand(value) {
    const data = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return `::add-mask::${data}\n`;
}


/***/ }),

/***/ 8175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ defaultOf),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   Uz: () => (/* binding */ ALL_INPUTS),
/* harmony export */   Vc: () => (/* binding */ inputsOf),
/* harmony export */   Yz: () => (/* binding */ outputsOf),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   nZ: () => (/* binding */ COMMAND_NAMES),
/* harmony export */   py: () => (/* binding */ OUTPUTS),
/* harmony export */   zZ: () => (/* binding */ isCommandName)
/* harmony export */ });
/* unused harmony exports POST_STEP_COMMANDS, PERMISSION_INPUTS */
/* harmony import */ var _github_permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1498);
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

/***/ 7355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ didYouMean)
});

// UNUSED EXPORTS: closest

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


/***/ }),

/***/ 1192:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 8508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Generated from package.json by scripts/bundle.mjs; bump the version there.
const VERSION = '0.1.0';


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./build/hosts/cli.js + 1 modules
var cli = __nccwpck_require__(761);
// EXTERNAL MODULE: ./build/inputs.js
var build_inputs = __nccwpck_require__(8175);
;// CONCATENATED MODULE: ./build/input-docs.js
// What one command's front door says about an input. The table's descriptions cover every command
// that shares an input ("status: … callback: …"); a per-command action.yml or `--help` shows only
// the part about that command.

const COMMAND = `(?:${build_inputs/* COMMAND_NAMES */.nZ.join('|')})`;
/** "status: ", "status, callback: " at the start or after a sentence. */
const SECTION = new RegExp(`(?:^|(?<=[.)] ))(${COMMAND}(?:, ${COMMAND})*): `, 'g');
/** The description of `spec` as `command` reads it. */
function descriptionFor(spec, command) {
    const text = spec.description;
    const sections = [...text.matchAll(SECTION)];
    if (sections.length === 0)
        return text;
    const common = text.slice(0, sections[0]?.index).trim();
    for (const [i, section] of sections.entries()) {
        const names = section[1].split(', ');
        if (!names.includes(command))
            continue;
        const start = section.index + section[0].length;
        const end = sections[i + 1]?.index ?? text.length;
        const own = text.slice(start, end).trim();
        // "client_payload as …" stays as written; "target repositories …" becomes a sentence.
        const sentence = /^[a-z]+\b(?![_-])/.test(own)
            ? own.charAt(0).toUpperCase() + own.slice(1)
            : own;
        return [common, sentence].filter(Boolean).join(' ');
    }
    return text;
}

// EXTERNAL MODULE: ./build/context.js + 2 modules
var build_context = __nccwpck_require__(3250);
// EXTERNAL MODULE: ./build/errors.js
var errors = __nccwpck_require__(9473);
// EXTERNAL MODULE: ./build/suggest.js + 1 modules
var suggest = __nccwpck_require__(7355);
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
        throw new errors/* InputError */.dz(name, `not an input of ${command}${where}${(0,suggest/* didYouMean */.a)(name, own)}. ${command} takes: ${inputNamesOf(command).join(', ')}.`);
    }
}

// EXTERNAL MODULE: ./build/summary.js
var summary = __nccwpck_require__(1192);
// EXTERNAL MODULE: ./build/text.js
var build_text = __nccwpck_require__(977);
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
class input_reader_InputReader {
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
    token: () => __nccwpck_require__.e(/* import() */ 980).then(__nccwpck_require__.bind(__nccwpck_require__, 2980)),
    dispatch: () => __nccwpck_require__.e(/* import() */ 757).then(__nccwpck_require__.bind(__nccwpck_require__, 8757)),
    status: () => Promise.all(/* import() */[__nccwpck_require__.e(384), __nccwpck_require__.e(584)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7584)),
    receive: () => __nccwpck_require__.e(/* import() */ 250).then(__nccwpck_require__.bind(__nccwpck_require__, 8250)),
    notify: () => Promise.all(/* import() */[__nccwpck_require__.e(384), __nccwpck_require__.e(574), __nccwpck_require__.e(153)]).then(__nccwpck_require__.bind(__nccwpck_require__, 153)),
    callback: () => Promise.all(/* import() */[__nccwpck_require__.e(384), __nccwpck_require__.e(574), __nccwpck_require__.e(636)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3636)),
    trigger: () => Promise.all(/* import() */[__nccwpck_require__.e(384), __nccwpck_require__.e(442)]).then(__nccwpck_require__.bind(__nccwpck_require__, 201)),
};
async function commands_loadCommand(name) {
    const load = loaders[name];
    if (!load)
        throw new Error(`The '${name}' command is not available in this version of ci-relay.`);
    return (await load()).command;
}

;// CONCATENATED MODULE: ./build/step-state.js
// What the main step leaves in the step state for the post step, and whether that is any work.
// Kept apart from run.ts so that the post entry can decide before it loads anything else.
/** Names of the step-state entries main saves. */
const step_state_STATE = {
    command: 'command',
    tokens: 'tokens',
    apiUrl: 'github-api-url',
    revoke: 'revoke-token',
    /** 'true' when main got as far as leaving work for the post step (CommandResult.post). */
    post: 'post',
};
/**
 * True when the post step has something to do: work main left for it, or tokens main minted and
 * has not revoked (kept for later steps, or its revocation failed, or it died before revoking).
 */
function step_state_postStepHasWork(getState) {
    if (!getState(step_state_STATE.command))
        return false;
    if (getState(step_state_STATE.post) === 'true')
        return true;
    if (getState(step_state_STATE.revoke) === 'false')
        return false;
    const tokens = getState(step_state_STATE.tokens);
    return tokens !== '' && tokens !== '[]';
}

;// CONCATENATED MODULE: ./build/run.js









function takesGitHubInputs(name) {
    return build_inputs/* INPUTS */.mc.token.commands.includes(name);
}
/** GitHub access (and the private-key handling under it) is loaded only by commands that take it. */
const loadAccess = () => __nccwpck_require__.e(/* import() */ 78).then(__nccwpck_require__.bind(__nccwpck_require__, 5078));
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
            throw new errors/* InputError */.dz('command', `must be one of ${build_inputs/* COMMAND_NAMES */.nZ.join(', ')} (got '${name}')${(0,suggest/* didYouMean */.a)(name, build_inputs/* COMMAND_NAMES */.nZ)}.`);
        }
        ran = name;
        const given = host.givenInputs?.();
        if (given)
            checkGivenInputs(given, name, { perCommandAction: options.perCommandAction === true });
        host.saveState(step_state_STATE.command, name);
        const context = (0,build_context/* readContext */.yI)(host.env);
        const reader = new input_reader_InputReader(host, name);
        const access = takesGitHubInputs(name) ? await loadAccess() : undefined;
        auth = access?.readGitHubAuthInputs(reader);
        const command = await commands_loadCommand(name);
        const inputs = command.parse(reader, context);
        // Minted tokens go to the step state at once: should this step die before it revokes them,
        // the post step still can.
        const github = auth &&
            access &&
            new access.GitHubAccess(auth, host, (token) => {
                minted.push(access.savedToken(token));
                host.saveState(step_state_STATE.tokens, JSON.stringify(minted));
            });
        if (auth) {
            host.saveState(step_state_STATE.apiUrl, auth.apiUrl);
            host.saveState(step_state_STATE.revoke, String(auth.revoke));
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
            host.saveState(step_state_STATE.post, 'true');
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
    host.saveState(step_state_STATE.tokens, JSON.stringify(left));
}
/**
 * The Actions post step. It has work only when main left some: the command's post work (status
 * auto), with GitHub access built from the same inputs and main's tokens, and revoking the tokens
 * main kept for it or could not revoke. Otherwise it reads its state and exits: no command chunk,
 * no Octokit, and none of main's errors repeated.
 */
async function runPost(host) {
    const name = host.getState(STATE.command);
    if (!isCommandName(name) || !postStepHasWork((state) => host.getState(state)))
        return;
    const pending = host.getState(STATE.post) === 'true';
    const saved = savedTokens(host);
    const revoke = host.getState(STATE.revoke) !== 'false';
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
                context: readContext(host.env),
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
        host.fail(errorMessage(error));
    }
    finally {
        const tokens = [...saved, ...minted];
        if (revoke && tokens.length) {
            const { revokeToken } = await loadAccess();
            for (const token of tokens)
                await revokeToken(token, host.getState(STATE.apiUrl), host);
        }
    }
}
function savedTokens(host) {
    const saved = host.getState(STATE.tokens);
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

;// CONCATENATED MODULE: ./build/tools/index.js
const TOOLS = {
    verify: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(162), __nccwpck_require__.e(39)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7039))).tool,
    listen: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(162), __nccwpck_require__.e(541)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9541))).tool,
    redeliver: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(384), __nccwpck_require__.e(574), __nccwpck_require__.e(790)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9790))).tool,
    secret: async () => (await __nccwpck_require__.e(/* import() */ 902).then(__nccwpck_require__.bind(__nccwpck_require__, 7902))).tool,
};

// EXTERNAL MODULE: ./build/version.js
var version = __nccwpck_require__(8508);
;// CONCATENATED MODULE: ./build/cli-program.js
// The `ci-relay` command line: commands from the input table, the CLI-only tools, help, version.
// Exit codes: 0 success, 1 the command ran and failed, 2 usage (unknown command or flag, missing
// or invalid input: nothing was done).







const EXIT = { ok: 0, failure: 1, usage: 2 };
const BOOLEAN_FLAGS = new Set([
    'help',
    'json',
    'version',
    ...Object.entries(build_inputs/* ALL_INPUTS */.Uz)
        .filter(([, spec]) => spec.type === 'boolean')
        .map(([name]) => name),
]);
/** One line a user can paste per command; secrets come from the environment. */
const EXAMPLES = {
    token: 'CI_RELAY_PRIVATE_KEY="$(cat app.pem)" ci-relay token --app-id 123456 --owner octo-org --repositories app,docs --permission-contents write',
    dispatch: 'CI_RELAY_TOKEN=ghp_… ci-relay dispatch --repository octo-org/deploy --event-type build-finished --client-payload \'{"version": "1.2.3"}\'',
    status: 'CI_RELAY_TOKEN=ghp_… ci-relay status --repository octo-org/app --sha 0123abc… --state success --context deploy --target-url https://ci.example.com/42',
    notify: 'CI_RELAY_SECRET=whsec_… ci-relay notify --url https://hooks.example.com/ci --status success',
    receive: 'ci-relay receive --payload \'{"version": "1.2.3"}\' --dotenv relay.env --json',
    trigger: 'CI_RELAY_GITLAB_TRIGGER_TOKEN=glptt-… ci-relay trigger --project octo-group/deploy --ref main --client-payload \'{"version": "1.2.3"}\'',
    callback: 'ci-relay callback --callback-url https://registry.example.com/cb/123 --state success --description "Tests passed"',
};
/** `ci-relay <command> [--input value ...]`; returns the exit code. */
async function runCli(argv, env, io) {
    const width = Math.max(60, Math.min(io.columns ?? 80, 120));
    const [first, ...rest] = argv.map((arg) => (arg === '-h' ? '--help' : arg));
    if (first === undefined) {
        io.stderr(toolHelp(width));
        return EXIT.usage;
    }
    if (first === '--help') {
        io.stdout(toolHelp(width));
        return EXIT.ok;
    }
    if (first === 'help') {
        const topic = rest[0];
        if (topic === undefined)
            io.stdout(toolHelp(width));
        else if ((0,build_inputs/* isCommandName */.zZ)(topic))
            io.stdout(commandHelp(topic, width));
        else if (TOOLS[topic])
            io.stdout((await TOOLS[topic]()).usage);
        else
            return unknownCommand(topic, io);
        return EXIT.ok;
    }
    if (first === '--version' || first === '-V') {
        io.stdout(`${version/* VERSION */.x}\n`);
        return EXIT.ok;
    }
    const tool = TOOLS[first];
    if (tool)
        return (await tool()).run(rest, env, io);
    if (!(0,build_inputs/* isCommandName */.zZ)(first))
        return unknownCommand(first, io);
    let parsed;
    try {
        parsed = (0,cli/* parseArgs */.Zy)(rest, BOOLEAN_FLAGS);
    }
    catch (error) {
        io.stderr(`error: ${error.message} Run ci-relay ${first} --help for its inputs.\n`);
        return EXIT.usage;
    }
    if (parsed.flags.get('help') === 'true') {
        io.stdout(commandHelp(first, width));
        return EXIT.ok;
    }
    const known = new Set(['json', ...(0,build_inputs/* inputsOf */.Vc)(first).map(([name]) => name)]);
    const unknown = [...parsed.flags.keys()].filter((flag) => !known.has(flag));
    if (unknown.length || parsed.positionals.length) {
        const flag = unknown[0];
        const what = flag !== undefined
            ? `unknown flag --${flag} for '${first}'${(0,suggest/* didYouMean */.a)(flag, known, (match) => `--${match}`)}`
            : `unexpected argument '${parsed.positionals[0]}' for '${first}' (inputs are flags: --name value)`;
        io.stderr(`error: ${what}. Run ci-relay ${first} --help for its inputs.\n`);
        return EXIT.usage;
    }
    const host = (0,cli/* createCliHost */.b)({ flags: parsed.flags, env, stderr: io.stderr });
    // Tokens minted to do the work are revoked when it is done (runMain); the token command's token
    // is the output itself, so it lives until it expires.
    await runMain(host, first);
    // Outputs are printed on failure too: what was done (and e.g. the undelivered file) matters most
    // then.
    if (host.outputs.size || !host.failed)
        io.stdout((0,cli/* formatOutputs */.AH)(host.outputs, parsed.flags.get('json') === 'true'));
    if (!host.failed)
        return EXIT.ok;
    return host.usage ? EXIT.usage : EXIT.failure;
}
function unknownCommand(name, io) {
    const all = [...build_inputs/* COMMAND_NAMES */.nZ, ...Object.keys(TOOLS)];
    io.stderr(`error: unknown command '${name}'${(0,suggest/* didYouMean */.a)(name, all)}. Run ci-relay --help for the list.\n`);
    return EXIT.usage;
}
/** Words of `text` in lines of at most `width` columns, each starting with `indent`. */
function wrap(text, width, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && indent.length + line.length + 1 + word.length > width) {
            lines.push(indent + line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(indent + line);
    return lines;
}
function toolHelp(width = 80) {
    const names = [...build_inputs/* COMMAND_NAMES */.nZ, ...Object.keys(TOOLS)];
    const column = Math.max(...names.map((n) => n.length)) + 4;
    const entry = (name, text) => {
        const lines = wrap(text, width, ' '.repeat(column));
        if (name.length > column - 3)
            return [`  ${name}`, ...lines];
        const [first = '', ...more] = lines;
        return [`  ${name.padEnd(column - 2)}${first.trimStart()}`, ...more];
    };
    return [
        `ci-relay ${version/* VERSION */.x}: carry CI events between pipelines.`,
        '',
        'Usage: ci-relay <command> [--input value ...] [--json]',
        '       ci-relay help <command>    ci-relay --version',
        '',
        'Commands:',
        ...build_inputs/* COMMAND_NAMES */.nZ.flatMap((name) => entry(name, build_inputs/* COMMANDS */.Lo[name])),
        '',
        'Tools (for receivers and laptops):',
        ...Object.keys(TOOLS).flatMap((name) => entry(name, toolSummary(name))),
        '',
        ...wrap('Every input is a flag or an environment variable CI_RELAY_<INPUT> (e.g. --private-key or CI_RELAY_PRIVATE_KEY); the flag wins. Pass secrets through the environment: flags show in process lists and CI logs.', width, ''),
        '',
        'Environment:',
        ...entry('CI_RELAY_DEBUG', 'true prints debug lines on stderr (what was sent, why something was refused); RUNNER_DEBUG=1 does the same.'),
        '',
        ...wrap('Exit codes: 0 success, 1 the command failed, 2 usage (unknown command or flag, missing or invalid input: nothing was done).', width, ''),
        ...wrap('Outputs go to stdout as name=value lines (--json: one JSON object), also when the command fails; logs go to stderr.', width, ''),
        '',
    ].join('\n');
}
const TOOL_SUMMARIES = {
    verify: 'Check a delivery (body on stdin or --file) against its signature or identity token; exit 0 when valid.',
    listen: 'A local receiver that verifies and prints each delivery.',
    redeliver: 'Send again what a failed notify or callback left in its undelivered file.',
    secret: 'Print a fresh whsec_ secret for the standard signature.',
};
function toolSummary(name) {
    return TOOL_SUMMARIES[name] ?? `see ci-relay ${name} --help`;
}
/** Inputs whose table description speaks of the Action's post step, as the CLI has them. */
const CLI_DESCRIPTIONS = {
    'revoke-token': "Revoke the installation tokens the command mints when it is done (the token command's token is its output: it is not revoked, it expires).",
};
function inputLines(command, name, spec, width) {
    const required = spec.required?.includes(command);
    const value = spec.type === 'boolean' ? '' : spec.options ? ` <${spec.options.join('|')}>` : ' <value>';
    const def = spec.default && !spec.default.includes('${{') ? ` Default: ${spec.default}.` : '';
    const fallback = spec.fallbackEnv?.length ? ` Else $${spec.fallbackEnv.join(', else $')}.` : '';
    const env = `Env: ${(0,cli/* envName */.pD)(name)}${spec.secret ? ' (a secret: prefer the environment).' : '.'}`;
    return [
        `  --${name}${value}${required ? '   (required)' : ''}`,
        ...wrap(`${CLI_DESCRIPTIONS[name] ?? descriptionFor(spec, command)}${def}${fallback} ${env}`, width, '      '),
    ];
}
function commandHelp(name, width = 80) {
    const inputs = (0,build_inputs/* inputsOf */.Vc)(name);
    const required = inputs.filter(([, spec]) => spec.required?.includes(name));
    const usage = [
        `Usage: ci-relay ${name}`,
        ...required.map(([input]) => `--${input} <value>`),
        '[--input value ...] [--json]',
    ].join(' ');
    const lines = [usage, '', ...wrap(build_inputs/* COMMANDS */.Lo[name], width, ''), '', 'Inputs:'];
    const permissions = inputs.filter(([input]) => input.startsWith('permission-'));
    for (const [input, spec] of inputs) {
        if (input.startsWith('permission-'))
            continue;
        lines.push(...inputLines(name, input, spec, width));
    }
    if (permissions.length) {
        lines.push('  --permission-<name> <read|write|admin>', ...wrap(`One per GitHub App permission, as actions/create-github-app-token takes them (added to --permissions): ${permissions.map(([input]) => input.slice('permission-'.length)).join(', ')}. Env: CI_RELAY_PERMISSION_<NAME>.`, width, '      '));
    }
    lines.push('', 'Outputs (name=value lines on stdout, or one JSON object with --json):');
    for (const [output, spec] of (0,build_inputs/* outputsOf */.Yz)(name))
        lines.push(...wrap(`${output}: ${descriptionFor(spec, name)}`, width, '  '));
    const example = EXAMPLES[name];
    if (example)
        lines.push('', 'Example:', `  ${example}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./build/cli.js

void runCli(process.argv.slice(2), process.env, {
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: async () => {
        const chunks = [];
        for await (const chunk of process.stdin)
            chunks.push(chunk);
        return Buffer.concat(chunks).toString('utf8');
    },
}).then((code) => {
    process.exitCode = code;
});

