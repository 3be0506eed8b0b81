export const id = 221;
export const ids = [221,602];
export const modules = {

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


/***/ })

};
