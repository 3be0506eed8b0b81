export const id = 78;
export const ids = [78];
export const modules = {

/***/ 5078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubAccess: () => (/* binding */ GitHubAccess),
  readGitHubAuthInputs: () => (/* binding */ readGitHubAuthInputs),
  revokeToken: () => (/* binding */ revokeToken),
  savedToken: () => (/* binding */ savedToken)
});

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/text.js
var build_text = __webpack_require__(977);
// EXTERNAL MODULE: ./build/github/app-inputs.js
var app_inputs = __webpack_require__(8231);
// EXTERNAL MODULE: ./build/github/errors.js
var github_errors = __webpack_require__(7307);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/github/private-key.js


/**
 * Accepts what people paste into a secret: PEM (PKCS#1 or PKCS#8) with real newlines or literal
 * `\n` escapes, or the whole PEM base64-encoded. Returns PKCS#8 PEM, which every JWT library takes.
 */
function normalizePrivateKey(raw) {
    let text = raw.trim();
    if (!text.includes('-----BEGIN')) {
        const decoded = Buffer.from(text, 'base64').toString('utf8');
        if (!decoded.includes('-----BEGIN')) {
            throw new errors/* InputError */.dz('private-key', 'must be a PEM private key (-----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----), optionally base64-encoded. Paste the whole .pem file the GitHub App settings page generated.');
        }
        text = decoded.trim();
    }
    text = text.replace(/\\r/g, '').replace(/\\n/g, '\n').replace(/\r\n/g, '\n');
    try {
        const key = (0,external_node_crypto_.createPrivateKey)({ key: text, format: 'pem' });
        if (key.asymmetricKeyType !== 'rsa') {
            throw new Error(`it is an ${key.asymmetricKeyType ?? 'unknown'} key; GitHub Apps use RSA`);
        }
        return key.export({ type: 'pkcs8', format: 'pem' }).toString();
    }
    catch (error) {
        throw new errors/* InputError */.dz('private-key', `could not be read as an RSA private key (${error.message.split('\n')[0]}). Paste the whole .pem file, including the BEGIN and END lines.`);
    }
}

;// CONCATENATED MODULE: ./build/github/access.js





/**
 * Octokit and the HTTP stack behind it are loaded when a request is about to be made, not with
 * this module: the runner imports it for every command, and most never call GitHub.
 */
async function createClient(auth, options) {
    const { createClient: create } = await Promise.all(/* import() */[__webpack_require__.e(639), __webpack_require__.e(463)]).then(__webpack_require__.bind(__webpack_require__, 4463));
    return create(auth, options);
}
function readGitHubAuthInputs(reader) {
    const apiUrl = reader.raw('github-api-url') || 'https://api.github.com';
    if (!(0,build_text/* isHttpUrl */.q$)(apiUrl)) {
        throw new errors/* InputError */.dz('github-api-url', `must be an http(s) URL such as https://api.github.com (got '${apiUrl}').`);
    }
    const { value: appId, input: appIdInput } = (0,app_inputs/* readAppId */.xc)(reader);
    const rawKey = reader.raw('private-key');
    if (appId && !rawKey) {
        throw new errors/* InputError */.dz('private-key', `must be set when ${appIdInput} is set (the GitHub App private key, from a secret).`);
    }
    if (rawKey && !appId) {
        throw new errors/* InputError */.dz('app-id', 'must be set when private-key is set (the GitHub App ID; or client-id, the client ID).');
    }
    if (appId && !/^(\d+|Iv[0-9A-Za-z.]+)$/.test(appId)) {
        throw new errors/* InputError */.dz(appIdInput, `must be a GitHub App ID (digits) or client ID (Iv...); got '${appId}'.`);
    }
    const token = reader.raw('token') || undefined;
    const app = appId && rawKey ? { appId, privateKey: normalizePrivateKey(rawKey) } : undefined;
    return {
        apiUrl: apiUrl.replace(/\/+$/, ''),
        token,
        app,
        revoke: (0,app_inputs/* readRevoke */.Bn)(reader),
    };
}
/** What the step state keeps of a minted token. */
function savedToken({ token, expiresAt, scope, owner, installationId, }) {
    return { token, expiresAt, scope, owner, installationId };
}
/** A saved token is reused only while it has at least this long to live. */
const REUSE_MARGIN_MS = 5 * 60_000;
/**
 * How commands reach GitHub: with App credentials an installation token per owner, minted once per
 * scope (or reused from `saved` while it has time left), masked at once and reported to `onMint`
 * (the post step revokes it); otherwise the token input.
 */
class GitHubAccess {
    inputs;
    log;
    onMint;
    options;
    appClient;
    clients = new Map();
    /** Installation id per owner (lower case): an App has one installation per account. */
    installations = new Map();
    constructor(inputs, log, onMint, options = {}) {
        this.inputs = inputs;
        this.log = log;
        this.onMint = onMint;
        this.options = options;
        if (inputs.app)
            log.mask(inputs.app.privateKey);
        for (const { owner, installationId } of options.saved ?? [])
            if (owner && installationId)
                this.installations.set(owner.toLowerCase(), installationId);
    }
    get usesApp() {
        return this.inputs.app !== undefined;
    }
    /** A client allowed to act on owner's repositories with these permissions. */
    client(owner, repositories, permissions) {
        if (!this.inputs.app)
            return this.tokenClient();
        const scope = JSON.stringify([owner.toLowerCase(), [...repositories].sort(), permissions]);
        let client = this.clients.get(scope);
        if (!client) {
            const saved = this.reusable(scope);
            const token = saved
                ? Promise.resolve(saved.token)
                : this.mint({ owner, repositories, permissions }, scope).then((minted) => minted.token);
            client = token.then((value) => createClient(value, {
                baseUrl: this.inputs.apiUrl,
                log: this.log,
                retry: this.options.retry,
                clock: this.options.clock,
            }));
            this.clients.set(scope, client);
        }
        return client;
    }
    reusable(scope) {
        const now = (this.options.now ?? Date.now)();
        const saved = this.options.saved?.find((token) => token.scope === scope && Date.parse(token.expiresAt) - now > REUSE_MARGIN_MS);
        if (saved) {
            this.log.mask(saved.token);
            this.log.info(`Reusing the installation token minted earlier (expires ${saved.expiresAt}).`);
        }
        return saved;
    }
    tokenClient() {
        const token = this.inputs.token;
        if (!token) {
            throw new errors/* InputError */.dz('token', 'must be set (or app-id and private-key). On GitHub Actions the default is ${{ github.token }}.');
        }
        let client = this.clients.get('token');
        if (!client) {
            client = createClient(token, {
                baseUrl: this.inputs.apiUrl,
                log: this.log,
                retry: this.options.retry,
                clock: this.options.clock,
            });
            this.clients.set('token', client);
        }
        return client;
    }
    /** Mint an installation token (App credentials required). */
    async mint(request, scopeKey) {
        const app = this.inputs.app;
        if (!app)
            throw new errors/* InputError */.dz('app-id', 'and private-key must be set to mint an installation token.');
        const octokit = await this.getAppClient();
        let installationId = request.installationId ?? this.installations.get(request.owner.toLowerCase());
        let appSlug;
        if (installationId === undefined) {
            const first = request.repositories?.[0];
            const route = first
                ? `the repository ${request.owner}/${first}`
                : `the account ${request.owner}`;
            try {
                const { data } = first
                    ? await octokit.request('GET /repos/{owner}/{repo}/installation', {
                        owner: request.owner,
                        repo: first,
                    })
                    : await octokit.request('GET /users/{username}/installation', { username: request.owner });
                installationId = data.id;
                appSlug = data.app_slug;
            }
            catch (error) {
                throw (0,github_errors/* explainGitHubError */.Pm)(error, `Looking up the GitHub App installation for ${route}`, {
                    404: `the GitHub App (app-id ${app.appId}) is not installed on ${route}. Install it there, or check owner and repositories.`,
                });
            }
        }
        const scope = request.repositories ? request.repositories.join(', ') : 'all repositories';
        let auth;
        try {
            auth = (await octokit.auth({
                type: 'installation',
                installationId,
                ...(request.repositories ? { repositoryNames: request.repositories } : {}),
                ...(request.permissions ? { permissions: request.permissions } : {}),
            }));
        }
        catch (error) {
            throw (0,github_errors/* explainGitHubError */.Pm)(error, `Creating an installation token for ${request.owner} (${scope})`, {
                404: `installation ${installationId} was not found for this GitHub App.`,
                422: `the installation does not cover ${scope}, or lacks one of the permissions asked for.`,
            });
        }
        this.log.mask(auth.token);
        this.installations.set(request.owner.toLowerCase(), installationId);
        const minted = {
            token: auth.token,
            owner: request.owner,
            installationId,
            appSlug,
            expiresAt: auth.expiresAt,
            ...(scopeKey ? { scope: scopeKey } : {}),
        };
        this.onMint(minted);
        this.log.info(`Minted an installation token for ${request.owner} (${scope}), expires ${auth.expiresAt}.`);
        return minted;
    }
    getAppClient() {
        const app = this.inputs.app;
        this.appClient ??= Promise.all(/* import() */[__webpack_require__.e(561), __webpack_require__.e(479)]).then(__webpack_require__.bind(__webpack_require__, 6479)).then(({ createAppAuth }) => createClient({ authStrategy: createAppAuth, auth: { appId: app.appId, privateKey: app.privateKey } }, {
            baseUrl: this.inputs.apiUrl,
            log: this.log,
            retry: this.options.retry,
            clock: this.options.clock,
        }));
        return this.appClient;
    }
}
/**
 * Revoke a minted token; expired tokens are skipped, failures are warnings. True when the token
 * is gone (revoked or expired).
 */
async function revokeToken(token, apiUrl, log, now = Date.now(), http = {}) {
    if (Date.parse(token.expiresAt) <= now) {
        log.info(`Token expired at ${token.expiresAt}; nothing to revoke.`);
        return true;
    }
    try {
        const octokit = await createClient(token.token, { baseUrl: apiUrl, log, ...http });
        await octokit.request('DELETE /installation/token');
        log.info('Installation token revoked.');
        return true;
    }
    catch (error) {
        log.warning(`Could not revoke the installation token: ${(0,github_errors/* describeGitHubFailure */.Po)(error)}`);
        return false;
    }
}


/***/ }),

/***/ 8231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ readRevoke),
/* harmony export */   ZN: () => (/* binding */ readPermissionInputs),
/* harmony export */   xc: () => (/* binding */ readAppId)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1498);
// The App credential and revocation inputs under both spellings: ci-relay's (`app-id`,
// `revoke-token`) and actions/create-github-app-token's (`client-id`, `skip-token-revoke`), so
// switching from that action is a change of `uses:` only.


/** `app-id` or `client-id`, with the name of the input it came from (for error messages). */
function readAppId(reader) {
    const appId = reader.raw('app-id');
    const clientId = reader.raw('client-id');
    if (appId && clientId && appId !== clientId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('client-id', 'set either app-id or client-id, not both (they name one App).');
    }
    return clientId && !appId
        ? { value: clientId, input: 'client-id' }
        : { value: appId, input: 'app-id' };
}
/** False when `revoke-token: false` or `skip-token-revoke: true`. */
function readRevoke(reader) {
    return reader.boolean('skip-token-revoke') !== true && reader.boolean('revoke-token');
}
/** `permission-<name>: level` inputs as `{ name: level }` (GitHub's underscore names). */
function readPermissionInputs(reader) {
    const permissions = {};
    for (const permission of Object.keys(_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .APP_PERMISSIONS */ .d)) {
        const level = reader.string(`permission-${permission.replaceAll('_', '-')}`);
        if (level)
            permissions[permission] = level;
    }
    return permissions;
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
    const network = (0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .networkFailureIn */ .gG)(error);
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
    const network = (0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .networkFailureIn */ .gG)(error);
    if (network)
        return network.message;
    const failure = (error ?? {});
    const data = failure.response?.data;
    const said = data?.message ?? failure.message ?? String(error);
    return failure.status !== undefined ? `${failure.status} ${said}` : said;
}
/** The HTTP status GitHub answered, or undefined when no answer came (Octokit says 500 then). */
function answeredStatus(error) {
    if ((0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .networkFailureIn */ .gG)(error))
        return undefined;
    return error?.status;
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


/***/ })

};
