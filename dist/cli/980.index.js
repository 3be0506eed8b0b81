export const id = 980;
export const ids = [980];
export const modules = {

/***/ 2980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/github/app-inputs.js
var app_inputs = __webpack_require__(8231);
// EXTERNAL MODULE: ./build/github/permissions.js
var permissions = __webpack_require__(1498);
;// CONCATENATED MODULE: ./build/github/app-permissions.js
// Reading `permissions` (name:level pairs) against GitHub's App permissions, so a typo fails at
// validation, naming the wrong part, instead of at GitHub (or not at all).


const isAppPermission = (name) => Object.hasOwn(permissions/* APP_PERMISSIONS */.d, name);
/** `pull-requests` and `Pull_Requests` both mean GitHub's `pull_requests`. */
const permissionName = (name) => name.trim().toLowerCase().replace(/-/g, '_');
/** One permission checked: the name must be GitHub's, the level one that permission has. */
function checkPermission(rawName, rawLevel, input) {
    const name = permissionName(rawName);
    const level = rawLevel.trim().toLowerCase();
    if (!isAppPermission(name)) {
        const close = Object.keys(permissions/* APP_PERMISSIONS */.d).filter((known) => known.includes(name) || (name.length > 3 && name.includes(known)));
        throw new errors/* InputError */.dz(input, `'${rawName.trim()}' is not a GitHub App permission${close.length ? ` (did you mean ${close.slice(0, 3).join(', ')}?)` : ''}. Names are those of GitHub's App permissions, e.g. contents, pull-requests, statuses, actions, issues.`);
    }
    const levels = permissions/* APP_PERMISSIONS */.d[name];
    if (!levels.includes(level)) {
        throw new errors/* InputError */.dz(input, `the level of ${name} must be ${levels.join(' or ')} (got '${rawLevel.trim()}').`);
    }
    return [name, level];
}
/** `contents:write,pull-requests:write` → { contents: 'write', pull_requests: 'write' }. */
function parsePermissions(items, input) {
    if (items.length === 0)
        return undefined;
    const permissions = {};
    for (const item of items) {
        const parts = item.split(':');
        if (parts.length !== 2 || !parts[0]?.trim() || !parts[1]?.trim()) {
            throw new errors/* InputError */.dz(input, `each permission must be name:level, like contents:write or pull-requests:read (got '${item}').`);
        }
        const [name, level] = checkPermission(parts[0], parts[1], input);
        permissions[name] = level;
    }
    return permissions;
}

// EXTERNAL MODULE: ./build/github/repository.js
var repository = __webpack_require__(8328);
// EXTERNAL MODULE: ./build/summary.js
var summary = __webpack_require__(1192);
// EXTERNAL MODULE: ./build/commands/types.js
var types = __webpack_require__(6910);
;// CONCATENATED MODULE: ./build/commands/token.js






/** `permission-<name>` inputs add to (and for the same permission, override) `permissions`. */
function withPermissionInputs(listed, single) {
    if (Object.keys(single).length === 0)
        return listed;
    return { ...listed, ...single };
}
const command = {
    parse(reader, context) {
        if (!(0,app_inputs/* readAppId */.xc)(reader).value) {
            throw new errors/* InputError */.dz('app-id', 'must be set (or client-id) for the token command, together with private-key (the GitHub App credentials).');
        }
        const ownerInput = reader.string('owner');
        if (ownerInput !== undefined && !(0,repository/* isOwnerLogin */.bp)(ownerInput)) {
            throw new errors/* InputError */.dz('owner', `must be a GitHub user or organization login: letters, digits and single hyphens, at most 39 characters, not starting or ending with a hyphen (got '${ownerInput}').`);
        }
        const owner = ownerInput ?? context.owner;
        if (!owner)
            throw new errors/* InputError */.dz('owner', 'must be set when there is no current repository (GITHUB_REPOSITORY).');
        let repositories = reader.list('repositories').map((item) => {
            const [first, second, ...rest] = item.split('/');
            const name = second === undefined ? first : second;
            if (rest.length ||
                (second !== undefined && first?.toLowerCase() !== owner.toLowerCase()) ||
                !name ||
                !(0,repository/* isRepositoryName */.en)(name)) {
                throw new errors/* InputError */.dz('repositories', `each entry must be a repository name of ${owner} (or ${owner}/name); got '${item}'. One token covers one owner: use one step per owner.`);
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
            permissions: withPermissionInputs(parsePermissions(reader.list('permissions'), 'permissions'), (0,app_inputs/* readPermissionInputs */.ZN)(reader)),
            installationId: reader.integer('installation-id'),
        };
    },
    async run(inputs, deps) {
        const minted = await (0,types/* requireGitHub */.x)(deps).mint(inputs);
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
            summary: `${(0,summary/* summaryHeading */.hn)('token', 'minted')}\n\nInstallation token for ${scope}, expires ${minted.expiresAt}.\n`,
            // Later steps use the token: it lives until the post step (or its expiry on the CLI).
            post: true,
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

/***/ 8231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ readRevoke),
/* harmony export */   ZN: () => (/* binding */ readPermissionInputs),
/* harmony export */   xc: () => (/* binding */ readAppId)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1498);
// The App credential and revocation inputs under both spellings: ci-relay's (`app-id`,
// `revoke-token`) and actions/create-github-app-token's (`client-id`, `skip-token-revoke`), so
// switching from that action is a change of `uses:` only.


/** `app-id` or `client-id`, with the name of the input it came from (for error messages). */
function readAppId(reader) {
    const appId = reader.raw('app-id');
    const clientId = reader.raw('client-id');
    if (appId && clientId && appId !== clientId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('client-id', 'set either app-id or client-id, not both (they name one App).');
    }
    return clientId && !appId
        ? { value: clientId, input: 'client-id' }
        : { value: appId, input: 'app-id' };
}
/** False when `revoke-token: false` or `skip-token-revoke: true`. */
function readRevoke(reader) {
    return reader.boolean('skip-token-revoke') !== true && reader.boolean('revoke-token');
}
/** `permission-<name>: level` inputs as `{ name: level }` (GitHub's underscore names). */
function readPermissionInputs(reader) {
    const permissions = {};
    for (const permission of Object.keys(_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .APP_PERMISSIONS */ .d)) {
        const level = reader.string(`permission-${permission.replaceAll('_', '-')}`);
        if (level)
            permissions[permission] = level;
    }
    return permissions;
}


/***/ }),

/***/ 8328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QP: () => (/* binding */ groupByOwner),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   bp: () => (/* binding */ isOwnerLogin),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   fq: () => (/* binding */ fullName),
/* harmony export */   of: () => (/* binding */ parseRepositories)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);

// GitHub logins: letters, digits, single hyphens, not at either end, at most 39 characters.
// Enterprise Managed Users add `_shortcode`; a few old accounts end in a hyphen, which GitHub
// still serves, so only a leading hyphen, a double hyphen and other characters are refused.
const OWNER = /^(?=.{1,39}$)[A-Za-z0-9](?:-?[A-Za-z0-9])*-?(?:_[A-Za-z0-9]+)?$/;
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
/** A GitHub user or organization login. */
function isOwnerLogin(value) {
    return OWNER.test(value);
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
