export const id = 217;
export const ids = [217];
export const modules = {

/***/ 4217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DISPATCH_LIMITS: () => (/* binding */ DISPATCH_LIMITS),
/* harmony export */   checkClientPayload: () => (/* binding */ checkClientPayload),
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   parseDispatchInputs: () => (/* binding */ parseDispatchInputs)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7307);
/* harmony import */ var _github_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8328);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6910);





/** GitHub's limits on repository_dispatch (422 beyond them). */
const DISPATCH_LIMITS = { eventTypeLength: 100, payloadKeys: 10, payloadBytes: 65_536 };
function checkClientPayload(payload, input) {
    const keys = Object.keys(payload).length;
    if (keys > DISPATCH_LIMITS.payloadKeys) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `may have at most ${DISPATCH_LIMITS.payloadKeys} top-level keys (GitHub's limit); it has ${keys}. Nest the rest in an object.`);
    }
    const bytes = Buffer.byteLength(JSON.stringify(payload));
    if (bytes >= DISPATCH_LIMITS.payloadBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `must serialize to under 64 KB (GitHub's limit); it is ${bytes} bytes.`);
    }
}
function parseDispatchInputs(reader) {
    const repositories = (0,_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepositories */ .of)(reader.list('repository'), 'repository');
    if (repositories.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('repository', 'must name at least one owner/name (there is no current repository to default to).');
    }
    const eventType = reader.string('event-type', {
        required: true,
        hint: 'the event_type the receiving workflow listens for (on: repository_dispatch: types: [...])',
    });
    if ([...eventType].length > DISPATCH_LIMITS.eventTypeLength) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('event-type', `must be 1 to ${DISPATCH_LIMITS.eventTypeLength} characters (got ${[...eventType].length}).`);
    }
    const clientPayload = reader.jsonObject('client-payload') ?? {};
    checkClientPayload(clientPayload, 'client-payload');
    return { repositories, eventType, clientPayload };
}
const command = {
    parse: parseDispatchInputs,
    async run(inputs, deps) {
        const github = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .requireGitHub */ .x)(deps);
        const correlationId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
        const sent = [];
        for (const [owner, repos] of (0,_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .groupByOwner */ .QP)(inputs.repositories)) {
            let octokit;
            try {
                octokit = await github.client(owner, repos, { contents: 'write', metadata: 'read' });
            }
            catch (error) {
                for (const repo of repos)
                    sent.push({
                        repository: `${owner}/${repo}`,
                        status: statusOf(error),
                        error: error.message,
                    });
                continue;
            }
            for (const repo of repos) {
                const repository = (0,_github_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .fullName */ .fq)({ owner, repo });
                try {
                    const response = await octokit.request('POST /repos/{owner}/{repo}/dispatches', {
                        owner,
                        repo,
                        event_type: inputs.eventType,
                        client_payload: inputs.clientPayload,
                    });
                    sent.push({ repository, status: response.status });
                    deps.log.info(`Sent repository_dispatch '${inputs.eventType}' to ${repository} (${response.status}).`);
                }
                catch (error) {
                    const explained = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainGitHubError */ .P)(error, `Dispatching '${inputs.eventType}' to ${repository}`, {
                        404: github.usesApp
                            ? `the repository ${repository} does not exist, or the GitHub App is not installed on it.`
                            : `the repository ${repository} does not exist, or the token cannot see it or lacks contents: write (GITHUB_TOKEN only reaches its own repository: use a GitHub App for others).`,
                        403: `the token lacks contents: write on ${repository}.`,
                        422: `GitHub refused the body: event_type must be 1 to 100 characters and client_payload at most 10 top-level keys.`,
                    });
                    sent.push({ repository, status: statusOf(error), error: explained.message });
                }
            }
        }
        const failed = sent.filter((s) => s.error);
        const outputs = {
            'correlation-id': correlationId,
            repositories: JSON.stringify(sent.map(({ repository, status }) => ({ repository, status }))),
        };
        const summary = [
            `### ci-relay dispatch \`${inputs.eventType}\``,
            '',
            '| repository | result |',
            '| --- | --- |',
            ...sent.map((s) => `| ${s.repository} | ${s.error ? `failed (${s.status || 'no answer'})` : `sent (${s.status})`} |`),
            '',
            `Correlation id: \`${correlationId}\``,
            '',
        ].join('\n');
        return { outputs, summary, failure: failed.map((f) => f.error).join('\n') || undefined };
    },
};
function statusOf(error) {
    return error?.status ?? 0;
}


/***/ }),

/***/ 6910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ requireGitHub)
/* harmony export */ });
function requireGitHub(deps) {
    if (!deps.github)
        throw new Error('This command needs GitHub access (inputs.ts commands list).');
    return deps.github;
}


/***/ }),

/***/ 8328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QP: () => (/* binding */ groupByOwner),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   fq: () => (/* binding */ fullName),
/* harmony export */   of: () => (/* binding */ parseRepositories)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
function parseRepository(value, input) {
    const parts = value.split('/');
    const [owner, repo] = parts;
    if (parts.length !== 2 ||
        !owner ||
        !repo ||
        !OWNER.test(owner) ||
        !NAME.test(repo) ||
        repo === '.' ||
        repo === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each repository must be owner/name, like octo-org/service (got '${value}').`);
    }
    return { owner, repo };
}
function isRepositoryName(value) {
    return NAME.test(value) && value !== '.' && value !== '..';
}
/** Parse a list of owner/name, dropping duplicates (GitHub names are case-insensitive). */
function parseRepositories(values, input) {
    const seen = new Set();
    const refs = [];
    for (const value of values) {
        const ref = parseRepository(value, input);
        const key = `${ref.owner}/${ref.repo}`.toLowerCase();
        if (!seen.has(key))
            refs.push(ref);
        seen.add(key);
    }
    return refs;
}
/** Group repositories by owner (case-insensitive), keeping the first spelling and the order. */
function groupByOwner(refs) {
    const groups = new Map();
    const spelling = new Map();
    for (const { owner, repo } of refs) {
        const key = owner.toLowerCase();
        if (!spelling.has(key))
            spelling.set(key, owner);
        const name = spelling.get(key);
        groups.set(name, [...(groups.get(name) ?? []), repo]);
    }
    return groups;
}
const fullName = (ref) => `${ref.owner}/${ref.repo}`;


/***/ })

};
