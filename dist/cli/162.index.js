export const id = 162;
export const ids = [162];
export const modules = {

/***/ 231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Se: () => (/* binding */ withUsage),
/* harmony export */   Zh: () => (/* binding */ parseToolArgs),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _hosts_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(761);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7355);
// Command lines of the CLI-only tools: flags parsed like the commands' (hosts/cli.ts), unknown
// flags refused, and usage errors reported the same way by every tool.


/** A bad command line: the tool prints it with its usage and exits 2. */
class UsageError extends Error {
}
/** Parses `args`, refusing flags not in `known`, and positionals unless `positionals` is set. */
function parseToolArgs(tool, args, known, options = {}) {
    let parsed;
    try {
        parsed = (0,_hosts_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArgs */ .Zy)(args, new Set(['help']));
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    for (const flag of parsed.flags.keys()) {
        if (flag !== 'help' && !known.includes(flag)) {
            throw new UsageError(`unknown flag --${flag} for '${tool}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(flag, known, (match) => `--${match}`)}.`);
        }
    }
    if (!options.positionals && parsed.positionals.length) {
        throw new UsageError(`unexpected argument '${parsed.positionals[0]}' for '${tool}'.`);
    }
    return parsed;
}
/**
 * Runs a tool's set-up: `--help` prints the usage (exit 0), a UsageError prints itself and the
 * usage (exit 2); otherwise `work` gets what `setup` returned.
 */
async function withUsage(usage, io, parse, setup, work) {
    let prepared;
    try {
        const parsed = parse();
        if (parsed.flags.get('help') === 'true') {
            io.stdout(usage);
            return 0;
        }
        prepared = await setup(parsed);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.stderr(`error: ${error.message}\n\n${usage}`);
        return 2;
    }
    return work(prepared);
}


/***/ }),

/***/ 4162:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mq: () => (/* binding */ OIDC_FLAGS),
  K0: () => (/* binding */ RECEIVER_FLAGS),
  BF: () => (/* binding */ checkDelivery),
  Z0: () => (/* binding */ checkIdentity),
  r8: () => (/* binding */ oidcExpectations),
  Fe: () => (/* binding */ receiverSettings)
});

// UNUSED EXPORTS: detectScheme

// EXTERNAL MODULE: ./build/tools/args.js
var args = __webpack_require__(231);
// EXTERNAL MODULE: ./build/webhook/sign.js
var sign = __webpack_require__(1161);
// EXTERNAL MODULE: ./build/webhook/verify.js
var verify = __webpack_require__(7025);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/remote.js + 1 modules
var remote = __webpack_require__(7315);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var errors = __webpack_require__(5674);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 2 modules
var jwt_verify = __webpack_require__(4490);
// EXTERNAL MODULE: ./build/version.js
var version = __webpack_require__(8508);
;// CONCATENATED MODULE: ./build/webhook/identity.js
// Checking a CI platform's OIDC identity token (what notify's oidc-audience sends as
// `Authorization: Bearer`) with jose: the signature against the issuer's published keys (OpenID
// discovery → jwks_uri, cached, refetched when a token names an unknown kid), the algorithm,
// iss, aud, exp, nbf and iat, then the claims asked for.



/** What GitHub and GitLab sign identity tokens with: no `none`, no HMAC with a public key. */
const IDENTITY_ALGORITHMS = ['RS256'];
const DEFAULT_TOLERANCE_SECONDS = 60;
const DEFAULT_MAX_AGE_SECONDS = 24 * 3600;
/** Each discovery or key fetch may take this long. */
const IDENTITY_FETCH_TIMEOUT_MS = 10_000;
const HEADERS = { Accept: 'application/json', 'User-Agent': `ci-relay/${version/* VERSION */.x}` };
function fail(message) {
    throw new verify/* WebhookVerificationError */.dg(message);
}
/** https, or http on this machine (a local issuer for tests and prototyping). */
function fetchableUrl(url, what) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return fail(`Invalid ${what} URL`);
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
        fail(`The ${what} URL must be https`);
    }
    return parsed;
}
/** Discovery and key fetches: src/http's policy (proxies too), two attempts of timeoutMs each. */
const fetchPolicy = (timeoutMs) => ({
    timeoutMs,
    maxAttempts: 2,
    deadlineMs: 2 * timeoutMs,
});
async function discoverJwksUri(issuer, timeoutMs) {
    const url = fetchableUrl(`${issuer}/.well-known/openid-configuration`, 'issuer');
    const { request } = await Promise.all(/* import() */[__webpack_require__.e(384), __webpack_require__.e(602)]).then(__webpack_require__.bind(__webpack_require__, 4384));
    const { networkFailureIn } = await __webpack_require__.e(/* import() */ 221).then(__webpack_require__.bind(__webpack_require__, 2602));
    let response;
    try {
        response = await request(url, { headers: HEADERS, policy: fetchPolicy(timeoutMs) });
    }
    catch (error) {
        const failure = networkFailureIn(error);
        const kind = failure && ('failure' in failure ? failure.failure.kind : failure.kind);
        const timedOut = kind === 'timeout';
        return fail(`Cannot fetch the OpenID configuration: ${timedOut ? `no answer within ${timeoutMs / 1000} s` : error.message}`);
    }
    if (!response.ok)
        fail(`Cannot fetch the OpenID configuration: HTTP ${response.status}`);
    const body = (await response.json().catch(() => undefined));
    if (typeof body?.jwks_uri !== 'string')
        fail('The OpenID configuration has no jwks_uri');
    return fetchableUrl(body.jwks_uri, 'jwks_uri');
}
// One key set per issuer for the life of the process: `listen` checks many deliveries with one
// fetch, and jose refetches (at most every 30 s) when a token names a kid it has not seen.
const keySets = new Map();
function keySetOf(issuer, { timeoutMs = IDENTITY_FETCH_TIMEOUT_MS, cooldownMs }) {
    const cacheKey = JSON.stringify([issuer, timeoutMs, cooldownMs]);
    let keySet = keySets.get(cacheKey);
    if (!keySet) {
        keySet = discoverJwksUri(issuer, timeoutMs).then(async (uri) => (0,remote/* createRemoteJWKSet */.RD)(uri, {
            timeoutDuration: timeoutMs,
            [remote/* customFetch */.A6]: (await Promise.all(/* import() */[__webpack_require__.e(384), __webpack_require__.e(602)]).then(__webpack_require__.bind(__webpack_require__, 4384))).fetchFor({
                policy: fetchPolicy(timeoutMs),
            }),
            ...(cooldownMs !== undefined && { cooldownDuration: cooldownMs }),
            headers: HEADERS,
        }));
        // A failed discovery is not cached: the next delivery tries again.
        keySet.catch(() => keySets.delete(cacheKey));
        keySets.set(cacheKey, keySet);
    }
    return keySet;
}
/** jose's errors as short messages that never include the token. */
function explain(error) {
    if (error instanceof verify/* WebhookVerificationError */.dg)
        throw error;
    if (error instanceof errors/* JWTExpired */.n) {
        fail(error.claim === 'iat' ? 'Token too old (issued longer ago than max age)' : 'Token expired');
    }
    if (error instanceof errors/* JWTClaimValidationFailed */.ie) {
        const claim = error.claim;
        if (claim === 'iss')
            fail('Token issuer mismatch');
        if (claim === 'aud')
            fail('Token audience mismatch');
        if (claim === 'nbf')
            fail('Token not yet valid');
        if (claim === 'iat')
            fail(`Token issued at an unacceptable time (${error.reason})`);
        fail(`Token claim '${claim}' invalid (${error.reason})`);
    }
    if (error instanceof errors/* JOSEAlgNotAllowed */.Rb)
        fail('Unsupported token algorithm');
    if (error instanceof errors/* JWKSNoMatchingKey */.BT)
        fail('No issuer key matches the token');
    if (error instanceof errors/* JWSSignatureVerificationFailed */.h2)
        fail('Invalid token signature');
    if (error instanceof errors/* JWKSTimeout */.xb)
        fail('Cannot fetch the issuer keys: no answer in time');
    if (error instanceof errors/* JWKSInvalid */.Dm || error instanceof errors/* JOSENotSupported */.T0) {
        fail('The issuer keys cannot be used');
    }
    if (error instanceof errors/* JOSEError */.i4)
        fail('Invalid token');
    fail(`Cannot check the token: ${error.message}`);
}
/**
 * The claims of an OIDC identity token when it verifies against the issuer's keys and
 * expectations; throws WebhookVerificationError otherwise.
 */
async function verifyIdentity(token, expected) {
    const issuer = expected.issuer.replace(/\/+$/, '');
    let payload;
    try {
        // The issuer is checked before any fetch: a token of another issuer costs no request.
        const unverified = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        if (unverified.iss !== issuer)
            fail('Token issuer mismatch');
    }
    catch (error) {
        if (error instanceof verify/* WebhookVerificationError */.dg)
            throw error;
        fail('Invalid token');
    }
    try {
        const keys = await keySetOf(issuer, expected.keys ?? {});
        ({ payload } = await (0,jwt_verify/* jwtVerify */.V)(token, keys, {
            issuer,
            ...(expected.audience !== undefined && { audience: expected.audience }),
            algorithms: IDENTITY_ALGORITHMS,
            clockTolerance: expected.clockToleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
            maxTokenAge: expected.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS,
            requiredClaims: ['exp', 'iat'],
            ...(expected.now !== undefined && { currentDate: new Date(expected.now * 1000) }),
        }));
    }
    catch (error) {
        explain(error);
    }
    for (const [name, value] of Object.entries(expected.claims ?? {})) {
        if (String(payload[name]) !== value)
            fail(`Token claim '${name}' mismatch`);
    }
    return payload;
}

;// CONCATENATED MODULE: ./build/tools/receiver.js
// What the receiving tools (verify, listen) share: signature scheme and secret, and checking one
// delivery under an explicit or detected signature scheme.




/** The flags every receiving tool takes. */
const RECEIVER_FLAGS = ['signature', 'secret', 'tolerance'];
/** Identity-token flags (notify's oidc-audience), the same for verify and listen. */
const OIDC_FLAGS = ['oidc-issuer', 'oidc-audience', 'oidc-claim'];
/** --oidc-issuer, --oidc-audience and --oidc-claim name=value (repeatable), checked. */
function oidcExpectations(flags) {
    const issuer = flags.get('oidc-issuer');
    if (!issuer) {
        if (flags.has('oidc-audience') || flags.has('oidc-claim'))
            throw new args/* UsageError */.eb('--oidc-audience and --oidc-claim need --oidc-issuer.');
        return undefined;
    }
    const claims = {};
    for (const pair of (flags.get('oidc-claim') ?? '').split('\n').filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new args/* UsageError */.eb(`--oidc-claim must be name=value (got '${pair}').`);
        claims[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return { issuer, audience: flags.get('oidc-audience'), claims };
}
/** The identity token of `Authorization: Bearer <token>`, verified. */
async function checkIdentity(headers, expected) {
    const value = first(headers, 'authorization');
    const match = /^Bearer\s+(\S+)$/i.exec(String(value ?? '').trim());
    if (!match)
        throw new verify/* WebhookVerificationError */.dg('Missing required headers (Authorization: Bearer)');
    return verifyIdentity(match[1], expected);
}
/** --signature and --secret (else CI_RELAY_SIGNATURE, CI_RELAY_SECRET), checked. */
function receiverSettings(flags, env, 
/** What an unset --signature means without a secret: `none` when something else proves the sender. */
unsignedDefault) {
    const secretGiven = flags.get('secret') ?? env.CI_RELAY_SECRET;
    const signature = (flags.get('signature') ?? env.CI_RELAY_SIGNATURE ?? '').trim() ||
        (secretGiven ? undefined : unsignedDefault);
    if (signature !== undefined && !sign/* SIGNATURE_SCHEMES */.sA.includes(signature)) {
        throw new args/* UsageError */.eb(`--signature must be one of ${sign/* SIGNATURE_SCHEMES */.sA.join(', ')} (got '${signature}').`);
    }
    const secret = (flags.get('secret') ?? env.CI_RELAY_SECRET ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    if (signature !== 'none' && secret.length === 0) {
        throw new args/* UsageError */.eb('a secret is needed to check signatures: set CI_RELAY_SECRET (or --secret), or pass --signature none to accept unsigned deliveries.');
    }
    if (signature === 'standard') {
        try {
            for (const one of secret)
                (0,sign/* secretKey */.oF)(one, 'standard');
        }
        catch (error) {
            throw new args/* UsageError */.eb(`the secret cannot be used: ${error.message}`);
        }
    }
    let toleranceSeconds;
    const tolerance = flags.get('tolerance');
    if (tolerance !== undefined) {
        if (!/^\d+$/.test(tolerance))
            throw new args/* UsageError */.eb('--tolerance must be a number of seconds.');
        toleranceSeconds = Number(tolerance);
    }
    return {
        signature: signature,
        secret: secret.length ? secret : undefined,
        toleranceSeconds,
    };
}
const SIGNATURE_HEADERS = [
    ['webhook-signature', 'standard'],
    ['x-hub-signature-256', 'github'],
    ['x-hub-signature', 'github'],
    ['x-jobserv-sig', 'jobserv'],
    ['x-gitlab-token', 'gitlab'],
];
/** The scheme whose signature header the delivery carries. */
function detectScheme(headers) {
    const names = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
    return SIGNATURE_HEADERS.find(([name]) => names.has(name))?.[1];
}
function first(headers, name) {
    const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
    const value = entry?.[1];
    return Array.isArray(value) ? value[0] : value;
}
/** Verifies one delivery; throws WebhookVerificationError when it does not verify. */
function checkDelivery(body, headers, settings) {
    const signature = settings.signature ?? detectScheme(headers);
    if (!signature) {
        throw new verify/* WebhookVerificationError */.dg('Missing required headers (no webhook-signature, X-Hub-Signature-256, X-JobServ-Sig or X-Gitlab-Token)');
    }
    (0,verify/* verify */.MX)(signature, settings.secret, body, headers, {
        toleranceSeconds: settings.toleranceSeconds,
    });
    return {
        signature,
        id: first(headers, 'webhook-id') ??
            first(headers, 'x-github-delivery') ??
            first(headers, 'x-gitlab-event-uuid'),
    };
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


/***/ }),

/***/ 7025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MX: () => (/* binding */ verify),
/* harmony export */   dg: () => (/* binding */ WebhookVerificationError)
/* harmony export */ });
/* unused harmony exports DEFAULT_TOLERANCE_SECONDS, secretList */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1161);


/** A delivery failed verification. Messages are short and never include secrets or signatures. */
class WebhookVerificationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WebhookVerificationError';
    }
}
const DEFAULT_TOLERANCE_SECONDS = 300;
/** Header lookup by case-insensitive name; repeated headers are joined by a space. */
function header(headers, name) {
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(headers)) {
        if (key.toLowerCase() !== wanted || value === undefined)
            continue;
        const joined = Array.isArray(value) ? value.join(' ') : value;
        return joined.trim();
    }
    return undefined;
}
/** Constant-time comparison of two byte strings; different lengths are simply unequal. */
function bytesEqual(a, b) {
    return a.length === b.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(a, b);
}
/** The digest in `<prefix><hex>`, or undefined when the value is not of that form. */
function hexDigest(value, prefix, hexLength) {
    if (!value.startsWith(prefix))
        return undefined;
    const hex = value.slice(prefix.length).trim();
    if (hex.length !== hexLength || !/^[0-9a-fA-F]+$/.test(hex))
        return undefined;
    return Buffer.from(hex, 'hex');
}
function verifyStandard(keys, body, headers, options) {
    const id = header(headers, 'webhook-id');
    const timestampHeader = header(headers, 'webhook-timestamp');
    const signatures = header(headers, 'webhook-signature');
    if (!id || !timestampHeader || !signatures) {
        throw new WebhookVerificationError('Missing required headers');
    }
    if (!/^\d{1,15}$/.test(timestampHeader)) {
        throw new WebhookVerificationError('Invalid signature headers');
    }
    const timestamp = Number(timestampHeader);
    const now = options.now ?? Math.floor(Date.now() / 1000);
    const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
    if (now - timestamp > tolerance)
        throw new WebhookVerificationError('Message timestamp too old');
    if (timestamp - now > tolerance)
        throw new WebhookVerificationError('Message timestamp too new');
    // Several space-separated signatures may be sent while the sender rotates its key, and several
    // keys may be accepted while the receiver rotates: one match of any pair is enough.
    const given = signatures
        .split(' ')
        .filter((versioned) => versioned.startsWith('v1,'))
        .map((versioned) => Buffer.from(versioned.slice('v1,'.length)));
    for (const key of keys) {
        const expected = Buffer.from((0,_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .standardSignature */ .Qs)(key, id, timestamp, body).slice('v1,'.length));
        if (given.some((signature) => bytesEqual(signature, expected)))
            return;
    }
    throw new WebhookVerificationError('No matching signature found');
}
/** Whether `given` is the HMAC of body under any of the keys. */
function anyKeyMatches(keys, algorithm, body, given) {
    return (given !== undefined &&
        keys.some((key) => bytesEqual(given, Buffer.from((0,_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .hmacHex */ .tH)(algorithm, key, body), 'hex'))));
}
function verifyGithub(keys, body, headers, options) {
    const sha256 = header(headers, 'x-hub-signature-256');
    if (sha256) {
        if (anyKeyMatches(keys, 'sha256', body, hexDigest(sha256, 'sha256=', 64)))
            return;
        throw new WebhookVerificationError('No matching signature found');
    }
    const sha1 = header(headers, 'x-hub-signature');
    if (sha1 && options.allowSha1) {
        if (anyKeyMatches(keys, 'sha1', body, hexDigest(sha1, 'sha1=', 40)))
            return;
        throw new WebhookVerificationError('No matching signature found');
    }
    if (sha1)
        throw new WebhookVerificationError('Missing required headers (SHA-1 only; SHA-256 required)');
    throw new WebhookVerificationError('Missing required headers');
}
function verifyJobserv(keys, body, headers) {
    const value = header(headers, 'x-jobserv-sig');
    if (!value)
        throw new WebhookVerificationError('Missing required headers');
    if (anyKeyMatches(keys, 'sha256', body, hexDigest(value, 'sha256:', 64)))
        return;
    throw new WebhookVerificationError('No matching signature found');
}
/** The secrets of `secret`, empties dropped. */
function secretList(secret) {
    return (typeof secret === 'string' ? [secret] : [...(secret ?? [])]).filter((s) => s !== '');
}
/**
 * gitlab: the token in X-Gitlab-Token equals one of the secrets. Both sides are hashed first so
 * the comparison takes the same time whatever the length or content of the token sent, and every
 * secret is compared. The body is not covered: GitLab signs nothing, so anyone holding the token
 * can send any body.
 */
function verifyGitlab(secrets, headers) {
    const token = header(headers, 'x-gitlab-token');
    if (token === undefined || token === '')
        throw new WebhookVerificationError('Missing required headers');
    const digest = (value) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value, 'utf8').digest();
    const given = digest(token);
    const matches = secrets.map((secret) => bytesEqual(given, digest(secret)));
    if (!matches.includes(true))
        throw new WebhookVerificationError('No matching token found');
}
/**
 * Checks that `body` (the raw bytes received) was signed with `secret` under `scheme`; throws
 * WebhookVerificationError when not. `secret` may be a list while rotating: the delivery is valid
 * when any of them signed it (as @octokit/webhooks-methods' verifyWithFallback). `none` checks
 * nothing. Header names are case-insensitive.
 */
function verify(scheme, secret, body, headers, options = {}) {
    if (scheme === 'none')
        return;
    if (!_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE_SCHEMES */ .sA.includes(scheme)) {
        throw new TypeError(`Unknown signature scheme '${String(scheme)}'.`);
    }
    const secrets = secretList(secret);
    if (secrets.length === 0) {
        throw new TypeError(`Verifying a '${scheme}' signature needs a secret.`);
    }
    const keys = secrets.map((one) => (0,_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .secretKey */ .oF)(one, scheme));
    switch (scheme) {
        case 'standard':
            return verifyStandard(keys, body, headers, options);
        case 'github':
            return verifyGithub(keys, body, headers, options);
        case 'jobserv':
            return verifyJobserv(keys, body, headers);
        case 'gitlab':
            return verifyGitlab(secrets, headers);
    }
}


/***/ })

};
