export const id = 541;
export const ids = [541];
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

/***/ 9541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tool: () => (/* binding */ tool)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var _webhook_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7025);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(231);
/* harmony import */ var _receiver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8595);




const USAGE = `Usage: ci-relay listen [--port 8787] [--host 127.0.0.1] [--signature SCHEME]

A local webhook receiver for prototyping: verifies each POSTed delivery, prints it, answers 200
when it is valid and 401 when it is not. Stops on Ctrl-C (SIGINT) or SIGTERM.
  --port        port to listen on (default 8787; 0 picks a free one)
  --host        address to listen on (default 127.0.0.1, this machine only)
  --signature   standard, github, jobserv, gitlab or none (default: from each delivery's headers)
  --secret      the webhook secret; prefer CI_RELAY_SECRET (flags show in process lists)
  --tolerance   accepted age of a standard timestamp, in seconds (default 300)
`;
/** Larger bodies are refused (413): this is a prototyping receiver. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;
function answer(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
}
function pretty(body) {
    const text = body.toString('utf8');
    try {
        return JSON.stringify(JSON.parse(text), null, 2);
    }
    catch {
        return text;
    }
}
async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES)
            return undefined;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
const tool = {
    summary: 'A local receiver that verifies and prints each delivery.',
    usage: USAGE,
    run: (args, env, io) => (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .withUsage */ .Se)(USAGE, io, () => (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseToolArgs */ .Zh)('listen', args, ['port', 'host', ..._receiver_js__WEBPACK_IMPORTED_MODULE_2__/* .RECEIVER_FLAGS */ .K0]), ({ flags }) => {
        const portFlag = flags.get('port') ?? '8787';
        const port = /^\d{1,5}$/.test(portFlag) ? Number(portFlag) : NaN;
        if (!(port >= 0 && port <= 65535))
            throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--port must be 0 to 65535.');
        return {
            settings: (0,_receiver_js__WEBPACK_IMPORTED_MODULE_2__/* .receiverSettings */ .Fe)(flags, env),
            port,
            host: flags.get('host') ?? '127.0.0.1',
        };
    }, (options) => listen(options, io)),
};
async function listen({ settings, port, host }, io) {
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
        void (async () => {
            const where = `${req.method} ${req.url}`;
            if (req.method !== 'POST') {
                answer(res, 405, { ok: false, error: 'POST a delivery' });
                return;
            }
            const body = await readBody(req);
            if (!body) {
                answer(res, 413, { ok: false, error: `larger than ${MAX_BODY_BYTES} bytes` });
                req.socket.destroy();
                return;
            }
            try {
                const checked = (0,_receiver_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDelivery */ .BF)(body, req.headers, settings);
                const what = checked.signature === 'none' ? 'accepted, unsigned' : 'verified';
                io.stdout(`delivery ${checked.id ?? '(no id)'} ${what} (${checked.signature}) · ${where} · ${body.length} bytes\n${pretty(body)}\n`);
                answer(res, 200, { ok: true, ...(checked.id && { delivery: checked.id }) });
            }
            catch (error) {
                const message = error instanceof _webhook_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .WebhookVerificationError */ .dg ? error.message : 'Cannot verify';
                io.stdout(`rejected ${where} · ${body.length} bytes: ${message}\n`);
                answer(res, 401, { ok: false, error: message });
            }
        })().catch(() => res.destroy());
    });
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(port, host, () => resolve());
        });
    }
    catch (error) {
        io.stderr(`error: cannot listen on ${host}:${port}: ${error.message}\n`);
        return 1;
    }
    const address = server.address();
    const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const how = settings.signature ?? 'from the headers';
    io.stderr(`listening on http://${shownHost}:${address.port} (signature: ${how})\n`);
    await new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            server.close(() => resolve());
            server.closeAllConnections();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
    io.stderr('stopped\n');
    return 0;
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
