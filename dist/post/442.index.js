export const id = 442;
export const ids = [442];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PAYLOAD_VARIABLE: () => (/* binding */ PAYLOAD_VARIABLE),
  command: () => (/* binding */ command),
  parseTriggerInputs: () => (/* binding */ parseTriggerInputs)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/gitlab/access.js
var access = __webpack_require__(5390);
// EXTERNAL MODULE: ./build/http/policy.js
var policy = __webpack_require__(7167);
;// CONCATENATED MODULE: ./build/poll.js
// Waiting for something that completes later (a pipeline), polling at growing intervals so a long
// wait costs few requests, and never sleeping past the deadline.

/** The look at the deadline itself may take this long. */
const LAST_LOOK_MS = 5_000;
/**
 * Calls `poll` at once, then after growing pauses, until it returns a value other than undefined
 * (returned) or the deadline passes (undefined).
 */
async function pollUntil(
/** `budgetMs`: how long this poll may take (the time left, or a last look at the deadline). */
poll, options) {
    const clock = options.clock ?? policy/* realClock */.dQ;
    const deadline = clock.now() + options.timeoutMs;
    let interval = options.firstIntervalMs ?? 1000;
    const maxInterval = options.maxIntervalMs ?? 15_000;
    for (;;) {
        const result = await poll(Math.max(deadline - clock.now(), LAST_LOOK_MS));
        if (result !== undefined)
            return result;
        const now = clock.now();
        if (now >= deadline)
            return undefined;
        await clock.sleep(Math.min(interval, deadline - now));
        interval = Math.min(interval * 1.5, maxInterval);
    }
}

// EXTERNAL MODULE: ./build/gitlab/client.js
var gitlab_client = __webpack_require__(6807);
;// CONCATENATED MODULE: ./build/gitlab/pipelines.js


/** Pipeline statuses after which nothing more happens without a person (GitLab's list). */
const FINISHED_PIPELINE_STATUSES = ['success', 'failed', 'canceled', 'skipped', 'manual'];
/**
 * `POST /projects/:id/trigger/pipeline` with token, ref and variables (the JSON form of GitLab's
 * `variables[NAME]=value` fields). The trigger token is the credential: no PRIVATE-TOKEN.
 */
async function triggerPipeline(request) {
    const client = new gitlab_client/* GitLabClient */.zZ({
        apiUrl: request.apiUrl,
        log: { debug: () => undefined, ...request.log },
        http: request.http,
    });
    const { data } = await client.request({
        method: 'POST',
        path: `${(0,gitlab_client/* projectPath */.DZ)(request.project)}/trigger/pipeline`,
        body: { token: request.triggerToken, ref: request.ref, variables: request.variables },
    }, `Starting a pipeline of ${request.project} on '${request.ref}'`, {
        400: `the ref '${request.ref}' does not exist in ${request.project}, or its .gitlab-ci.yml creates no pipeline for it (rules, or a configuration error).`,
        401: 'the trigger token is not valid for this project (gitlab-trigger-token).',
        403: 'the trigger token is not valid for this project, or its owner may no longer run pipelines on this ref (gitlab-trigger-token).',
        404: `the project ${request.project} does not exist at gitlab-api-url, or the trigger token (gitlab-trigger-token) does not belong to it.`,
    });
    return data;
}
/** Polls `GET /projects/:id/pipelines/:pipeline_id` until it finishes; undefined on timeout. */
async function waitForPipeline(options) {
    let last;
    const readToken = `gitlab-token is not valid or lacks the read_api scope on ${options.project}.`;
    const { client, ...rest } = options;
    return pollUntil(
    // The time left bounds each poll too: a request that hangs cannot outlast wait-timeout.
    async (budgetMs) => {
        const reader = new gitlab_client/* GitLabClient */.zZ({
            ...client,
            http: { ...client.http, policy: { ...client.http?.policy, deadlineMs: budgetMs } },
        });
        const { data: pipeline } = await reader.request({ path: `${(0,gitlab_client/* projectPath */.DZ)(rest.project)}/pipelines/${rest.pipelineId}` }, `Reading pipeline ${rest.pipelineId} of ${rest.project}`, { 401: readToken, 403: readToken });
        if (pipeline.status !== last)
            rest.onStatus?.(pipeline.status);
        last = pipeline.status;
        return FINISHED_PIPELINE_STATUSES.includes(pipeline.status) ? pipeline : undefined;
    }, { timeoutMs: rest.timeoutMs, clock: rest.clock });
}

// EXTERNAL MODULE: ./build/relay-signature.js + 1 modules
var relay_signature = __webpack_require__(9169);
;// CONCATENATED MODULE: ./build/commands/trigger.js
// trigger: GitHub (or anywhere) → GitLab. Starts a pipeline with a pipeline trigger token and hands
// it the payload as the variable CI_RELAY_PAYLOAD, signed as a signed dispatch is, so that
// `receive` in that pipeline verifies it and exports it to later jobs.





/** The pipeline variable that carries the payload; `receive` reads it (CI_RELAY_<payload input>). */
const PAYLOAD_VARIABLE = 'CI_RELAY_PAYLOAD';
/** A numeric project ID, or a path: namespace(s)/project, as GitLab spells paths. */
const PROJECT = /^(\d+|[\w.-]+(\/[\w.-]+)+)$/;
function parseTriggerInputs(reader) {
    const project = reader.string('project', {
        required: true,
        hint: 'the GitLab project path (group/project) or numeric ID',
    });
    if (!PROJECT.test(project) || project.split('/').some((part) => part === '.' || part === '..')) {
        throw new errors/* InputError */.dz('project', `must be a GitLab project path like group/project (subgroups allowed) or a numeric project ID (got '${project}').`);
    }
    const ref = reader.string('ref', {
        required: true,
        hint: 'the branch or tag of the project the pipeline runs for',
    });
    // Git ref names have no white space, control characters, `..` or ~^:?*[\ (git check-ref-format).
    // eslint-disable-next-line no-control-regex
    if (/[\s\u0000-\u001f\u007f~^:?*[\\]|\.\.|^[-/]|\/$|\.lock$/.test(ref)) {
        throw new errors/* InputError */.dz('ref', `must be a branch or tag name like main or v1.2.3: no white space, line breaks, '..' or ~^:?*[\\ (got ${JSON.stringify(ref)}).`);
    }
    const clientPayload = reader.jsonObject('client-payload');
    const signingSecret = reader.string('signing-secret');
    if (signingSecret) {
        try {
            (0,relay_signature/* assertSignable */.CB)(undefined, clientPayload);
        }
        catch (error) {
            throw new errors/* InputError */.dz('client-payload', error.message);
        }
    }
    const triggerToken = reader.string('gitlab-trigger-token', {
        required: true,
        hint: "the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens), from a secret; on the CLI the environment variable CI_RELAY_GITLAB_TRIGGER_TOKEN",
    });
    const wait = reader.boolean('wait');
    const gitlab = (0,access/* readGitLabInputs */.r_)(reader);
    const gitlabToken = wait
        ? (0,access/* requireGitLabToken */.Gy)(gitlab, 'when wait is true (read_api is enough: a trigger token cannot read the pipeline)')
        : undefined;
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
    };
}
const command = {
    parse: parseTriggerInputs,
    async run(inputs, deps) {
        const id = (0,external_node_crypto_.randomUUID)();
        const payload = inputs.signingSecret
            ? (0,relay_signature/* signedPayload */.ts)(inputs.signingSecret, undefined, inputs.clientPayload, id)
            : inputs.clientPayload;
        if (inputs.signingSecret)
            deps.log.info(`Signed the payload (_relay.id ${id}).`);
        const pipeline = await triggerPipeline({
            apiUrl: inputs.apiUrl,
            project: inputs.project,
            ref: inputs.ref,
            triggerToken: inputs.triggerToken,
            log: deps.log,
            variables: { [PAYLOAD_VARIABLE]: JSON.stringify(payload) },
        });
        deps.log.info(`Started pipeline ${pipeline.id} of ${inputs.project} on '${inputs.ref}': ${pipeline.web_url}`);
        const outputs = {
            'pipeline-id': String(pipeline.id),
            'pipeline-url': pipeline.web_url,
        };
        if (!inputs.wait)
            return { outputs, summary: summary(inputs, pipeline) };
        deps.log.info(`Waiting up to ${inputs.waitTimeoutSeconds} s for pipeline ${pipeline.id}.`);
        const finished = await waitForPipeline({
            client: { apiUrl: inputs.apiUrl, token: inputs.gitlabToken, log: deps.log },
            project: inputs.project,
            pipelineId: pipeline.id,
            timeoutMs: inputs.waitTimeoutSeconds * 1000,
            onStatus: (status) => deps.log.info(`Pipeline ${pipeline.id}: ${status}.`),
        });
        if (!finished) {
            throw new errors/* RelayError */.cx(`Pipeline ${pipeline.id} did not finish within wait-timeout (${inputs.waitTimeoutSeconds} s): ${pipeline.web_url}`);
        }
        outputs.conclusion = finished.status;
        return {
            outputs,
            summary: summary(inputs, finished),
            failure: finished.status === 'success'
                ? undefined
                : `Pipeline ${pipeline.id} of ${inputs.project} ended ${finished.status}: ${pipeline.web_url}`,
        };
    },
};
function summary(inputs, pipeline) {
    return [
        `### ci-relay trigger`,
        '',
        `Pipeline [${pipeline.id}](${pipeline.web_url}) of \`${inputs.project}\` on \`${inputs.ref}\`: ${pipeline.status}.`,
        '',
    ].join('\n');
}


/***/ }),

/***/ 5390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ gitlabClient),
/* harmony export */   Gy: () => (/* binding */ requireGitLabToken),
/* harmony export */   r_: () => (/* binding */ readGitLabInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(977);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6807);
// The inputs every GitLab-facing command takes, validated before any request.



const TOKEN_HINT = 'a project or group access token with the api scope (Settings > Access tokens), in the masked CI/CD variable CI_RELAY_GITLAB_TOKEN';
/**
 * `gitlab-api-url` (CI_API_V4_URL in a GitLab job, else gitlab.com) and `gitlab-token`. The job
 * token is refused by name: GitLab does not accept CI_JOB_TOKEN for commit statuses or for
 * listing a pipeline's jobs, and would answer a bare 401.
 */
function readGitLabInputs(reader) {
    const apiUrl = reader.string('gitlab-api-url');
    if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isHttpUrl */ .q$)(apiUrl)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('gitlab-api-url', `must be an http(s) URL such as https://gitlab.com/api/v4 (got '${apiUrl}').`);
    }
    const token = reader.string('gitlab-token');
    const jobToken = reader.env.CI_JOB_TOKEN;
    if (token && ((jobToken && token === jobToken) || token.startsWith('glcbt-'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('gitlab-token', `is the CI job token (CI_JOB_TOKEN), which GitLab does not accept for this API: use ${TOKEN_HINT}.`);
    }
    return { apiUrl: apiUrl.replace(/\/+$/, ''), token };
}
/** The token, or an error naming the input and what it must be. */
function requireGitLabToken(inputs, why) {
    if (inputs.token)
        return inputs.token;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('gitlab-token', `must be set ${why}: ${TOKEN_HINT}.`);
}
function gitlabClient(inputs, token, log) {
    return new _client_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabClient */ .zZ({ apiUrl: inputs.apiUrl, token, log });
}


/***/ }),

/***/ 6807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ GitLabApiError),
/* harmony export */   DZ: () => (/* binding */ projectPath),
/* harmony export */   zZ: () => (/* binding */ GitLabClient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _http_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4384);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8508);
// GitLab's REST API (v4): PRIVATE-TOKEN, JSON, errors that say what GitLab answered and the
// likely cause, and pagination through x-next-page / Link. Every request goes through src/http
// (the one retry, rate-limit and timeout policy: a 429 waits for Retry-After / RateLimit-Reset).



/** At most this many pages are read from one listing (100 per page: 10 000 items). */
const MAX_PAGES = 100;
/** A response GitLab gave with a status outside 2xx. */
class GitLabApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx {
    status;
    said;
    constructor(status, 
    /** GitLab's `message` or `error`, as it said it. */
    said, message) {
        super(message, { status });
        this.status = status;
        this.said = said;
        this.name = 'GitLabApiError';
    }
}
const GENERIC = {
    401: 'GitLab rejected the token (401): gitlab-token (CI_RELAY_GITLAB_TOKEN) is wrong, expired or revoked.',
    403: "GitLab refused (403): the token's scope or role does not allow this (a project or group access token with the api scope and at least the Developer role).",
    404: 'GitLab found nothing there (404): the project does not exist, or the token cannot see it.',
    429: 'GitLab rate-limited the requests (429).',
};
/** `projects/:id` takes a numeric id or the URL-encoded path. */
function projectPath(project) {
    return `/projects/${encodeURIComponent(project)}`;
}
/** What GitLab said in an error body: `message` (string or field → errors) or `error`. */
/**
 * What GitLab said in an error body: `message` (a string, or field → errors), or an OAuth-style
 * refusal's `error` with its `error_description` (insufficient_scope: why).
 */
function saidOf(body, text) {
    const b = (body ?? {});
    if (typeof b.error === 'string' && typeof b.error_description === 'string')
        return `${b.error}: ${b.error_description}`;
    const said = b.message ?? b.error;
    if (typeof said === 'string')
        return said;
    if (said && typeof said === 'object')
        return Object.entries(said)
            .map(([field, value]) => `${field}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
            .join('; ');
    return text.slice(0, 300) || 'no details';
}
class GitLabClient {
    options;
    apiUrl;
    constructor(options) {
        this.options = options;
        this.apiUrl = options.apiUrl.replace(/\/+$/, '');
    }
    url(request, page) {
        const url = new URL(`${this.apiUrl}${request.path}`);
        for (const [name, value] of Object.entries(request.query ?? {}))
            if (value !== undefined)
                url.searchParams.set(name, String(value));
        if (page !== undefined)
            url.searchParams.set('page', String(page));
        return url;
    }
    /**
     * One request. `doing` says what it was for, in messages (`Posting the status on group/app@abc`);
     * `hints` add the likely cause for a status code.
     */
    async request(request, doing, hints = {}) {
        return this.send(request, this.url(request), doing, hints);
    }
    async send(request, url, doing, hints) {
        const method = request.method ?? 'GET';
        let response;
        try {
            response = await (0,_http_request_js__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)(url, {
                ...this.options.http,
                method,
                headers: {
                    ...(this.options.token !== undefined && { 'PRIVATE-TOKEN': this.options.token }),
                    Accept: 'application/json',
                    'User-Agent': `ci-relay/${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}`,
                    ...(request.body !== undefined && { 'Content-Type': 'application/json' }),
                },
                body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
                label: `${method} ${this.apiUrl}${request.path}`,
                log: this.options.log,
            });
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx(`${doing} failed: ${error.message}. Check gitlab-api-url and that GitLab is reachable from this job.`, { cause: error });
        }
        const text = await response.text();
        let body;
        try {
            body = text ? JSON.parse(text) : undefined;
        }
        catch {
            body = undefined;
        }
        if (!response.ok) {
            const said = saidOf(body, text);
            const hint = hints[response.status] ?? GENERIC[response.status];
            throw new GitLabApiError(response.status, said, `${doing} failed. GitLab answered ${response.status}: ${said}${said.endsWith('.') ? '' : '.'}${hint ? ` Likely cause: ${hint}` : ''}${response.gaveUp ? ` Not retried: ${response.gaveUp}.` : ''}`);
        }
        return { data: body, headers: response.headers, status: response.status };
    }
    /**
     * Every item of a paginated listing, 100 per page, following `x-next-page` (offset pagination)
     * or the Link header's `rel="next"` (keyset pagination).
     */
    async paginate(request, doing) {
        const items = [];
        let url = this.url({ ...request, query: { per_page: 100, ...request.query } });
        for (let page = 1; url && page <= MAX_PAGES; page++) {
            const { data, headers } = await this.send(request, url, doing, {});
            if (!Array.isArray(data))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx(`${doing} failed: GitLab answered something other than a list.`);
            items.push(...data);
            url = nextPage(url, headers);
        }
        if (url)
            this.options.log.info(`${doing}: stopped after ${MAX_PAGES} pages.`);
        return items;
    }
}
function nextPage(current, headers) {
    const link = headers
        .get('link')
        ?.split(',')
        .find((part) => /rel="next"/.test(part))
        ?.match(/<([^>]+)>/)?.[1];
    if (link)
        return new URL(link);
    const next = headers.get('x-next-page');
    if (!next)
        return undefined;
    const url = new URL(current);
    url.searchParams.set('page', next);
    return url;
}


/***/ }),

/***/ 2602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   JD: () => (/* binding */ RequestFailedError),
/* harmony export */   gG: () => (/* binding */ networkFailureIn),
/* harmony export */   vF: () => (/* binding */ describeSocketError)
/* harmony export */ });
// What went wrong when a call got no usable answer, in words a CI log reader understands.
/** Kinds worth another attempt (see policy.ts for why). */
const RETRYABLE = new Set([
    'refused',
    'reset',
    'dns-temporary',
    'timeout',
    'other',
]);
/** One attempt that got no answer: connection refused, reset, DNS failure, timeout ... */
class NetworkError extends Error {
    kind;
    code;
    name = 'NetworkError';
    constructor(kind, message, code, options) {
        super(message, options);
        this.kind = kind;
        this.code = code;
    }
    get retryable() {
        return RETRYABLE.has(this.kind);
    }
    /** The same failure, saying it happened on the way through `proxy`. */
    through(proxy) {
        return new NetworkError(this.kind, `${this.message} (through the proxy ${proxy})`, this.code, {
            cause: this.cause,
        });
    }
}
/**
 * A call that failed without an answer after all its attempts: `call` is `METHOD url` (the URL
 * without query, fragment or credentials), the message says what happened.
 */
class RequestFailedError extends Error {
    call;
    failure;
    attempts;
    name = 'RequestFailedError';
    constructor(call, failure, attempts, why) {
        super(`${call}: ${failure.message}${attempts > 1 ? ` (${attempts} attempts)` : ''}${why ? `; ${why}` : ''}`, { cause: failure });
        this.call = call;
        this.failure = failure;
        this.attempts = attempts;
    }
}
/** The first RequestFailedError or NetworkError in an error's cause chain (Octokit wraps them). */
function networkFailureIn(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e instanceof RequestFailedError || e instanceof NetworkError)
            return e;
    }
    return undefined;
}
/** A Node socket/DNS/TLS error as a NetworkError. `host` names the host in DNS messages. */
function describeSocketError(error, host) {
    if (error instanceof NetworkError)
        return error;
    const code = error?.code;
    const text = error instanceof Error ? error.message : String(error);
    const c = typeof code === 'string' ? code : undefined;
    const make = (kind, message) => new NetworkError(kind, message, c, { cause: error });
    switch (c) {
        case 'ECONNREFUSED':
            return make('refused', `connection refused (${c})`);
        case 'ECONNRESET':
        case 'EPIPE':
        case 'UND_ERR_SOCKET':
            return make('reset', `connection reset before an answer (${c})`);
        case 'ENOTFOUND':
            return make('dns', `DNS failure: host ${host} not found (${c})`);
        case 'EAI_AGAIN':
            return make('dns-temporary', `DNS failure: temporary, looking up ${host} (${c})`);
        case 'ETIMEDOUT':
        case 'ECONNABORTED':
            return make('timeout', `connection timed out (${c})`);
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return make('other', `host unreachable (${c})`);
    }
    if (c &&
        (/^ERR_TLS|^CERT_|^UNABLE_TO|SELF_SIGNED|^ERR_SSL/.test(c) || /certificate/i.test(text))) {
        return make('tls', `TLS failure: ${text} (${c})`);
    }
    if (c === 'ERR_INVALID_URL' || c === 'ERR_INVALID_ARG_VALUE')
        return make('invalid-url', text);
    return make('other', `network error: ${text}${c && !text.includes(c) ? ` (${c})` : ''}`);
}


/***/ }),

/***/ 9169:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  se: () => (/* binding */ RELAY_KEY),
  YC: () => (/* binding */ RelaySignatureError),
  CB: () => (/* binding */ assertSignable),
  JI: () => (/* binding */ isSigned),
  T: () => (/* binding */ relaySigningInput),
  F4: () => (/* binding */ signRelay),
  ts: () => (/* binding */ signedPayload),
  Cc: () => (/* binding */ splitRelay),
  tQ: () => (/* binding */ verifyRelay)
});

// UNUSED EXPORTS: DEFAULT_MAX_AGE_SECONDS, FUTURE_SKEW_SECONDS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
function serializeString (value) {
  if (!value.isWellFormed()) {
    throw new Error('Lone surrogate is not allowed');
  }
  return JSON.stringify(value);
}

function serializePrimitive (value) {
  switch (typeof value) {
    case 'number':
      if (isNaN(value)) {
        throw new Error('NaN is not allowed');
      }
      if (!isFinite(value)) {
        throw new Error('Infinity is not allowed');
      }
      // For finite numbers String(value) would give identical output, but
      // JSON.stringify benchmarks faster on V8.
      return JSON.stringify(value);
    case 'string':
      return serializeString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      // null, or values JSON.stringify maps to undefined (undefined,
      // functions, symbols).
      return JSON.stringify(value);
  }
}

// Resolves a value to either its serialized primitive form (a string — or
// undefined, for values JSON.stringify drops) or a frame describing the
// container to descend into. Callers distinguish the two cases with
// `typeof result !== 'object'`.
//
// toJSON results are unwrapped here, and the wrapper objects stay in `seen`
// until the resolved subtree is fully serialized, so cycles introduced via
// toJSON are still detected.
function enterValue (value, seen) {
  let wrappers = null;
  while (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
    if (seen.has(value)) {
      throw new Error('Circular reference detected');
    }
    seen.add(value);
    (wrappers ??= []).push(value);
    value = value.toJSON();
  }

  // Boxed Number/String/Boolean objects serialize as their primitive values,
  // mirroring how JSON.stringify treats them.
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    value = value.valueOf();
  }

  if (value === null || typeof value !== 'object') {
    if (wrappers !== null) {
      for (const wrapper of wrappers) seen.delete(wrapper);
    }
    return serializePrimitive(value);
  }

  if (seen.has(value)) {
    throw new Error('Circular reference detected');
  }
  seen.add(value);

  return {
    container: value,
    // null marks an array frame; object frames carry their sorted keys.
    // `sort()`'s default comparator orders by UTF-16 code unit, which is the
    // order JCS requires.
    keys: Array.isArray(value) ? null : Object.keys(value).sort(),
    // Next child to serialize; the frame resumes here after a nested
    // container's subtree completes.
    index: 0,
    // Whether no member has been emitted yet (controls comma placement).
    first: true,
    // toJSON wrappers to release from `seen` when this frame completes.
    wrappers
  };
}

function canonicalize (object) {
  if (object === null || typeof object !== 'object') {
    return serializePrimitive(object);
  }

  const seen = new Set();
  const root = enterValue(object, seen);
  if (typeof root !== 'object') {
    // A toJSON chain resolved the input to a primitive.
    return root;
  }

  let result = root.keys === null ? '[' : '{';
  const stack = [root];

  // Depth-first serialization with an explicit stack instead of recursion, so
  // nesting depth is bounded by heap size rather than call-stack size. The top
  // frame is the container currently being serialized: primitive children are
  // appended inline, while a nested container pushes a new frame and jumps
  // back to the outer loop. Because frame.index was already advanced, the
  // parent resumes at its next child once the subtree is done. Opening
  // brackets are emitted when a frame is pushed, closing brackets when it
  // completes.
  outer:
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const container = frame.container;

    // keys === null marks an array frame; otherwise keys holds the object's
    // sorted property names. Either way the iteration counter lives on the
    // frame itself (frame.index), so when a frame is resumed after a nested
    // container completes, the while condition continues at the first
    // unserialized child instead of restarting from the beginning.
    if (frame.keys === null) {
      while (frame.index < container.length) {
        const i = frame.index++;
        if (i > 0) {
          result += ',';
        }
        const element = container[i];
        // Inside arrays, JSON.stringify serializes values with no JSON
        // representation (undefined, symbols, functions) as null.
        const value = element === undefined || typeof element === 'symbol' || typeof element === 'function' ? null : element;
        if (value === null || typeof value !== 'object') {
          result += serializePrimitive(value);
          continue;
        }
        const child = enterValue(value, seen);
        if (typeof child !== 'object') {
          // A toJSON chain resolved the child to an already-serialized
          // primitive — or, when child is undefined, to a value with no JSON
          // representation, which becomes null inside arrays.
          result += child === undefined ? 'null' : child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += ']';
    } else {
      const keys = frame.keys;
      while (frame.index < keys.length) {
        const key = keys[frame.index++];
        const value = container[key];
        // Inside objects, JSON.stringify omits properties whose value has no
        // JSON representation (undefined, symbols, functions).
        if (value === undefined || typeof value === 'symbol' || typeof value === 'function') {
          continue;
        }
        if (value === null || typeof value !== 'object') {
          // Commas are tracked with a flag rather than the key index: a
          // skipped key must not leave a stray comma behind.
          if (frame.first) {
            frame.first = false;
          } else {
            result += ',';
          }
          result += serializeString(key) + ':' + serializePrimitive(value);
          continue;
        }
        // The child must be resolved before the key is emitted: a toJSON
        // returning a value with no JSON representation drops the whole
        // property.
        const child = enterValue(value, seen);
        if (child === undefined) {
          continue;
        }
        if (frame.first) {
          frame.first = false;
        } else {
          result += ',';
        }
        result += serializeString(key) + ':';
        if (typeof child !== 'object') {
          result += child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += '}';
    }

    // Frame complete. The container leaves `seen` so that a later, sibling
    // reference to the same object is not mistaken for a cycle.
    seen.delete(container);
    if (frame.wrappers !== null) {
      for (const wrapper of frame.wrappers) seen.delete(wrapper);
    }
    stack.pop();
  }

  return result;
}

// EXTERNAL MODULE: ./build/webhook/sign.js
var sign = __webpack_require__(1161);
// EXTERNAL MODULE: ./build/inputs.js
var inputs = __webpack_require__(8175);
;// CONCATENATED MODULE: ./build/relay-signature.js
// The signature `dispatch` puts in client_payload._relay and `receive` checks. GitHub parses the
// dispatch body and serializes client_payload again for the event (key order, spacing and escapes
// change), so the signature covers the RFC 8785 canonical form of the parsed values, not bytes.




/** The client_payload key ci-relay owns. */
const RELAY_KEY = '_relay';
/** A payload failed verification. Messages never include the secret or a signature. */
class RelaySignatureError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RelaySignatureError';
    }
}
/** Default oldest accepted signature, in seconds (the max-age input). */
const DEFAULT_MAX_AGE_SECONDS = Number((0,inputs/* defaultOf */.HA)('max-age'));
/** A signature this far in the receiver's future is still accepted: clocks of two runners differ. */
const FUTURE_SKEW_SECONDS = 30;
/** The payload without ci-relay's `_relay` key, and that key's value (undefined when absent). */
function splitRelay(payload) {
    const { [RELAY_KEY]: relay, ...data } = payload;
    return { data, relay };
}
/** The exact text the HMAC covers. `data` is client_payload without `_relay`. */
function relaySigningInput(id, ts, eventType, data) {
    let canonical;
    try {
        canonical = canonicalize({ event_type: eventType, client_payload: data });
    }
    catch (error) {
        // e.g. a string holding a lone UTF-16 surrogate ("\ud800"), which RFC 8785 refuses.
        throw new RelaySignatureError(`The payload has no canonical JSON form (RFC 8785), so it cannot be signed: ${error.message}.`);
    }
    return `${id}.${ts}.${canonical}`;
}
/** HMAC-SHA256 keyed with the secret's UTF-8 bytes (no whsec_ decoding), as lowercase hex. */
function hmac(secret, text) {
    return (0,sign/* hmacHex */.tH)('sha256', (0,sign/* secretKey */.oF)(secret, 'github'), text);
}
/** The `_relay` stamp for a dispatch of `data` (client_payload without `_relay`). */
function signRelay(secret, eventType, data, stamp) {
    const ts = stamp.ts ?? Math.floor(Date.now() / 1000);
    if (!Number.isSafeInteger(ts) || ts < 0) {
        throw new TypeError('The signature time must be a whole number of seconds since 1970.');
    }
    const sig = hmac(secret, relaySigningInput(stamp.id, ts, eventType, data));
    return { id: stamp.id, ts, sig };
}
/**
 * Throws RelaySignatureError when `data` cannot be signed: it has a `_relay` key of its own (where
 * ci-relay writes the stamp) or no RFC 8785 form.
 */
function assertSignable(eventType, data) {
    if (RELAY_KEY in data) {
        throw new RelaySignatureError(`The payload must not have a top-level ${RELAY_KEY} key: ci-relay writes its signature there.`);
    }
    relaySigningInput('', 0, eventType, data);
}
/** `data` with `_relay` = {id, ts, sig}: what a signed dispatch or trigger sends. */
function signedPayload(secret, eventType, data, id) {
    return { ...data, [RELAY_KEY]: signRelay(secret, eventType, data, { id }) };
}
/** Whether the payload carries a `_relay` with a signature (it may still be invalid). */
function isSigned(payload) {
    const relay = payload[RELAY_KEY];
    return typeof relay === 'object' && relay !== null && 'sig' in relay;
}
/**
 * Checks the `_relay` signature of a received client_payload; throws RelaySignatureError when it
 * is missing, malformed, does not match, is older than maxAgeSeconds or from the future. Returns
 * the verified stamp. `secret` may be a list while rotating: valid when any of them signed it.
 */
function verifyRelay(secret, eventType, payload, options = {}) {
    const { data, relay } = splitRelay(payload);
    if (relay === undefined)
        throw new RelaySignatureError('The payload is not signed (no _relay).');
    const { id, ts, sig } = (relay ?? {});
    if (typeof relay !== 'object' || relay === null || sig === undefined) {
        throw new RelaySignatureError('The payload is not signed (_relay has no sig).');
    }
    if (typeof id !== 'string' ||
        typeof ts !== 'number' ||
        !Number.isSafeInteger(ts) ||
        typeof sig !== 'string' ||
        !/^[0-9a-f]{64}$/.test(sig)) {
        throw new RelaySignatureError('The payload signature is malformed (_relay must be {id: string, ts: seconds, sig: 64 hex}).');
    }
    const signed = relaySigningInput(id, ts, eventType, data);
    const given = Buffer.from(sig, 'hex');
    const secrets = (typeof secret === 'string' ? [secret] : secret).filter((s) => s !== '');
    if (secrets.length === 0)
        throw new TypeError('Verifying a payload signature needs a secret.');
    const matches = secrets.some((one) => {
        const expected = Buffer.from(hmac(one, signed), 'hex');
        return given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, expected);
    });
    if (!matches) {
        throw new RelaySignatureError('The payload signature does not match: the secret differs from the signing-secret of the sender, or the payload or event type was changed.');
    }
    const now = options.now ?? Math.floor(Date.now() / 1000);
    const maxAge = options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS;
    if (now - ts > maxAge) {
        throw new RelaySignatureError(`The payload was signed ${now - ts} s ago, longer than max-age (${maxAge} s) allows: a replayed or re-run event. Raise max-age to accept older payloads.`);
    }
    if (ts - now > FUTURE_SKEW_SECONDS) {
        throw new RelaySignatureError(`The payload was signed ${ts - now} s in the future: the clocks of sender and receiver disagree, or the time was forged.`);
    }
    return { id, ts, sig };
}


/***/ }),

/***/ 1161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _S: () => (/* binding */ sign),
/* harmony export */   _i: () => (/* binding */ newDeliveryId),
/* harmony export */   oF: () => (/* binding */ secretKey),
/* harmony export */   tH: () => (/* binding */ hmacHex)
/* harmony export */ });
/* unused harmony exports SIGNATURE_SCHEMES, DEFAULT_GITHUB_EVENT, MAKE_SECRET_HINT, newSecret, checkHeaderToken, nameUuid, standardSignature */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

const SIGNATURE_SCHEMES = [
    'standard',
    'github',
    'jobserv',
    'gitlab',
    'none',
];
/** X-GitHub-Event sent when the caller names no event: the ci-relay payload type. */
const DEFAULT_GITHUB_EVENT = 'build.completed';
const WHSEC_PREFIX = 'whsec_';
/** A fresh delivery id (UUID v4: what X-GitHub-Delivery carries, and a valid webhook-id). */
function newDeliveryId() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
}
/** How to make a Standard Webhooks secret; said wherever one is refused. */
const MAKE_SECRET_HINT = 'Make one with `npx @ci-relay/cli secret` (or `echo "whsec_$(openssl rand -base64 32)"`) and give the receiver the same string.';
/** Strict base64 as the Standard Webhooks libraries decode it (padding included). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/**
 * The HMAC key of a secret. Under `standard` the secret is base64 after an optional `whsec_`
 * prefix, decoded exactly as the Standard Webhooks libraries decode it, so a receiver using them
 * with the same string accepts what ci-relay signs; a secret that is not base64 is refused.
 * Under `github` and `jobserv` (whose receivers use the secret string as it is) it is used as its
 * UTF-8 bytes. Errors never include the secret.
 */
function secretKey(secret, scheme = 'standard') {
    if (secret.length === 0)
        throw new TypeError('The webhook secret is empty.');
    if (scheme === 'gitlab')
        checkHeaderToken(secret);
    if (scheme !== 'standard')
        return Buffer.from(secret, 'utf8');
    const encoded = secret.startsWith(WHSEC_PREFIX) ? secret.slice(WHSEC_PREFIX.length) : secret;
    if (!BASE64.test(encoded)) {
        throw new TypeError(`A Standard Webhooks secret is base64, optionally prefixed whsec_ (the libraries that verify it decode it so); this one is not valid base64. ${MAKE_SECRET_HINT}`);
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length === 0)
        throw new TypeError('The Standard Webhooks secret decodes to an empty key.');
    return key;
}
/** A fresh Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
function newSecret() {
    return `${WHSEC_PREFIX}${randomBytes(32).toString('base64')}`;
}
/**
 * A GitLab token travels as a header value as it is: printable ASCII only, so that it cannot
 * split a header and is the same bytes for every receiver. Errors never include the secret.
 */
function checkHeaderToken(secret) {
    if (!/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(secret)) {
        throw new TypeError('A gitlab secret is sent as the X-Gitlab-Token header: it must be printable ASCII with no line breaks or leading/trailing spaces.');
    }
}
/** A name-based UUID (RFC 9562 version 5 layout, SHA-1 of `name`): stable for one name. */
function nameUuid(name) {
    const bytes = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`ci-relay:${name}`, 'utf8').digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function toBuffer(body) {
    return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}
/** `v1,<base64 HMAC-SHA256 of "${id}.${timestamp}.${body}">` (the Standard Webhooks signature). */
function standardSignature(key, id, timestamp, body) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key)
        .update(`${id}.${timestamp}.`, 'utf8')
        .update(toBuffer(body))
        .digest('base64');
    return `v1,${digest}`;
}
function hmacHex(algorithm, key, body) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)(algorithm, key).update(toBuffer(body)).digest('hex');
}
/**
 * The headers that sign `body` (the exact bytes that will be sent) under `scheme`.
 *
 * Every scheme carries `webhook-id` and `webhook-timestamp` so a receiver can de-duplicate
 * retries the Standard Webhooks way whatever the signature; `github` adds `X-GitHub-Delivery`
 * (the same id) and `X-GitHub-Event`; `gitlab` adds `X-Gitlab-Event-UUID` (the same id),
 * `X-Gitlab-Event` and, when known, the hook and instance headers. Throws when a signing scheme
 * has no secret.
 */
function sign(scheme, secret, body, options = {}) {
    const id = options.id ?? newDeliveryId();
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
        throw new TypeError('The signature timestamp must be a whole number of seconds since 1970.');
    }
    if (/[\r\n]/.test(id))
        throw new TypeError('The delivery id must not contain line breaks.');
    for (const [name, value] of Object.entries({
        event: options.event,
        instance: options.instance,
        webhookUuid: options.webhookUuid,
    })) {
        if (value !== undefined && /[\r\n\0]/.test(value)) {
            throw new TypeError(`The ${name} header value must not contain line breaks.`);
        }
    }
    const headers = {
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
    };
    if (scheme === 'none')
        return headers;
    if (!SIGNATURE_SCHEMES.includes(scheme)) {
        throw new TypeError(`Unknown signature scheme '${String(scheme)}'.`);
    }
    if (secret === undefined || secret === '') {
        throw new TypeError(`Signing with the '${scheme}' scheme needs a secret. Set the secret, or use signature 'none'.`);
    }
    const key = secretKey(secret, scheme);
    switch (scheme) {
        case 'standard':
            headers['webhook-signature'] = standardSignature(key, id, timestamp, body);
            break;
        case 'github':
            headers['X-Hub-Signature-256'] = `sha256=${hmacHex('sha256', key, body)}`;
            headers['X-Hub-Signature'] = `sha1=${hmacHex('sha1', key, body)}`;
            headers['X-GitHub-Event'] = options.event ?? DEFAULT_GITHUB_EVENT;
            headers['X-GitHub-Delivery'] = id;
            break;
        case 'jobserv':
            headers['X-JobServ-Sig'] = `sha256:${hmacHex('sha256', key, body)}`;
            break;
        case 'gitlab': {
            headers['X-Gitlab-Token'] = secret;
            headers['X-Gitlab-Event'] = options.event ?? DEFAULT_GITHUB_EVENT;
            headers['X-Gitlab-Event-UUID'] = id;
            const hookUuid = options.webhookUuid ?? (options.hook !== undefined ? nameUuid(options.hook) : undefined);
            if (hookUuid !== undefined)
                headers['X-Gitlab-Webhook-UUID'] = hookUuid;
            if (options.instance)
                headers['X-Gitlab-Instance'] = options.instance;
            break;
        }
    }
    return headers;
}


/***/ })

};
