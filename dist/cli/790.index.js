export const id = 790;
export const ids = [790];
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

/***/ 9790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tool: () => (/* binding */ tool)
/* harmony export */ });
/* harmony import */ var _hosts_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(761);
/* harmony import */ var _webhook_send_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4574);
/* harmony import */ var _webhook_undelivered_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2291);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(231);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8175);





const USAGE = `Usage: ci-relay redeliver FILE [--max-attempts 10] [--timeout 10]

Sends again what a failed notify or callback left in FILE (its 'undelivered' output): the same
bodies and delivery ids (receivers de-duplicate on them), with fresh timestamps and signatures.
The secret comes from CI_RELAY_SECRET and the Authorization value from CI_RELAY_AUTHORIZATION
when the deliveries were signed or authorized (the file holds neither).
Prints the results as JSON; exit 0 when everything was delivered, 1 when not, 2 on a usage error.
`;
/** A flag that is notify's input of the same name: its default and range are the table's. */
function whole(value, flag) {
    const { min, max } = _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc[flag];
    if (value === undefined)
        return Number((0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultOf */ .HA)(flag));
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--${flag} must be a whole number, ${min} to ${max}.`);
    return n;
}
const tool = {
    summary: 'Send again what a failed notify or callback left.',
    usage: USAGE,
    run: (args, env, io) => {
        const log = (0,_hosts_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .createCliHost */ .b)({ flags: new Map(), env, stderr: io.stderr });
        return (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .withUsage */ .Se)(USAGE, io, () => (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseToolArgs */ .Zh)('redeliver', args, ['max-attempts', 'timeout'], { positionals: true }), ({ flags, positionals }) => {
            const [path, ...extra] = positionals;
            if (!path || extra.length)
                throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('give one FILE (the undelivered output).');
            let file;
            try {
                file = (0,_webhook_undelivered_js__WEBPACK_IMPORTED_MODULE_2__/* .readUndelivered */ .C)(path);
            }
            catch (error) {
                throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(error.message);
            }
            const secret = env.CI_RELAY_SECRET || undefined;
            const authorization = env.CI_RELAY_AUTHORIZATION || undefined;
            if (secret)
                log.mask(secret);
            if (authorization)
                log.mask(authorization);
            if (file.deliveries.some((d) => d.signature !== 'none') && !secret) {
                throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('the deliveries are signed: set CI_RELAY_SECRET to the secret.');
            }
            if (file.deliveries.some((d) => d.authorization) && !authorization) {
                throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('the deliveries carried an Authorization header: set CI_RELAY_AUTHORIZATION to its value.');
            }
            const outgoing = file.deliveries.map((d) => ({
                url: d.url,
                body: d.body,
                deliveryId: d.deliveryId,
                signature: d.signature,
                secret,
                event: d.event,
                instance: d.instance,
                authorization: d.authorization ? authorization : undefined,
            }));
            const options = {
                maxAttempts: whole(flags.get('max-attempts'), 'max-attempts'),
                timeoutMs: whole(flags.get('timeout'), 'timeout') * 1000,
                log,
                command: file.command,
            };
            return { outgoing, options };
        }, async ({ outgoing, options }) => {
            const report = await (0,_webhook_send_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)(outgoing, options);
            io.stdout(`${(0,_webhook_send_js__WEBPACK_IMPORTED_MODULE_1__/* .resultsJson */ .ji)(report.results)}\n`);
            if (!report.failure)
                return 0;
            log.fail(report.failure);
            return 1;
        });
    },
};


/***/ })

};
