import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 18:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 16:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
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

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Lo: () => (/* reexport */ COMMANDS),
  K4: () => (/* reexport */ DEFAULT_TOLERANCE_SECONDS),
  ap: () => (/* reexport */ IDENTITY_ALGORITHMS),
  mc: () => (/* reexport */ INPUTS),
  py: () => (/* reexport */ OUTPUTS),
  se: () => (/* reexport */ RELAY_KEY),
  YC: () => (/* reexport */ RelaySignatureError),
  sA: () => (/* reexport */ SIGNATURE_SCHEMES),
  xv: () => (/* reexport */ VERSION),
  dg: () => (/* reexport */ WebhookVerificationError),
  _i: () => (/* reexport */ newDeliveryId),
  jr: () => (/* reexport */ newSecret),
  _S: () => (/* reexport */ sign),
  F4: () => (/* reexport */ signRelay),
  MX: () => (/* reexport */ verify),
  Ec: () => (/* reexport */ verifyIdentity),
  tQ: () => (/* reexport */ verifyRelay)
});

;// CONCATENATED MODULE: ./build/version.js
// Generated from package.json by scripts/bundle.mjs; bump the version there.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./build/github/permissions.js
// Generated by `npm run gen:permissions` from the app-permissions schema of GitHub's OpenAPI
// description (@octokit/openapi@23.0.2); test/permissions.test.ts fails when it drifts. Do not edit.
/** Every GitHub App permission an installation token can be limited to, with its levels. */
const APP_PERMISSIONS = {
    actions: ['read', 'write'],
    administration: ['read', 'write'],
    artifact_metadata: ['read', 'write'],
    attestations: ['read', 'write'],
    checks: ['read', 'write'],
    code_quality: ['read', 'write'],
    codespaces: ['read', 'write'],
    contents: ['read', 'write'],
    dependabot_secrets: ['read', 'write'],
    deployments: ['read', 'write'],
    discussions: ['read', 'write'],
    environments: ['read', 'write'],
    issues: ['read', 'write'],
    merge_queues: ['read', 'write'],
    metadata: ['read', 'write'],
    packages: ['read', 'write'],
    pages: ['read', 'write'],
    pull_requests: ['read', 'write'],
    repository_custom_properties: ['read', 'write'],
    repository_hooks: ['read', 'write'],
    repository_projects: ['read', 'write', 'admin'],
    secret_scanning_alerts: ['read', 'write'],
    secrets: ['read', 'write'],
    security_events: ['read', 'write'],
    single_file: ['read', 'write'],
    statuses: ['read', 'write'],
    vulnerability_alerts: ['read', 'write'],
    workflows: ['write'],
    custom_properties_for_organizations: ['read', 'write'],
    members: ['read', 'write'],
    organization_administration: ['read', 'write'],
    organization_custom_roles: ['read', 'write'],
    organization_custom_org_roles: ['read', 'write'],
    organization_custom_properties: ['read', 'write', 'admin'],
    organization_copilot_seat_management: ['read', 'write'],
    organization_copilot_agent_settings: ['read', 'write'],
    organization_announcement_banners: ['read', 'write'],
    organization_events: ['read'],
    organization_hooks: ['read', 'write'],
    organization_personal_access_tokens: ['read', 'write'],
    organization_personal_access_token_requests: ['read', 'write'],
    organization_plan: ['read'],
    organization_projects: ['read', 'write', 'admin'],
    organization_packages: ['read', 'write'],
    organization_secrets: ['read', 'write'],
    organization_self_hosted_runners: ['read', 'write'],
    organization_user_blocking: ['read', 'write'],
    email_addresses: ['read', 'write'],
    followers: ['read', 'write'],
    git_ssh_keys: ['read', 'write'],
    gpg_keys: ['read', 'write'],
    interaction_limits: ['read', 'write'],
    profile: ['write'],
    starring: ['read', 'write'],
    enterprise_custom_properties_for_organizations: ['read', 'write', 'admin'],
};

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
    'trigger',
];
const COMMANDS = {
    token: 'Mint a GitHub App installation token scoped to repositories and permissions.',
    dispatch: 'Send repository_dispatch to one or more repositories (optionally signed, optionally waiting for the run).',
    status: 'Report a commit status (pending, success, failure, error, or auto from the job outcome).',
    notify: 'Send a signed build-complete webhook to one or more URLs, with retries.',
    receive: 'Turn the received client_payload (or inputs) into step outputs, verifying its signature.',
    callback: "POST a result to a callback URL (Docker Hub's callback_url chain).",
    trigger: 'Start a pipeline in a GitLab project with a (signed) payload in CI_RELAY_PAYLOAD, optionally waiting for it.',
};
/**
 * Commands with work after the job's steps (the Actions post step): `token` (its token lives until
 * the job ends, then is revoked) and `status` (`state: auto` posts the job's outcome).
 */
const POST_STEP_COMMANDS = (/* unused pure expression or super */ null && (['token', 'status']));
const GITHUB = ['token', 'dispatch', 'status', 'notify'];
/** The commands that call GitLab's API. */
const GITLAB = ['status', 'notify', 'trigger'];
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
    'client-id': {
        description: 'GitHub App client ID (Iv...), as actions/create-github-app-token takes it; use it or app-id.',
        type: 'string',
        alias: 'app-id',
        commands: GITHUB,
    },
    'private-key': {
        description: 'GitHub App private key: PEM (PKCS#1 or PKCS#8), with real newlines or literal \\n escapes, or the PEM base64-encoded. Pass it from a secret.',
        type: 'string',
        secret: true,
        required: ['token'],
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
        description: 'Revoke the installation tokens this step mints as soon as it no longer needs them: at the end of the step, or in the post step for token (its output is used by later steps) and status with state auto.',
        type: 'boolean',
        default: 'true',
        commands: GITHUB,
    },
    'skip-token-revoke': {
        description: "true keeps the minted token alive after the job (actions/create-github-app-token's spelling of revoke-token: false).",
        type: 'boolean',
        alias: 'revoke-token',
        commands: GITHUB,
    },
    'gitlab-token': {
        description: 'GitLab project or group access token with api scope (sent as PRIVATE-TOKEN). status on GitLab needs it (CI_JOB_TOKEN cannot post statuses); notify lists the pipeline jobs with it; trigger reads the started pipeline with it (read_api) when waiting. Pass it in the CI_RELAY_GITLAB_TOKEN variable.',
        type: 'string',
        secret: true,
        header: true,
        commands: GITLAB,
    },
    'gitlab-api-url': {
        description: 'GitLab REST API URL. Default: CI_API_V4_URL in a GitLab job (self-managed works), else https://gitlab.com/api/v4.',
        type: 'string',
        default: 'https://gitlab.com/api/v4',
        fallbackEnv: ['CI_API_V4_URL'],
        commands: GITLAB,
    },
    target: {
        description: 'status: where the status goes: auto (the platform the job runs on), github or gitlab.',
        type: 'enum',
        options: ['auto', 'github', 'gitlab'],
        default: 'auto',
        commands: ['status'],
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
        description: "dispatch: target repositories as owner/name (comma or newline separated; may span owners). status: the repository of the commit (on GitLab: the project path or id). notify: the repository the build is of (owner/name or project path), required outside GitHub Actions and GitLab CI; set there, it replaces the run's. Default: the current repository or project.",
        type: 'list',
        fallbackEnv: ['GITHUB_REPOSITORY'],
        commands: ['dispatch', 'status', 'notify'],
    },
    'event-type': {
        description: 'dispatch: the event_type of the repository_dispatch event (1 to 100 characters).',
        type: 'string',
        required: ['dispatch'],
        commands: ['dispatch'],
    },
    'client-payload': {
        description: 'dispatch: client_payload as a JSON object (at most 10 top-level keys, under 64 KB serialized). trigger: the JSON object sent as the pipeline variable CI_RELAY_PAYLOAD, which receive reads.',
        type: 'json',
        default: '{}',
        commands: ['dispatch', 'trigger'],
    },
    'signing-secret': {
        description: 'dispatch, trigger: sign the payload (its _relay key) with this secret so receive can verify it.',
        type: 'string',
        secret: true,
        commands: ['dispatch', 'trigger'],
    },
    wait: {
        description: 'dispatch: wait for the run each dispatch started and fail unless it succeeds. trigger: wait for the pipeline and fail unless it succeeds (needs gitlab-token with read_api).',
        type: 'boolean',
        default: 'false',
        commands: ['dispatch', 'trigger'],
    },
    'wait-timeout': {
        description: 'dispatch, trigger: seconds to wait for the started runs or pipeline to complete.',
        type: 'integer',
        default: '600',
        min: 1,
        commands: ['dispatch', 'trigger'],
    },
    state: {
        description: "status: pending, success, failure, error, or auto (pending now, the job outcome in the post step; GitHub Actions only); running, failed, cancelled, canceled and skipped are accepted and mapped to the target's states. callback: success, failure or error.",
        type: 'string',
        required: ['status', 'callback'],
        commands: ['status', 'callback'],
    },
    context: {
        description: 'status: the status context, or name on GitLab (default "<workflow> / <job>" on GitHub, the job name on GitLab; at most 255 characters). callback: at most 100 characters.',
        type: 'string',
        commands: ['status', 'callback'],
    },
    description: {
        description: 'status: short description (cut with a warning to 140 characters on GitHub, 255 on GitLab). callback: cut to 255 characters.',
        type: 'string',
        commands: ['status', 'callback'],
    },
    'target-url': {
        description: "status, callback: link shown with the status. Default: this run's (or pipeline's) URL.",
        type: 'string',
        commands: ['status', 'callback'],
    },
    sha: {
        description: "status: commit to report on. Default: the pull request head on pull_request events, the triggering head on workflow_run, else GITHUB_SHA; on GitLab CI_MERGE_REQUEST_SOURCE_BRANCH_SHA (merged results), else CI_COMMIT_SHA. notify: the commit the build ran on, required outside GitHub Actions and GitLab CI; set there, it replaces the run's.",
        type: 'string',
        commands: ['status', 'notify'],
    },
    url: {
        description: 'notify: receiver URLs (http or https, comma or newline separated).',
        type: 'list',
        required: ['notify'],
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
        description: 'notify: signature scheme: standard (Standard Webhooks, default with a secret), github (X-Hub-Signature-256 and X-Hub-Signature), jobserv (X-JobServ-Sig), gitlab (X-Gitlab-Token: the secret itself) or none.',
        type: 'enum',
        options: ['standard', 'github', 'jobserv', 'gitlab', 'none'],
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
        description: 'notify: payload format: ci-relay, jobserv, cloud-automator, or github / gitlab (the push or pull/merge request event the forge itself would send for this commit, e.g. for AWX/Tower job templates).',
        type: 'enum',
        options: ['ci-relay', 'jobserv', 'cloud-automator', 'github', 'gitlab'],
        default: 'ci-relay',
        commands: ['notify'],
    },
    event: {
        description: 'notify: the event name sent in X-GitHub-Event (signature github) or X-Gitlab-Event (signature gitlab). Default: the one the format describes (push, pull_request, Push Hook, Merge Request Hook; ping for a github test delivery; else build.completed or ping).',
        type: 'string',
        max: 100,
        commands: ['notify'],
    },
    payload: {
        description: 'notify: JSON object merged at the top level of the built payload. receive: the payload to read instead of the GitHub event (CI_RELAY_PAYLOAD on the CLI; else TRIGGER_PAYLOAD, a file, is read).',
        type: 'json',
        commands: ['notify', 'receive'],
    },
    status: {
        description: "notify: build status: auto (from the jobs of this run; GitHub Actions and GitLab CI only), or success, failure, cancelled (e.g. ${{ job.status }}; GitLab's failed and canceled too); required elsewhere.",
        type: 'string',
        default: 'auto',
        commands: ['notify'],
    },
    'include-jobs': {
        description: "notify: list this run's jobs in runs[] (needs actions: read; on GitLab, gitlab-token).",
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
        description: "notify: attach the CI platform's OIDC identity token for this audience as Authorization: Bearer (on GitLab: the id_tokens token in CI_RELAY_ID_TOKEN).",
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
    project: {
        description: 'trigger: the GitLab project whose pipeline to start: its path (group/project) or numeric ID.',
        type: 'string',
        commands: ['trigger'],
    },
    ref: {
        description: "trigger: the branch or tag the pipeline runs for. notify: the ref or branch the build ran for (outside GitHub Actions and GitLab CI; set there, it replaces the run's).",
        type: 'string',
        commands: ['trigger', 'notify'],
    },
    'build-url': {
        description: "notify: web page of the build (web_url; e.g. Jenkins' BUILD_URL), outside GitHub Actions and GitLab CI; set there, it replaces the run's or pipeline's URL.",
        type: 'string',
        commands: ['notify'],
    },
    'gitlab-trigger-token': {
        description: "trigger: the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens). Pass it from a secret (CI_RELAY_GITLAB_TRIGGER_TOKEN on the CLI).",
        type: 'string',
        secret: true,
        header: true,
        commands: ['trigger'],
    },
};
/** The token command's `permission-<name>` inputs, generated from GitHub's permission list. */
const PERMISSION_INPUTS = Object.fromEntries(Object.entries(APP_PERMISSIONS).map(([permission, levels]) => [
    `permission-${permission.replaceAll('_', '-')}`,
    {
        description: `token: limit the token's ${permission} permission to ${levels.join(' or ')} (as actions/create-github-app-token).`,
        type: 'enum',
        options: levels,
        commands: ['token'],
    },
]));
/** Every input: the table, then the generated permission inputs. */
const ALL_INPUTS = { ...INPUTS, ...PERMISSION_INPUTS };
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
        json: true,
    },
    'run-id': { description: 'With wait: ID of the started run.', commands: ['dispatch'] },
    'run-url': { description: 'With wait: URL of the started run.', commands: ['dispatch'] },
    conclusion: {
        description: 'With wait: conclusion of the started run (dispatch) or status of the pipeline (trigger).',
        commands: ['dispatch', 'trigger'],
    },
    sha: { description: 'The commit the status was posted on.', commands: ['status'] },
    url: { description: 'API URL of the created status.', commands: ['status'] },
    'delivery-id': { description: 'ID of the (first) delivery.', commands: ['notify'] },
    results: {
        description: 'JSON array per URL: url, status code, attempts, delivery id, milliseconds.',
        commands: ['notify'],
        json: true,
    },
    undelivered: {
        description: 'Path of a file holding what could not be delivered (for ci-relay redeliver).',
        commands: ['notify'],
    },
    payload: {
        description: 'The whole received payload as JSON.',
        commands: ['receive'],
        json: true,
    },
    'event-type': { description: 'The event_type of the received dispatch.', commands: ['receive'] },
    verified: { description: 'true when the payload signature was verified.', commands: ['receive'] },
    'callback-url': { description: 'callback_url of the received payload.', commands: ['receive'] },
    'status-code': { description: 'HTTP status the callback URL answered.', commands: ['callback'] },
    'pipeline-id': { description: 'ID of the started pipeline.', commands: ['trigger'] },
    'pipeline-url': { description: 'Web URL of the started pipeline.', commands: ['trigger'] },
};
/** The table's default of an input, for the places that apply it without reading the input. */
function defaultOf(name) {
    return INPUTS[name].default;
}
/** Inputs of one command, in table order. */
function inputsOf(command) {
    return Object.entries(ALL_INPUTS).filter(([name, spec]) => name !== 'command' && spec.commands.includes(command));
}
function outputsOf(command) {
    return Object.entries(OUTPUTS).filter(([, spec]) => spec.commands.includes(command));
}
function isCommandName(value) {
    return COMMAND_NAMES.includes(value);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
function serializeString (value) {
  if (!value.isWellFormed()) {
    throw new Error('Lone surrogate is not allowed');
  }
  return JSON.stringify(value);
}

function serializePrimitive (value) {
  switch (typeof value) {
    case 'number':
      if (isNaN(value)) {
        throw new Error('NaN is not allowed');
      }
      if (!isFinite(value)) {
        throw new Error('Infinity is not allowed');
      }
      // For finite numbers String(value) would give identical output, but
      // JSON.stringify benchmarks faster on V8.
      return JSON.stringify(value);
    case 'string':
      return serializeString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      // null, or values JSON.stringify maps to undefined (undefined,
      // functions, symbols).
      return JSON.stringify(value);
  }
}

// Resolves a value to either its serialized primitive form (a string — or
// undefined, for values JSON.stringify drops) or a frame describing the
// container to descend into. Callers distinguish the two cases with
// `typeof result !== 'object'`.
//
// toJSON results are unwrapped here, and the wrapper objects stay in `seen`
// until the resolved subtree is fully serialized, so cycles introduced via
// toJSON are still detected.
function enterValue (value, seen) {
  let wrappers = null;
  while (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
    if (seen.has(value)) {
      throw new Error('Circular reference detected');
    }
    seen.add(value);
    (wrappers ??= []).push(value);
    value = value.toJSON();
  }

  // Boxed Number/String/Boolean objects serialize as their primitive values,
  // mirroring how JSON.stringify treats them.
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    value = value.valueOf();
  }

  if (value === null || typeof value !== 'object') {
    if (wrappers !== null) {
      for (const wrapper of wrappers) seen.delete(wrapper);
    }
    return serializePrimitive(value);
  }

  if (seen.has(value)) {
    throw new Error('Circular reference detected');
  }
  seen.add(value);

  return {
    container: value,
    // null marks an array frame; object frames carry their sorted keys.
    // `sort()`'s default comparator orders by UTF-16 code unit, which is the
    // order JCS requires.
    keys: Array.isArray(value) ? null : Object.keys(value).sort(),
    // Next child to serialize; the frame resumes here after a nested
    // container's subtree completes.
    index: 0,
    // Whether no member has been emitted yet (controls comma placement).
    first: true,
    // toJSON wrappers to release from `seen` when this frame completes.
    wrappers
  };
}

function canonicalize (object) {
  if (object === null || typeof object !== 'object') {
    return serializePrimitive(object);
  }

  const seen = new Set();
  const root = enterValue(object, seen);
  if (typeof root !== 'object') {
    // A toJSON chain resolved the input to a primitive.
    return root;
  }

  let result = root.keys === null ? '[' : '{';
  const stack = [root];

  // Depth-first serialization with an explicit stack instead of recursion, so
  // nesting depth is bounded by heap size rather than call-stack size. The top
  // frame is the container currently being serialized: primitive children are
  // appended inline, while a nested container pushes a new frame and jumps
  // back to the outer loop. Because frame.index was already advanced, the
  // parent resumes at its next child once the subtree is done. Opening
  // brackets are emitted when a frame is pushed, closing brackets when it
  // completes.
  outer:
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const container = frame.container;

    // keys === null marks an array frame; otherwise keys holds the object's
    // sorted property names. Either way the iteration counter lives on the
    // frame itself (frame.index), so when a frame is resumed after a nested
    // container completes, the while condition continues at the first
    // unserialized child instead of restarting from the beginning.
    if (frame.keys === null) {
      while (frame.index < container.length) {
        const i = frame.index++;
        if (i > 0) {
          result += ',';
        }
        const element = container[i];
        // Inside arrays, JSON.stringify serializes values with no JSON
        // representation (undefined, symbols, functions) as null.
        const value = element === undefined || typeof element === 'symbol' || typeof element === 'function' ? null : element;
        if (value === null || typeof value !== 'object') {
          result += serializePrimitive(value);
          continue;
        }
        const child = enterValue(value, seen);
        if (typeof child !== 'object') {
          // A toJSON chain resolved the child to an already-serialized
          // primitive — or, when child is undefined, to a value with no JSON
          // representation, which becomes null inside arrays.
          result += child === undefined ? 'null' : child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += ']';
    } else {
      const keys = frame.keys;
      while (frame.index < keys.length) {
        const key = keys[frame.index++];
        const value = container[key];
        // Inside objects, JSON.stringify omits properties whose value has no
        // JSON representation (undefined, symbols, functions).
        if (value === undefined || typeof value === 'symbol' || typeof value === 'function') {
          continue;
        }
        if (value === null || typeof value !== 'object') {
          // Commas are tracked with a flag rather than the key index: a
          // skipped key must not leave a stray comma behind.
          if (frame.first) {
            frame.first = false;
          } else {
            result += ',';
          }
          result += serializeString(key) + ':' + serializePrimitive(value);
          continue;
        }
        // The child must be resolved before the key is emitted: a toJSON
        // returning a value with no JSON representation drops the whole
        // property.
        const child = enterValue(value, seen);
        if (child === undefined) {
          continue;
        }
        if (frame.first) {
          frame.first = false;
        } else {
          result += ',';
        }
        result += serializeString(key) + ':';
        if (typeof child !== 'object') {
          result += child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += '}';
    }

    // Frame complete. The container leaves `seen` so that a later, sibling
    // reference to the same object is not mistaken for a cycle.
    seen.delete(container);
    if (frame.wrappers !== null) {
      for (const wrapper of frame.wrappers) seen.delete(wrapper);
    }
    stack.pop();
  }

  return result;
}

;// CONCATENATED MODULE: ./build/webhook/sign.js

const SIGNATURE_SCHEMES = [
    'standard',
    'github',
    'jobserv',
    'gitlab',
    'none',
];
/** X-GitHub-Event sent when the caller names no event: the ci-relay payload type. */
const DEFAULT_GITHUB_EVENT = 'build.completed';
const WHSEC_PREFIX = 'whsec_';
/** A fresh delivery id (UUID v4: what X-GitHub-Delivery carries, and a valid webhook-id). */
function newDeliveryId() {
    return (0,external_node_crypto_namespaceObject.randomUUID)();
}
/** How to make a Standard Webhooks secret; said wherever one is refused. */
const MAKE_SECRET_HINT = 'Make one with `npx @ci-relay/cli secret` (or `echo "whsec_$(openssl rand -base64 32)"`) and give the receiver the same string.';
/** Strict base64 as the Standard Webhooks libraries decode it (padding included). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/**
 * The HMAC key of a secret. Under `standard` the secret is base64 after an optional `whsec_`
 * prefix, decoded exactly as the Standard Webhooks libraries decode it, so a receiver using them
 * with the same string accepts what ci-relay signs; a secret that is not base64 is refused.
 * Under `github` and `jobserv` (whose receivers use the secret string as it is) it is used as its
 * UTF-8 bytes. Errors never include the secret.
 */
function secretKey(secret, scheme = 'standard') {
    if (secret.length === 0)
        throw new TypeError('The webhook secret is empty.');
    if (scheme === 'gitlab')
        checkHeaderToken(secret);
    if (scheme !== 'standard')
        return Buffer.from(secret, 'utf8');
    const encoded = secret.startsWith(WHSEC_PREFIX) ? secret.slice(WHSEC_PREFIX.length) : secret;
    if (!BASE64.test(encoded)) {
        throw new TypeError(`A Standard Webhooks secret is base64, optionally prefixed whsec_ (the libraries that verify it decode it so); this one is not valid base64. ${MAKE_SECRET_HINT}`);
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length === 0)
        throw new TypeError('The Standard Webhooks secret decodes to an empty key.');
    return key;
}
/** A fresh Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
function newSecret() {
    return `${WHSEC_PREFIX}${(0,external_node_crypto_namespaceObject.randomBytes)(32).toString('base64')}`;
}
/**
 * A GitLab token travels as a header value as it is: printable ASCII only, so that it cannot
 * split a header and is the same bytes for every receiver. Errors never include the secret.
 */
function checkHeaderToken(secret) {
    if (!/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(secret)) {
        throw new TypeError('A gitlab secret is sent as the X-Gitlab-Token header: it must be printable ASCII with no line breaks or leading/trailing spaces.');
    }
}
/** A name-based UUID (RFC 9562 version 5 layout, SHA-1 of `name`): stable for one name. */
function nameUuid(name) {
    const bytes = (0,external_node_crypto_namespaceObject.createHash)('sha1').update(`ci-relay:${name}`, 'utf8').digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function toBuffer(body) {
    return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}
/** `v1,<base64 HMAC-SHA256 of "${id}.${timestamp}.${body}">` (the Standard Webhooks signature). */
function standardSignature(key, id, timestamp, body) {
    const digest = (0,external_node_crypto_namespaceObject.createHmac)('sha256', key)
        .update(`${id}.${timestamp}.`, 'utf8')
        .update(toBuffer(body))
        .digest('base64');
    return `v1,${digest}`;
}
function hmacHex(algorithm, key, body) {
    return (0,external_node_crypto_namespaceObject.createHmac)(algorithm, key).update(toBuffer(body)).digest('hex');
}
/**
 * The headers that sign `body` (the exact bytes that will be sent) under `scheme`.
 *
 * Every scheme carries `webhook-id` and `webhook-timestamp` so a receiver can de-duplicate
 * retries the Standard Webhooks way whatever the signature; `github` adds `X-GitHub-Delivery`
 * (the same id) and `X-GitHub-Event`; `gitlab` adds `X-Gitlab-Event-UUID` (the same id),
 * `X-Gitlab-Event` and, when known, the hook and instance headers. Throws when a signing scheme
 * has no secret.
 */
function sign(scheme, secret, body, options = {}) {
    const id = options.id ?? newDeliveryId();
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
        throw new TypeError('The signature timestamp must be a whole number of seconds since 1970.');
    }
    if (/[\r\n]/.test(id))
        throw new TypeError('The delivery id must not contain line breaks.');
    for (const [name, value] of Object.entries({
        event: options.event,
        instance: options.instance,
        webhookUuid: options.webhookUuid,
    })) {
        if (value !== undefined && /[\r\n\0]/.test(value)) {
            throw new TypeError(`The ${name} header value must not contain line breaks.`);
        }
    }
    const headers = {
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
    };
    if (scheme === 'none')
        return headers;
    if (!SIGNATURE_SCHEMES.includes(scheme)) {
        throw new TypeError(`Unknown signature scheme '${String(scheme)}'.`);
    }
    if (secret === undefined || secret === '') {
        throw new TypeError(`Signing with the '${scheme}' scheme needs a secret. Set the secret, or use signature 'none'.`);
    }
    const key = secretKey(secret, scheme);
    switch (scheme) {
        case 'standard':
            headers['webhook-signature'] = standardSignature(key, id, timestamp, body);
            break;
        case 'github':
            headers['X-Hub-Signature-256'] = `sha256=${hmacHex('sha256', key, body)}`;
            headers['X-Hub-Signature'] = `sha1=${hmacHex('sha1', key, body)}`;
            headers['X-GitHub-Event'] = options.event ?? DEFAULT_GITHUB_EVENT;
            headers['X-GitHub-Delivery'] = id;
            break;
        case 'jobserv':
            headers['X-JobServ-Sig'] = `sha256:${hmacHex('sha256', key, body)}`;
            break;
        case 'gitlab': {
            headers['X-Gitlab-Token'] = secret;
            headers['X-Gitlab-Event'] = options.event ?? DEFAULT_GITHUB_EVENT;
            headers['X-Gitlab-Event-UUID'] = id;
            const hookUuid = options.webhookUuid ?? (options.hook !== undefined ? nameUuid(options.hook) : undefined);
            if (hookUuid !== undefined)
                headers['X-Gitlab-Webhook-UUID'] = hookUuid;
            if (options.instance)
                headers['X-Gitlab-Instance'] = options.instance;
            break;
        }
    }
    return headers;
}

;// CONCATENATED MODULE: ./build/relay-signature.js
// The signature `dispatch` puts in client_payload._relay and `receive` checks. GitHub parses the
// dispatch body and serializes client_payload again for the event (key order, spacing and escapes
// change), so the signature covers the RFC 8785 canonical form of the parsed values, not bytes.




/** The client_payload key ci-relay owns. */
const RELAY_KEY = '_relay';
/** A payload failed verification. Messages never include the secret or a signature. */
class RelaySignatureError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RelaySignatureError';
    }
}
/** Default oldest accepted signature, in seconds (the max-age input). */
const DEFAULT_MAX_AGE_SECONDS = Number(defaultOf('max-age'));
/** A signature this far in the receiver's future is still accepted: clocks of two runners differ. */
const FUTURE_SKEW_SECONDS = 30;
/** The payload without ci-relay's `_relay` key, and that key's value (undefined when absent). */
function splitRelay(payload) {
    const { [RELAY_KEY]: relay, ...data } = payload;
    return { data, relay };
}
/** The exact text the HMAC covers. `data` is client_payload without `_relay`. */
function relaySigningInput(id, ts, eventType, data) {
    let canonical;
    try {
        canonical = canonicalize({ event_type: eventType, client_payload: data });
    }
    catch (error) {
        // e.g. a string holding a lone UTF-16 surrogate ("\ud800"), which RFC 8785 refuses.
        throw new RelaySignatureError(`The payload has no canonical JSON form (RFC 8785), so it cannot be signed: ${error.message}.`);
    }
    return `${id}.${ts}.${canonical}`;
}
/** HMAC-SHA256 keyed with the secret's UTF-8 bytes (no whsec_ decoding), as lowercase hex. */
function hmac(secret, text) {
    return hmacHex('sha256', secretKey(secret, 'github'), text);
}
/** The `_relay` stamp for a dispatch of `data` (client_payload without `_relay`). */
function signRelay(secret, eventType, data, stamp) {
    const ts = stamp.ts ?? Math.floor(Date.now() / 1000);
    if (!Number.isSafeInteger(ts) || ts < 0) {
        throw new TypeError('The signature time must be a whole number of seconds since 1970.');
    }
    const sig = hmac(secret, relaySigningInput(stamp.id, ts, eventType, data));
    return { id: stamp.id, ts, sig };
}
/**
 * Throws RelaySignatureError when `data` cannot be signed: it has a `_relay` key of its own (where
 * ci-relay writes the stamp) or no RFC 8785 form.
 */
function assertSignable(eventType, data) {
    if (RELAY_KEY in data) {
        throw new RelaySignatureError(`The payload must not have a top-level ${RELAY_KEY} key: ci-relay writes its signature there.`);
    }
    relaySigningInput('', 0, eventType, data);
}
/** `data` with `_relay` = {id, ts, sig}: what a signed dispatch or trigger sends. */
function signedPayload(secret, eventType, data, id) {
    return { ...data, [RELAY_KEY]: signRelay(secret, eventType, data, { id }) };
}
/** Whether the payload carries a `_relay` with a signature (it may still be invalid). */
function isSigned(payload) {
    const relay = payload[RELAY_KEY];
    return typeof relay === 'object' && relay !== null && 'sig' in relay;
}
/**
 * Checks the `_relay` signature of a received client_payload; throws RelaySignatureError when it
 * is missing, malformed, does not match, is older than maxAgeSeconds or from the future. Returns
 * the verified stamp. `secret` may be a list while rotating: valid when any of them signed it.
 */
function verifyRelay(secret, eventType, payload, options = {}) {
    const { data, relay } = splitRelay(payload);
    if (relay === undefined)
        throw new RelaySignatureError('The payload is not signed (no _relay).');
    const { id, ts, sig } = (relay ?? {});
    if (typeof relay !== 'object' || relay === null || sig === undefined) {
        throw new RelaySignatureError('The payload is not signed (_relay has no sig).');
    }
    if (typeof id !== 'string' ||
        typeof ts !== 'number' ||
        !Number.isSafeInteger(ts) ||
        typeof sig !== 'string' ||
        !/^[0-9a-f]{64}$/.test(sig)) {
        throw new RelaySignatureError('The payload signature is malformed (_relay must be {id: string, ts: seconds, sig: 64 hex}).');
    }
    const signed = relaySigningInput(id, ts, eventType, data);
    const given = Buffer.from(sig, 'hex');
    const secrets = (typeof secret === 'string' ? [secret] : secret).filter((s) => s !== '');
    if (secrets.length === 0)
        throw new TypeError('Verifying a payload signature needs a secret.');
    const matches = secrets.some((one) => {
        const expected = Buffer.from(hmac(one, signed), 'hex');
        return given.length === expected.length && (0,external_node_crypto_namespaceObject.timingSafeEqual)(given, expected);
    });
    if (!matches) {
        throw new RelaySignatureError('The payload signature does not match: the secret differs from the signing-secret of the sender, or the payload or event type was changed.');
    }
    const now = options.now ?? Math.floor(Date.now() / 1000);
    const maxAge = options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS;
    if (now - ts > maxAge) {
        throw new RelaySignatureError(`The payload was signed ${now - ts} s ago, longer than max-age (${maxAge} s) allows: a replayed or re-run event. Raise max-age to accept older payloads.`);
    }
    if (ts - now > FUTURE_SKEW_SECONDS) {
        throw new RelaySignatureError(`The payload was signed ${ts - now} s in the future: the clocks of sender and receiver disagree, or the time was forged.`);
    }
    return { id, ts, sig };
}

;// CONCATENATED MODULE: ./build/webhook/verify.js


/** A delivery failed verification. Messages are short and never include secrets or signatures. */
class WebhookVerificationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WebhookVerificationError';
    }
}
const DEFAULT_TOLERANCE_SECONDS = 300;
/** Header lookup by case-insensitive name; repeated headers are joined by a space. */
function header(headers, name) {
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(headers)) {
        if (key.toLowerCase() !== wanted || value === undefined)
            continue;
        const joined = Array.isArray(value) ? value.join(' ') : value;
        return joined.trim();
    }
    return undefined;
}
/** Constant-time comparison of two byte strings; different lengths are simply unequal. */
function bytesEqual(a, b) {
    return a.length === b.length && (0,external_node_crypto_namespaceObject.timingSafeEqual)(a, b);
}
/** The digest in `<prefix><hex>`, or undefined when the value is not of that form. */
function hexDigest(value, prefix, hexLength) {
    if (!value.startsWith(prefix))
        return undefined;
    const hex = value.slice(prefix.length).trim();
    if (hex.length !== hexLength || !/^[0-9a-fA-F]+$/.test(hex))
        return undefined;
    return Buffer.from(hex, 'hex');
}
function verifyStandard(keys, body, headers, options) {
    const id = header(headers, 'webhook-id');
    const timestampHeader = header(headers, 'webhook-timestamp');
    const signatures = header(headers, 'webhook-signature');
    if (!id || !timestampHeader || !signatures) {
        throw new WebhookVerificationError('Missing required headers');
    }
    if (!/^\d{1,15}$/.test(timestampHeader)) {
        throw new WebhookVerificationError('Invalid signature headers');
    }
    const timestamp = Number(timestampHeader);
    const now = options.now ?? Math.floor(Date.now() / 1000);
    const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
    if (now - timestamp > tolerance)
        throw new WebhookVerificationError('Message timestamp too old');
    if (timestamp - now > tolerance)
        throw new WebhookVerificationError('Message timestamp too new');
    // Several space-separated signatures may be sent while the sender rotates its key, and several
    // keys may be accepted while the receiver rotates: one match of any pair is enough.
    const given = signatures
        .split(' ')
        .filter((versioned) => versioned.startsWith('v1,'))
        .map((versioned) => Buffer.from(versioned.slice('v1,'.length)));
    for (const key of keys) {
        const expected = Buffer.from(standardSignature(key, id, timestamp, body).slice('v1,'.length));
        if (given.some((signature) => bytesEqual(signature, expected)))
            return;
    }
    throw new WebhookVerificationError('No matching signature found');
}
/** Whether `given` is the HMAC of body under any of the keys. */
function anyKeyMatches(keys, algorithm, body, given) {
    return (given !== undefined &&
        keys.some((key) => bytesEqual(given, Buffer.from(hmacHex(algorithm, key, body), 'hex'))));
}
function verifyGithub(keys, body, headers, options) {
    const sha256 = header(headers, 'x-hub-signature-256');
    if (sha256) {
        if (anyKeyMatches(keys, 'sha256', body, hexDigest(sha256, 'sha256=', 64)))
            return;
        throw new WebhookVerificationError('No matching signature found');
    }
    const sha1 = header(headers, 'x-hub-signature');
    if (sha1 && options.allowSha1) {
        if (anyKeyMatches(keys, 'sha1', body, hexDigest(sha1, 'sha1=', 40)))
            return;
        throw new WebhookVerificationError('No matching signature found');
    }
    if (sha1)
        throw new WebhookVerificationError('Missing required headers (SHA-1 only; SHA-256 required)');
    throw new WebhookVerificationError('Missing required headers');
}
function verifyJobserv(keys, body, headers) {
    const value = header(headers, 'x-jobserv-sig');
    if (!value)
        throw new WebhookVerificationError('Missing required headers');
    if (anyKeyMatches(keys, 'sha256', body, hexDigest(value, 'sha256:', 64)))
        return;
    throw new WebhookVerificationError('No matching signature found');
}
/** The secrets of `secret`, empties dropped. */
function secretList(secret) {
    return (typeof secret === 'string' ? [secret] : [...(secret ?? [])]).filter((s) => s !== '');
}
/**
 * gitlab: the token in X-Gitlab-Token equals one of the secrets. Both sides are hashed first so
 * the comparison takes the same time whatever the length or content of the token sent, and every
 * secret is compared. The body is not covered: GitLab signs nothing, so anyone holding the token
 * can send any body.
 */
function verifyGitlab(secrets, headers) {
    const token = header(headers, 'x-gitlab-token');
    if (token === undefined || token === '')
        throw new WebhookVerificationError('Missing required headers');
    const digest = (value) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(value, 'utf8').digest();
    const given = digest(token);
    const matches = secrets.map((secret) => bytesEqual(given, digest(secret)));
    if (!matches.includes(true))
        throw new WebhookVerificationError('No matching token found');
}
/**
 * Checks that `body` (the raw bytes received) was signed with `secret` under `scheme`; throws
 * WebhookVerificationError when not. `secret` may be a list while rotating: the delivery is valid
 * when any of them signed it (as @octokit/webhooks-methods' verifyWithFallback). `none` checks
 * nothing. Header names are case-insensitive.
 */
function verify(scheme, secret, body, headers, options = {}) {
    if (scheme === 'none')
        return;
    if (!SIGNATURE_SCHEMES.includes(scheme)) {
        throw new TypeError(`Unknown signature scheme '${String(scheme)}'.`);
    }
    const secrets = secretList(secret);
    if (secrets.length === 0) {
        throw new TypeError(`Verifying a '${scheme}' signature needs a secret.`);
    }
    const keys = secrets.map((one) => secretKey(one, scheme));
    switch (scheme) {
        case 'standard':
            return verifyStandard(keys, body, headers, options);
        case 'github':
            return verifyGithub(keys, body, headers, options);
        case 'jobserv':
            return verifyJobserv(keys, body, headers);
        case 'gitlab':
            return verifyGitlab(secrets, headers);
    }
}

;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/errors.js
class JOSEError extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message, options) {
    super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
}
class JWTClaimValidationFailed extends JOSEError {
  static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JWTExpired extends JOSEError {
  static code = "ERR_JWT_EXPIRED";
  code = "ERR_JWT_EXPIRED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JOSEAlgNotAllowed extends JOSEError {
  static code = "ERR_JOSE_ALG_NOT_ALLOWED";
  code = "ERR_JOSE_ALG_NOT_ALLOWED";
}
class JOSENotSupported extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
}
class JWEDecryptionFailed extends JOSEError {
  static code = "ERR_JWE_DECRYPTION_FAILED";
  code = "ERR_JWE_DECRYPTION_FAILED";
  constructor(message = "decryption operation failed", options) {
    super(message, options);
  }
}
class JWEInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWE_INVALID"));
  code = "ERR_JWE_INVALID";
}
class errors_JWSInvalid extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
}
class JWTInvalid extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
}
class JWKInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWK_INVALID"));
  code = "ERR_JWK_INVALID";
}
class JWKSInvalid extends JOSEError {
  static code = "ERR_JWKS_INVALID";
  code = "ERR_JWKS_INVALID";
}
class JWKSNoMatchingKey extends JOSEError {
  static code = "ERR_JWKS_NO_MATCHING_KEY";
  code = "ERR_JWKS_NO_MATCHING_KEY";
  constructor(message = "no applicable key found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSMultipleMatchingKeys extends JOSEError {
  [Symbol.asyncIterator] = async function* () {
  };
  static code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  constructor(message = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSTimeout extends JOSEError {
  static code = "ERR_JWKS_TIMEOUT";
  code = "ERR_JWKS_TIMEOUT";
  constructor(message = "request timed out", options) {
    super(message, options);
  }
}
class JWSSignatureVerificationFailed extends JOSEError {
  static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  constructor(message = "signature verification failed", options) {
    super(message, options);
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
const buffer_utils_encoder = new TextEncoder(), decoder = new TextDecoder(), strictDecoder = new TextDecoder("utf-8", { fatal: !0 }), UINT32_RANGE = (/* unused pure expression or super */ null && (2 ** 32));
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
function writeUInt32BE(buf, value, offset) {
  if (value < 0 || value >= UINT32_RANGE)
    throw new RangeError(`value must be >= 0 and <= ${UINT32_RANGE - 1}. Received ${value}`);
  buf.set([value >>> 24, value >>> 16, value >>> 8, value & 255], offset);
}
function uint64be(value) {
  const high = Math.floor(value / UINT32_RANGE), low = value % UINT32_RANGE, buf = new Uint8Array(8);
  return writeUInt32BE(buf, high, 0), writeUInt32BE(buf, low, 4), buf;
}
function uint32be(value) {
  const buf = new Uint8Array(4);
  return writeUInt32BE(buf, value), buf;
}
const NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return buffer_utils_encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function buffer_utils_encodeBase64(input, url = !1) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = !1) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}
async function digest(algorithm, data) {
  const subtleDigest = `SHA-${algorithm.slice(-3)}`;
  return new Uint8Array(await crypto.subtle.digest(subtleDigest, data));
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/base64url.js

const invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), !0);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function base64url_encode(input) {
  return encodeBase64(typeof input == "string" ? encoder.encode(input) : input, !0);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/validate.js



function assertUint8Array(input, label) {
  if (!(input instanceof Uint8Array))
    throw new TypeError(`${label} must be an instance of Uint8Array`);
}
function validate_isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return !1;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return validate_isObject(input) && Array.isArray(input.keys) && Array.from(input.keys).every(validate_isObject);
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return !1;
        parameters.add(parameter);
      }
  return !0;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
function decodeBase64url(value, label, ErrorClass) {
  try {
    return decode(value);
  } catch (cause) {
    throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
  }
}
function encodeAsciiMember(value, label, ErrorClass) {
  try {
    return encode(value);
  } catch (cause) {
    throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
  }
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message, { cause });
  }
  if (!validate_isObject(parsed))
    throw new ErrorClass(message);
  return parsed;
}
const JWS_RECOGNIZED = { __proto__: null, b64: !0 }, JWE_RECOGNIZED = { __proto__: null };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new errors_JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return !0;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!validate_isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/key.js



const tag = (key) => key[Symbol.toStringTag], jwkMatchesOp = (entry, key, usage) => {
  const { alg } = entry;
  if (key.use !== void 0) {
    const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.kty === "AKP" && key.alg === void 0)
    throw new TypeError('missing "alg" (Algorithm) Parameter value');
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry, key, usage) {
  const { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if (validate_isObject(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct")
      return decode(normalized.k);
    if (!Object.isFrozen(key)) {
      const { key_ops } = key;
      Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
    }
  } else {
    if (!isKeyLike(key))
      throw invalidKeyType(alg, key, secret);
    const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
    if (key.type !== expectedType && (secret || ["secret", "public", "private"].includes(key.type)))
      throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
    if (isCryptoKey(key))
      return key;
    if (keyObject = key, keyObject.type === "secret")
      return keyObject.export();
  }
  cache ||= /* @__PURE__ */ new WeakMap();
  const cacheKey = key;
  let cached = cache.get(cacheKey);
  if (cached?.[alg])
    return cached[alg];
  if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
    const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({ crv, asymmetricKeyType: keyObject.asymmetricKeyType }) ?? entry.subtle;
    return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
  }
  return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
let cache;
const nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
function assertCryptoKey(key) {
  if (!isCryptoKey(key))
    throw new Error("CryptoKey instance expected");
}
const isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return !0;
  try {
    return key instanceof CryptoKey;
  } catch {
    return !1;
  }
}, isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject", isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
  if (types.length > 2) {
    const last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
const invalidKeyInput = (actual, ...types) => message("Key must be ", actual, ...types);
function invalidKeyType(alg, actual, secret) {
  const types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
const unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
  if (usage && !key.usages.includes(usage))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
  const { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage);
}
function snapshotJwk(jwk) {
  return { __proto__: null, ...jwk };
}
function normalizeJwk(jwk) {
  const normalized = snapshotJwk(jwk);
  if (normalized.ext !== void 0 && typeof normalized.ext != "boolean")
    throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  if (normalized.key_ops !== void 0) {
    const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
    if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length)
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    normalized.key_ops = keyOps;
  }
  return normalized;
}
function validateExtractableOption(extractable) {
  if (extractable !== void 0 && typeof extractable != "boolean")
    throw new TypeError('"extractable" option must be a boolean');
  return extractable;
}
async function jwkToKey(entry, jwk, extractable) {
  if (!entry.kty.includes(jwk.kty))
    throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  const algorithm = entry.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = !1) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_algorithms.js


const sig = [["verify"], ["sign"]];
function jws_algorithms_hmac(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: !0, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  const subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  const subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  const subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
const JWS = table({
  HS256: jws_algorithms_hmac(256),
  HS384: jws_algorithms_hmac(384),
  HS512: jws_algorithms_hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  const entry = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry)
    throw new JOSENotSupported(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jwks/local.js




function isUsableJWK(jwk, entry, alg, kid) {
  const { kty, key_ops: keyOps, ext, kid: jwkKid, alg: jwkAlg, use, crv } = jwk;
  return (ext === void 0 || typeof ext == "boolean") && (keyOps === void 0 || Array.isArray(keyOps) && keyOps.every((operation, index) => typeof operation == "string" && keyOps.indexOf(operation) === index) && keyOps.includes("verify")) && entry.kty.includes(kty) && (kid === void 0 || typeof kid == "string" && kid === jwkKid) && (jwkAlg === void 0 ? kty !== "AKP" : alg === jwkAlg) && (use === void 0 || use === "sig") && (!entry.crv || crv === entry.crv);
}
async function importWithAlgCache(cache, jwk, entry) {
  const cached = cache.get(jwk) || cache.set(jwk, {}).get(jwk), { alg } = entry;
  if (cached[alg] === void 0) {
    const pending = jwkToKey(entry, jwk, !0).then((key) => {
      if (key.type !== "public")
        throw new JWKSInvalid("JSON Web Key Set members must be public keys");
      return cached[alg] = key, key;
    }).catch((error) => {
      throw cached[alg] === pending && delete cached[alg], error;
    });
    cached[alg] = pending;
  }
  return cached[alg];
}
function createLocalJWKSet(jwks) {
  let snapshot;
  try {
    snapshot = structuredClone(jwks);
  } catch (cause) {
    throw new JWKSInvalid("JSON Web Key Set malformed", { cause });
  }
  if (!isJwkSet(snapshot))
    throw new JWKSInvalid("JSON Web Key Set malformed");
  const metadata = snapshot.keys.map((jwk) => {
    const normalized = snapshotJwk(jwk);
    return Array.isArray(normalized.key_ops) && (normalized.key_ops = [...normalized.key_ops]), normalized;
  }), cached = /* @__PURE__ */ new WeakMap();
  return Object.defineProperty(async (protectedHeader, token) => {
    const { alg, kid } = { ...protectedHeader, ...token?.header }, entry = typeof alg == "string" ? JWS[alg] : void 0;
    if (!entry || entry.secret)
      throw new JOSENotSupported('Unsupported "alg" value for a JSON Web Key Set');
    const candidates = snapshot.keys.filter((_, index) => isUsableJWK(metadata[index], entry, alg, kid)), { 0: jwk, length } = candidates;
    if (!length)
      throw new JWKSNoMatchingKey();
    if (length !== 1) {
      const error = new JWKSMultipleMatchingKeys();
      throw error[Symbol.asyncIterator] = async function* () {
        for (const jwk2 of candidates)
          try {
            yield await importWithAlgCache(cached, jwk2, entry);
          } catch {
          }
      }, error;
    }
    return importWithAlgCache(cached, jwk, entry);
  }, "jwks", {
    value: () => structuredClone(snapshot)
  });
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jwks/remote.js



function isCloudflareWorkers() {
  return typeof WebSocketPair < "u" || typeof navigator < "u" && navigator.userAgent === "Cloudflare-Workers" || typeof EdgeRuntime < "u" && EdgeRuntime === "vercel";
}
let USER_AGENT;
(typeof navigator > "u" || !navigator.userAgent?.startsWith?.("Mozilla/5.0 ")) && (USER_AGENT = "jose/v6.2.18");
const customFetch = /* @__PURE__ */ Symbol();
async function fetchJwks(url, headers, signal, fetchImpl = fetch) {
  const response = await fetchImpl(url, {
    method: "GET",
    signal,
    redirect: "manual",
    headers
  }).catch((err) => {
    throw err.name === "TimeoutError" ? new JWKSTimeout(void 0, { cause: err }) : err;
  });
  if (response.status !== 200)
    throw new JOSEError("Expected 200 OK from the JSON Web Key Set HTTP response");
  try {
    return await response.json();
  } catch (cause) {
    throw signal.aborted ? new JWKSTimeout(void 0, { cause }) : new JOSEError("Failed to parse the JSON Web Key Set HTTP response as JSON", { cause });
  }
}
const jwksCache = /* @__PURE__ */ Symbol();
function isFreshFor(timestamp, duration) {
  return Number.isFinite(timestamp) && Date.now() < timestamp + duration;
}
function validateDuration(value, fallback, option) {
  if (Number.isNaN(value))
    throw new TypeError(`"${option}" option must not be NaN`);
  if (typeof value == "number" && value < 0)
    throw new TypeError(`"${option}" option must not be negative`);
  return typeof value == "number" ? value : fallback;
}
function createRemoteJWKSet(url, options) {
  if (!(url instanceof URL))
    throw new TypeError("url must be an instance of URL");
  const href = new URL(url.href).href, opts = options ?? {}, timeoutOption = opts.timeoutDuration;
  if (typeof timeoutOption == "number" && (!Number.isInteger(timeoutOption) || timeoutOption < 0))
    throw new TypeError('"timeoutDuration" option must be a non-negative integer');
  const timeoutDuration = typeof timeoutOption == "number" ? timeoutOption : 5e3, cooldownDuration = validateDuration(opts.cooldownDuration, 3e4, "cooldownDuration"), cacheMaxAge = validateDuration(opts.cacheMaxAge, 6e5, "cacheMaxAge"), headers = new Headers(opts.headers);
  USER_AGENT && !headers.has("User-Agent") && headers.set("User-Agent", USER_AGENT), headers.has("accept") || headers.set("accept", "application/json, application/jwk-set+json");
  const fetchImpl = opts[customFetch], cache = opts[jwksCache];
  let jwksTimestamp, pendingFetch, reloadSequence = 0, appliedSequence = 0, local;
  if (cache && typeof cache == "object") {
    const { uat, jwks } = cache;
    isFreshFor(uat, cacheMaxAge) && isJwkSet(jwks) && (jwksTimestamp = uat, local = createLocalJWKSet(jwks));
  }
  const reload = async () => {
    if (pendingFetch && isCloudflareWorkers() && (pendingFetch = void 0), !pendingFetch) {
      const sequence = ++reloadSequence, current = pendingFetch = fetchJwks(href, headers, AbortSignal.timeout(timeoutDuration), fetchImpl).then((json) => {
        const next = createLocalJWKSet(json);
        if (sequence <= appliedSequence)
          return;
        local = next;
        const updatedAt = Date.now();
        cache && (cache.uat = updatedAt, cache.jwks = json), jwksTimestamp = updatedAt, appliedSequence = sequence;
      }).finally(() => {
        pendingFetch === current && (pendingFetch = void 0);
      });
    }
    await pendingFetch;
  };
  return Object.defineProperties(async (protectedHeader, token) => {
    (!local || !isFreshFor(jwksTimestamp, cacheMaxAge)) && await reload();
    try {
      return await local(protectedHeader, token);
    } catch (err) {
      if (err instanceof JWKSNoMatchingKey && !isFreshFor(jwksTimestamp, cooldownDuration))
        return await reload(), local(protectedHeader, token);
      throw err;
    }
  }, {
    coolingDown: {
      get: () => isFreshFor(jwksTimestamp, cooldownDuration),
      enumerable: !0
    },
    fresh: {
      get: () => isFreshFor(jwksTimestamp, cacheMaxAge),
      enumerable: !0
    },
    reload: {
      value: reload,
      enumerable: !0
    },
    reloading: {
      get: () => !!pendingFetch,
      enumerable: !0
    },
    jwks: {
      value: () => local?.jwks(),
      enumerable: !0
    }
  });
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_verify.js





function snapshotJws(jws, sharedPayload) {
  const encodedProtectedHeader = jws.protected, inputHeader = jws.header, header = isObject(inputHeader) ? { ...inputHeader } : inputHeader;
  let payload = sharedPayload ? sharedPayload[0] : jws.payload;
  !sharedPayload && payload instanceof Uint8Array && (payload = new Uint8Array(payload));
  const signature = jws.signature, snapshot = { payload, signature };
  if (encodedProtectedHeader !== void 0 && (snapshot.protected = encodedProtectedHeader), inputHeader !== void 0 && (snapshot.header = header), encodedProtectedHeader === void 0 && header === void 0)
    throw new JWSInvalid('Flattened JWS must have either of the "protected" or "header" members');
  if (encodedProtectedHeader !== void 0 && typeof encodedProtectedHeader != "string")
    throw new JWSInvalid("JWS Protected Header incorrect type");
  if (payload === void 0)
    throw new JWSInvalid("JWS Payload missing");
  if (typeof signature != "string")
    throw new JWSInvalid("JWS Signature missing or incorrect type");
  if (header !== void 0 && !isObject(header))
    throw new JWSInvalid("JWS Unprotected Header incorrect type");
  return snapshot;
}
function prepareVerify(options) {
  return [options && validateAlgorithms("algorithms", options.algorithms), options?.crit];
}
function parseProtectedHeader(encodedProtectedHeader) {
  return encodedProtectedHeader === void 0 ? {} : parseJoseHeader(encodedProtectedHeader, errors_JWSInvalid, "JWS Protected Header is invalid");
}
function encodeJsonUnencodedPayload(payload) {
  const invalid = /[\p{Cs}\p{Cn}]/u.exec(payload)?.[0];
  if (invalid !== void 0)
    throw new JWSInvalid(/\p{Cs}/u.test(invalid) ? "JWS Payload must be a well-formed Unicode string" : "JWS Payload must not contain unassigned Unicode code points");
  return encoder.encode(payload);
}
function encodeCompactUnencodedPayload(payload) {
  try {
    return encode(payload);
  } catch (cause) {
    throw new errors_JWSInvalid("JWS Compact Serialization payload must use only ASCII characters", {
      cause
    });
  }
}
async function verifySignature(jws, shared, key, encodeUnencodedPayload, parsedProtected) {
  const { protected: encodedProtectedHeader, header, payload: inputPayload } = jws, protectedHeader = parsedProtected ?? parseProtectedHeader(encodedProtectedHeader);
  if (!isDisjoint(protectedHeader, header))
    throw new errors_JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...header }, b64 = validateB64(protectedHeader, validateCrit(errors_JWSInvalid, JWS_RECOGNIZED, shared[1], protectedHeader, joseHeader)), { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new errors_JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  if (shared[0] && !shared[0].has(alg))
    throw new JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
  if (b64) {
    if (typeof inputPayload != "string")
      throw new errors_JWSInvalid("JWS Payload must be a string");
  } else if (typeof inputPayload != "string" && !(inputPayload instanceof Uint8Array))
    throw new errors_JWSInvalid("JWS Payload must be a string or an Uint8Array instance");
  const signingPayload = b64 || typeof inputPayload != "string" ? inputPayload : encodeUnencodedPayload(inputPayload);
  let resolvedKey = !1;
  typeof key == "function" && (key = await key(protectedHeader, jws), resolvedKey = !0);
  const entry = jwsAlgorithm(alg), signingInput = concat(encodedProtectedHeader !== void 0 ? encode(encodedProtectedHeader) : new Uint8Array(), encode("."), typeof signingPayload == "string" ? shared[2] ??= encodeAsciiMember(signingPayload, "payload", errors_JWSInvalid) : signingPayload), signature = decodeBase64url(jws.signature, "signature", errors_JWSInvalid), verificationKey = await prepareKey(entry, key, "verify"), cryptoKey = await rawKey(verificationKey, entry.subtle, "verify");
  entry.minRsaBits && checkModulusLength(entry.alg, cryptoKey);
  let verified = !1;
  try {
    verified = await crypto.subtle.verify(entry.signing, cryptoKey, signature, signingInput);
  } catch (cause) {
    throw new JWSSignatureVerificationFailed(void 0, { cause });
  }
  if (!verified)
    throw new JWSSignatureVerificationFailed();
  const result = { payload: typeof signingPayload == "string" ? decodeBase64url(signingPayload, "payload", errors_JWSInvalid) : signingPayload };
  return encodedProtectedHeader !== void 0 && (result.protectedHeader = protectedHeader), header !== void 0 && (result.unprotectedHeader = header), resolvedKey ? [{ ...result, key: verificationKey }, b64] : [result, b64];
}
async function verifyCompact(jws, shared, key) {
  if (jws instanceof Uint8Array && (jws = decoder.decode(jws)), typeof jws != "string")
    throw new errors_JWSInvalid("Compact JWS must be a string or Uint8Array");
  const { 0: protectedHeader, 1: payload, 2: signature, length } = jws.split(".");
  if (length !== 3)
    throw new errors_JWSInvalid("Invalid Compact JWS");
  return verifySignature({ payload, protected: protectedHeader, signature }, shared, key, encodeCompactUnencodedPayload);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jwt_claims_set.js



const epoch = (date) => Math.floor(date.getTime() / 1e3), multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
}, REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i, checkFailed = "check_failed";
function invalidDuration() {
  throw new TypeError("Invalid time period format");
}
function secs(str) {
  typeof str != "string" && invalidDuration();
  const matched = REGEX.exec(str);
  (!matched || matched[4] && matched[1]) && invalidDuration();
  const value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
  return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4]?.toLowerCase() === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
  if (!Number.isFinite(input))
    throw new TypeError(`Invalid ${label} input`);
  return input;
}
function validateStringClaim(claim, value) {
  if (typeof value != "string")
    throw new TypeError(`"${claim}" claim must be a string`);
}
function validateAudienceClaim(value) {
  if (typeof value != "string" && (!Array.isArray(value) || Array.from(value).some((member) => typeof member != "string")))
    throw new TypeError('"aud" claim must be a string or an array of strings');
}
function numericDate(value, label) {
  return typeof value == "number" ? validateInput(label, value) : value instanceof Date ? validateInput(label, epoch(value)) : epoch(/* @__PURE__ */ new Date()) + secs(value);
}
const normalizeTyp = (value) => {
  const normalized = value.toLowerCase();
  return value.includes("/") ? normalized : `application/${normalized}`;
}, checkAudiencePresence = (audPayload, audOption) => typeof audPayload == "string" ? audOption.includes(audPayload) : Array.isArray(audPayload) ? audOption.some((aud) => audPayload.includes(aud)) : !1;
function validateNumericDate(claimsSet, claim, required = !1) {
  const value = claimsSet[claim];
  if (!(value === void 0 && !required)) {
    if (typeof value != "number")
      throw new JWTClaimValidationFailed(`"${claim}" claim must be a number`, claimsSet, claim, "invalid");
    return value;
  }
}
function unexpectedClaim(claimsSet, claim) {
  throw new JWTClaimValidationFailed(`unexpected "${claim}" claim value`, claimsSet, claim, checkFailed);
}
function validateClaimsSet(protectedHeader, claimsSetBytes, options = {}) {
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object", { cause });
  }
  if (!validate_isObject(claimsSet))
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object");
  const { typ } = options;
  if (typ !== void 0 && (typeof protectedHeader.typ != "string" || normalizeTyp(protectedHeader.typ) !== normalizeTyp(typ)))
    throw new JWTClaimValidationFailed('unexpected "typ" JWT header value', claimsSet, "typ", checkFailed);
  const { requiredClaims = [], issuer, subject, audience, maxTokenAge } = options, presenceCheck = [...requiredClaims];
  maxTokenAge !== void 0 && presenceCheck.push("iat"), audience !== void 0 && presenceCheck.push("aud"), subject !== void 0 && presenceCheck.push("sub"), issuer !== void 0 && presenceCheck.push("iss");
  for (const claim of new Set(presenceCheck.reverse()))
    if (!Object.hasOwn(claimsSet, claim))
      throw new JWTClaimValidationFailed(`missing required "${claim}" claim`, claimsSet, claim, "missing");
  issuer !== void 0 && !(Array.isArray(issuer) ? issuer : [issuer]).includes(claimsSet.iss) && unexpectedClaim(claimsSet, "iss"), subject !== void 0 && claimsSet.sub !== subject && unexpectedClaim(claimsSet, "sub"), audience !== void 0 && !checkAudiencePresence(claimsSet.aud, typeof audience == "string" ? [audience] : audience) && unexpectedClaim(claimsSet, "aud");
  const { clockTolerance } = options;
  let tolerance = 0;
  if (typeof clockTolerance == "string")
    tolerance = secs(clockTolerance);
  else if (clockTolerance !== void 0) {
    if (typeof clockTolerance != "number")
      throw new TypeError("Invalid clockTolerance option type");
    tolerance = clockTolerance;
  }
  if (validateInput("clockTolerance option", tolerance), tolerance < 0)
    throw new TypeError("Invalid clockTolerance option input");
  const { currentDate } = options, now = validateInput("currentDate option", epoch(currentDate === void 0 ? /* @__PURE__ */ new Date() : currentDate)), iat = validateNumericDate(claimsSet, "iat", maxTokenAge !== void 0), nbf = validateNumericDate(claimsSet, "nbf");
  if (nbf !== void 0 && nbf > now + tolerance)
    throw new JWTClaimValidationFailed('"nbf" claim timestamp check failed', claimsSet, "nbf", checkFailed);
  const exp = validateNumericDate(claimsSet, "exp");
  if (exp !== void 0 && exp <= now - tolerance)
    throw new JWTExpired('"exp" claim timestamp check failed', claimsSet, "exp", checkFailed);
  if (maxTokenAge !== void 0) {
    const age = now - iat, max = validateInput("maxTokenAge option", typeof maxTokenAge == "number" ? maxTokenAge : secs(maxTokenAge));
    if (max < 0)
      throw new TypeError("Invalid maxTokenAge option input");
    if (age - tolerance > max)
      throw new JWTExpired('"iat" claim timestamp check failed (too far in the past)', claimsSet, "iat", checkFailed);
    if (age < -tolerance)
      throw new JWTClaimValidationFailed('"iat" claim timestamp check failed (it should be in the past)', claimsSet, "iat", checkFailed);
  }
  return claimsSet;
}
let producerClaimsSets;
function producerClaimsSet(producer) {
  return producerClaimsSets.get(producer);
}
function jwtClaimsSetBytes(producer) {
  const claimsSet = producerClaimsSet(producer);
  for (const claim of ["iat", "nbf", "exp"]) {
    const value = claimsSet[claim];
    if (typeof value == "number" && !Number.isFinite(value))
      throw new TypeError(`"${claim}" claim must be a finite number`);
  }
  return encoder.encode(JSON.stringify(claimsSet));
}
function jwtClaim(producer, claim) {
  return producerClaimsSet(producer)[claim];
}
class JWTClaimsBuilder {
  constructor(claimsSet = {}) {
    if (!isObject(claimsSet))
      throw new TypeError("JWT Claims Set MUST be an object");
    (producerClaimsSets ||= /* @__PURE__ */ new WeakMap()).set(this, structuredClone(claimsSet));
  }
  setIssuer(value) {
    return validateStringClaim("iss", value), producerClaimsSet(this).iss = value, this;
  }
  setSubject(value) {
    return validateStringClaim("sub", value), producerClaimsSet(this).sub = value, this;
  }
  setAudience(value) {
    return validateAudienceClaim(value), producerClaimsSet(this).aud = value, this;
  }
  setJti(value) {
    return validateStringClaim("jti", value), producerClaimsSet(this).jti = value, this;
  }
  setNotBefore(value) {
    return producerClaimsSet(this).nbf = numericDate(value, "setNotBefore"), this;
  }
  setExpirationTime(value) {
    return producerClaimsSet(this).exp = numericDate(value, "setExpirationTime"), this;
  }
  setIssuedAt(value) {
    const claimsSet = producerClaimsSet(this);
    return value === void 0 ? claimsSet.iat = epoch(/* @__PURE__ */ new Date()) : typeof value == "string" ? claimsSet.iat = validateInput("setIssuedAt", epoch(/* @__PURE__ */ new Date()) + secs(value)) : claimsSet.iat = numericDate(value, "setIssuedAt"), this;
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js



async function jwtVerify(jwt, key, options) {
  const [verified, b64] = await verifyCompact(jwt, prepareVerify(options), key);
  if (!b64)
    throw new JWTInvalid("JWTs MUST NOT use unencoded payload");
  const payload = validateClaimsSet(verified.protectedHeader, verified.payload, options);
  return { ...verified, payload };
}


;// CONCATENATED MODULE: ./build/webhook/identity.js
// Checking a CI platform's OIDC identity token (what notify's oidc-audience sends as
// `Authorization: Bearer`) with jose: the signature against the issuer's published keys (OpenID
// discovery → jwks_uri, cached, refetched when a token names an unknown kid), the algorithm,
// iss, aud, exp, nbf and iat, then the claims asked for.



/** What GitHub and GitLab sign identity tokens with: no `none`, no HMAC with a public key. */
const IDENTITY_ALGORITHMS = ['RS256'];
const identity_DEFAULT_TOLERANCE_SECONDS = 60;
const identity_DEFAULT_MAX_AGE_SECONDS = 24 * 3600;
/** Each discovery or key fetch may take this long. */
const IDENTITY_FETCH_TIMEOUT_MS = 10_000;
const HEADERS = { Accept: 'application/json', 'User-Agent': `ci-relay/${VERSION}` };
function fail(message) {
    throw new WebhookVerificationError(message);
}
/** https, or http on this machine (a local issuer for tests and prototyping). */
function fetchableUrl(url, what) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return fail(`Invalid ${what} URL`);
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
        fail(`The ${what} URL must be https`);
    }
    return parsed;
}
/** Discovery and key fetches: src/http's policy (proxies too), two attempts of timeoutMs each. */
const fetchPolicy = (timeoutMs) => ({
    timeoutMs,
    maxAttempts: 2,
    deadlineMs: 2 * timeoutMs,
});
async function discoverJwksUri(issuer, timeoutMs) {
    const url = fetchableUrl(`${issuer}/.well-known/openid-configuration`, 'issuer');
    const { request } = await __nccwpck_require__.e(/* import() */ 239).then(__nccwpck_require__.bind(__nccwpck_require__, 239));
    const { networkFailureIn } = await __nccwpck_require__.e(/* import() */ 602).then(__nccwpck_require__.bind(__nccwpck_require__, 602));
    let response;
    try {
        response = await request(url, { headers: HEADERS, policy: fetchPolicy(timeoutMs) });
    }
    catch (error) {
        const failure = networkFailureIn(error);
        const kind = failure && ('failure' in failure ? failure.failure.kind : failure.kind);
        const timedOut = kind === 'timeout';
        return fail(`Cannot fetch the OpenID configuration: ${timedOut ? `no answer within ${timeoutMs / 1000} s` : error.message}`);
    }
    if (!response.ok)
        fail(`Cannot fetch the OpenID configuration: HTTP ${response.status}`);
    const body = (await response.json().catch(() => undefined));
    if (typeof body?.jwks_uri !== 'string')
        fail('The OpenID configuration has no jwks_uri');
    return fetchableUrl(body.jwks_uri, 'jwks_uri');
}
// One key set per issuer for the life of the process: `listen` checks many deliveries with one
// fetch, and jose refetches (at most every 30 s) when a token names a kid it has not seen.
const keySets = new Map();
function keySetOf(issuer, { timeoutMs = IDENTITY_FETCH_TIMEOUT_MS, cooldownMs }) {
    const cacheKey = JSON.stringify([issuer, timeoutMs, cooldownMs]);
    let keySet = keySets.get(cacheKey);
    if (!keySet) {
        keySet = discoverJwksUri(issuer, timeoutMs).then(async (uri) => createRemoteJWKSet(uri, {
            timeoutDuration: timeoutMs,
            [customFetch]: (await __nccwpck_require__.e(/* import() */ 239).then(__nccwpck_require__.bind(__nccwpck_require__, 239))).fetchFor({
                policy: fetchPolicy(timeoutMs),
            }),
            ...(cooldownMs !== undefined && { cooldownDuration: cooldownMs }),
            headers: HEADERS,
        }));
        // A failed discovery is not cached: the next delivery tries again.
        keySet.catch(() => keySets.delete(cacheKey));
        keySets.set(cacheKey, keySet);
    }
    return keySet;
}
/** jose's errors as short messages that never include the token. */
function explain(error) {
    if (error instanceof WebhookVerificationError)
        throw error;
    if (error instanceof JWTExpired) {
        fail(error.claim === 'iat' ? 'Token too old (issued longer ago than max age)' : 'Token expired');
    }
    if (error instanceof JWTClaimValidationFailed) {
        const claim = error.claim;
        if (claim === 'iss')
            fail('Token issuer mismatch');
        if (claim === 'aud')
            fail('Token audience mismatch');
        if (claim === 'nbf')
            fail('Token not yet valid');
        if (claim === 'iat')
            fail(`Token issued at an unacceptable time (${error.reason})`);
        fail(`Token claim '${claim}' invalid (${error.reason})`);
    }
    if (error instanceof JOSEAlgNotAllowed)
        fail('Unsupported token algorithm');
    if (error instanceof JWKSNoMatchingKey)
        fail('No issuer key matches the token');
    if (error instanceof JWSSignatureVerificationFailed)
        fail('Invalid token signature');
    if (error instanceof JWKSTimeout)
        fail('Cannot fetch the issuer keys: no answer in time');
    if (error instanceof JWKSInvalid || error instanceof JOSENotSupported) {
        fail('The issuer keys cannot be used');
    }
    if (error instanceof JOSEError)
        fail('Invalid token');
    fail(`Cannot check the token: ${error.message}`);
}
/**
 * The claims of an OIDC identity token when it verifies against the issuer's keys and
 * expectations; throws WebhookVerificationError otherwise.
 */
async function verifyIdentity(token, expected) {
    const issuer = expected.issuer.replace(/\/+$/, '');
    let payload;
    try {
        // The issuer is checked before any fetch: a token of another issuer costs no request.
        const unverified = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        if (unverified.iss !== issuer)
            fail('Token issuer mismatch');
    }
    catch (error) {
        if (error instanceof WebhookVerificationError)
            throw error;
        fail('Invalid token');
    }
    try {
        const keys = await keySetOf(issuer, expected.keys ?? {});
        ({ payload } = await jwtVerify(token, keys, {
            issuer,
            ...(expected.audience !== undefined && { audience: expected.audience }),
            algorithms: IDENTITY_ALGORITHMS,
            clockTolerance: expected.clockToleranceSeconds ?? identity_DEFAULT_TOLERANCE_SECONDS,
            maxTokenAge: expected.maxAgeSeconds ?? identity_DEFAULT_MAX_AGE_SECONDS,
            requiredClaims: ['exp', 'iat'],
            ...(expected.now !== undefined && { currentDate: new Date(expected.now * 1000) }),
        }));
    }
    catch (error) {
        explain(error);
    }
    for (const [name, value] of Object.entries(expected.claims ?? {})) {
        if (String(payload[name]) !== value)
            fail(`Token claim '${name}' mismatch`);
    }
    return payload;
}

;// CONCATENATED MODULE: ./build/index.js
// The library: what receivers and other tools import from '@ci-relay/cli'.







var __webpack_exports__COMMANDS = __webpack_exports__.Lo;
var __webpack_exports__DEFAULT_TOLERANCE_SECONDS = __webpack_exports__.K4;
var __webpack_exports__IDENTITY_ALGORITHMS = __webpack_exports__.ap;
var __webpack_exports__INPUTS = __webpack_exports__.mc;
var __webpack_exports__OUTPUTS = __webpack_exports__.py;
var __webpack_exports__RELAY_KEY = __webpack_exports__.se;
var __webpack_exports__RelaySignatureError = __webpack_exports__.YC;
var __webpack_exports__SIGNATURE_SCHEMES = __webpack_exports__.sA;
var __webpack_exports__VERSION = __webpack_exports__.xv;
var __webpack_exports__WebhookVerificationError = __webpack_exports__.dg;
var __webpack_exports__newDeliveryId = __webpack_exports__._i;
var __webpack_exports__newSecret = __webpack_exports__.jr;
var __webpack_exports__sign = __webpack_exports__._S;
var __webpack_exports__signRelay = __webpack_exports__.F4;
var __webpack_exports__verify = __webpack_exports__.MX;
var __webpack_exports__verifyIdentity = __webpack_exports__.Ec;
var __webpack_exports__verifyRelay = __webpack_exports__.tQ;
export { __webpack_exports__COMMANDS as COMMANDS, __webpack_exports__DEFAULT_TOLERANCE_SECONDS as DEFAULT_TOLERANCE_SECONDS, __webpack_exports__IDENTITY_ALGORITHMS as IDENTITY_ALGORITHMS, __webpack_exports__INPUTS as INPUTS, __webpack_exports__OUTPUTS as OUTPUTS, __webpack_exports__RELAY_KEY as RELAY_KEY, __webpack_exports__RelaySignatureError as RelaySignatureError, __webpack_exports__SIGNATURE_SCHEMES as SIGNATURE_SCHEMES, __webpack_exports__VERSION as VERSION, __webpack_exports__WebhookVerificationError as WebhookVerificationError, __webpack_exports__newDeliveryId as newDeliveryId, __webpack_exports__newSecret as newSecret, __webpack_exports__sign as sign, __webpack_exports__signRelay as signRelay, __webpack_exports__verify as verify, __webpack_exports__verifyIdentity as verifyIdentity, __webpack_exports__verifyRelay as verifyRelay };
