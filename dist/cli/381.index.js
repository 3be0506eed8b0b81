export const id = 381;
export const ids = [381];
export const modules = {

/***/ 6381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requestIdToken: () => (/* binding */ requestIdToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8508);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5892);



const REQUEST_TIMEOUT_MS = 10_000;
class IdTokenRequestFailure extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/**
 * The GitHub Actions OIDC identity token for `audience`, as @actions/core's getIDToken fetches it
 * (ACTIONS_ID_TOKEN_REQUEST_URL with `&audience=`, the request token as bearer), masked the
 * moment it arrives. Needs `permissions: id-token: write` in the job.
 */
async function requestIdToken(env, audience, log, retry = _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRetryPolicy */ .ur) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('oidc-audience', env.GITLAB_CI === 'true'
            ? 'is for GitHub Actions. On GitLab, declare id_tokens: in the job and pass the token as authorization: "Bearer $YOUR_ID_TOKEN".'
            : 'needs the runner to issue an OIDC token: add `permissions: id-token: write` to the job (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set).');
    }
    log.mask(requestToken);
    const url = new URL(requestUrl);
    url.searchParams.set('audience', audience);
    const value = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)('Requesting the OIDC token', async () => {
        let response;
        try {
            response = await fetch(url, {
                headers: {
                    Authorization: `Bearer ${requestToken}`,
                    Accept: 'application/json',
                    'User-Agent': `ci-relay/${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}`,
                },
                signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
            });
        }
        catch (error) {
            throw new IdTokenRequestFailure(`network error: ${error.message}`);
        }
        if (!response.ok) {
            throw new IdTokenRequestFailure(`answered ${response.status}`, response.status);
        }
        const body = (await response.json().catch(() => undefined));
        if (typeof body?.value !== 'string' || !body.value) {
            throw new IdTokenRequestFailure('answered without a token (no "value")', 0);
        }
        return body.value;
    }, log, retry).catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx(`Could not get the OIDC token for audience '${audience}': the runner's token service ${error.message}.`);
    });
    log.mask(value);
    return value;
}


/***/ })

};
