import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Lo: () => (/* reexport */ COMMANDS),
  K4: () => (/* reexport */ DEFAULT_TOLERANCE_SECONDS),
  mc: () => (/* reexport */ INPUTS),
  py: () => (/* reexport */ OUTPUTS),
  se: () => (/* reexport */ RELAY_KEY),
  YC: () => (/* reexport */ RelaySignatureError),
  sA: () => (/* reexport */ SIGNATURE_SCHEMES),
  xv: () => (/* reexport */ VERSION),
  dg: () => (/* reexport */ WebhookVerificationError),
  _i: () => (/* reexport */ newDeliveryId),
  _S: () => (/* reexport */ sign),
  F4: () => (/* reexport */ signRelay),
  MX: () => (/* reexport */ verify),
  tQ: () => (/* reexport */ verifyRelay)
});

;// CONCATENATED MODULE: ./build/version.js
// Kept in step with package.json by test/front-doors.test.ts.
const VERSION = '0.1.0';

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
        description: 'notify: webhook secret used to sign deliveries (whsec_ secrets are base64-decoded). receive: secret that verifies the signed payload.',
        type: 'string',
        secret: true,
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
/** The table's default of an input, for the places that apply it without reading the input. */
function defaultOf(name) {
    return INPUTS[name].default;
}
/** Inputs of one command, in table order. */
function inputsOf(command) {
    return Object.entries(INPUTS).filter(([name, spec]) => name !== 'command' && spec.commands.includes(command));
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
/**
 * The HMAC key of a secret. Under `standard`, `whsec_<base64>` is decoded (as the Standard
 * Webhooks libraries do); any other secret, and every secret under `github` and `jobserv` (whose
 * receivers use the secret string as it is), is used as its UTF-8 bytes. Errors never include
 * the secret.
 */
function secretKey(secret, scheme = 'standard') {
    if (scheme === 'standard' && secret.startsWith(WHSEC_PREFIX)) {
        const encoded = secret.slice(WHSEC_PREFIX.length);
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) {
            throw new TypeError('A whsec_ secret must be followed by base64 characters.');
        }
        const key = Buffer.from(encoded, 'base64');
        if (key.length === 0)
            throw new TypeError('The whsec_ secret decodes to an empty key.');
        return key;
    }
    if (secret.length === 0)
        throw new TypeError('The webhook secret is empty.');
    if (scheme === 'gitlab')
        checkHeaderToken(secret);
    return Buffer.from(secret, 'utf8');
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
/** Whether the payload carries a `_relay` with a signature (it may still be invalid). */
function isSigned(payload) {
    const relay = payload[RELAY_KEY];
    return typeof relay === 'object' && relay !== null && 'sig' in relay;
}
/**
 * Checks the `_relay` signature of a received client_payload; throws RelaySignatureError when it
 * is missing, malformed, does not match, is older than maxAgeSeconds or from the future. Returns
 * the verified stamp.
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
    const expected = Buffer.from(hmac(secret, relaySigningInput(id, ts, eventType, data)), 'hex');
    const given = Buffer.from(sig, 'hex');
    if (given.length !== expected.length || !(0,external_node_crypto_namespaceObject.timingSafeEqual)(given, expected)) {
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
function verifyStandard(key, body, headers, options) {
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
    const expected = Buffer.from(standardSignature(key, id, timestamp, body).slice('v1,'.length));
    // Several space-separated signatures may be sent while a key is rotated; one match is enough.
    for (const versioned of signatures.split(' ')) {
        const comma = versioned.indexOf(',');
        if (comma < 0 || versioned.slice(0, comma) !== 'v1')
            continue;
        if (bytesEqual(Buffer.from(versioned.slice(comma + 1)), expected))
            return;
    }
    throw new WebhookVerificationError('No matching signature found');
}
function verifyGithub(key, body, headers, options) {
    const sha256 = header(headers, 'x-hub-signature-256');
    if (sha256) {
        const given = hexDigest(sha256, 'sha256=', 64);
        if (given && bytesEqual(given, Buffer.from(hmacHex('sha256', key, body), 'hex')))
            return;
        throw new WebhookVerificationError('No matching signature found');
    }
    const sha1 = header(headers, 'x-hub-signature');
    if (sha1 && options.allowSha1) {
        const given = hexDigest(sha1, 'sha1=', 40);
        if (given && bytesEqual(given, Buffer.from(hmacHex('sha1', key, body), 'hex')))
            return;
        throw new WebhookVerificationError('No matching signature found');
    }
    if (sha1)
        throw new WebhookVerificationError('Missing required headers (SHA-1 only; SHA-256 required)');
    throw new WebhookVerificationError('Missing required headers');
}
function verifyJobserv(key, body, headers) {
    const value = header(headers, 'x-jobserv-sig');
    if (!value)
        throw new WebhookVerificationError('Missing required headers');
    const given = hexDigest(value, 'sha256:', 64);
    if (given && bytesEqual(given, Buffer.from(hmacHex('sha256', key, body), 'hex')))
        return;
    throw new WebhookVerificationError('No matching signature found');
}
/**
 * gitlab: the token in X-Gitlab-Token equals the secret. Both sides are hashed first so the
 * comparison takes the same time whatever the length or content of the token sent. The body is
 * not covered: GitLab signs nothing, so anyone holding the token can send any body.
 */
function verifyGitlab(secret, headers) {
    const token = header(headers, 'x-gitlab-token');
    if (token === undefined || token === '')
        throw new WebhookVerificationError('Missing required headers');
    const digest = (value) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(value, 'utf8').digest();
    if (!bytesEqual(digest(token), digest(secret))) {
        throw new WebhookVerificationError('No matching token found');
    }
}
/**
 * Checks that `body` (the raw bytes received) was signed with `secret` under `scheme`; throws
 * WebhookVerificationError when not. `none` checks nothing. Header names are case-insensitive.
 */
function verify(scheme, secret, body, headers, options = {}) {
    if (scheme === 'none')
        return;
    if (!SIGNATURE_SCHEMES.includes(scheme)) {
        throw new TypeError(`Unknown signature scheme '${String(scheme)}'.`);
    }
    if (secret === undefined || secret === '') {
        throw new TypeError(`Verifying a '${scheme}' signature needs a secret.`);
    }
    const key = secretKey(secret, scheme);
    switch (scheme) {
        case 'standard':
            return verifyStandard(key, body, headers, options);
        case 'github':
            return verifyGithub(key, body, headers, options);
        case 'jobserv':
            return verifyJobserv(key, body, headers);
        case 'gitlab':
            return verifyGitlab(secret, headers);
    }
}

;// CONCATENATED MODULE: ./build/index.js
// The library: what receivers and other tools import from 'ci-relay'.






var __webpack_exports__COMMANDS = __webpack_exports__.Lo;
var __webpack_exports__DEFAULT_TOLERANCE_SECONDS = __webpack_exports__.K4;
var __webpack_exports__INPUTS = __webpack_exports__.mc;
var __webpack_exports__OUTPUTS = __webpack_exports__.py;
var __webpack_exports__RELAY_KEY = __webpack_exports__.se;
var __webpack_exports__RelaySignatureError = __webpack_exports__.YC;
var __webpack_exports__SIGNATURE_SCHEMES = __webpack_exports__.sA;
var __webpack_exports__VERSION = __webpack_exports__.xv;
var __webpack_exports__WebhookVerificationError = __webpack_exports__.dg;
var __webpack_exports__newDeliveryId = __webpack_exports__._i;
var __webpack_exports__sign = __webpack_exports__._S;
var __webpack_exports__signRelay = __webpack_exports__.F4;
var __webpack_exports__verify = __webpack_exports__.MX;
var __webpack_exports__verifyRelay = __webpack_exports__.tQ;
export { __webpack_exports__COMMANDS as COMMANDS, __webpack_exports__DEFAULT_TOLERANCE_SECONDS as DEFAULT_TOLERANCE_SECONDS, __webpack_exports__INPUTS as INPUTS, __webpack_exports__OUTPUTS as OUTPUTS, __webpack_exports__RELAY_KEY as RELAY_KEY, __webpack_exports__RelaySignatureError as RelaySignatureError, __webpack_exports__SIGNATURE_SCHEMES as SIGNATURE_SCHEMES, __webpack_exports__VERSION as VERSION, __webpack_exports__WebhookVerificationError as WebhookVerificationError, __webpack_exports__newDeliveryId as newDeliveryId, __webpack_exports__sign as sign, __webpack_exports__signRelay as signRelay, __webpack_exports__verify as verify, __webpack_exports__verifyRelay as verifyRelay };
