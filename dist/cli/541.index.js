export const id = 541;
export const ids = [541];
export const modules = {

/***/ 9541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tool: () => (/* binding */ tool)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _webhook_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7025);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(231);
/* harmony import */ var _receiver_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4162);





const USAGE = `Usage: ci-relay listen [--port 8787] [--host 127.0.0.1] [--signature SCHEME]
                       [--oidc-issuer URL [--oidc-audience AUD] [--oidc-claim name=value ...]]

A local webhook receiver for prototyping: verifies each POSTed delivery, prints it, answers 200
when it is valid and 401 when it is not. Stops on Ctrl-C (SIGINT) or SIGTERM.
  --port        port to listen on (default 8787; 0 picks a free one)
  --host        address to listen on (default 127.0.0.1, this machine only)
  --signature   standard, github, jobserv, gitlab or none (default: from each delivery's headers)
  --secret      the webhook secret; prefer CI_RELAY_SECRET (flags show in process lists);
                several while rotating (repeat the flag, or one per line): valid if any matches
  --tolerance   accepted age of a standard timestamp, in seconds (default 300)
  --oidc-issuer    also require an OIDC token in 'Authorization: Bearer' (notify's oidc-audience)
                   signed by this issuer's keys (without a secret: deliveries need not be signed)
  --oidc-audience  the audience the token must name
  --oidc-claim     a claim the token must carry, as name=value (repeat for each)
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
    run: (args, env, io) => (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .withUsage */ .Se)(USAGE, io, () => (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseToolArgs */ .Zh)('listen', args, ['port', 'host', ..._receiver_js__WEBPACK_IMPORTED_MODULE_4__/* .RECEIVER_FLAGS */ .K0, ..._receiver_js__WEBPACK_IMPORTED_MODULE_4__/* .OIDC_FLAGS */ .mq]), ({ flags }) => {
        const portFlag = flags.get('port') ?? '8787';
        const port = /^\d{1,5}$/.test(portFlag) ? Number(portFlag) : NaN;
        if (!(port >= 0 && port <= 65535))
            throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--port must be 0 to 65535.');
        const oidc = (0,_receiver_js__WEBPACK_IMPORTED_MODULE_4__/* .oidcExpectations */ .r8)(flags);
        return {
            oidc,
            settings: (0,_receiver_js__WEBPACK_IMPORTED_MODULE_4__/* .receiverSettings */ .Fe)(flags, env, oidc ? 'none' : undefined),
            port,
            host: flags.get('host') ?? '127.0.0.1',
        };
    }, (options) => listen(options, io)),
};
async function listen({ settings, oidc, port, host, }, io) {
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
                const checked = (0,_receiver_js__WEBPACK_IMPORTED_MODULE_4__/* .checkDelivery */ .BF)(body, req.headers, settings);
                const identity = oidc && (await (0,_receiver_js__WEBPACK_IMPORTED_MODULE_4__/* .checkIdentity */ .Z0)(req.headers, oidc));
                const what = (checked.signature === 'none' ? 'accepted, unsigned' : 'verified') +
                    (identity ? `, OIDC token of ${oidc.issuer} (sub: ${String(identity.sub)})` : '');
                io.stdout(`delivery ${checked.id ?? '(no id)'} ${what} (${checked.signature}) · ${where} · ${body.length} bytes\n${pretty(body)}\n`);
                answer(res, 200, { ok: true, ...(checked.id && { delivery: checked.id }) });
            }
            catch (error) {
                // The reason is printed whatever it is (no debug switch needed); the sender only learns
                // that the delivery did not verify.
                const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
                const message = error instanceof _webhook_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .WebhookVerificationError */ .dg ? error.message : 'Cannot verify';
                io.stdout(`rejected ${where} · ${body.length} bytes: ${reason}\n`);
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
    const identity = oidc ? `, OIDC tokens of ${oidc.issuer}` : '';
    io.stderr(`listening on http://${shownHost}:${address.port} (signature: ${how}${identity})\n`);
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


/***/ })

};
