export const id = 381;
export const ids = [381];
export const modules = {

/***/ 6381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requestIdToken: () => (/* binding */ requestIdToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8508);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2602);
/* harmony import */ var _http_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4384);




/** The runner's token service answers at once; 10 s per attempt is generous. */
const REQUEST_TIMEOUT_MS = 10_000;
/**
 * The GitHub Actions OIDC identity token for `audience`, as @actions/core's getIDToken fetches it
 * (ACTIONS_ID_TOKEN_REQUEST_URL with `&audience=`, the request token as bearer), masked the
 * moment it arrives. Needs `permissions: id-token: write` in the job.
 */
async function requestIdToken(env, audience, log, retry = {}, clock) {
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
    const failed = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx(`Could not get the OIDC token for audience '${audience}': ${what}.`);
    let answer;
    try {
        answer = await (0,_http_request_js__WEBPACK_IMPORTED_MODULE_2__.request)(url, {
            headers: {
                Authorization: `Bearer ${requestToken}`,
                Accept: 'application/json',
                'User-Agent': `ci-relay/${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}`,
            },
            label: 'Requesting the OIDC token',
            policy: { timeoutMs: REQUEST_TIMEOUT_MS, ...retry },
            log,
            ...(clock ? { clock } : {}),
        });
    }
    catch (error) {
        const network = (0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__.networkFailureIn)(error);
        throw failed(`the runner's token service did not answer: ${network?.message ?? String(error)}`);
    }
    if (!answer.ok) {
        throw failed(`the runner's token service answered ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`);
    }
    const body = (await answer.json().catch(() => undefined));
    if (typeof body?.value !== 'string' || !body.value) {
        throw failed(`the runner's token service answered without a token (no "value")`);
    }
    log.mask(body.value);
    return body.value;
}


/***/ })

};
