export const id = 39;
export const ids = [39];
export const modules = {

/***/ 7039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tool: () => (/* binding */ tool)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _webhook_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7025);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(231);
/* harmony import */ var _receiver_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4162);




const USAGE = `Usage: ci-relay verify [--file BODY] [--header 'name: value' ...] [--signature SCHEME]
                       [--tolerance SECONDS] [--oidc-issuer URL [--oidc-audience AUD]
                       [--oidc-claim name=value ...]]

Checks one webhook delivery: the raw body (from --file, else stdin) against its headers.
  --header         a received header, as 'name: value' (repeat for each)
  --signature      standard, github, jobserv, gitlab or none (default: from the signature header present;
                   none with --oidc-issuer and no secret)
  --secret         the webhook secret; prefer CI_RELAY_SECRET (flags show in process lists);
                   several while rotating (repeat the flag, or one per line): valid if any matches
  --tolerance      accepted age of a standard timestamp, in seconds (default 300)
  --oidc-issuer    also check the OIDC token in 'Authorization: Bearer' (notify's oidc-audience)
                   against this issuer's keys, e.g. https://token.actions.githubusercontent.com
  --oidc-audience  the audience the token must name
  --oidc-claim     a claim the token must carry, as name=value (repeat for each)
Exit 0 when the delivery is valid (the body is printed on stdout), 1 when not, 2 on a usage error.
`;
function parseHeaders(values) {
    const headers = {};
    for (const line of (values ?? '').split('\n').filter(Boolean)) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--header must be 'name: value' (got '${line.slice(0, 40)}').`);
        }
        const value = line.slice(colon + 1).trim();
        headers[name] = headers[name] === undefined ? value : `${headers[name]} ${value}`;
    }
    return headers;
}
const tool = {
    summary: 'Check a webhook delivery (body and headers) the way a receiver would.',
    usage: USAGE,
    run: (args, env, io) => (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .withUsage */ .Se)(USAGE, io, () => (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToolArgs */ .Zh)('verify', args, ['file', 'header', ..._receiver_js__WEBPACK_IMPORTED_MODULE_3__/* .RECEIVER_FLAGS */ .K0, ..._receiver_js__WEBPACK_IMPORTED_MODULE_3__/* .OIDC_FLAGS */ .mq]), async ({ flags }) => {
        const oidc = (0,_receiver_js__WEBPACK_IMPORTED_MODULE_3__/* .oidcExpectations */ .r8)(flags);
        const settings = (0,_receiver_js__WEBPACK_IMPORTED_MODULE_3__/* .receiverSettings */ .Fe)(flags, env, oidc ? 'none' : undefined);
        const headers = parseHeaders(flags.get('header'));
        const file = flags.get('file');
        if (file !== undefined) {
            try {
                return { body: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file), headers, settings, oidc };
            }
            catch (error) {
                throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot read --file: ${error.message}`);
            }
        }
        if (!io.stdin)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('give the body with --file, or on stdin.');
        return { body: await io.stdin(), headers, settings, oidc };
    }, async ({ body, headers, settings, oidc }) => {
        try {
            const checked = (0,_receiver_js__WEBPACK_IMPORTED_MODULE_3__/* .checkDelivery */ .BF)(body, headers, settings);
            if (oidc) {
                const claims = await (0,_receiver_js__WEBPACK_IMPORTED_MODULE_3__/* .checkIdentity */ .Z0)(headers, oidc);
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
            if (error instanceof _webhook_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .WebhookVerificationError */ .dg) {
                io.stderr(`error: not valid: ${error.message}\n`);
                return 1;
            }
            // A secret that cannot be a key (e.g. whsec_ with no base64): a usage error.
            io.stderr(`error: ${error.message}\n`);
            return 2;
        }
    }),
};


/***/ })

};
