export const id = 533;
export const ids = [533];
export const modules = {

/***/ 6533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitlabIdToken: () => (/* binding */ gitlabIdToken)
/* harmony export */ });
/* unused harmony export ID_TOKEN_VARIABLE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
// A GitLab job's OIDC identity token: declared with `id_tokens:` in the job and handed over in
// the CI_RELAY_ID_TOKEN variable (GitLab has no token service to ask, unlike GitHub's runner).

const ID_TOKEN_VARIABLE = 'CI_RELAY_ID_TOKEN';
/** The token, checked to be a JWT for `audience` (so a wrong id_tokens entry fails here). */
function gitlabIdToken(env, audience, log) {
    const token = env[ID_TOKEN_VARIABLE]?.trim();
    const declare = `declare it in the job: id_tokens: { ${ID_TOKEN_VARIABLE}: { aud: "${audience}" } }`;
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('oidc-audience', `needs the job's ID token in ${ID_TOKEN_VARIABLE}: ${declare}.`);
    }
    log.mask(token);
    let claims;
    try {
        claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        claims = undefined;
    }
    if (!claims || typeof claims !== 'object') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('oidc-audience', `${ID_TOKEN_VARIABLE} does not hold a JWT: ${declare}.`);
    }
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.includes(audience)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('oidc-audience', `is '${audience}', but the token in ${ID_TOKEN_VARIABLE} is for ${JSON.stringify(claims.aud)}: ${declare}.`);
    }
    return token;
}


/***/ })

};
