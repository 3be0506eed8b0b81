export const id = 463;
export const ids = [463];
export const modules = {

/***/ 4463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* harmony import */ var _http_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4384);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8508);


/**
 * An Octokit (@octokit/core with pagination, loaded on first use so commands without GitHub calls
 * never pay for it) whose requests go through src/http: node:http(s), proxies from the
 * environment, a timeout per attempt, and the one retry policy, each retry logged with its real
 * path.
 */
async function createClient(auth, options) {
    const [{ Octokit }, { paginateRest }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(561), __webpack_require__.e(70)]).then(__webpack_require__.bind(__webpack_require__, 3070)),
        __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 3779)),
    ]);
    const GitHub = Octokit.plugin(paginateRest);
    return new GitHub({
        baseUrl: options.baseUrl,
        userAgent: `ci-relay/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`,
        ...(typeof auth === 'string' ? { auth } : auth),
        request: {
            fetch: (0,_http_request_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchFor */ .Gt)({
                followSameOrigin: true,
                log: options.log,
                ...(options.retry ? { policy: options.retry } : {}),
                ...(options.clock ? { clock: options.clock } : {}),
            }),
        },
        log: { debug: () => { }, info: () => { }, warn: options.log.warning, error: () => { } },
    });
}


/***/ })

};
