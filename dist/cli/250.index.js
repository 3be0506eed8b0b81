export const id = 250;
export const ids = [250];
export const modules = {

/***/ 8250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command),
  parseReceiveInputs: () => (/* binding */ parseReceiveInputs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/receive/dotenv.js
// A dotenv file for GitLab's artifacts:reports:dotenv. GitLab reads each line as
// /^(.*?)=(.*)$/ with both sides stripped, keys of [A-Za-z0-9_] only, no quoting and no escapes,
// and rejects the whole file beyond its size limit: so values are written as they are, and a value
// it cannot carry is skipped (and reported) rather than mangled.
/** GitLab's default dotenv_size (bytes); a bigger file loses every variable. */
const GITLAB_DOTENV_MAX_BYTES = 5120;
const DOTENV_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*$/;
function dotenvName(prefix, name) {
    return `${prefix}${name}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
/** Lines NAME=value for each entry, in order, skipping what GitLab would reject or change. */
function dotenvFile(entries, prefix) {
    const file = { text: '', written: [], skipped: [] };
    const skip = (name, reason) => file.skipped.push({ name, reason });
    for (const [key, value] of entries) {
        const name = dotenvName(prefix, key);
        const line = `${name}=${value}\n`;
        if (/[\r\n]/.test(value))
            skip(name, 'its value has more than one line');
        else if (value !== value.trim())
            skip(name, 'its value starts or ends with white space, which GitLab strips');
        else if (file.written.includes(name))
            skip(name, 'an earlier key has the same variable name');
        else if (Buffer.byteLength(file.text + line) > GITLAB_DOTENV_MAX_BYTES)
            skip(name, `the file would exceed ${GITLAB_DOTENV_MAX_BYTES} bytes, GitLab's default limit`);
        else {
            file.text += line;
            file.written.push(name);
        }
    }
    return file;
}

;// CONCATENATED MODULE: ./build/receive/outputs.js
// A received payload as step outputs: one per top-level key, under names GitHub accepts.
/** What `steps.<id>.outputs.<name>` can name: a letter or _, then letters, digits, - and _. */
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Strings as they are; numbers, booleans, null, objects and arrays as (one-line) JSON. */
function outputValue(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/**
 * One output per key of `data`. A key that is not a valid output name, or that names the same
 * output as an earlier key or one of `reserved` (output names are case-insensitive in
 * expressions), is skipped: the payload output still carries it.
 */
function keyOutputs(data, reserved) {
    const taken = new Map(reserved.map((name) => [name.toLowerCase(), `the ${name} output`]));
    // No prototype: a key named __proto__ is an output like any other, not a prototype change that
    // would drop it silently.
    const result = { outputs: Object.create(null), skipped: [] };
    for (const [key, value] of Object.entries(data)) {
        if (!OUTPUT_NAME.test(key)) {
            result.skipped.push({
                key,
                reason: 'is not a valid output name (a letter or _, then letters, digits, - or _)',
            });
            continue;
        }
        const clash = taken.get(key.toLowerCase());
        if (clash) {
            result.skipped.push({ key, reason: `names the same output as ${clash}` });
            continue;
        }
        taken.set(key.toLowerCase(), `the key ${JSON.stringify(key)}`);
        result.outputs[key] = outputValue(value);
    }
    return result;
}

// EXTERNAL MODULE: ./build/receive/source.js
var source = __webpack_require__(2917);
// EXTERNAL MODULE: ./build/relay-signature.js + 1 modules
var relay_signature = __webpack_require__(9169);
// EXTERNAL MODULE: ./build/summary.js
var build_summary = __webpack_require__(1192);
;// CONCATENATED MODULE: ./build/commands/receive.js







/** The outputs receive always sets; payload keys cannot take their names. */
const FIXED_OUTPUTS = ['payload', 'event-type', 'verified', 'callback-url'];
function parseReceiveInputs(reader) {
    const secrets = reader.lines('secret');
    const requireSignature = reader.boolean('require-signature') ?? secrets.length > 0;
    if (requireSignature && secrets.length === 0) {
        throw new errors/* InputError */.dz('require-signature', 'is true but secret is not set: set secret to the signing-secret the sender dispatches with.');
    }
    const prefix = reader.raw('prefix');
    if (!DOTENV_PREFIX.test(prefix)) {
        throw new errors/* InputError */.dz('prefix', `must be letters, digits and _, not starting with a digit, like RELAY_ (got '${prefix}').`);
    }
    return {
        secrets,
        requireSignature,
        maxAgeSeconds: reader.integer('max-age'),
        payload: reader.jsonObject('payload'),
        dotenv: reader.string('dotenv'),
        prefix,
    };
}
/** True when the signature was checked; throws when the payload must be rejected. */
function checkSignature(inputs, received, log) {
    const signed = (0,relay_signature/* isSigned */.JI)(received.payload);
    if (inputs.secrets.length === 0) {
        if (signed)
            log.info('The payload is signed; set secret to verify it.');
        return false;
    }
    if (!signed && !inputs.requireSignature) {
        log.info('The payload is not signed; accepted because require-signature is false.');
        return false;
    }
    try {
        (0,relay_signature/* verifyRelay */.tQ)(inputs.secrets, received.eventType, received.payload, {
            maxAgeSeconds: inputs.maxAgeSeconds,
        });
    }
    catch (error) {
        if (!(error instanceof relay_signature/* RelaySignatureError */.YC))
            throw error;
        throw new errors/* RelayError */.cx(`Rejected the payload of ${received.from}: ${error.message} No outputs were set.`);
    }
    log.info(`The payload signature is valid (${received.from}).`);
    return true;
}
const command = {
    parse: parseReceiveInputs,
    async run(inputs, deps) {
        const received = (0,source/* readReceivedPayload */.G)(inputs.payload, deps.env, deps.context);
        const verified = checkSignature(inputs, received, deps.log);
        // _relay is ci-relay's envelope, not data: it is neither an output nor part of `payload`.
        const { data } = (0,relay_signature/* splitRelay */.Cc)(received.payload);
        const fixed = { payload: JSON.stringify(data) };
        if (received.eventType !== undefined)
            fixed['event-type'] = received.eventType;
        fixed.verified = String(verified);
        if (typeof data.callback_url === 'string')
            fixed['callback-url'] = data.callback_url;
        const perKey = keyOutputs(data, FIXED_OUTPUTS);
        for (const { key, reason } of perKey.skipped) {
            deps.log.warning(`The payload key ${JSON.stringify(key)} ${reason}; it is not set as an output (read it from the payload output with fromJSON).`);
        }
        if (inputs.dotenv)
            writeDotenv(inputs.dotenv, inputs.prefix, fixed, data, deps.log);
        const keys = Object.keys(perKey.outputs);
        const summary = [
            (0,build_summary/* summaryHeading */.hn)('receive', verified ? 'verified payload' : 'payload (not signed)'),
            '',
            `Payload of ${received.from}${received.eventType ? ` (\`${received.eventType}\`)` : ''}: signature ${verified ? 'verified' : 'not verified'}.`,
            '',
            `Outputs: ${keys.length ? keys.map((k) => `\`${k}\``).join(', ') : 'none but payload'}.`,
            ...(perKey.skipped.length
                ? ['', `Not outputs: ${perKey.skipped.map((s) => `\`${s.key}\``).join(', ')}.`]
                : []),
            '',
        ].join('\n');
        return { outputs: { ...fixed, ...perKey.outputs }, summary };
    },
};
function writeDotenv(path, prefix, fixed, data, log) {
    const skip = (what, why) => log.warning(`Not written to ${path}: ${what}, because ${why}.`);
    const reserved = new Map(FIXED_OUTPUTS.map((name) => [dotenvName(prefix, name), name]));
    const keys = [];
    for (const [key, value] of Object.entries(data)) {
        const clash = reserved.get(dotenvName(prefix, key));
        if (clash)
            skip(`the key ${JSON.stringify(key)}`, `its variable is that of the ${clash} output`);
        else
            keys.push([key, outputValue(value)]);
    }
    // The whole payload goes last: when the file would outgrow GitLab's limit, it is what is left out.
    const { payload, ...small } = fixed;
    const file = dotenvFile([...Object.entries(small), ...keys, ['payload', payload]], prefix);
    for (const { name, reason } of file.skipped)
        skip(name, reason);
    try {
        (0,external_node_fs_.writeFileSync)(path, file.text);
    }
    catch (error) {
        throw new errors/* RelayError */.cx(`Could not write the dotenv file ${path} (input 'dotenv'): ${error.message}`);
    }
    log.info(`Wrote ${file.written.length} variables to ${path}.`);
}


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

/***/ 9169:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  se: () => (/* binding */ RELAY_KEY),
  YC: () => (/* binding */ RelaySignatureError),
  CB: () => (/* binding */ assertSignable),
  JI: () => (/* binding */ isSigned),
  T: () => (/* binding */ relaySigningInput),
  F4: () => (/* binding */ signRelay),
  ts: () => (/* binding */ signedPayload),
  Cc: () => (/* binding */ splitRelay),
  tQ: () => (/* binding */ verifyRelay)
});

// UNUSED EXPORTS: DEFAULT_MAX_AGE_SECONDS, FUTURE_SKEW_SECONDS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./build/webhook/sign.js
var sign = __webpack_require__(1161);
// EXTERNAL MODULE: ./build/inputs.js
var inputs = __webpack_require__(8175);
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
const DEFAULT_MAX_AGE_SECONDS = Number((0,inputs/* defaultOf */.HA)('max-age'));
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
    return (0,sign/* hmacHex */.tH)('sha256', (0,sign/* secretKey */.oF)(secret, 'github'), text);
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
        return given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, expected);
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


/***/ }),

/***/ 1161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qs: () => (/* binding */ standardSignature),
/* harmony export */   _S: () => (/* binding */ sign),
/* harmony export */   _i: () => (/* binding */ newDeliveryId),
/* harmony export */   jr: () => (/* binding */ newSecret),
/* harmony export */   oF: () => (/* binding */ secretKey),
/* harmony export */   sA: () => (/* binding */ SIGNATURE_SCHEMES),
/* harmony export */   tH: () => (/* binding */ hmacHex)
/* harmony export */ });
/* unused harmony exports DEFAULT_GITHUB_EVENT, MAKE_SECRET_HINT, checkHeaderToken, nameUuid */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
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
    return `${WHSEC_PREFIX}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('base64')}`;
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
    const bytes = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`ci-relay:${name}`, 'utf8').digest().subarray(0, 16);
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
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key)
        .update(`${id}.${timestamp}.`, 'utf8')
        .update(toBuffer(body))
        .digest('base64');
    return `v1,${digest}`;
}
function hmacHex(algorithm, key, body) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)(algorithm, key).update(toBuffer(body)).digest('hex');
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


/***/ })

};
