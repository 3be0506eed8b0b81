export const id = 757;
export const ids = [757,602,221];
export const modules = {

/***/ 8757:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DISPATCH_LIMITS: () => (/* binding */ DISPATCH_LIMITS),
  checkClientPayload: () => (/* binding */ checkClientPayload),
  command: () => (/* binding */ command),
  parseDispatchInputs: () => (/* binding */ parseDispatchInputs)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/github/errors.js
var github_errors = __webpack_require__(7307);
// EXTERNAL MODULE: ./build/github/repository.js
var github_repository = __webpack_require__(8328);
// EXTERNAL MODULE: ./build/http/errors.js
var http_errors = __webpack_require__(2602);
// EXTERNAL MODULE: ./build/http/policy.js
var policy = __webpack_require__(7167);
;// CONCATENATED MODULE: ./build/github/runs.js



/** Below this many requests left, polling pauses until GitHub's rate limit window resets. */
const RATE_LIMIT_RESERVE = 10;
const CLOCK_SKEW_MS = 60_000;
/** The look at the deadline itself may take this long before wait-timeout cuts it off. */
const LAST_LOOK_MS = 5_000;
/** The newest run whose display title carries the correlation id. */
function matchRun(runs, correlationId) {
    return runs
        .filter((run) => run.display_title?.includes(correlationId))
        .sort((a, b) => Number(b.id) - Number(a.id))[0];
}
/** When polling may go on (ms since 1970) given the rate-limit headers of the last answer. */
function rateLimitedUntil(headers, now) {
    const remaining = Number(headers['x-ratelimit-remaining']);
    const header = headers['x-ratelimit-reset'];
    const wait = (0,policy/* parseReset */.Do)(header === undefined ? undefined : String(header), now);
    if (headers['x-ratelimit-remaining'] === undefined || wait === undefined)
        return undefined;
    return remaining < RATE_LIMIT_RESERVE ? now + wait : undefined;
}
class Watched {
    watch;
    options;
    result;
    done = false;
    constructor(watch, options) {
        this.watch = watch;
        this.options = options;
        this.result = { repository: `${watch.owner}/${watch.repo}` };
    }
    /** One request: look for the run until it is found, then read its status. */
    async poll(signal) {
        const { owner, repo, octokit } = this.watch;
        const runId = this.result.runId;
        if (runId === undefined) {
            const since = new Date(this.options.dispatchedAt - CLOCK_SKEW_MS);
            const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs', {
                owner,
                repo,
                event: 'repository_dispatch',
                created: `>=${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
                per_page: 100,
                request: { signal },
            });
            const run = matchRun(response.data.workflow_runs, this.options.correlationId);
            if (run) {
                this.options.log.info(`Found the run of ${this.result.repository}: ${run.html_url}`);
                this.update(run);
            }
            return response.headers;
        }
        const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
            owner,
            repo,
            run_id: runId,
            request: { signal },
        });
        this.update(response.data);
        return response.headers;
    }
    update(run) {
        const before = this.result.status;
        Object.assign(this.result, {
            runId: Number(run.id),
            runUrl: run.html_url,
            status: run.status ?? undefined,
            conclusion: run.conclusion ?? undefined,
        });
        if (run.status === 'completed') {
            this.done = true;
            this.options.log.info(`The run of ${this.result.repository} completed: ${run.conclusion ?? 'no conclusion'}.`);
        }
        else if (run.status !== before) {
            this.options.log.info(`The run of ${this.result.repository} is ${run.status ?? 'pending'}.`);
        }
    }
    fail(error) {
        this.done = true;
        const what = this.result.runId
            ? `Reading run ${this.result.runId} of ${this.result.repository}`
            : `Listing the repository_dispatch runs of ${this.result.repository}`;
        this.result.error = (0,github_errors/* explainGitHubError */.Pm)(error, what, {
            403: `the token lacks actions: read on ${this.result.repository} (wait reads its runs).`,
            404: `the token cannot read the runs of ${this.result.repository} (it needs actions: read).`,
        }).message;
    }
    timeOut(seconds) {
        this.done = true;
        const { repository, runUrl, status } = this.result;
        this.result.error = runUrl
            ? `The run of ${repository} (${runUrl}) did not complete within wait-timeout (${seconds} s); it is ${status ?? 'pending'}.`
            : `No run of ${repository} with the correlation id ${this.options.correlationId} in its title showed up within wait-timeout (${seconds} s). Check the run-name of the receiving workflow: it must include \${{ github.event.client_payload._relay.id }} (e.g. run-name: \${{ github.event.client_payload._relay.id }}), and its on: repository_dispatch types must list this event type.`;
    }
}
/**
 * Finds the run each dispatch started (by the correlation id in its display title) and polls it
 * until it completes or timeoutMs has passed. Requests are spread out: the pause between polls
 * grows from firstIntervalMs to maxIntervalMs, and stretches to the rate limit's reset when fewer
 * than a handful of requests are left (403/429 answers are retried by the client itself).
 */
async function waitForRuns(watches, options) {
    const clock = options.clock ?? policy/* realClock */.dQ;
    const deadline = clock.now() + options.timeoutMs;
    const watched = watches.map((watch) => new Watched(watch, options));
    let interval = options.firstIntervalMs ?? 1000;
    const maxInterval = options.maxIntervalMs ?? 15_000;
    for (;;) {
        let resumeAt = 0;
        for (const item of watched.filter((w) => !w.done)) {
            // wait-timeout bounds a poll that hangs or keeps being retried, not only the pauses.
            const stop = new AbortController();
            const timer = setTimeout(() => stop.abort(new http_errors/* NetworkError */.Dr('timeout', `wait-timeout (${Math.round(options.timeoutMs / 1000)} s) ran out during the request`)), deadline - clock.now() > 0 ? deadline - clock.now() : LAST_LOOK_MS);
            try {
                resumeAt = Math.max(resumeAt, rateLimitedUntil(await item.poll(stop.signal), clock.now()) ?? 0);
            }
            catch (error) {
                if (stop.signal.aborted)
                    item.timeOut(Math.round(options.timeoutMs / 1000));
                else
                    item.fail(error);
            }
            finally {
                clearTimeout(timer);
            }
        }
        const pending = watched.filter((w) => !w.done);
        if (pending.length === 0)
            break;
        const now = clock.now();
        if (now >= deadline) {
            for (const item of pending)
                item.timeOut(Math.round(options.timeoutMs / 1000));
            break;
        }
        if (resumeAt > now + interval) {
            options.log.info(`GitHub's rate limit is nearly spent; polling again after it resets at ${new Date(resumeAt).toISOString()}.`);
        }
        await clock.sleep(Math.min(Math.max(interval, resumeAt - now), deadline - now));
        interval = Math.min(interval * 1.5, maxInterval);
    }
    return watched.map((w) => w.result);
}

// EXTERNAL MODULE: ./build/text.js
var build_text = __webpack_require__(977);
// EXTERNAL MODULE: ./build/relay-signature.js + 1 modules
var relay_signature = __webpack_require__(9169);
// EXTERNAL MODULE: ./build/summary.js
var summary = __webpack_require__(1192);
// EXTERNAL MODULE: ./build/commands/types.js
var types = __webpack_require__(6910);
;// CONCATENATED MODULE: ./build/commands/dispatch.js









/** GitHub's limits on repository_dispatch (422 beyond them). */
const DISPATCH_LIMITS = { eventTypeLength: 100, payloadKeys: 10, payloadBytes: 65_536 };
function checkClientPayload(payload, input) {
    const keys = Object.keys(payload).length;
    if (keys > DISPATCH_LIMITS.payloadKeys) {
        throw new errors/* InputError */.dz(input, `may have at most ${DISPATCH_LIMITS.payloadKeys} top-level keys (GitHub's limit); it has ${keys}. Nest the rest in an object.`);
    }
    const bytes = Buffer.byteLength(JSON.stringify(payload));
    if (bytes >= DISPATCH_LIMITS.payloadBytes) {
        throw new errors/* InputError */.dz(input, `must serialize to under 64 KB (GitHub's limit); it is ${bytes} bytes.`);
    }
}
function parseDispatchInputs(reader) {
    const repositories = (0,github_repository/* parseRepositories */.of)(reader.list('repository'), 'repository');
    if (repositories.length === 0) {
        throw new errors/* InputError */.dz('repository', 'must name at least one owner/name (there is no current repository to default to).');
    }
    const eventType = reader.string('event-type', {
        required: true,
        hint: 'the event_type the receiving workflow listens for (on: repository_dispatch: types: [...])',
    });
    if ((0,build_text/* charLength */.XP)(eventType) > DISPATCH_LIMITS.eventTypeLength) {
        throw new errors/* InputError */.dz('event-type', `must be 1 to ${DISPATCH_LIMITS.eventTypeLength} characters (got ${(0,build_text/* charLength */.XP)(eventType)}).`);
    }
    // A line break (or other control character) can never match the receiver's `types:` list.
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(eventType)) {
        throw new errors/* InputError */.dz('event-type', 'must be one line without control characters, like deploy (the name the receiving workflow lists in on: repository_dispatch: types).');
    }
    const clientPayload = reader.jsonObject('client-payload');
    const signingSecret = reader.string('signing-secret');
    const wait = reader.boolean('wait');
    const waitTimeoutSeconds = reader.integer('wait-timeout');
    if (signingSecret || wait) {
        checkRoomForRelay(clientPayload, signingSecret ? 'signing-secret' : 'wait');
        checkClientPayload({ ...clientPayload, [relay_signature/* RELAY_KEY */.se]: LARGEST_STAMP }, 'client-payload');
    }
    else
        checkClientPayload(clientPayload, 'client-payload');
    if (signingSecret)
        checkSignable(eventType, clientPayload);
    return { repositories, eventType, clientPayload, signingSecret, wait, waitTimeoutSeconds };
}
/** As long as a real stamp serializes: size checks count the _relay ci-relay will add. */
const LARGEST_STAMP = {
    id: '00000000-0000-0000-0000-000000000000',
    ts: 9_999_999_999,
    sig: '0'.repeat(64),
};
function checkRoomForRelay(payload, because) {
    if (relay_signature/* RELAY_KEY */.se in payload) {
        throw new errors/* InputError */.dz('client-payload', `must not have a top-level ${relay_signature/* RELAY_KEY */.se} key when ${because} is set: ci-relay writes it there.`);
    }
    const keys = Object.keys(payload).length;
    if (keys >= DISPATCH_LIMITS.payloadKeys) {
        throw new errors/* InputError */.dz('client-payload', `has ${keys} top-level keys; with ${because} ci-relay adds ${relay_signature/* RELAY_KEY */.se}, beyond GitHub's limit of ${DISPATCH_LIMITS.payloadKeys}. Nest some keys in an object.`);
    }
}
function checkSignable(eventType, payload) {
    try {
        (0,relay_signature/* relaySigningInput */.T)(LARGEST_STAMP.id, LARGEST_STAMP.ts, eventType, payload);
    }
    catch (error) {
        throw new errors/* InputError */.dz('client-payload', error.message);
    }
}
/** client_payload as sent: with _relay {id} when waiting, {id, ts, sig} when signing. */
function stampedPayload(inputs, correlationId) {
    const { clientPayload, signingSecret, eventType } = inputs;
    if (signingSecret) {
        const stamp = (0,relay_signature/* signRelay */.F4)(signingSecret, eventType, clientPayload, { id: correlationId });
        return { ...clientPayload, [relay_signature/* RELAY_KEY */.se]: stamp };
    }
    if (inputs.wait)
        return { ...clientPayload, [relay_signature/* RELAY_KEY */.se]: { id: correlationId } };
    return clientPayload;
}
const DISPATCH_PERMISSIONS = { contents: 'write', metadata: 'read' };
/** wait also reads the runs of the target repositories. */
const WAIT_PERMISSIONS = { ...DISPATCH_PERMISSIONS, actions: 'read' };
const command = {
    parse: parseDispatchInputs,
    async run(inputs, deps) {
        const github = (0,types/* requireGitHub */.x)(deps);
        const correlationId = (0,external_node_crypto_.randomUUID)();
        const clientPayload = stampedPayload(inputs, correlationId);
        if (inputs.signingSecret)
            deps.log.info(`Signed client_payload (_relay.id ${correlationId}).`);
        const permissions = inputs.wait ? WAIT_PERMISSIONS : DISPATCH_PERMISSIONS;
        const sent = [];
        const watches = [];
        const dispatchedAt = Date.now();
        for (const [owner, repos] of (0,github_repository/* groupByOwner */.QP)(inputs.repositories)) {
            let octokit;
            try {
                octokit = await github.client(owner, repos, permissions);
            }
            catch (error) {
                for (const repo of repos)
                    sent.push({
                        repository: `${owner}/${repo}`,
                        status: statusOf(error),
                        error: error.message,
                    });
                continue;
            }
            for (const repo of repos) {
                const repository = (0,github_repository/* fullName */.fq)({ owner, repo });
                try {
                    const response = await octokit.request('POST /repos/{owner}/{repo}/dispatches', {
                        owner,
                        repo,
                        event_type: inputs.eventType,
                        client_payload: clientPayload,
                    });
                    sent.push({ repository, status: response.status });
                    watches.push({ owner, repo, octokit });
                    deps.log.info(`Sent repository_dispatch '${inputs.eventType}' to ${repository} (${response.status}).`);
                }
                catch (error) {
                    const explained = (0,github_errors/* explainGitHubError */.Pm)(error, `Dispatching '${inputs.eventType}' to ${repository}`, {
                        404: github.usesApp
                            ? `the repository ${repository} does not exist, or the GitHub App is not installed on it.`
                            : `the repository ${repository} does not exist, or the token cannot see it or lacks contents: write (GITHUB_TOKEN only reaches its own repository: use a GitHub App for others).`,
                        403: `the token lacks contents: write on ${repository}.`,
                        422: `GitHub refused the body: event_type must be 1 to 100 characters and client_payload at most 10 top-level keys.`,
                    });
                    sent.push({ repository, status: statusOf(error), error: explained.message });
                }
            }
        }
        const failures = sent.flatMap((s) => (s.error ? [s.error] : []));
        const outputs = {
            'correlation-id': correlationId,
            repositories: JSON.stringify(sent.map(({ repository, status }) => ({ repository, status }))),
        };
        let runs;
        if (inputs.wait && watches.length > 0) {
            deps.log.info(`Waiting up to ${inputs.waitTimeoutSeconds} s for the runs of ${watches.length} repositories (run-name containing ${correlationId}).`);
            runs = await waitForRuns(watches, {
                correlationId,
                dispatchedAt,
                timeoutMs: inputs.waitTimeoutSeconds * 1000,
                log: deps.log,
            });
            Object.assign(outputs, runOutputs(sent, runs));
            failures.push(...runs.flatMap(runFailure));
        }
        const summary = dispatchSummary(inputs.eventType, correlationId, sent, runs);
        return { outputs, summary, failure: failures.join('\n') || undefined };
    },
};
/** run-id, run-url, conclusion: values for one repository, JSON lists for several. */
function runOutputs(sent, runs) {
    const byRepository = new Map(runs.map((run) => [run.repository, run]));
    const listed = sent.map(({ repository, status }) => {
        const run = byRepository.get(repository);
        return {
            repository,
            status,
            run_id: run?.runId ?? null,
            run_url: run?.runUrl ?? null,
            conclusion: run?.conclusion ?? null,
        };
    });
    const column = (pick) => listed.length === 1
        ? String(pick(listed[0]) ?? '')
        : JSON.stringify(listed.map(pick));
    return {
        repositories: JSON.stringify(listed),
        'run-id': column((r) => r.run_id),
        'run-url': column((r) => r.run_url),
        conclusion: column((r) => r.conclusion),
    };
}
function runFailure(run) {
    if (run.error)
        return [run.error];
    if (run.conclusion !== 'success')
        return [
            `The run of ${run.repository} concluded ${run.conclusion ?? 'without a conclusion'}: ${run.runUrl}`,
        ];
    return [];
}
function dispatchSummary(eventType, correlationId, sent, runs) {
    const result = (s) => s.error ? `failed (${s.status || 'no answer'})` : `sent (${s.status})`;
    const run = (s) => {
        const waited = runs?.find((r) => r.repository === s.repository);
        if (!waited?.runUrl)
            return waited?.error ? 'not found |' : '|';
        return `[${waited.runId}](${waited.runUrl}) | ${waited.conclusion ?? waited.status ?? ''}`;
    };
    const failed = sent.filter((s) => s.error).length;
    const outcome = failed
        ? `\`${eventType}\` failed (${failed} of ${sent.length})`
        : `\`${eventType}\` sent${runs ? ` (runs: ${runs.map((r) => r.conclusion ?? r.status ?? 'not found').join(', ')})` : ''}`;
    return [
        (0,summary/* summaryHeading */.hn)('dispatch', outcome),
        '',
        runs ? '| repository | result | run | conclusion |' : '| repository | result |',
        runs ? '| --- | --- | --- | --- |' : '| --- | --- |',
        ...sent.map((s) => `| ${s.repository} | ${result(s)} |${runs ? ` ${run(s)} |` : ''}`),
        '',
        `Correlation id: \`${correlationId}\``,
        '',
    ].join('\n');
}
function statusOf(error) {
    return (0,github_errors/* answeredStatus */.W)(error) ?? 0;
}


/***/ }),

/***/ 6910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ requireGitHub)
/* harmony export */ });
function requireGitHub(deps) {
    if (!deps.github)
        throw new Error('This command needs GitHub access (inputs.ts commands list).');
    return deps.github;
}


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   Po: () => (/* binding */ describeGitHubFailure),
/* harmony export */   W: () => (/* binding */ answeredStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2602);


const GENERIC = {
    401: 'GitHub rejected the credentials (401 Bad credentials): check app-id and private-key (the key must belong to that App), or the token.',
    403: 'GitHub refused (403): the token lacks a permission this needs.',
};
/**
 * Turn an Octokit failure into a message a user can act on: what we were doing, what GitHub
 * answered, and the likely fix for that status.
 */
function explainGitHubError(error, doing, hints = {}) {
    const network = (0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__.networkFailureIn)(error);
    if (network) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx(`${doing} failed: no answer from GitHub. ${network.message}`, {
            cause: error,
        });
    }
    const failure = (error ?? {});
    const status = failure.status;
    const data = failure.response?.data;
    const said = data?.message ?? failure.message ?? String(error);
    const hint = rateLimitHint(failure) ??
        ((status !== undefined && (hints[status] ?? GENERIC[status])) || undefined);
    const answered = status !== undefined ? `GitHub answered ${status}: ${said}` : said;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx(`${doing} failed. ${answered}${hint ? `. Likely cause: ${hint}` : ''}`, {
        cause: error,
        status,
    });
}
/** When a 403/429 carries a spent quota: when it resets. */
function rateLimitHint(failure) {
    if (failure.status !== 403 && failure.status !== 429)
        return undefined;
    const headers = failure.response?.headers ?? {};
    const reset = Number(headers['x-ratelimit-reset']);
    if (String(headers['x-ratelimit-remaining']) !== '0' || !Number.isFinite(reset))
        return undefined;
    return `GitHub's rate limit for this token is spent until ${new Date(reset * 1000).toISOString()}; retry after that, or use another token.`;
}
/** `502 Bad Gateway: message` or the network failure: for warnings that must keep the status. */
function describeGitHubFailure(error) {
    const network = (0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__.networkFailureIn)(error);
    if (network)
        return network.message;
    const failure = (error ?? {});
    const data = failure.response?.data;
    const said = data?.message ?? failure.message ?? String(error);
    return failure.status !== undefined ? `${failure.status} ${said}` : said;
}
/** The HTTP status GitHub answered, or undefined when no answer came (Octokit says 500 then). */
function answeredStatus(error) {
    if ((0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__.networkFailureIn)(error))
        return undefined;
    return error?.status;
}


/***/ }),

/***/ 8328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QP: () => (/* binding */ groupByOwner),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   bp: () => (/* binding */ isOwnerLogin),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   fq: () => (/* binding */ fullName),
/* harmony export */   of: () => (/* binding */ parseRepositories)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);

// GitHub logins: letters, digits, single hyphens, not at either end, at most 39 characters.
// Enterprise Managed Users add `_shortcode`; a few old accounts end in a hyphen, which GitHub
// still serves, so only a leading hyphen, a double hyphen and other characters are refused.
const OWNER = /^(?=.{1,39}$)[A-Za-z0-9](?:-?[A-Za-z0-9])*-?(?:_[A-Za-z0-9]+)?$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
function parseRepository(value, input) {
    const parts = value.split('/');
    const [owner, repo] = parts;
    if (parts.length !== 2 ||
        !owner ||
        !repo ||
        !OWNER.test(owner) ||
        !NAME.test(repo) ||
        repo === '.' ||
        repo === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each repository must be owner/name, like octo-org/service (got '${value}').`);
    }
    return { owner, repo };
}
/** A GitHub user or organization login. */
function isOwnerLogin(value) {
    return OWNER.test(value);
}
function isRepositoryName(value) {
    return NAME.test(value) && value !== '.' && value !== '..';
}
/** Parse a list of owner/name, dropping duplicates (GitHub names are case-insensitive). */
function parseRepositories(values, input) {
    const seen = new Set();
    const refs = [];
    for (const value of values) {
        const ref = parseRepository(value, input);
        const key = `${ref.owner}/${ref.repo}`.toLowerCase();
        if (!seen.has(key))
            refs.push(ref);
        seen.add(key);
    }
    return refs;
}
/** Group repositories by owner (case-insensitive), keeping the first spelling and the order. */
function groupByOwner(refs) {
    const groups = new Map();
    const spelling = new Map();
    for (const { owner, repo } of refs) {
        const key = owner.toLowerCase();
        if (!spelling.has(key))
            spelling.set(key, owner);
        const name = spelling.get(key);
        groups.set(name, [...(groups.get(name) ?? []), repo]);
    }
    return groups;
}
const fullName = (ref) => `${ref.owner}/${ref.repo}`;


/***/ }),

/***/ 2602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   JD: () => (/* binding */ RequestFailedError),
/* harmony export */   networkFailureIn: () => (/* binding */ networkFailureIn),
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

/***/ 7167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ parseReset),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   SM: () => (/* binding */ DELIVERY_POLICY),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   dQ: () => (/* binding */ realClock),
/* harmony export */   jO: () => (/* binding */ decideAnswer),
/* harmony export */   mh: () => (/* binding */ API_POLICY),
/* harmony export */   n7: () => (/* binding */ decideFailure)
/* harmony export */ });
/* unused harmony exports backoffMs, parseRetryAfter, rateLimitWait */
// The one retry policy for every outgoing call (GitHub, GitLab, webhooks, callbacks, OIDC): which
// outcomes are retried, how long to wait before the next attempt, and when to give up. Pure
// functions over an injectable clock, so tests drive whole schedules without waiting.
//
// Retried:
//   - 5xx, 408 Request Timeout, 425 Too Early, 429 Too Many Requests;
//   - 403 only with a rate-limit signal (`retry-after`, or `x-ratelimit-remaining: 0`): GitHub's
//     primary and secondary rate limits answer 403; any other 403 is a missing permission;
//   - network failures that can heal: connection refused (a service restarting), reset or closed
//     before the answer, a temporary DNS failure (EAI_AGAIN), and an attempt that timed out.
// Not retried (one attempt, the error says what happened):
//   - other 4xx (400, 401, 404, 422 ...) and 3xx;
//   - an invalid URL, a host that DNS says does not exist (ENOTFOUND: a typo does not heal),
//     TLS/certificate failures.
// Waits: `Retry-After` (delay-seconds or HTTP date), else, when the quota is spent, GitHub's
// `x-ratelimit-reset` (epoch seconds) or GitLab's `RateLimit-Reset` (epoch seconds; small values
// are read as seconds from now, as the IETF draft has it), else exponential backoff with equal
// jitter (half fixed, half random) capped at maxDelayMs. A wait longer than maxWaitMs, or past the
// overall deadline, is not waited: the call fails and says when the limit resets.
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};
/** GitHub and GitLab API calls: 4 attempts, 30 s each, rate limits waited up to 2 minutes. */
const API_POLICY = {
    maxAttempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    maxWaitMs: 120_000,
    timeoutMs: 30_000,
    deadlineMs: 5 * 60_000,
};
/** Webhook deliveries and callbacks (attempts and timeout come from the inputs). */
const DELIVERY_POLICY = {
    maxAttempts: 10,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    maxWaitMs: 60_000,
    timeoutMs: 10_000,
};
/** Exponential backoff with equal jitter: in [ceiling/2, ceiling], ceiling = min(cap, base*2^(n-1)). */
function backoffMs(attempt, policy, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempt - 1, 30));
    return Math.round(ceiling / 2 + random * (ceiling / 2));
}
/** `Retry-After` (delay-seconds or HTTP date) in ms from now; undefined when absent or invalid. */
function parseRetryAfter(value, now) {
    if (value === null || value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    if (!/[a-z]/i.test(trimmed))
        return undefined;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** A reset header: epoch seconds (GitHub, GitLab), or seconds from now when small (IETF draft). */
function parseReset(value, now) {
    if (value === null || value === undefined || !/^\d+$/.test(value.trim()))
        return undefined;
    const seconds = Number(value.trim());
    const at = seconds > 1_000_000_000 ? seconds * 1000 : now + seconds * 1000;
    // One second more: GitHub's reset second itself may still be limited.
    return Math.max(0, at - now) + 1000;
}
/** The wait a rate-limited answer asks for, or undefined when it carries no rate-limit signal. */
function rateLimitWait(answer, now) {
    const header = (name) => answer.headers.get(name);
    const retryAfter = parseRetryAfter(header('retry-after'), now);
    if (retryAfter !== undefined)
        return retryAfter;
    if (header('x-ratelimit-remaining')?.trim() === '0') {
        return parseReset(header('x-ratelimit-reset'), now);
    }
    if (header('ratelimit-remaining')?.trim() === '0' || answer.status === 429) {
        return parseReset(header('ratelimit-reset'), now);
    }
    return undefined;
}
function isRetryableStatus(status) {
    return status === 408 || status === 425 || status === 429 || (status >= 500 && status <= 599);
}
/** Whether to try again after `attempt` (1-based) got this answer, and after how long. */
function decideAnswer(answer, attempt, policy, clock, deadline) {
    const now = clock.now();
    const { status } = answer;
    const rateLimit = status === 403 || status === 429;
    const asked = rateLimit
        ? rateLimitWait(answer, now)
        : isRetryableStatus(status)
            ? parseRetryAfter(answer.headers.get('retry-after'), now)
            : undefined;
    if (status === 403 && asked === undefined)
        return { retry: false };
    if (status !== 403 && !isRetryableStatus(status))
        return { retry: false };
    if (asked !== undefined && asked > policy.maxWaitMs) {
        const at = new Date(now + asked).toISOString();
        const what = rateLimit ? 'rate limited until' : 'asked to retry at';
        return {
            retry: false,
            why: `${what} ${at}, later than the ${seconds(policy.maxWaitMs)} we wait`,
        };
    }
    return schedule(asked ?? backoffMs(attempt, policy, clock.random()), attempt, policy, now, deadline);
}
/** Whether to try again after `attempt` failed without an answer. */
function decideFailure(retryable, attempt, policy, clock, deadline) {
    if (!retryable)
        return { retry: false };
    return schedule(backoffMs(attempt, policy, clock.random()), attempt, policy, clock.now(), deadline);
}
function schedule(delayMs, attempt, policy, now, deadline) {
    if (attempt >= policy.maxAttempts)
        return { retry: false };
    if (deadline !== undefined && now + delayMs >= deadline) {
        return {
            retry: false,
            why: `the next attempt would start after the ${seconds(policy.deadlineMs ?? 0)} deadline`,
        };
    }
    return { retry: true, delayMs };
}
/** `1.5 s`: durations in messages. */
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
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
/* harmony export */   Qs: () => (/* binding */ standardSignature),
/* harmony export */   _S: () => (/* binding */ sign),
/* harmony export */   _i: () => (/* binding */ newDeliveryId),
/* harmony export */   jr: () => (/* binding */ newSecret),
/* harmony export */   oF: () => (/* binding */ secretKey),
/* harmony export */   sA: () => (/* binding */ SIGNATURE_SCHEMES),
/* harmony export */   tH: () => (/* binding */ hmacHex)
/* harmony export */ });
/* unused harmony exports DEFAULT_GITHUB_EVENT, MAKE_SECRET_HINT, checkHeaderToken, nameUuid */
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
    return `${WHSEC_PREFIX}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('base64')}`;
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
