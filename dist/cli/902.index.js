export const id = 902;
export const ids = [902];
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

/***/ 7902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tool: () => (/* binding */ tool)
/* harmony export */ });
/* harmony import */ var _hosts_mask_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7664);
/* harmony import */ var _webhook_sign_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1161);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(231);



const USAGE = `Usage: ci-relay secret

Prints a fresh Standard Webhooks secret (whsec_ and 32 random bytes in base64) on stdout: give
the same string to notify (secret) and to the receiver. Inside GitHub Actions it is masked first.
`;
const tool = {
    summary: 'Print a fresh whsec_ webhook secret.',
    usage: USAGE,
    run: (args, env, io) => (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .withUsage */ .Se)(USAGE, io, () => (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToolArgs */ .Zh)('secret', args, []), () => (0,_webhook_sign_js__WEBPACK_IMPORTED_MODULE_0__/* .newSecret */ .jr)(), async (secret) => {
        if (env.GITHUB_ACTIONS === 'true')
            io.stderr((0,_hosts_mask_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .addMaskCommand */ .F)(secret));
        io.stdout(`${secret}\n`);
        return 0;
    }),
};


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
