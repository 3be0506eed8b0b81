export const id = 226;
export const ids = [226];
export const modules = {

/***/ 9226:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   parsePermissions: () => (/* binding */ parsePermissions)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _github_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8328);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6910);



const LEVELS = ['read', 'write', 'admin'];
function parsePermissions(items, input) {
    if (items.length === 0)
        return undefined;
    const permissions = {};
    for (const item of items) {
        const [name, level, ...rest] = item.split(':').map((part) => part.trim());
        if (!name || !/^[a-z_]+$/.test(name) || !level || !LEVELS.includes(level) || rest.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each permission must be name:level with level read, write or admin, like contents:write (got '${item}').`);
        }
        permissions[name] = level;
    }
    return permissions;
}
const command = {
    parse(reader, context) {
        if (!reader.raw('app-id')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('app-id', 'must be set for the token command, together with private-key (the GitHub App credentials).');
        }
        const ownerInput = reader.string('owner');
        const owner = ownerInput ?? context.owner;
        if (!owner)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('owner', 'must be set when there is no current repository (GITHUB_REPOSITORY).');
        let repositories = reader.list('repositories').map((item) => {
            const [first, second, ...rest] = item.split('/');
            const name = second === undefined ? first : second;
            if (rest.length ||
                (second !== undefined && first?.toLowerCase() !== owner.toLowerCase()) ||
                !name ||
                !(0,_github_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .isRepositoryName */ .en)(name)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('repositories', `each entry must be a repository name of ${owner} (or ${owner}/name); got '${item}'. One token covers one owner: use one step per owner.`);
            }
            return name;
        });
        if (repositories.length === 0) {
            repositories =
                !ownerInput && context.repository ? [context.repository.split('/')[1]] : undefined;
        }
        return {
            owner,
            repositories,
            permissions: parsePermissions(reader.list('permissions'), 'permissions'),
            installationId: reader.integer('installation-id'),
        };
    },
    async run(inputs, deps) {
        const minted = await (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .requireGitHub */ .x)(deps).mint(inputs);
        const scope = inputs.repositories
            ? inputs.repositories.map((r) => `${inputs.owner}/${r}`).join(', ')
            : `all repositories of ${inputs.owner}`;
        return {
            outputs: {
                token: minted.token,
                'installation-id': String(minted.installationId),
                'app-slug': minted.appSlug ?? '',
                'expires-at': minted.expiresAt,
            },
            summary: `### ci-relay token\nInstallation token for ${scope}, expires ${minted.expiresAt}.\n`,
        };
    },
};


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
