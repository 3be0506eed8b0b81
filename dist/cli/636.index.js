export const id = 636;
export const ids = [636];
export const modules = {

/***/ 3636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CALLBACK_LIMITS: () => (/* binding */ CALLBACK_LIMITS),
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   parseCallbackInputs: () => (/* binding */ parseCallbackInputs)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3250);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8175);
/* harmony import */ var _receive_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2917);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(977);
/* harmony import */ var _webhook_sign_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1161);
/* harmony import */ var _webhook_send_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4574);
/* harmony import */ var _webhook_urls_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1510);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1192);









/** Docker Hub's callback limits. */
const CALLBACK_LIMITS = { description: 255, context: 100 };
const STATES = ['success', 'failure', 'error'];
/** Attempts and per-attempt timeout: notify's defaults (callback has no inputs for them). */
const DELIVERY = {
    maxAttempts: Number((0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultOf */ .HA)('max-attempts')),
    timeoutMs: Number((0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultOf */ .HA)('timeout')) * 1000,
};
/**
 * callback_url of the received payload (client_payload of a repository_dispatch, inputs of a
 * workflow_dispatch, GitLab's TRIGGER_PAYLOAD: where receive reads it), checked like the input.
 */
function receivedCallbackUrl(env, context) {
    let url;
    let from = 'the event that started this run';
    try {
        const received = (0,_receive_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readReceivedPayload */ .G)(undefined, env, context);
        url = received.payload.callback_url;
        from = received.from;
    }
    catch {
        // No received payload: said below.
    }
    if (typeof url !== 'string' || !url) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('callback-url', `must be set: there is no callback_url in ${from} (client_payload.callback_url of a repository_dispatch, or TRIGGER_PAYLOAD).`);
    }
    return (0,_webhook_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .checkWebhookUrl */ .Lv)(url, 'callback-url');
}
function parseCallbackInputs(reader, context) {
    const warnings = [];
    const given = reader.string('callback-url');
    const url = given === undefined ? undefined : (0,_webhook_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .checkWebhookUrl */ .Lv)(given, 'callback-url');
    const state = reader.string('state', { required: true, hint: 'success, failure or error' });
    if (!STATES.includes(state)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('state', `must be success, failure or error (got '${state}').`);
    }
    const limit = (input, value) => {
        const max = CALLBACK_LIMITS[input];
        if (value === undefined || (0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .charLength */ .XP)(value) <= max)
            return value;
        warnings.push(`The ${input} is longer than ${max} characters; it was cut to ${max}.`);
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .cutText */ .IN)(value, max);
    };
    const defaultContext = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .workflowJobLabel */ .fg)(context) ?? 'ci-relay';
    const targetUrl = reader.string('target-url') ?? context.run.url;
    if (targetUrl && !(0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .isHttpUrl */ .q$)(targetUrl)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('target-url', `must be an http(s) URL (got '${targetUrl}').`);
    }
    const description = limit('description', reader.string('description'));
    return {
        url,
        body: {
            state: state,
            ...(description !== undefined && { description }),
            context: limit('context', reader.string('context') ?? defaultContext),
            ...(targetUrl && { target_url: targetUrl }),
        },
        warnings,
    };
}
const command = {
    parse: parseCallbackInputs,
    async run(inputs, deps) {
        for (const warning of inputs.warnings)
            deps.log.warning(warning);
        const url = inputs.url ?? receivedCallbackUrl(deps.env, deps.context);
        deps.log.info(`Sending callback state '${inputs.body.state}'.`);
        const report = await (0,_webhook_send_js__WEBPACK_IMPORTED_MODULE_5__/* .send */ .tN)([
            {
                url,
                body: JSON.stringify(inputs.body),
                deliveryId: (0,_webhook_sign_js__WEBPACK_IMPORTED_MODULE_4__/* .newDeliveryId */ ._i)(),
                signature: 'none',
                event: 'callback',
            },
        ], {
            ...DELIVERY,
            log: deps.log,
            command: 'callback',
            undeliveredDir: (0,_webhook_send_js__WEBPACK_IMPORTED_MODULE_5__/* .undeliveredDirOf */ .op)(deps.env),
        });
        const result = report.results[0];
        return {
            outputs: { 'status-code': result?.status !== undefined ? String(result.status) : '' },
            summary: `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .summaryHeading */ .hn)('callback', result?.ok ? `${inputs.body.state} sent (${result.status})` : (0,_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .failedOutcome */ .iS)(result?.status))}\n\n${(0,_webhook_send_js__WEBPACK_IMPORTED_MODULE_5__/* .resultsTable */ .r6)(report.results)}\n`,
            failure: report.failure,
        };
    },
};


/***/ }),

/***/ 2917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readReceivedPayload)
/* harmony export */ });
/* unused harmony export RECEIVED_EVENTS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
// Where a received payload comes from: the payload input (CI_RELAY_PAYLOAD on the CLI), GitLab's
// TRIGGER_PAYLOAD (a webhook-triggered pipeline), or the GitHub event that started this run.


/** The GitHub events receive reads, and where each keeps its payload. */
const RECEIVED_EVENTS = {
    repository_dispatch: 'client_payload',
    workflow_dispatch: 'inputs',
};
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * A repository_dispatch webhook body ({action, client_payload, ...}) or a dispatch request body
 * ({event_type, client_payload}) forwarded as it is: its client_payload is the payload. Any other
 * object is the payload itself.
 */
function unwrap(value, from) {
    if (!isObject(value.client_payload))
        return { payload: value, from };
    const eventType = [value.action, value.event_type].find((v) => typeof v === 'string');
    return { payload: value.client_payload, eventType: eventType, from };
}
function readTriggerPayload(value) {
    // GitLab passes TRIGGER_PAYLOAD as a file variable (a path); a JSON value is accepted too.
    const json = value.trimStart().startsWith('{');
    let parsed;
    try {
        parsed = JSON.parse(json ? value : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(value, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelayError */ .cx(`Could not read TRIGGER_PAYLOAD${json ? '' : ` (${value})`} as JSON: ${error.message}`);
    }
    if (!isObject(parsed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelayError */ .cx('TRIGGER_PAYLOAD must hold a JSON object.');
    return parsed;
}
function fromEvent(context) {
    const name = context.provider === 'github' ? context.run.event : undefined;
    const supported = Object.entries(RECEIVED_EVENTS)
        .map(([event, key]) => `${event} (${key})`)
        .join(' and ');
    if (name !== 'repository_dispatch' && name !== 'workflow_dispatch') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelayError */ .cx(name
            ? `receive reads the payload of ${supported} events; this run was started by ${name}. On other CIs, pass the payload in TRIGGER_PAYLOAD (a file) or CI_RELAY_PAYLOAD (JSON).`
            : `There is no payload to receive: receive reads the GitHub event of ${supported} runs, TRIGGER_PAYLOAD (a file, as GitLab sets it for webhook-triggered pipelines) or CI_RELAY_PAYLOAD (JSON).`);
    }
    const event = context.github?.event() ?? {};
    const key = RECEIVED_EVENTS[name];
    const payload = event[key] ?? {};
    if (!isObject(payload)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelayError */ .cx(`The ${name} event's ${key} is not a JSON object.`);
    }
    const eventType = name === 'repository_dispatch' ? event.action : undefined;
    return {
        payload,
        eventType: typeof eventType === 'string' ? eventType : undefined,
        from: `the ${name} event`,
    };
}
/** The payload to receive, from the first source that is set. */
function readReceivedPayload(given, env, context) {
    if (given)
        return unwrap(given, 'the payload input');
    if (env.TRIGGER_PAYLOAD)
        return unwrap(readTriggerPayload(env.TRIGGER_PAYLOAD), 'TRIGGER_PAYLOAD');
    return fromEvent(context);
}


/***/ }),

/***/ 1510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HL: () => (/* binding */ splitUrls),
/* harmony export */   Lv: () => (/* binding */ checkWebhookUrl)
/* harmony export */ });
/* unused harmony export MAX_URL_LENGTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _deliver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7103);


/** Longest receiver URL accepted (what browsers and most proxies handle). */
const MAX_URL_LENGTH = 2048;
/**
 * Receiver URLs from a comma- or newline-separated input. A comma splits only where the next
 * item starts with a scheme, so a comma inside a query string (`?tags=a,b`) stays in its URL.
 */
function splitUrls(value) {
    return value
        .split(/\r?\n|,(?=\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/)/)
        .map((item) => item.trim())
        .filter(Boolean);
}
/** One http(s) URL of at most 2048 characters, or an InputError naming `input`. */
function checkWebhookUrl(value, input) {
    if (value.length > MAX_URL_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must be at most ${MAX_URL_LENGTH} characters (got ${value.length}).`);
    }
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must be an absolute http or https URL like https://ci.example.com/hook (got '${(0,_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(value)}').`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must use http or https, not ${parsed.protocol.slice(0, -1)} (got '${(0,_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(value)}').`);
    }
    // Credentials in a URL would be logged with it and are refused by fetch; the authorization
    // input carries them (masked) instead.
    if (parsed.username || parsed.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must not carry credentials (user:password@): pass them with the authorization input instead, e.g. Basic <base64 of user:password> (got '${(0,_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(value)}').`);
    }
    return value;
}


/***/ })

};
