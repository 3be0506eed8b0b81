#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ workflowJobLabel),
/* harmony export */   y: () => (/* binding */ readContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);

/** `<workflow> / <job>`, the default status context, when both are known. */
function workflowJobLabel(context) {
    return context.workflow && context.job ? `${context.workflow} / ${context.job}` : undefined;
}
function readContext(env) {
    let event;
    const readEvent = () => {
        if (event)
            return event;
        event = {};
        const path = env.GITHUB_EVENT_PATH;
        if (path) {
            try {
                const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
                if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                    event = parsed;
            }
            catch (error) {
                throw new Error(`Could not read the event payload at GITHUB_EVENT_PATH (${path}): ${error.message}`);
            }
        }
        return event;
    };
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || undefined;
    const runId = env.GITHUB_RUN_ID || undefined;
    const runAttempt = Number(env.GITHUB_RUN_ATTEMPT) || 1;
    const runUrl = repository && runId
        ? `${serverUrl}/${repository}/actions/runs/${runId}${runAttempt > 1 ? `/attempts/${runAttempt}` : ''}`
        : undefined;
    return {
        platform: env.GITHUB_ACTIONS === 'true' ? 'github' : env.GITLAB_CI === 'true' ? 'gitlab' : 'local',
        repository,
        owner: env.GITHUB_REPOSITORY_OWNER || repository?.split('/')[0],
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        serverUrl,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        runId,
        runAttempt,
        runNumber: Number(env.GITHUB_RUN_NUMBER) || undefined,
        workflow: env.GITHUB_WORKFLOW || undefined,
        workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
        job: env.GITHUB_JOB || undefined,
        eventName: env.GITHUB_EVENT_NAME || undefined,
        actor: env.GITHUB_ACTOR || undefined,
        runnerName: env.RUNNER_NAME || undefined,
        runUrl,
        event: readEvent,
    };
}


/***/ }),

/***/ 9473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cx: () => (/* binding */ RelayError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/** Bad input: names the input and what was expected. Raised before any request is sent. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** A failure the user can act on; the message is shown as it is. */
class RelayError extends Error {
    /** The HTTP status behind the failure, when there was one. */
    status;
    constructor(message, options) {
        super(message, options);
        this.name = 'RelayError';
        this.status = options?.status;
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ explainGitHubError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9473);

const GENERIC = {
    401: 'GitHub rejected the credentials (401 Bad credentials): check app-id and private-key (the key must belong to that App), or the token.',
    403: 'GitHub refused (403): the token lacks a permission this needs.',
};
/**
 * Turn an Octokit failure into a message a user can act on: what we were doing, what GitHub
 * answered, and the likely fix for that status.
 */
function explainGitHubError(error, doing, hints = {}) {
    const failure = (error ?? {});
    const status = failure.status;
    const data = failure.response?.data;
    const said = data?.message ?? failure.message ?? String(error);
    const hint = (status !== undefined && (hints[status] ?? GENERIC[status])) || undefined;
    const answered = status !== undefined ? `GitHub answered ${status}: ${said}` : said;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx(`${doing} failed. ${answered}${hint ? `. Likely cause: ${hint}` : ''}`, {
        cause: error,
        status,
    });
}


/***/ }),

/***/ 5892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   ur: () => (/* binding */ defaultRetryPolicy)
/* harmony export */ });
/* unused harmony export retryDecision */
const defaultRetryPolicy = {
    maxAttempts: 4,
    baseDelayMs: 500,
    maxWaitMs: 120_000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
};
/**
 * GitHub's documented behaviour: on 403/429 honour `retry-after`, else `x-ratelimit-reset` when the
 * quota is spent; 5xx and network failures back off exponentially with jitter; other answers are
 * final.
 */
function retryDecision(error, attempt, policy) {
    const failure = (error ?? {});
    const status = failure.status;
    const headers = failure.response?.headers ?? {};
    const header = (name) => {
        const value = headers[name];
        return value === undefined ? undefined : String(value);
    };
    if (status === 403 || status === 429) {
        const retryAfter = header('retry-after');
        let waitMs;
        if (retryAfter !== undefined && /^\d+$/.test(retryAfter))
            waitMs = Number(retryAfter) * 1000;
        else if (header('x-ratelimit-remaining') === '0' && header('x-ratelimit-reset')) {
            waitMs = Math.max(0, Number(header('x-ratelimit-reset')) * 1000 - policy.now()) + 1000;
        }
        else if (status === 429)
            waitMs = backoff(attempt, policy);
        if (waitMs === undefined)
            return { retry: false };
        if (waitMs > policy.maxWaitMs) {
            const at = new Date(policy.now() + waitMs).toISOString();
            return { retry: false, reason: `GitHub's rate limit resets at ${at}, later than we wait` };
        }
        return { retry: true, delayMs: waitMs, reason: `rate limited (${status})` };
    }
    if (status === undefined || status >= 500) {
        return {
            retry: true,
            delayMs: backoff(attempt, policy),
            reason: status ? `${status}` : 'network error',
        };
    }
    return { retry: false };
}
function backoff(attempt, policy) {
    const ceiling = policy.baseDelayMs * 2 ** (attempt - 1);
    return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
async function withRetry(what, operation, log, policy = defaultRetryPolicy) {
    for (let attempt = 1;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            const decision = retryDecision(error, attempt, policy);
            if (!decision.retry || attempt >= policy.maxAttempts) {
                if (decision.reason && error instanceof Error)
                    error.message += ` (${decision.reason})`;
                throw error;
            }
            log.info(`${what}: ${decision.reason}; retrying in ${(decision.delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.maxAttempts})`);
            await policy.sleep(decision.delayMs);
        }
    }
}


/***/ }),

/***/ 9646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ formatOutputs),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   b: () => (/* binding */ createCliHost),
/* harmony export */   pD: () => (/* binding */ envName)
/* harmony export */ });
/* unused harmony export cliInputMessage */
/* harmony import */ var _mask_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7664);

/**
 * `--name value`, `--name=value`, and for boolean flags a bare `--name` (true), `--name true|false`
 * or `--no-name` (false). Everything after `--` is positional.
 */
function parseArgs(argv, booleanFlags) {
    const positionals = [];
    const flags = new Map();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--') || arg === '--') {
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        let value = eq === -1 ? undefined : arg.slice(eq + 1);
        if (value === undefined && booleanFlags.has(name)) {
            // `--include-jobs false` reads as people write it; a bare `--include-jobs` is true.
            const next = argv[i + 1];
            value = 'true';
            if (next === 'true' || next === 'false') {
                value = next;
                i++;
            }
        }
        else if (value === undefined && name.startsWith('no-') && booleanFlags.has(name.slice(3))) {
            name = name.slice(3);
            value = 'false';
        }
        else if (value === undefined) {
            // The next argument is the value whatever it looks like: a PEM passed as
            // `--private-key "$(cat key.pem)"` starts with `-----BEGIN`.
            const next = argv[i + 1];
            if (next === undefined)
                throw new Error(`Flag --${name} needs a value.`);
            value = next;
            i++;
        }
        if (flags.has(name) && flags.get(name) !== value) {
            // Repeated list flags accumulate (--url a --url b), as a newline-separated list.
            flags.set(name, `${flags.get(name)}\n${value}`);
        }
        else
            flags.set(name, value);
    }
    return { positionals, flags };
}
function envName(input) {
    return `CI_RELAY_${input.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/**
 * A message naming inputs (`Input 'name': …`) gains how the CLI user sets them:
 * `… (flag --private-key, variable CI_RELAY_PRIVATE_KEY)`.
 */
function cliInputMessage(message) {
    const names = [...new Set([...message.matchAll(/\bInput '([a-z0-9-]+)'/g)].map((m) => m[1]))];
    if (names.length === 0)
        return message;
    const how = names.map((name) => `flag --${name}, variable ${envName(name)}`);
    return `${message} (${how.join('; ')})`;
}
/**
 * The command line: inputs from flags, else CI_RELAY_<INPUT>; logs go to stderr with every
 * registered secret redacted, outputs are collected for the caller to print on stdout.
 */
function createCliHost(options) {
    const { flags, env, stderr } = options;
    // Inside a GitHub Actions step the runner reads workflow commands from stdout and stderr alike:
    // every secret is registered (on stderr, so `$(ci-relay token)` captures only the outputs) before
    // anything could print it, as the action does.
    const onActions = env.GITHUB_ACTIONS === 'true';
    const secrets = new Set();
    const redact = (text) => {
        let out = text;
        for (const secret of secrets)
            out = out.split(secret).join('***');
        return out;
    };
    const state = new Map();
    const host = {
        env,
        outputs: new Map(),
        failed: false,
        getInput: (name) => flags.get(name) ?? env[envName(name)] ?? '',
        setOutput: (name, value) => void host.outputs.set(name, value),
        saveState: (name, value) => void state.set(name, value),
        getState: (name) => state.get(name) ?? '',
        info: (message) => stderr(redact(message) + '\n'),
        warning: (message) => stderr(`warning: ${redact(message)}\n`),
        debug: (message) => {
            if (env.CI_RELAY_DEBUG === 'true' || env.RUNNER_DEBUG === '1')
                stderr(`debug: ${redact(message)}\n`);
        },
        mask: (secret) => {
            for (const value of (0,_mask_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .maskValues */ .Z)(secret)) {
                if (secrets.has(value))
                    continue;
                secrets.add(value);
                if (onActions)
                    stderr((0,_mask_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .addMaskCommand */ .F)(value));
            }
        },
        fail: (message) => {
            host.failed = true;
            stderr(`error: ${redact(cliInputMessage(message))}\n`);
        },
        summary: async () => { },
    };
    return host;
}
/** Outputs as `name=value` lines (multi-line values JSON-quoted), or one JSON object. */
function formatOutputs(outputs, json) {
    if (json)
        return JSON.stringify(Object.fromEntries(outputs), null, 2) + '\n';
    let text = '';
    for (const [name, value] of outputs) {
        text += `${name}=${/[\r\n]/.test(value) ? JSON.stringify(value) : value}\n`;
    }
    return text;
}


/***/ }),

/***/ 7664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ addMaskCommand),
/* harmony export */   Z: () => (/* binding */ maskValues)
/* harmony export */ });
/**
 * The values to register for one secret: the runner matches masks line by line, so a multi-line
 * secret (a PEM) is registered per line too (lines of 8 characters or more that are not PEM
 * armour, which is public).
 */
function maskValues(secret) {
    if (!secret)
        return [];
    const values = [secret];
    const lines = secret.split(/\r?\n/).map((line) => line.trim());
    if (lines.length < 2)
        return values;
    for (const line of lines)
        if (line.length >= 8 && !line.startsWith('-----'))
            values.push(line);
    return values;
}
/** `::add-mask::` for one value, escaped as @actions/core escapes command data. */
function addMaskCommand(value) {
    const data = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return `::add-mask::${data}\n`;
}


/***/ }),

/***/ 977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IN: () => (/* binding */ cutText),
/* harmony export */   XP: () => (/* binding */ charLength),
/* harmony export */   q$: () => (/* binding */ isHttpUrl)
/* harmony export */ });
// Limits are counted in characters (code points), as GitHub and receivers count them, not bytes.
const charLength = (text) => [...text].length;
/** `text` cut to `max` characters, the last one `…`, when it is longer. */
function cutText(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** An absolute http(s) URL with a host. */
function isHttpUrl(value) {
    try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept in step with package.json by test/front-doors.test.ts.
const VERSION = '0.1.0';


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./build/hosts/cli.js
var cli = __nccwpck_require__(9646);
;// CONCATENATED MODULE: ./build/inputs.js
// The one table of commands, inputs and outputs. action.yml is generated from it
// (`npm run gen:action`) and a test fails when the two disagree; the CLI's --help and flag parsing
// read it too, so the front doors cannot drift.
const COMMAND_NAMES = [
    'token',
    'dispatch',
    'status',
    'notify',
    'receive',
    'callback',
];
const COMMANDS = {
    token: 'Mint a GitHub App installation token scoped to repositories and permissions.',
    dispatch: 'Send repository_dispatch to one or more repositories (optionally signed, optionally waiting for the run).',
    status: 'Report a commit status (pending, success, failure, error, or auto from the job outcome).',
    notify: 'Send a signed build-complete webhook to one or more URLs, with retries.',
    receive: 'Turn the received client_payload (or inputs) into step outputs, verifying its signature.',
    callback: "POST a result to a callback URL (Docker Hub's callback_url chain).",
};
const GITHUB = ['token', 'dispatch', 'status', 'notify'];
const INPUTS = {
    command: {
        description: `What to do: ${COMMAND_NAMES.join(', ')}.`,
        type: 'enum',
        options: COMMAND_NAMES,
        commands: COMMAND_NAMES,
    },
    token: {
        description: 'GitHub token used when app-id and private-key are not set. Needs the permissions of the command (contents: write for dispatch, statuses: write for status).',
        type: 'string',
        default: '${{ github.token }}',
        fallbackEnv: ['GITHUB_TOKEN'],
        secret: true,
        header: true,
        commands: GITHUB,
    },
    'app-id': {
        description: 'GitHub App ID or client ID. With private-key, the command mints its own installation token, scoped to the repositories it touches and the permissions it needs.',
        type: 'string',
        commands: GITHUB,
    },
    'private-key': {
        description: 'GitHub App private key: PEM (PKCS#1 or PKCS#8), with real newlines or literal \\n escapes, or the PEM base64-encoded. Pass it from a secret.',
        type: 'string',
        secret: true,
        commands: GITHUB,
    },
    'github-api-url': {
        description: 'GitHub REST API URL (GitHub Enterprise Server works).',
        type: 'string',
        default: '${{ github.api_url }}',
        fallbackEnv: ['GITHUB_API_URL'],
        commands: GITHUB,
    },
    'revoke-token': {
        description: 'Revoke every installation token this step minted in the post step.',
        type: 'boolean',
        default: 'true',
        commands: GITHUB,
    },
    owner: {
        description: 'token: account that owns the installation. Defaults to the owner of the current repository.',
        type: 'string',
        commands: ['token'],
    },
    repositories: {
        description: 'token: repositories (names, or owner/name of the same owner; comma or newline separated) the token is limited to. Default: the current repository when owner is not set, else every repository of the installation.',
        type: 'list',
        commands: ['token'],
    },
    permissions: {
        description: 'token: permissions the token is limited to, as name:level pairs (e.g. contents:write,statuses:write). Default: all the installation has.',
        type: 'list',
        commands: ['token'],
    },
    'installation-id': {
        description: 'token: installation ID; skips the installation lookup (one request fewer).',
        type: 'integer',
        min: 1,
        commands: ['token'],
    },
    repository: {
        description: 'dispatch: target repositories as owner/name (comma or newline separated; may span owners). status: the repository of the commit. Default: the current repository.',
        type: 'list',
        fallbackEnv: ['GITHUB_REPOSITORY'],
        commands: ['dispatch', 'status'],
    },
    'event-type': {
        description: 'dispatch: the event_type of the repository_dispatch event (1 to 100 characters).',
        type: 'string',
        commands: ['dispatch'],
    },
    'client-payload': {
        description: 'dispatch: client_payload as a JSON object (at most 10 top-level keys, under 64 KB serialized).',
        type: 'json',
        default: '{}',
        commands: ['dispatch'],
    },
    'signing-secret': {
        description: 'dispatch: sign the payload (client_payload._relay) with this secret so receive can verify it.',
        type: 'string',
        secret: true,
        commands: ['dispatch'],
    },
    wait: {
        description: 'dispatch: wait for the run each dispatch started and fail unless it succeeds.',
        type: 'boolean',
        default: 'false',
        commands: ['dispatch'],
    },
    'wait-timeout': {
        description: 'dispatch: seconds to wait for the started runs to complete.',
        type: 'integer',
        default: '600',
        min: 1,
        commands: ['dispatch'],
    },
    state: {
        description: 'status: pending, success, failure, error, or auto (pending now, the job outcome in the post step); cancelled and skipped are accepted. callback: success, failure or error.',
        type: 'string',
        commands: ['status', 'callback'],
    },
    context: {
        description: 'status: the status context (default "<workflow> / <job>", at most 255 characters). callback: at most 100 characters.',
        type: 'string',
        commands: ['status', 'callback'],
    },
    description: {
        description: 'status: short description (cut to 140 characters with a warning). callback: cut to 255 characters.',
        type: 'string',
        commands: ['status', 'callback'],
    },
    'target-url': {
        description: "status, callback: link shown with the status. Default: this run's URL.",
        type: 'string',
        commands: ['status', 'callback'],
    },
    sha: {
        description: 'status: commit to report on. Default: the pull request head on pull_request events, the triggering head on workflow_run, else GITHUB_SHA.',
        type: 'string',
        commands: ['status'],
    },
    url: {
        description: 'notify: receiver URLs (http or https, comma or newline separated).',
        type: 'list',
        commands: ['notify'],
    },
    secret: {
        description: 'notify: webhook secret used to sign deliveries (signature standard: base64, optionally prefixed whsec_; make one with `npx @ci-relay/cli secret`). receive: secret that verifies the signed payload; several secrets, one per line, while rotating (valid if any matches).',
        type: 'string',
        secret: true,
        header: true,
        lines: true,
        commands: ['notify', 'receive'],
    },
    signature: {
        description: 'notify: signature scheme: standard (Standard Webhooks, default with a secret), github (X-Hub-Signature-256), jobserv (X-JobServ-Sig) or none.',
        type: 'enum',
        options: ['standard', 'github', 'jobserv', 'none'],
        commands: ['notify'],
    },
    authorization: {
        description: 'notify: value of the Authorization header (at most 1024 characters).',
        type: 'string',
        secret: true,
        header: true,
        max: 1024,
        commands: ['notify'],
    },
    format: {
        description: 'notify: payload format: ci-relay, jobserv or cloud-automator.',
        type: 'enum',
        options: ['ci-relay', 'jobserv', 'cloud-automator'],
        default: 'ci-relay',
        commands: ['notify'],
    },
    payload: {
        description: 'notify: JSON object merged at the top level of the built payload. receive: the payload to read instead of the GitHub event (CI_RELAY_PAYLOAD on the CLI; else TRIGGER_PAYLOAD, a file, is read).',
        type: 'json',
        commands: ['notify', 'receive'],
    },
    status: {
        description: 'notify: build status: auto (from the jobs of this run), or success, failure, cancelled (e.g. ${{ job.status }}).',
        type: 'string',
        default: 'auto',
        commands: ['notify'],
    },
    'include-jobs': {
        description: "notify: list this run's jobs in runs[] (needs actions: read).",
        type: 'boolean',
        default: 'true',
        commands: ['notify'],
    },
    'max-attempts': {
        description: 'notify: attempts per URL before giving up.',
        type: 'integer',
        default: '10',
        min: 1,
        max: 100,
        commands: ['notify'],
    },
    timeout: {
        description: 'notify: seconds each attempt may take.',
        type: 'integer',
        default: '10',
        min: 1,
        max: 600,
        commands: ['notify'],
    },
    test: {
        description: 'notify: send a test delivery (type ping, "test": true) instead of a build.',
        type: 'boolean',
        default: 'false',
        commands: ['notify'],
    },
    'oidc-audience': {
        description: "notify: attach the CI platform's OIDC identity token for this audience as Authorization: Bearer.",
        type: 'string',
        commands: ['notify'],
    },
    'require-signature': {
        description: 'receive: fail on an unsigned payload. Default: true when secret is set.',
        type: 'boolean',
        commands: ['receive'],
    },
    'max-age': {
        description: 'receive: oldest accepted signature, in seconds.',
        type: 'integer',
        default: '3600',
        min: 1,
        commands: ['receive'],
    },
    dotenv: {
        description: 'receive: also write the outputs to this dotenv file (upper-case names with prefix), for GitLab artifacts:reports:dotenv.',
        type: 'string',
        cliOnly: true,
        commands: ['receive'],
    },
    prefix: {
        description: 'receive: prefix of the variable names in the dotenv file.',
        type: 'string',
        default: 'RELAY_',
        cliOnly: true,
        commands: ['receive'],
    },
    'callback-url': {
        description: 'callback: URL to POST the result to. Default: callback_url of the received payload.',
        type: 'string',
        commands: ['callback'],
    },
};
const OUTPUTS = {
    token: { description: 'The installation token (masked).', commands: ['token'] },
    'installation-id': { description: 'The installation ID.', commands: ['token'] },
    'app-slug': {
        description: 'The GitHub App slug (empty when installation-id was given).',
        commands: ['token'],
    },
    'expires-at': { description: 'When the token expires (ISO 8601).', commands: ['token'] },
    'correlation-id': {
        description: 'UUID of this dispatch (client_payload._relay.id when signed or waiting).',
        commands: ['dispatch'],
    },
    repositories: {
        description: 'JSON array of {repository, status} for each dispatch sent.',
        commands: ['dispatch'],
    },
    'run-id': { description: 'With wait: ID of the started run.', commands: ['dispatch'] },
    'run-url': { description: 'With wait: URL of the started run.', commands: ['dispatch'] },
    conclusion: { description: 'With wait: conclusion of the started run.', commands: ['dispatch'] },
    sha: { description: 'The commit the status was posted on.', commands: ['status'] },
    url: { description: 'API URL of the created status.', commands: ['status'] },
    'delivery-id': { description: 'ID of the (first) delivery.', commands: ['notify'] },
    results: {
        description: 'JSON array per URL: url, status code, attempts, delivery id, milliseconds.',
        commands: ['notify'],
    },
    undelivered: {
        description: 'Path of a file holding what could not be delivered (for ci-relay redeliver).',
        commands: ['notify'],
    },
    payload: { description: 'The whole received payload as JSON.', commands: ['receive'] },
    'event-type': { description: 'The event_type of the received dispatch.', commands: ['receive'] },
    verified: { description: 'true when the payload signature was verified.', commands: ['receive'] },
    'callback-url': { description: 'callback_url of the received payload.', commands: ['receive'] },
    'status-code': { description: 'HTTP status the callback URL answered.', commands: ['callback'] },
};
/** Inputs of one command, in table order. */
function inputsOf(command) {
    return Object.entries(INPUTS).filter(([name, spec]) => name !== 'command' && spec.commands.includes(command));
}
function outputsOf(command) {
    return Object.entries(OUTPUTS).filter(([, spec]) => spec.commands.includes(command));
}
function inputs_isCommandName(value) {
    return COMMAND_NAMES.includes(value);
}

// EXTERNAL MODULE: ./build/context.js
var build_context = __nccwpck_require__(3843);
// EXTERNAL MODULE: ./build/errors.js
var errors = __nccwpck_require__(9473);
// EXTERNAL MODULE: ./build/text.js
var build_text = __nccwpck_require__(977);
// EXTERNAL MODULE: ./build/github/retry.js
var retry = __nccwpck_require__(5892);
// EXTERNAL MODULE: ./build/version.js
var version = __nccwpck_require__(8508);
;// CONCATENATED MODULE: ./build/github/client.js


/**
 * An Octokit (from @actions/github, loaded on first use so commands without GitHub calls never pay
 * for it) that retries 5xx, network errors and rate limits, logging each retry.
 */
async function createClient(auth, options) {
    const { GitHub } = await Promise.all(/* import() */[__nccwpck_require__.e(561), __nccwpck_require__.e(137)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1137));
    const octokit = new GitHub({
        baseUrl: options.baseUrl,
        userAgent: `ci-relay/${version/* VERSION */.x}`,
        ...(typeof auth === 'string' ? { auth } : auth),
        log: { debug: () => { }, info: () => { }, warn: options.log.warning, error: () => { } },
    });
    octokit.hook.wrap('request', (request, endpoint) => (0,retry/* withRetry */.bD)(`${endpoint.method} ${new URL(endpoint.url, 'http://x').pathname}`, async () => request(endpoint), options.log, options.retry ?? retry/* defaultRetryPolicy */.ur));
    return octokit;
}

// EXTERNAL MODULE: ./build/github/errors.js
var github_errors = __nccwpck_require__(7307);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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





function access_readGitHubAuthInputs(reader) {
    const apiUrl = reader.raw('github-api-url') || 'https://api.github.com';
    if (!(0,build_text/* isHttpUrl */.q$)(apiUrl)) {
        throw new errors/* InputError */.dz('github-api-url', `must be an http(s) URL such as https://api.github.com (got '${apiUrl}').`);
    }
    const appId = reader.raw('app-id');
    const rawKey = reader.raw('private-key');
    if (appId && !rawKey) {
        throw new errors/* InputError */.dz('private-key', 'must be set when app-id is set (the GitHub App private key, from a secret).');
    }
    if (rawKey && !appId) {
        throw new errors/* InputError */.dz('app-id', 'must be set when private-key is set (the GitHub App ID or client ID).');
    }
    if (appId && !/^(\d+|Iv[0-9A-Za-z.]+)$/.test(appId)) {
        throw new errors/* InputError */.dz('app-id', `must be a GitHub App ID (digits) or client ID (Iv...); got '${appId}'.`);
    }
    const token = reader.raw('token') || undefined;
    const app = appId && rawKey ? { appId, privateKey: normalizePrivateKey(rawKey) } : undefined;
    return {
        apiUrl: apiUrl.replace(/\/+$/, ''),
        token,
        app,
        revoke: reader.boolean('revoke-token') ?? true,
    };
}
/** A saved token is reused only while it has at least this long to live. */
const REUSE_MARGIN_MS = 5 * 60_000;
/**
 * How commands reach GitHub: with App credentials an installation token per owner, minted once per
 * scope (or reused from `saved` while it has time left), masked at once and reported to `onMint`
 * (the post step revokes it); otherwise the token input.
 */
class access_GitHubAccess {
    inputs;
    log;
    onMint;
    options;
    appClient;
    clients = new Map();
    constructor(inputs, log, onMint, options = {}) {
        this.inputs = inputs;
        this.log = log;
        this.onMint = onMint;
        this.options = options;
        if (inputs.app)
            log.mask(inputs.app.privateKey);
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
        let installationId = request.installationId;
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
                throw (0,github_errors/* explainGitHubError */.P)(error, `Looking up the GitHub App installation for ${route}`, {
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
            throw (0,github_errors/* explainGitHubError */.P)(error, `Creating an installation token for ${request.owner} (${scope})`, {
                404: `installation ${installationId} was not found for this GitHub App.`,
                422: `the installation does not cover ${scope}, or lacks one of the permissions asked for.`,
            });
        }
        this.log.mask(auth.token);
        const minted = {
            token: auth.token,
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
        this.appClient ??= Promise.all(/* import() */[__nccwpck_require__.e(561), __nccwpck_require__.e(479)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6479)).then(({ createAppAuth }) => createClient({ authStrategy: createAppAuth, auth: { appId: app.appId, privateKey: app.privateKey } }, { baseUrl: this.inputs.apiUrl, log: this.log, retry: this.options.retry }));
        return this.appClient;
    }
}
/** Revoke a minted token; expired tokens are skipped, failures are warnings. */
async function revokeToken(token, apiUrl, log, now = Date.now()) {
    if (Date.parse(token.expiresAt) <= now) {
        log.info(`Token expired at ${token.expiresAt}; nothing to revoke.`);
        return;
    }
    try {
        const octokit = await createClient(token.token, { baseUrl: apiUrl, log });
        await octokit.request('DELETE /installation/token');
        log.info('Installation token revoked.');
    }
    catch (error) {
        log.warning(`Could not revoke the installation token: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./build/input-reader.js



const TRUE = ['true', 'True', 'TRUE'];
/**
 * Header values cannot hold CR, LF or NUL: a pasted line break would fail deep inside the HTTP
 * client (retried as a network error, the input never named), or split a header. The value
 * itself is never shown: these inputs are secrets or credentials.
 */
function checkHeaderValue(name, spec, value) {
    const values = spec.lines ? value.split('\n').map((line) => line.trim()) : [value];
    const bad = values.find((item) => /[\r\n\0]/.test(item));
    if (bad === undefined)
        return;
    const what = bad.includes('\0') ? 'a NUL character' : 'a line break';
    throw new errors/* InputError */.dz(name, `must not contain ${what}: it is sent in an HTTP header. Check the secret or variable for a pasted line break (surrounding white space is trimmed).`);
}
const FALSE = ['false', 'False', 'FALSE'];
/**
 * Typed access to one command's inputs, resolved from the host, then fallback environment
 * variables, then the table's default. Every error names the input and what was expected.
 */
class input_reader_InputReader {
    host;
    command;
    constructor(host, command) {
        this.host = host;
        this.command = command;
    }
    spec(name) {
        const spec = INPUTS[name];
        if (!spec.commands.includes(this.command)) {
            throw new Error(`Input '${name}' is not an input of '${this.command}' (inputs.ts).`);
        }
        return spec;
    }
    /** The trimmed value, or '' when not given and there is no usable default. */
    raw(name) {
        const spec = this.spec(name);
        let value = this.host.getInput(name).trim();
        for (const env of spec.fallbackEnv ?? []) {
            if (value)
                break;
            value = (this.host.env[env] ?? '').trim();
        }
        if (!value && spec.default !== undefined && !spec.default.includes('${{'))
            value = spec.default;
        if (value && spec.secret)
            this.host.mask(value);
        if (value && spec.header)
            checkHeaderValue(name, spec, value);
        return value;
    }
    /** One value per line (a rotation list of secrets), trimmed, empties dropped. */
    lines(name) {
        return this.raw(name)
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean);
    }
    string(name, options = {}) {
        const value = this.raw(name);
        const spec = this.spec(name);
        if (!value) {
            if (options.required) {
                throw new errors/* InputError */.dz(name, `must be set to a non-empty string${options.hint ? `: ${options.hint}` : ''}. If using a secret or variable, ensure it is available in this workflow context.`);
            }
            return undefined;
        }
        if (spec.max !== undefined && (0,build_text/* charLength */.XP)(value) > spec.max) {
            throw new errors/* InputError */.dz(name, `must be at most ${spec.max} characters (got ${(0,build_text/* charLength */.XP)(value)}).`);
        }
        if (spec.options && !spec.options.includes(value)) {
            throw new errors/* InputError */.dz(name, `must be one of ${spec.options.join(', ')} (got '${spec.secret ? '***' : value}').`);
        }
        return value;
    }
    boolean(name) {
        const value = this.raw(name);
        if (!value)
            return undefined;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw new errors/* InputError */.dz(name, `must be true or false (got '${value}').`);
    }
    integer(name) {
        const value = this.raw(name);
        if (!value)
            return undefined;
        const spec = this.spec(name);
        const n = /^\d+$/.test(value) ? Number(value) : NaN;
        const range = `${spec.min ?? 0}${spec.max !== undefined ? ` to ${spec.max}` : ' or more'}`;
        if (!Number.isSafeInteger(n) ||
            (spec.min !== undefined && n < spec.min) ||
            (spec.max !== undefined && n > spec.max)) {
            throw new errors/* InputError */.dz(name, `must be a whole number, ${range} (got '${value}').`);
        }
        return n;
    }
    /** Comma- or newline-separated, trimmed, empties dropped. */
    list(name) {
        return this.raw(name)
            .split(/[,\n]/)
            .map((item) => item.trim())
            .filter(Boolean);
    }
    jsonObject(name) {
        const value = this.raw(name);
        if (!value)
            return undefined;
        let parsed;
        try {
            parsed = JSON.parse(value);
        }
        catch (error) {
            throw new errors/* InputError */.dz(name, `must be a JSON object; it is not valid JSON (${error.message}).`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            throw new errors/* InputError */.dz(name, `must be a JSON object like {"key": "value"} (got ${Array.isArray(parsed) ? 'an array' : typeof parsed}).`);
        }
        return parsed;
    }
}

;// CONCATENATED MODULE: ./build/commands/index.js
// Each command is its own chunk, loaded only when asked for: a step pays for what it runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each command has its own input type
const loaders = {
    token: () => __nccwpck_require__.e(/* import() */ 502).then(__nccwpck_require__.bind(__nccwpck_require__, 2502)),
    dispatch: () => __nccwpck_require__.e(/* import() */ 757).then(__nccwpck_require__.bind(__nccwpck_require__, 8757)),
    status: () => __nccwpck_require__.e(/* import() */ 9).then(__nccwpck_require__.bind(__nccwpck_require__, 8009)),
    receive: () => __nccwpck_require__.e(/* import() */ 250).then(__nccwpck_require__.bind(__nccwpck_require__, 8250)),
    notify: () => Promise.all(/* import() */[__nccwpck_require__.e(574), __nccwpck_require__.e(712)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3712)),
    callback: () => Promise.all(/* import() */[__nccwpck_require__.e(574), __nccwpck_require__.e(636)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3636)),
};
async function commands_loadCommand(name) {
    const load = loaders[name];
    if (!load)
        throw new Error(`The '${name}' command is not available in this version of ci-relay.`);
    return (await load()).command;
}

;// CONCATENATED MODULE: ./build/run.js






const STATE = {
    command: 'command',
    tokens: 'tokens',
    apiUrl: 'github-api-url',
    revoke: 'revoke-token',
};
function takesGitHubInputs(name) {
    return INPUTS.token.commands.includes(name);
}
/**
 * One step: validate every input (nothing is sent before that), run the command, set outputs and
 * the summary. Any error fails the step with its message; nothing is rethrown.
 */
async function runMain(host, commandInput) {
    try {
        const name = (commandInput ?? host.getInput('command')).trim();
        if (!inputs_isCommandName(name)) {
            throw new Error(`Input 'command': must be one of ${COMMAND_NAMES.join(', ')} (got '${name}').`);
        }
        host.saveState(STATE.command, name);
        const context = (0,build_context/* readContext */.y)(host.env);
        const reader = new input_reader_InputReader(host, name);
        const auth = takesGitHubInputs(name) ? access_readGitHubAuthInputs(reader) : undefined;
        const command = await commands_loadCommand(name);
        const inputs = command.parse(reader, context);
        // Minted tokens go to the step state: the post step reuses them and then revokes them.
        const minted = [];
        const github = auth &&
            new access_GitHubAccess(auth, host, ({ token, expiresAt, scope }) => {
                minted.push({ token, expiresAt, scope });
                host.saveState(STATE.tokens, JSON.stringify(minted));
            });
        if (auth) {
            host.saveState(STATE.apiUrl, auth.apiUrl);
            host.saveState(STATE.revoke, String(auth.revoke));
        }
        const deps = {
            log: host,
            context,
            env: host.env,
            github,
            state: stateOf(host),
            postStep: host.postStep === true,
        };
        const result = await command.run(inputs, deps);
        for (const [output, value] of Object.entries(result.outputs))
            if (value !== undefined)
                host.setOutput(output, value);
        if (result.summary)
            await host.summary(result.summary);
        if (result.failure)
            host.fail(result.failure);
    }
    catch (error) {
        host.fail((0,errors/* errorMessage */.gJ)(error));
    }
}
/**
 * The Actions post step: the command's own post work (with GitHub access built from the same
 * inputs, reusing the main step's tokens), then revoke every token minted in either step.
 */
async function runPost(host) {
    const name = host.getState(STATE.command);
    if (!isCommandName(name))
        return;
    const saved = savedTokens(host);
    const minted = [];
    try {
        const command = await loadCommand(name);
        if (command.post) {
            const github = takesGitHubInputs(name)
                ? new GitHubAccess(readGitHubAuthInputs(new InputReader(host, name)), host, ({ token, expiresAt }) => void minted.push({ token, expiresAt }), { saved })
                : undefined;
            const result = await command.post({
                log: host,
                context: readContext(host.env),
                env: host.env,
                github,
                state: stateOf(host),
                postStep: true,
            });
            if (result?.summary)
                await host.summary(result.summary);
            if (result?.failure)
                host.fail(result.failure);
        }
    }
    catch (error) {
        host.fail(errorMessage(error));
    }
    finally {
        await revokeMinted(host, [...saved, ...minted]);
    }
}
function savedTokens(host) {
    const saved = host.getState(STATE.tokens);
    if (!saved)
        return [];
    try {
        const tokens = JSON.parse(saved);
        for (const { token } of tokens)
            host.mask(token);
        return tokens;
    }
    catch {
        host.warning('Could not read the minted tokens from the step state; nothing revoked.');
        return [];
    }
}
/** Revoke what the main step minted: the CLI's end of a run, which has no post step. */
async function revokeMainStepTokens(host) {
    await revokeMinted(host, savedTokens(host));
}
async function revokeMinted(host, tokens) {
    if (host.getState(STATE.revoke) === 'false')
        return;
    for (const token of tokens)
        await revokeToken(token, host.getState(STATE.apiUrl), host);
}
function stateOf(host) {
    return { save: (name, value) => host.saveState(name, value), get: (name) => host.getState(name) };
}

;// CONCATENATED MODULE: ./build/tools/index.js
const TOOLS = {
    verify: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(162), __nccwpck_require__.e(39)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7039))).tool,
    listen: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(162), __nccwpck_require__.e(541)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9541))).tool,
    redeliver: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(574), __nccwpck_require__.e(790)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9790))).tool,
    secret: async () => (await __nccwpck_require__.e(/* import() */ 902).then(__nccwpck_require__.bind(__nccwpck_require__, 7902))).tool,
};

;// CONCATENATED MODULE: ./build/cli-program.js





const BOOLEAN_FLAGS = new Set([
    'help',
    'json',
    'version',
    ...Object.entries(INPUTS)
        .filter(([, spec]) => spec.type === 'boolean')
        .map(([name]) => name),
]);
/** `ci-relay <command> [--input value ...]`; returns the exit code. */
async function runCli(argv, env, io) {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
        io.stdout(toolHelp());
        return first === undefined ? 1 : 0;
    }
    if (first === '--version') {
        io.stdout(`${version/* VERSION */.x}\n`);
        return 0;
    }
    const tool = TOOLS[first];
    if (tool)
        return (await tool()).run(rest, env, io);
    if (!inputs_isCommandName(first)) {
        io.stderr(`error: unknown command '${first}'. Run ci-relay --help for the list.\n`);
        return 2;
    }
    let parsed;
    try {
        parsed = (0,cli/* parseArgs */.Zy)(rest, BOOLEAN_FLAGS);
    }
    catch (error) {
        io.stderr(`error: ${error.message}\n`);
        return 2;
    }
    if (parsed.flags.get('help') === 'true') {
        io.stdout(commandHelp(first));
        return 0;
    }
    const known = new Set(['json', ...inputsOf(first).map(([name]) => name)]);
    const unknown = [...parsed.flags.keys()].filter((flag) => !known.has(flag));
    if (unknown.length || parsed.positionals.length) {
        const what = unknown.length
            ? `unknown flag --${unknown[0]}`
            : `unexpected argument '${parsed.positionals[0]}'`;
        io.stderr(`error: ${what} for '${first}'. Run ci-relay ${first} --help for its inputs.\n`);
        return 2;
    }
    const host = (0,cli/* createCliHost */.b)({ flags: parsed.flags, env, stderr: io.stderr });
    await runMain(host, first);
    // A CLI run is its own post step: tokens minted to do the work are revoked when it is done. The
    // token command's token is the output itself, so it lives until it expires.
    if (first !== 'token')
        await revokeMainStepTokens(host);
    if (host.failed)
        return 1;
    io.stdout((0,cli/* formatOutputs */.AH)(host.outputs, parsed.flags.get('json') === 'true'));
    return 0;
}
function toolHelp() {
    const width = Math.max(...[...COMMAND_NAMES, ...Object.keys(TOOLS)].map((n) => n.length)) + 2;
    return [
        `ci-relay ${version/* VERSION */.x}: carry CI events between pipelines.`,
        '',
        'Usage: ci-relay <command> [--input value ...] [--json]',
        '',
        'Commands:',
        ...COMMAND_NAMES.map((name) => `  ${name.padEnd(width)}${COMMANDS[name]}`),
        ...Object.keys(TOOLS).map((name) => `  ${name.padEnd(width)}(tool) see ci-relay ${name} --help`),
        '',
        'Every input is a flag or an environment variable CI_RELAY_<INPUT> (the flag wins).',
        'Pass secrets through the environment: flags show in process lists and CI logs.',
        'Run ci-relay <command> --help for its inputs and outputs.',
        '',
    ].join('\n');
}
function commandHelp(name) {
    const lines = [
        `Usage: ci-relay ${name} [--input value ...] [--json]`,
        '',
        COMMANDS[name],
        '',
        'Inputs:',
    ];
    for (const [input, spec] of inputsOf(name)) {
        const def = spec.default && !spec.default.includes('${{') ? ` (default: ${spec.default})` : '';
        const env = spec.fallbackEnv?.length ? ` (else $${spec.fallbackEnv.join(', $')})` : '';
        lines.push(`  --${input}${spec.type === 'boolean' ? '' : ' <value>'}`, `      ${spec.description}${def}${env}`);
        lines.push(`      env: ${(0,cli/* envName */.pD)(input)}${spec.secret ? ' (secret: prefer the environment)' : ''}`);
    }
    lines.push('', 'Outputs (name=value lines on stdout, or one JSON object with --json):');
    for (const [output, spec] of outputsOf(name))
        lines.push(`  ${output}: ${spec.description}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./build/cli.js

void runCli(process.argv.slice(2), process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: async () => {
        const chunks = [];
        for await (const chunk of process.stdin)
            chunks.push(chunk);
        return Buffer.concat(chunks).toString('utf8');
    },
}).then((code) => {
    process.exitCode = code;
});

