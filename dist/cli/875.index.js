export const id = 875;
export const ids = [875];
export const modules = {

/***/ 231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Se: () => (/* binding */ withUsage),
/* harmony export */   Zh: () => (/* binding */ parseToolArgs),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _hosts_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9646);
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
            throw new UsageError(`unknown flag --${flag} for '${tool}'.`);
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

/***/ 8595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ checkDelivery),
/* harmony export */   Fe: () => (/* binding */ receiverSettings),
/* harmony export */   K0: () => (/* binding */ RECEIVER_FLAGS)
/* harmony export */ });
/* unused harmony export detectScheme */
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(231);
/* harmony import */ var _webhook_sign_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1161);
/* harmony import */ var _webhook_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7025);
// What the receiving tools (verify, listen) share: signature scheme and secret, and checking one
// delivery under an explicit or detected signature scheme.



/** The flags every receiving tool takes. */
const RECEIVER_FLAGS = ['signature', 'secret', 'tolerance'];
/** --signature and --secret (else CI_RELAY_SIGNATURE, CI_RELAY_SECRET), checked. */
function receiverSettings(flags, env, 
/** What an unset --signature means without a secret: `none` when something else proves the sender. */
unsignedDefault) {
    const secretGiven = flags.get('secret') ?? env.CI_RELAY_SECRET;
    const signature = (flags.get('signature') ?? env.CI_RELAY_SIGNATURE ?? '').trim() ||
        (secretGiven ? undefined : unsignedDefault);
    if (signature !== undefined && !_webhook_sign_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE_SCHEMES */ .sA.includes(signature)) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--signature must be one of ${_webhook_sign_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE_SCHEMES */ .sA.join(', ')} (got '${signature}').`);
    }
    const secret = flags.get('secret') ?? (env.CI_RELAY_SECRET || undefined);
    if (signature !== 'none' && !secret) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('a secret is needed to check signatures: set CI_RELAY_SECRET (or --secret), or pass --signature none to accept unsigned deliveries.');
    }
    if (secret && (signature === undefined || signature === 'standard')) {
        try {
            (0,_webhook_sign_js__WEBPACK_IMPORTED_MODULE_0__/* .secretKey */ .oF)(secret, 'standard');
        }
        catch (error) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the secret cannot be used: ${error.message}`);
        }
    }
    let toleranceSeconds;
    const tolerance = flags.get('tolerance');
    if (tolerance !== undefined) {
        if (!/^\d+$/.test(tolerance))
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--tolerance must be a number of seconds.');
        toleranceSeconds = Number(tolerance);
    }
    return { signature: signature, secret, toleranceSeconds };
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
        throw new _webhook_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .WebhookVerificationError */ .dg('Missing required headers (no webhook-signature, X-Hub-Signature-256, X-JobServ-Sig or X-Gitlab-Token)');
    }
    (0,_webhook_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verify */ .MX)(signature, settings.secret, body, headers, {
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

/***/ 875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tool: () => (/* binding */ tool)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/webhook/verify.js
var verify = __webpack_require__(7025);
// EXTERNAL MODULE: ./build/tools/args.js
var tools_args = __webpack_require__(231);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/version.js
var version = __webpack_require__(8508);
;// CONCATENATED MODULE: ./build/tools/oidc.js
// Checking a CI platform's OIDC identity token (what notify's oidc-audience sends as
// `Authorization: Bearer`): RS256 signature against the issuer's published keys (OpenID
// discovery → jwks_uri), then iss, aud, exp/nbf and the claims asked for.



/** Clock skew accepted on exp and nbf, in seconds. */
const LEEWAY_SECONDS = 60;
const FETCH_TIMEOUT_MS = 10_000;
function fail(message) {
    throw new verify/* WebhookVerificationError */.dg(message);
}
function decodePart(part) {
    try {
        const value = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
        if (value && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch {
        // falls through
    }
    return fail('Invalid token');
}
/** https, or http on this machine (a local issuer for tests and prototyping). */
function checkFetchable(url, what) {
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
async function getJson(url, what) {
    let response;
    try {
        response = await fetch(url, {
            headers: { Accept: 'application/json', 'User-Agent': `ci-relay/${version/* VERSION */.x}` },
            redirect: 'error',
            signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        });
    }
    catch (error) {
        return fail(`Cannot fetch the ${what}: ${error.message}`);
    }
    if (!response.ok)
        fail(`Cannot fetch the ${what}: HTTP ${response.status}`);
    const body = await response.json().catch(() => undefined);
    if (!body || typeof body !== 'object')
        fail(`The ${what} is not JSON`);
    return body;
}
/** The token's claims when it verifies; throws WebhookVerificationError otherwise. */
async function verifyIdToken(token, expected) {
    const parts = token.split('.');
    if (parts.length !== 3)
        fail('Invalid token');
    const [headerPart, payloadPart, signaturePart] = parts;
    const header = decodePart(headerPart);
    const claims = decodePart(payloadPart);
    // Only RS256, what GitHub and GitLab sign with: no `none`, no HMAC with a public key.
    if (header.alg !== 'RS256')
        fail('Unsupported token algorithm');
    const issuer = expected.issuer.replace(/\/+$/, '');
    if (claims.iss !== issuer)
        fail('Token issuer mismatch');
    const discovery = await getJson(checkFetchable(`${issuer}/.well-known/openid-configuration`, 'issuer'), 'OpenID configuration');
    if (typeof discovery.jwks_uri !== 'string')
        fail('The OpenID configuration has no jwks_uri');
    const jwks = await getJson(checkFetchable(discovery.jwks_uri, 'jwks_uri'), 'issuer keys');
    const keys = (Array.isArray(jwks.keys) ? jwks.keys : []);
    const jwk = keys.find((key) => key.kty === 'RSA' && (!header.kid || key.kid === header.kid));
    if (!jwk)
        fail('No issuer key matches the token');
    const key = (0,external_node_crypto_.createPublicKey)({ key: jwk, format: 'jwk' });
    const signed = (0,external_node_crypto_.verify)('sha256', Buffer.from(`${headerPart}.${payloadPart}`), key, Buffer.from(signaturePart, 'base64url'));
    if (!signed)
        fail('Invalid token signature');
    const now = expected.now ?? Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp + LEEWAY_SECONDS < now)
        fail('Token expired');
    if (typeof claims.nbf === 'number' && claims.nbf - LEEWAY_SECONDS > now) {
        fail('Token not yet valid');
    }
    if (expected.audience !== undefined) {
        const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
        if (!audiences.includes(expected.audience))
            fail('Token audience mismatch');
    }
    for (const [name, value] of Object.entries(expected.claims)) {
        if (String(claims[name]) !== value)
            fail(`Token claim '${name}' mismatch`);
    }
    return claims;
}

// EXTERNAL MODULE: ./build/tools/receiver.js
var receiver = __webpack_require__(8595);
;// CONCATENATED MODULE: ./build/tools/verify.js





const USAGE = `Usage: ci-relay verify [--file BODY] [--header 'name: value' ...] [--signature SCHEME]
                       [--tolerance SECONDS] [--oidc-issuer URL [--oidc-audience AUD]
                       [--oidc-claim name=value ...]]

Checks one webhook delivery: the raw body (from --file, else stdin) against its headers.
  --header         a received header, as 'name: value' (repeat for each)
  --signature      standard, github, jobserv, gitlab or none (default: from the signature header present;
                   none with --oidc-issuer and no secret)
  --secret         the webhook secret; prefer CI_RELAY_SECRET (flags show in process lists)
  --tolerance      accepted age of a standard timestamp, in seconds (default 300)
  --oidc-issuer    also check the OIDC token in 'Authorization: Bearer' (notify's oidc-audience)
                   against this issuer's keys, e.g. https://token.actions.githubusercontent.com
  --oidc-audience  the audience the token must name
  --oidc-claim     a claim the token must carry, as name=value (repeat for each)
Exit 0 when the delivery is valid (the body is printed on stdout), 1 when not, 2 on a usage error.
`;
const OIDC_FLAGS = ['oidc-issuer', 'oidc-audience', 'oidc-claim'];
function parseHeaders(values) {
    const headers = {};
    for (const line of (values ?? '').split('\n').filter(Boolean)) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) {
            throw new tools_args/* UsageError */.eb(`--header must be 'name: value' (got '${line.slice(0, 40)}').`);
        }
        const value = line.slice(colon + 1).trim();
        headers[name] = headers[name] === undefined ? value : `${headers[name]} ${value}`;
    }
    return headers;
}
function oidcExpectations(flags) {
    const issuer = flags.get('oidc-issuer');
    if (!issuer) {
        if (flags.has('oidc-audience') || flags.has('oidc-claim'))
            throw new tools_args/* UsageError */.eb('--oidc-audience and --oidc-claim need --oidc-issuer.');
        return undefined;
    }
    const claims = {};
    for (const pair of (flags.get('oidc-claim') ?? '').split('\n').filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new tools_args/* UsageError */.eb(`--oidc-claim must be name=value (got '${pair}').`);
        claims[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return { issuer, audience: flags.get('oidc-audience'), claims };
}
/** The token of `Authorization: Bearer <token>`. */
function bearerToken(headers) {
    const value = headers.authorization;
    const match = /^Bearer\s+(\S+)$/i.exec(String(value ?? '').trim());
    if (!match)
        throw new verify/* WebhookVerificationError */.dg('Missing required headers (Authorization: Bearer)');
    return match[1];
}
const tool = {
    summary: 'Check a webhook delivery (body and headers) the way a receiver would.',
    usage: USAGE,
    run: (args, env, io) => (0,tools_args/* withUsage */.Se)(USAGE, io, () => (0,tools_args/* parseToolArgs */.Zh)('verify', args, ['file', 'header', ...receiver/* RECEIVER_FLAGS */.K0, ...OIDC_FLAGS]), async ({ flags }) => {
        const oidc = oidcExpectations(flags);
        const settings = (0,receiver/* receiverSettings */.Fe)(flags, env, oidc ? 'none' : undefined);
        const headers = parseHeaders(flags.get('header'));
        const file = flags.get('file');
        if (file !== undefined) {
            try {
                return { body: (0,external_node_fs_.readFileSync)(file), headers, settings, oidc };
            }
            catch (error) {
                throw new tools_args/* UsageError */.eb(`cannot read --file: ${error.message}`);
            }
        }
        if (!io.stdin)
            throw new tools_args/* UsageError */.eb('give the body with --file, or on stdin.');
        return { body: await io.stdin(), headers, settings, oidc };
    }, async ({ body, headers, settings, oidc }) => {
        try {
            const checked = (0,receiver/* checkDelivery */.BF)(body, headers, settings);
            if (oidc) {
                const claims = await verifyIdToken(bearerToken(headers), oidc);
                io.stderr(`verified: OIDC token of ${oidc.issuer} (sub: ${String(claims.sub)})\n`);
            }
            const what = checked.signature === 'none'
                ? `accepted (unsigned: no body signature checked)`
                : 'verified';
            io.stderr(`${what}: ${checked.signature} delivery ${checked.id ?? '(no id)'}\n`);
            const text = body.toString();
            io.stdout(text.endsWith('\n') ? text : `${text}\n`);
            return 0;
        }
        catch (error) {
            if (error instanceof verify/* WebhookVerificationError */.dg) {
                io.stderr(`error: not valid: ${error.message}\n`);
                return 1;
            }
            // A secret that cannot be a key (e.g. whsec_ with no base64): a usage error.
            io.stderr(`error: ${error.message}\n`);
            return 2;
        }
    }),
};


/***/ }),

/***/ 1161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qs: () => (/* binding */ standardSignature),
/* harmony export */   _S: () => (/* binding */ sign),
/* harmony export */   _i: () => (/* binding */ newDeliveryId),
/* harmony export */   oF: () => (/* binding */ secretKey),
/* harmony export */   sA: () => (/* binding */ SIGNATURE_SCHEMES),
/* harmony export */   tH: () => (/* binding */ hmacHex)
/* harmony export */ });
/* unused harmony exports DEFAULT_GITHUB_EVENT, checkHeaderToken, nameUuid */
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
/**
 * The HMAC key of a secret. Under `standard`, `whsec_<base64>` is decoded (as the Standard
 * Webhooks libraries do); any other secret, and every secret under `github` and `jobserv` (whose
 * receivers use the secret string as it is), is used as its UTF-8 bytes. Errors never include
 * the secret.
 */
function secretKey(secret, scheme = 'standard') {
    if (scheme === 'standard' && secret.startsWith(WHSEC_PREFIX)) {
        const encoded = secret.slice(WHSEC_PREFIX.length);
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) {
            throw new TypeError('A whsec_ secret must be followed by base64 characters.');
        }
        const key = Buffer.from(encoded, 'base64');
        if (key.length === 0)
            throw new TypeError('The whsec_ secret decodes to an empty key.');
        return key;
    }
    if (secret.length === 0)
        throw new TypeError('The webhook secret is empty.');
    if (scheme === 'gitlab')
        checkHeaderToken(secret);
    return Buffer.from(secret, 'utf8');
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
/* unused harmony export DEFAULT_TOLERANCE_SECONDS */
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
function verifyStandard(key, body, headers, options) {
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
    const expected = Buffer.from((0,_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .standardSignature */ .Qs)(key, id, timestamp, body).slice('v1,'.length));
    // Several space-separated signatures may be sent while a key is rotated; one match is enough.
    for (const versioned of signatures.split(' ')) {
        const comma = versioned.indexOf(',');
        if (comma < 0 || versioned.slice(0, comma) !== 'v1')
            continue;
        if (bytesEqual(Buffer.from(versioned.slice(comma + 1)), expected))
            return;
    }
    throw new WebhookVerificationError('No matching signature found');
}
function verifyGithub(key, body, headers, options) {
    const sha256 = header(headers, 'x-hub-signature-256');
    if (sha256) {
        const given = hexDigest(sha256, 'sha256=', 64);
        if (given && bytesEqual(given, Buffer.from((0,_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .hmacHex */ .tH)('sha256', key, body), 'hex')))
            return;
        throw new WebhookVerificationError('No matching signature found');
    }
    const sha1 = header(headers, 'x-hub-signature');
    if (sha1 && options.allowSha1) {
        const given = hexDigest(sha1, 'sha1=', 40);
        if (given && bytesEqual(given, Buffer.from((0,_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .hmacHex */ .tH)('sha1', key, body), 'hex')))
            return;
        throw new WebhookVerificationError('No matching signature found');
    }
    if (sha1)
        throw new WebhookVerificationError('Missing required headers (SHA-1 only; SHA-256 required)');
    throw new WebhookVerificationError('Missing required headers');
}
function verifyJobserv(key, body, headers) {
    const value = header(headers, 'x-jobserv-sig');
    if (!value)
        throw new WebhookVerificationError('Missing required headers');
    const given = hexDigest(value, 'sha256:', 64);
    if (given && bytesEqual(given, Buffer.from((0,_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .hmacHex */ .tH)('sha256', key, body), 'hex')))
        return;
    throw new WebhookVerificationError('No matching signature found');
}
/**
 * gitlab: the token in X-Gitlab-Token equals the secret. Both sides are hashed first so the
 * comparison takes the same time whatever the length or content of the token sent. The body is
 * not covered: GitLab signs nothing, so anyone holding the token can send any body.
 */
function verifyGitlab(secret, headers) {
    const token = header(headers, 'x-gitlab-token');
    if (token === undefined || token === '')
        throw new WebhookVerificationError('Missing required headers');
    const digest = (value) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value, 'utf8').digest();
    if (!bytesEqual(digest(token), digest(secret))) {
        throw new WebhookVerificationError('No matching token found');
    }
}
/**
 * Checks that `body` (the raw bytes received) was signed with `secret` under `scheme`; throws
 * WebhookVerificationError when not. `none` checks nothing. Header names are case-insensitive.
 */
function verify(scheme, secret, body, headers, options = {}) {
    if (scheme === 'none')
        return;
    if (!_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE_SCHEMES */ .sA.includes(scheme)) {
        throw new TypeError(`Unknown signature scheme '${String(scheme)}'.`);
    }
    if (secret === undefined || secret === '') {
        throw new TypeError(`Verifying a '${scheme}' signature needs a secret.`);
    }
    const key = (0,_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .secretKey */ .oF)(secret, scheme);
    switch (scheme) {
        case 'standard':
            return verifyStandard(key, body, headers, options);
        case 'github':
            return verifyGithub(key, body, headers, options);
        case 'jobserv':
            return verifyJobserv(key, body, headers);
        case 'gitlab':
            return verifyGitlab(secret, headers);
    }
}


/***/ })

};
