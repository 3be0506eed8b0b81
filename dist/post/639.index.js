export const id = 639;
export const ids = [639];
export const modules = {

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

/***/ 4384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gt: () => (/* binding */ fetchFor),
  lF: () => (/* binding */ mergeHeaders),
  Em: () => (/* binding */ request),
  ex: () => (/* binding */ safeDecode),
  zA: () => (/* binding */ shownUrl)
});

// EXTERNAL MODULE: ./build/http/errors.js
var errors = __webpack_require__(2602);
// EXTERNAL MODULE: ./build/http/policy.js
var http_policy = __webpack_require__(7167);
;// CONCATENATED MODULE: ./build/http/proxy.js
const agents = new Map();
/** The proxy URL to use for `url` (empty when none applies or NO_PROXY exempts the host). */
async function proxyFor(url) {
    if (!hasProxyEnv())
        return '';
    const { getProxyForUrl } = await __webpack_require__.e(/* import() */ 182).then(__webpack_require__.bind(__webpack_require__, 8182));
    return getProxyForUrl(url.href);
}
function hasProxyEnv() {
    const env = process.env;
    return Boolean(env.HTTPS_PROXY ||
        env.https_proxy ||
        env.HTTP_PROXY ||
        env.http_proxy ||
        env.ALL_PROXY ||
        env.all_proxy);
}
/** An agent sending `url`'s request through the proxy, or undefined to connect directly. */
async function proxyAgentFor(url) {
    const proxy = await proxyFor(url);
    if (!proxy)
        return undefined;
    const key = `${url.protocol} ${proxy}`;
    let agent = agents.get(key);
    if (!agent) {
        // https targets are tunnelled with CONNECT; http targets are forwarded (absolute-URI requests).
        agent =
            url.protocol === 'https:'
                ? Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(566)]).then(__webpack_require__.bind(__webpack_require__, 1566)).then(({ HttpsProxyAgent }) => new HttpsProxyAgent(proxy, { keepAlive: true }))
                : Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(947)]).then(__webpack_require__.bind(__webpack_require__, 8947)).then(({ HttpProxyAgent }) => new HttpProxyAgent(proxy, { keepAlive: true }));
        agents.set(key, agent);
    }
    let shown = proxy;
    try {
        shown = new URL(proxy).origin;
    }
    catch {
        // proxy-from-env accepts host:port; show it as given
    }
    return { agent: await agent, shown };
}

;// CONCATENATED MODULE: ./build/http/transport.js


/** Answers larger than this are refused (nothing ci-relay calls sends that much). */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
/** The response headers, as fetch's Headers reads them (names lower-case). */
class AnswerHeaders {
    map = new Map();
    constructor(raw = {}) {
        for (const [name, value] of Object.entries(raw)) {
            if (value === undefined)
                continue;
            this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    forEach(callback) {
        for (const [name, value] of this.map)
            callback(value, name);
    }
    entries() {
        return this.map.entries();
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
/** What fetch's Response offers that ci-relay and Octokit read. */
class Answer {
    status;
    statusText;
    headers;
    url;
    bytes;
    /** Attempts it took (set by request()). */
    attempts = 1;
    constructor(status, statusText, headers, url, bytes) {
        this.status = status;
        this.statusText = statusText;
        this.headers = headers;
        this.url = url;
        this.bytes = bytes;
    }
    get ok() {
        return this.status >= 200 && this.status <= 299;
    }
    get redirected() {
        return false;
    }
    /** Already read whole: there is no stream to consume. */
    get body() {
        return null;
    }
    async text() {
        return this.bytes.toString('utf8');
    }
    async json() {
        return JSON.parse(this.bytes.toString('utf8'));
    }
    async arrayBuffer() {
        return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength);
    }
}
/**
 * Sends one request and reads the whole answer. Rejects with a NetworkError (refused, reset, DNS,
 * TLS ...) or with `signal.reason` when the signal fires first. Redirects are not followed.
 */
async function attempt(url, init) {
    const client = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 19)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 19));
    const proxied = await proxyAgentFor(url);
    init.signal.throwIfAborted();
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            init.signal.removeEventListener('abort', onAbort);
            request.destroy();
            if (init.signal.aborted)
                reject(init.signal.reason);
            else {
                const failure = (0,errors/* describeSocketError */.vF)(error, url.hostname);
                reject(proxied ? failure.through(proxied.shown) : failure);
            }
        };
        const onAbort = () => fail(init.signal.reason);
        const headers = { ...init.headers };
        if (init.body !== undefined &&
            !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) {
            headers['Content-Length'] = String(Buffer.byteLength(init.body));
        }
        const request = client.request(url, { method: init.method, headers, ...(proxied ? { agent: proxied.agent } : {}) }, (response) => {
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_ANSWER_BYTES) {
                    fail(new errors/* NetworkError */.Dr('too-large', `the answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MB`));
                    return;
                }
                chunks.push(chunk);
            });
            response.on('error', fail);
            response.on('aborted', () => fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
            response.on('end', () => {
                if (settled)
                    return;
                settled = true;
                init.signal.removeEventListener('abort', onAbort);
                resolve(new Answer(response.statusCode ?? 0, response.statusMessage ?? '', new AnswerHeaders(response.headers), url.href, Buffer.concat(chunks)));
            });
        });
        init.signal.addEventListener('abort', onAbort, { once: true });
        request.on('error', fail);
        request.end(init.body);
    });
}

;// CONCATENATED MODULE: ./build/http/request.js
/**
 * ci-relay's one way to make an outgoing HTTP call: `request(url, options)`, a small fetch-like
 * function with the retry policy of ./policy.ts, a timeout per attempt, an overall deadline,
 * proxies from the environment and messages that say what happened.
 *
 *   import { request } from '../http/request.js'
 *   const answer = await request('https://gitlab.example/api/v4/projects/1/statuses/abc', {
 *     method: 'POST',
 *     headers: { 'PRIVATE-TOKEN': token, 'Content-Type': 'application/json' },
 *     body: JSON.stringify(status),
 *     log,                                  // retries are logged with log.info
 *     policy: { timeoutMs: 10_000 },        // any RetryPolicy field; default API_POLICY
 *   })
 *   if (!answer.ok) throw new Error(`GitLab answered ${answer.status}: ${await answer.text()}`)
 *
 * - Resolves with the final answer — a 2xx, an answer that is not retried (400, 401, 404 ...), or
 *   the last retryable one when attempts, deadline or rate-limit patience run out — as a
 *   fetch-compatible Response (status, statusText, ok, headers.get, text(), json(),
 *   arrayBuffer()), plus `attempts` and, when it gave up on a rate limit, `gaveUp` (why).
 *   It never throws for an HTTP status: the caller says what the status means for its call.
 * - Rejects with a RequestFailedError when no attempt got an answer: the message is
 *   `METHOD url: connection refused (ECONNREFUSED) (4 attempts)`, `…: timed out after 30.0 s`,
 *   `…: DNS failure: host … not found (ENOTFOUND)`, with the URL shown without query string,
 *   fragment or credentials. An invalid URL or a non-http(s) scheme rejects at once.
 * - Retries, waits and timeouts follow ./policy.ts (documented there). `clock` (now, sleep,
 *   random) and `transport` are injectable so tests drive whole schedules without waiting.
 * - `headersFor(attempt)` lays per-attempt headers (a fresh webhook signature) over `headers`.
 * - Redirects are never followed (a signed body must not go elsewhere): a 3xx is the answer.
 * - HTTPS_PROXY, HTTP_PROXY, NO_PROXY (and lower case) apply to every call (./proxy.ts).
 *
 * `fetchFor(options)` wraps the same thing as a `fetch` for clients that take one (Octokit's
 * `request.fetch`).
 */



/** A URL fit for logs: scheme, host and path. Userinfo, query and fragment may hold secrets. */
function shownUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}
function parseTarget(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* NetworkError */.Dr('invalid-url', 'not a valid URL');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new errors/* NetworkError */.Dr('invalid-url', `only http and https URLs are supported, not ${parsed.protocol}`);
    }
    if (parsed.port === '0')
        throw new errors/* NetworkError */.Dr('invalid-url', 'port 0 is not a port one can connect to');
    return parsed;
}
function statusLine(answer) {
    return `${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`;
}
async function request(url, options = {}) {
    const policy = { ...http_policy/* API_POLICY */.mh, ...options.policy };
    const clock = options.clock ?? http_policy/* realClock */.dQ;
    const transport = options.transport ?? attempt;
    const method = (options.method ?? 'GET').toUpperCase();
    const label = options.label ?? `${method} ${shownUrl(url)}`;
    const target = parseTarget(url);
    const started = clock.now();
    const deadline = Math.min(options.deadline ?? Infinity, policy.deadlineMs !== undefined ? started + policy.deadlineMs : Infinity);
    const bounded = Number.isFinite(deadline) ? deadline : undefined;
    // A userinfo part becomes Basic authorization (as fetch would refuse it), unless one is given.
    const base = { ...options.headers };
    if ((target.username || target.password) &&
        !Object.keys(base).some((h) => h.toLowerCase() === 'authorization')) {
        const user = safeDecode(target.username);
        const password = safeDecode(target.password);
        base.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }
    target.username = '';
    target.password = '';
    for (let n = 1;; n++) {
        options.signal?.throwIfAborted();
        const timeoutMs = Math.max(1, Math.min(policy.timeoutMs, deadline - clock.now()));
        const timer = new AbortController();
        const timeout = setTimeout(() => timer.abort(new errors/* NetworkError */.Dr('timeout', `timed out after ${(0,http_policy/* seconds */.YA)(timeoutMs)}`)), timeoutMs);
        const signal = options.signal ? AbortSignal.any([timer.signal, options.signal]) : timer.signal;
        let headers = base;
        if (options.headersFor) {
            headers = mergeHeaders(base, options.headersFor(n));
        }
        let answer;
        let failure;
        try {
            answer = await transport(target, { method, headers, body: options.body, signal, timeoutMs });
        }
        catch (error) {
            if (options.signal?.aborted)
                throw options.signal.reason;
            failure =
                error instanceof errors/* NetworkError */.Dr
                    ? error
                    : new errors/* NetworkError */.Dr('other', `network error: ${error instanceof Error ? error.message : String(error)}`, undefined, { cause: error });
        }
        finally {
            clearTimeout(timeout);
        }
        const decision = answer
            ? (0,http_policy/* decideAnswer */.jO)(answer, n, policy, clock, bounded)
            : (0,http_policy/* decideFailure */.n7)(failure.retryable, n, policy, clock, bounded);
        if (!decision.retry) {
            if (answer) {
                const result = answer;
                result.attempts = n;
                if (decision.why) {
                    result.gaveUp = decision.why;
                    options.log?.info(`${label}: ${statusLine(answer)}; not retrying: ${decision.why}`);
                }
                return result;
            }
            throw new errors/* RequestFailedError */.JD(label, failure, n, decision.why);
        }
        const what = answer
            ? `${statusLine(answer)}${answer.status === 403 || answer.status === 429 ? ' (rate limited)' : ''}`
            : failure.message;
        options.log?.info(`${label}: ${what}; retrying in ${(0,http_policy/* seconds */.YA)(decision.delayMs)} (attempt ${n + 1} of ${policy.maxAttempts})`);
        await clock.sleep(decision.delayMs);
    }
}
/** decodeURIComponent that leaves a malformed component as it is. */
function safeDecode(component) {
    try {
        return decodeURIComponent(component);
    }
    catch {
        return component;
    }
}
/** Merges header records case-insensitively, later ones winning with their spelling. */
function mergeHeaders(...records) {
    const merged = new Map();
    for (const record of records) {
        for (const [name, value] of Object.entries(record))
            merged.set(name.toLowerCase(), [name, value]);
    }
    return Object.fromEntries(merged.values());
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;
/**
 * A `fetch` for clients that take one (Octokit's `request.fetch`): each call goes through
 * request() with these options. A network failure rejects with the RequestFailedError.
 */
function fetchFor(options) {
    const { followSameOrigin, ...requestOptions } = options;
    return async (url, init = {}) => {
        const headers = {};
        for (const [name, value] of init.headers instanceof Object && Symbol.iterator in init.headers
            ? init.headers
            : Object.entries(init.headers ?? {})) {
            headers[name] = String(value);
        }
        if (init.body !== undefined &&
            init.body !== null &&
            typeof init.body !== 'string' &&
            !(init.body instanceof Uint8Array)) {
            throw new TypeError('fetchFor sends string or byte bodies only');
        }
        let method = init.method ?? 'GET';
        let body = (init.body ?? undefined);
        let target = new URL(url);
        for (let hops = 0;; hops++) {
            const answer = await request(target, {
                ...requestOptions,
                method,
                headers,
                body,
                ...(init.signal ? { signal: init.signal } : {}),
            });
            const location = answer.headers.get('location');
            if (!followSameOrigin ||
                !REDIRECTS.has(answer.status) ||
                !location ||
                hops >= MAX_REDIRECTS) {
                return answer;
            }
            const next = new URL(location, target);
            if (next.origin !== target.origin)
                return answer;
            if (answer.status === 303 ||
                ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
                for (const name of Object.keys(headers)) {
                    if (/^content-(type|length)$/i.test(name))
                        delete headers[name];
                }
            }
            target = next;
        }
    };
}


/***/ }),

/***/ 8508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Generated from package.json by scripts/bundle.mjs; bump the version there.
const VERSION = '0.1.0';


/***/ })

};
