export const id = 351;
export const ids = [351];
export const modules = {

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

/***/ 7103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   F0: () => (/* binding */ deliverAll)
/* harmony export */ });
/* unused harmony export deliver */
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2602);
/* harmony import */ var _http_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7167);
/* harmony import */ var _http_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4384);



const MAX_ERROR_BODY = 200;
/** A URL fit for logs: origin and path only. Userinfo, query and fragment may hold secrets. */
const redactUrl = _http_request_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .zA;
function resolve(location, base) {
    try {
        return new URL(location, base).toString();
    }
    catch {
        return location;
    }
}
/** Blanks out anything that must not be shown (header values, the full URL) from a message. */
function scrub(message, secrets) {
    let scrubbed = message;
    for (const secret of secrets) {
        if (secret.length >= 4)
            scrubbed = scrubbed.split(secret).join('***');
    }
    return scrubbed;
}
/**
 * The request URL and base headers. Userinfo in the URL (which fetch refuses) becomes
 * `Authorization: Basic`, unless an Authorization header is already set.
 */
function prepare(target, version) {
    let parsed;
    try {
        parsed = new URL(target.url);
    }
    catch {
        return 'not a valid URL';
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        return `only http and https URLs are supported, not ${parsed.protocol}`;
    }
    const headers = { 'User-Agent': `ci-relay/${version}` };
    const hasAuthorization = Object.keys(target.headers).some((name) => name.toLowerCase() === 'authorization');
    const user = (0,_http_request_js__WEBPACK_IMPORTED_MODULE_2__/* .safeDecode */ .ex)(parsed.username);
    const password = (0,_http_request_js__WEBPACK_IMPORTED_MODULE_2__/* .safeDecode */ .ex)(parsed.password);
    if ((user || password) && !hasAuthorization) {
        headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }
    const secrets = [parsed.search, parsed.search.slice(1), parsed.password, password];
    parsed.username = '';
    parsed.password = '';
    return { url: parsed.toString(), headers, secrets };
}
/**
 * POSTs one delivery, retrying network errors, timeouts, 408, 425, 429 and 5xx with exponential
 * backoff and full jitter (or as Retry-After asks, capped). Other 4xx and all 3xx (redirects are
 * not followed: a redirect would drop or re-send a signed body elsewhere) fail at once.
 * Never rejects: failures are in the result.
 */
async function deliver(target, options) {
    const clock = options.clock ?? _http_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .realClock */ .dQ;
    const maxAttempts = Number.isFinite(options.maxAttempts)
        ? Math.max(1, Math.floor(options.maxAttempts))
        : 1;
    const { log } = options;
    const url = redactUrl(target.url);
    const started = clock.now();
    const result = (fields) => ({
        url,
        deliveryId: target.deliveryId,
        ms: Math.max(0, clock.now() - started),
        ...fields,
    });
    const failed = (error, attempts, why, status) => {
        log.warning(`Delivery ${target.deliveryId} to ${url} failed: ${error}${attempts > 0 ? ` (attempt ${attempts}/${maxAttempts}, ${why})` : ''}.`);
        return result({ ok: false, attempts, error, ...(status !== undefined ? { status } : {}) });
    };
    const prepared = prepare(target, options.version);
    if (typeof prepared === 'string') {
        log.warning(`Not delivering to ${url}: ${prepared}.`);
        return result({ ok: false, attempts: 0, error: prepared });
    }
    let sent = {};
    // What a receiver's error body or a network error might echo back: never shown.
    const sensitive = () => [
        target.url,
        prepared.url,
        ...prepared.secrets,
        ...Object.entries(sent)
            .filter(([name]) => name.toLowerCase() === 'authorization')
            .flatMap(([, value]) => [value, value.replace(/^\S+\s+/, '')]),
    ];
    const headersFor = (attempt) => {
        let headers;
        try {
            const resign = target.resign ?? options.resign;
            headers = (0,_http_request_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeHeaders */ .lF)(prepared.headers, target.headers, resign?.(attempt) ?? {}, {
                'Content-Type': 'application/json',
            });
        }
        catch (caught) {
            throw new AttemptNotSent(attempt, `could not sign attempt ${attempt}: ${caught instanceof Error ? caught.message : String(caught)}`);
        }
        const invalid = Object.entries(headers).find(([, value]) => /[\r\n\0]/.test(value));
        if (invalid) {
            throw new AttemptNotSent(attempt, `the ${invalid[0]} header value contains a line break or NUL`);
        }
        sent = headers;
        return headers;
    };
    try {
        const answer = await (0,_http_request_js__WEBPACK_IMPORTED_MODULE_2__/* .request */ .Em)(prepared.url, {
            method: 'POST',
            body: target.body,
            headersFor,
            label: `POST ${url} (delivery ${target.deliveryId})`,
            policy: { ..._http_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DELIVERY_POLICY */ .SM, ...options.policy, maxAttempts, timeoutMs: options.timeoutMs },
            log,
            clock,
            ...(options.transport ? { transport: options.transport } : {}),
        });
        const status = answer.status;
        if (answer.ok) {
            log.info(`Delivered ${target.deliveryId} to ${url}: ${status} (attempt ${answer.attempts}/${maxAttempts}).`);
            return result({ ok: true, status, attempts: answer.attempts });
        }
        const text = await answer.text().catch(() => '');
        if (text)
            log.debug(`${url} answered ${status}: ${scrub(text.slice(0, MAX_ERROR_BODY), sensitive())}`);
        const reason = `${status}${answer.statusText ? ` ${answer.statusText}` : ''}`;
        if (status >= 300 && status <= 399) {
            const location = answer.headers.get('location');
            const where = location ? ` (to ${redactUrl(resolve(location, prepared.url))})` : '';
            return failed(`HTTP ${reason}: redirects are not followed${where}; use the final URL`, answer.attempts, 'not retrying', status);
        }
        const error = `HTTP ${reason}${answer.gaveUp ? `; ${answer.gaveUp}` : ''}`;
        return failed(error, answer.attempts, (0,_http_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(status) ? 'giving up' : 'not retrying', status);
    }
    catch (caught) {
        if (caught instanceof AttemptNotSent)
            return failed(caught.message, caught.attempt - 1, 'not sent');
        if (caught instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestFailedError */ .JD) {
            const why = caught.failure.retryable ? 'giving up' : 'not retrying';
            const error = scrub(caught.failure.message, sensitive());
            return failed(error, caught.attempts, why);
        }
        if (caught instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr)
            return failed(caught.message, 0, 'not sent');
        throw caught;
    }
}
/** A delivery attempt that could not be built (signing failed, a header value is invalid). */
class AttemptNotSent extends Error {
    attempt;
    constructor(attempt, message) {
        super(message);
        this.attempt = attempt;
    }
}
/** Delivers every target concurrently; one failure never rejects the others. Order is kept. */
async function deliverAll(targets, options) {
    return Promise.all(targets.map((target) => deliver(target, options).catch((caught) => ({
        url: redactUrl(target.url),
        attempts: 0,
        deliveryId: target.deliveryId,
        ms: 0,
        ok: false,
        error: caught instanceof Error ? caught.message : String(caught),
    }))));
}


/***/ }),

/***/ 7172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ji: () => (/* binding */ resultsJson),
  r6: () => (/* binding */ resultsTable),
  tN: () => (/* binding */ send),
  op: () => (/* binding */ undeliveredDirOf)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/version.js
var version = __webpack_require__(8508);
// EXTERNAL MODULE: ./build/webhook/deliver.js
var deliver = __webpack_require__(7103);
// EXTERNAL MODULE: ./build/webhook/sign.js
var sign = __webpack_require__(1161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/webhook/undelivered.js




/** Writes the file in `dir` and returns its path. */
function writeUndelivered(dir, command, deliveries) {
    const file = {
        version: 1,
        command,
        created: new Date().toISOString(),
        deliveries,
    };
    const path = (0,external_node_path_.join)(dir, `ci-relay-undelivered-${(0,external_node_crypto_.randomUUID)()}.json`);
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(file, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    return path;
}
/** Reads and checks a file written by writeUndelivered; throws a short message when it is not one. */
function readUndelivered(path) {
    let parsed;
    try {
        parsed = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (error) {
        throw new Error(`Cannot read ${path}: ${error.message}`);
    }
    const file = parsed;
    const ok = file?.version === 1 &&
        Array.isArray(file.deliveries) &&
        file.deliveries.every((d) => typeof d?.url === 'string' &&
            typeof d.body === 'string' &&
            typeof d.deliveryId === 'string' &&
            typeof d.event === 'string' &&
            (d.instance === undefined || typeof d.instance === 'string') &&
            typeof d.authorization === 'boolean' &&
            SIGNATURE_SCHEMES.includes(d.signature));
    if (!ok)
        throw new Error(`${path} is not a ci-relay undelivered file (version 1).`);
    return file;
}

;// CONCATENATED MODULE: ./build/webhook/send.js
// Sending signed deliveries for the commands and tools (notify, callback, redeliver): one
// delivery per URL, each re-signed per attempt with its own id, the outcome as outputs, a summary
// table, and what failed left in a file for `ci-relay redeliver`.





/**
 * RUNNER_TEMP on a runner (gone when the job ends: upload it if you want to redeliver later);
 * CI_PROJECT_DIR in a GitLab job, where `artifacts: paths` can keep it.
 */
function undeliveredDirOf(env) {
    return env.RUNNER_TEMP || (env.GITLAB_CI === 'true' && env.CI_PROJECT_DIR) || (0,external_node_os_.tmpdir)();
}
/** Delivers every outgoing delivery concurrently; never rejects. */
async function send(outgoing, options) {
    const results = await (0,deliver/* deliverAll */.F0)(outgoing.map((o) => ({
        url: o.url,
        body: o.body,
        deliveryId: o.deliveryId,
        headers: o.authorization ? { Authorization: o.authorization } : {},
        // A fresh timestamp and signature per attempt: Standard Webhooks receivers reject
        // timestamps older than 5 minutes, and retries can take longer than that.
        resign: () => (0,sign/* sign */._S)(o.signature, o.secret, o.body, {
            id: o.deliveryId,
            event: o.event,
            // One receiver URL is one hook: its X-Gitlab-Webhook-UUID stays the same.
            hook: (0,deliver/* redactUrl */.BO)(o.url),
            instance: o.instance,
        }),
    })), {
        maxAttempts: options.maxAttempts,
        timeoutMs: options.timeoutMs,
        version: version/* VERSION */.x,
        log: options.log,
    });
    const failed = outgoing
        .map((o, i) => ({ o, r: results[i] }))
        .filter(({ r }) => !r.ok);
    if (failed.length === 0)
        return { results };
    let undeliveredPath;
    if (options.undeliveredDir) {
        try {
            undeliveredPath = writeUndelivered(options.undeliveredDir, options.command, failed.map(({ o }) => ({
                url: o.url,
                body: o.body,
                deliveryId: o.deliveryId,
                signature: o.signature,
                event: o.event,
                ...(o.instance !== undefined && { instance: o.instance }),
                authorization: o.authorization !== undefined,
            })));
        }
        catch (error) {
            options.log.warning(`Could not write the undelivered file: ${error.message}`);
        }
    }
    const lines = failed.map(({ r }) => `${r.url}: ${r.error ?? 'failed'} (${r.attempts} attempt${r.attempts === 1 ? '' : 's'})`);
    const left = undeliveredPath
        ? `\nWhat was not delivered is in ${undeliveredPath}: send it again with npx @ci-relay/cli redeliver ${undeliveredPath}.`
        : '';
    const failure = `Not delivered to ${failed.length} of ${results.length} URL${results.length === 1 ? '' : 's'}:\n${lines.join('\n')}${left}`;
    return { results, undeliveredPath, failure };
}
/** The `results` output: one object per URL, in input order. */
function resultsJson(results) {
    return JSON.stringify(results.map((r) => ({
        url: r.url,
        status_code: r.status ?? null,
        attempts: r.attempts,
        delivery_id: r.deliveryId,
        ms: r.ms,
        delivered: r.ok,
        ...(r.error !== undefined && !r.ok ? { error: r.error } : {}),
    })));
}
/** A Markdown table of the deliveries for the job summary. */
function resultsTable(results) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    return [
        '| URL | result | HTTP status | attempts | delivery id | time |',
        '| --- | --- | --- | --- | --- | --- |',
        ...results.map((r) => [
            '',
            cell(r.url),
            r.ok ? 'delivered' : `failed: ${cell(r.error ?? 'unknown error')}`,
            r.status ?? '–',
            r.attempts,
            `\`${r.deliveryId}\``,
            `${r.ms} ms`,
            '',
        ].join(' | ')),
    ]
        .map((row) => row.trim())
        .join('\n');
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


/***/ }),

/***/ 1510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HL: () => (/* binding */ splitUrls),
/* harmony export */   Lv: () => (/* binding */ checkWebhookUrl)
/* harmony export */ });
/* unused harmony export MAX_URL_LENGTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _deliver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7103);


/** Longest receiver URL accepted (what browsers and most proxies handle). */
const MAX_URL_LENGTH = 2048;
/**
 * Receiver URLs from a comma- or newline-separated input. A comma splits only where the next
 * item starts with a scheme, so a comma inside a query string (`?tags=a,b`) stays in its URL.
 */
function splitUrls(value) {
    return value
        .split(/\r?\n|,(?=\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/)/)
        .map((item) => item.trim())
        .filter(Boolean);
}
/** One http(s) URL of at most 2048 characters, or an InputError naming `input`. */
function checkWebhookUrl(value, input) {
    if (value.length > MAX_URL_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must be at most ${MAX_URL_LENGTH} characters (got ${value.length}).`);
    }
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must be an absolute http or https URL like https://ci.example.com/hook (got '${(0,_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(value)}').`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must use http or https, not ${parsed.protocol.slice(0, -1)} (got '${(0,_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(value)}').`);
    }
    // Credentials in a URL would be logged with it and are refused by fetch; the authorization
    // input carries them (masked) instead.
    if (parsed.username || parsed.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must not carry credentials (user:password@): pass them with the authorization input instead, e.g. Basic <base64 of user:password> (got '${(0,_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(value)}').`);
    }
    return value;
}


/***/ })

};
