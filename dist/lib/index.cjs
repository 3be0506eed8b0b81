"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// build/http/errors.js
var errors_exports2 = {};
__export(errors_exports2, {
  NetworkError: () => NetworkError,
  RequestFailedError: () => RequestFailedError,
  describeSocketError: () => describeSocketError,
  networkFailureIn: () => networkFailureIn
});
function networkFailureIn(error) {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof RequestFailedError || e instanceof NetworkError)
      return e;
  }
  return void 0;
}
function describeSocketError(error, host) {
  if (error instanceof NetworkError)
    return error;
  const code = error?.code;
  const text = error instanceof Error ? error.message : String(error);
  const c = typeof code === "string" ? code : void 0;
  const make = (kind, message2) => new NetworkError(kind, message2, c, { cause: error });
  switch (c) {
    case "ECONNREFUSED":
      return make("refused", `connection refused (${c})`);
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
      return make("reset", `connection reset before an answer (${c})`);
    case "ENOTFOUND":
      return make("dns", `DNS failure: host ${host} not found (${c})`);
    case "EAI_AGAIN":
      return make("dns-temporary", `DNS failure: temporary, looking up ${host} (${c})`);
    case "ETIMEDOUT":
    case "ECONNABORTED":
      return make("timeout", `connection timed out (${c})`);
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return make("other", `host unreachable (${c})`);
  }
  if (c && (/^ERR_TLS|^CERT_|^UNABLE_TO|SELF_SIGNED|^ERR_SSL/.test(c) || /certificate/i.test(text))) {
    return make("tls", `TLS failure: ${text} (${c})`);
  }
  if (c === "ERR_INVALID_URL" || c === "ERR_INVALID_ARG_VALUE")
    return make("invalid-url", text);
  return make("other", `network error: ${text}${c && !text.includes(c) ? ` (${c})` : ""}`);
}
var RETRYABLE, NetworkError, RequestFailedError;
var init_errors = __esm({
  "build/http/errors.js"() {
    "use strict";
    RETRYABLE = /* @__PURE__ */ new Set([
      "refused",
      "reset",
      "dns-temporary",
      "timeout",
      "other"
    ]);
    NetworkError = class _NetworkError extends Error {
      kind;
      code;
      name = "NetworkError";
      constructor(kind, message2, code, options) {
        super(message2, options);
        this.kind = kind;
        this.code = code;
      }
      get retryable() {
        return RETRYABLE.has(this.kind);
      }
      /** The same failure, saying it happened on the way through `proxy`. */
      through(proxy) {
        return new _NetworkError(this.kind, `${this.message} (through the proxy ${proxy})`, this.code, {
          cause: this.cause
        });
      }
    };
    RequestFailedError = class extends Error {
      call;
      failure;
      attempts;
      name = "RequestFailedError";
      constructor(call, failure, attempts, why) {
        super(`${call}: ${failure.message}${attempts > 1 ? ` (${attempts} attempts)` : ""}${why ? `; ${why}` : ""}`, { cause: failure });
        this.call = call;
        this.failure = failure;
        this.attempts = attempts;
      }
    };
  }
});

// build/http/policy.js
function backoffMs(attempt2, policy, random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempt2 - 1, 30));
  return Math.round(ceiling / 2 + random * (ceiling / 2));
}
function parseRetryAfter(value, now) {
  if (value === null || value === void 0)
    return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed))
    return Number(trimmed) * 1e3;
  if (!/[a-z]/i.test(trimmed))
    return void 0;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function parseReset(value, now) {
  if (value === null || value === void 0 || !/^\d+$/.test(value.trim()))
    return void 0;
  const seconds2 = Number(value.trim());
  const at = seconds2 > 1e9 ? seconds2 * 1e3 : now + seconds2 * 1e3;
  return Math.max(0, at - now) + 1e3;
}
function rateLimitWait(answer, now) {
  const header2 = (name) => answer.headers.get(name);
  const retryAfter = parseRetryAfter(header2("retry-after"), now);
  if (retryAfter !== void 0)
    return retryAfter;
  if (header2("x-ratelimit-remaining")?.trim() === "0") {
    return parseReset(header2("x-ratelimit-reset"), now);
  }
  if (header2("ratelimit-remaining")?.trim() === "0" || answer.status === 429) {
    return parseReset(header2("ratelimit-reset"), now);
  }
  return void 0;
}
function isRetryableStatus(status) {
  return status === 408 || status === 425 || status === 429 || status >= 500 && status <= 599;
}
function decideAnswer(answer, attempt2, policy, clock, deadline) {
  const now = clock.now();
  const { status } = answer;
  const rateLimit = status === 403 || status === 429;
  const asked = rateLimit ? rateLimitWait(answer, now) : isRetryableStatus(status) ? parseRetryAfter(answer.headers.get("retry-after"), now) : void 0;
  if (status === 403 && asked === void 0)
    return { retry: false };
  if (status !== 403 && !isRetryableStatus(status))
    return { retry: false };
  if (asked !== void 0 && asked > policy.maxWaitMs) {
    const at = new Date(now + asked).toISOString();
    const what = rateLimit ? "rate limited until" : "asked to retry at";
    return {
      retry: false,
      why: `${what} ${at}, later than the ${seconds(policy.maxWaitMs)} we wait`
    };
  }
  return schedule(asked ?? backoffMs(attempt2, policy, clock.random()), attempt2, policy, now, deadline);
}
function decideFailure(retryable, attempt2, policy, clock, deadline) {
  if (!retryable)
    return { retry: false };
  return schedule(backoffMs(attempt2, policy, clock.random()), attempt2, policy, clock.now(), deadline);
}
function schedule(delayMs, attempt2, policy, now, deadline) {
  if (attempt2 >= policy.maxAttempts)
    return { retry: false };
  if (deadline !== void 0 && now + delayMs >= deadline) {
    return {
      retry: false,
      why: `the next attempt would start after the ${seconds(policy.deadlineMs ?? 0)} deadline`
    };
  }
  return { retry: true, delayMs };
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
var realClock, API_POLICY;
var init_policy = __esm({
  "build/http/policy.js"() {
    "use strict";
    realClock = {
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: () => Math.random()
    };
    API_POLICY = {
      maxAttempts: 4,
      baseDelayMs: 500,
      maxDelayMs: 3e4,
      maxWaitMs: 12e4,
      timeoutMs: 3e4,
      deadlineMs: 5 * 6e4
    };
  }
});

// node_modules/proxy-from-env/index.js
var proxy_from_env_exports = {};
__export(proxy_from_env_exports, {
  getProxyForUrl: () => getProxyForUrl
});
function parseUrl(urlString) {
  try {
    return new URL(urlString);
  } catch {
    return null;
  }
}
function getProxyForUrl(url) {
  var parsedUrl = (typeof url === "string" ? parseUrl(url) : url) || {};
  var proto = parsedUrl.protocol;
  var hostname = parsedUrl.host;
  var port = parsedUrl.port;
  if (typeof hostname !== "string" || !hostname || typeof proto !== "string") {
    return "";
  }
  proto = proto.split(":", 1)[0];
  hostname = hostname.replace(/:\d*$/, "");
  port = parseInt(port) || DEFAULT_PORTS[proto] || 0;
  if (!shouldProxy(hostname, port)) {
    return "";
  }
  var proxy = getEnv(proto + "_proxy") || getEnv("all_proxy");
  if (proxy && proxy.indexOf("://") === -1) {
    proxy = proto + "://" + proxy;
  }
  return proxy;
}
function shouldProxy(hostname, port) {
  var NO_PROXY = getEnv("no_proxy").toLowerCase();
  if (!NO_PROXY) {
    return true;
  }
  if (NO_PROXY === "*") {
    return false;
  }
  return NO_PROXY.split(/[,\s]/).every(function(proxy) {
    if (!proxy) {
      return true;
    }
    var parsedProxy = proxy.match(/^(.+):(\d+)$/);
    var parsedProxyHostname = parsedProxy ? parsedProxy[1] : proxy;
    var parsedProxyPort = parsedProxy ? parseInt(parsedProxy[2]) : 0;
    if (parsedProxyPort && parsedProxyPort !== port) {
      return true;
    }
    if (!/^[.*]/.test(parsedProxyHostname)) {
      return hostname !== parsedProxyHostname;
    }
    if (parsedProxyHostname.charAt(0) === "*") {
      parsedProxyHostname = parsedProxyHostname.slice(1);
    }
    return !hostname.endsWith(parsedProxyHostname);
  });
}
function getEnv(key) {
  return process.env[key.toLowerCase()] || process.env[key.toUpperCase()] || "";
}
var DEFAULT_PORTS;
var init_proxy_from_env = __esm({
  "node_modules/proxy-from-env/index.js"() {
    "use strict";
    DEFAULT_PORTS = {
      ftp: 21,
      gopher: 70,
      http: 80,
      https: 443,
      ws: 80,
      wss: 443
    };
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports2, module2) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var w = d * 7;
    var y = d * 365.25;
    module2.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return Math.round(ms / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms / h) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return plural(ms, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural(ms, msAbs, h, "hour");
      }
      if (msAbs >= m) {
        return plural(ms, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural(ms, msAbs, s, "second");
      }
      return ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports2, module2) {
    function setup(env) {
      createDebug4.debug = createDebug4;
      createDebug4.default = createDebug4;
      createDebug4.coerce = coerce;
      createDebug4.disable = disable;
      createDebug4.enable = enable;
      createDebug4.enabled = enabled;
      createDebug4.humanize = require_ms();
      createDebug4.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug4[key] = env[key];
      });
      createDebug4.names = [];
      createDebug4.skips = [];
      createDebug4.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug4.colors[Math.abs(hash) % createDebug4.colors.length];
      }
      createDebug4.selectColor = selectColor;
      function createDebug4(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug4(...args) {
          if (!debug4.enabled) {
            return;
          }
          const self = debug4;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms = curr - (prevTime || curr);
          self.diff = ms;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug4.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug4.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug4.formatArgs.call(self, args);
          const logFn = self.log || createDebug4.log;
          logFn.apply(self, args);
        }
        debug4.namespace = namespace;
        debug4.useColors = createDebug4.useColors();
        debug4.color = createDebug4.selectColor(namespace);
        debug4.extend = extend;
        debug4.destroy = createDebug4.destroy;
        Object.defineProperty(debug4, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug4.namespaces) {
              namespacesCache = createDebug4.namespaces;
              enabledCache = createDebug4.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v) => {
            enableOverride = v;
          }
        });
        if (typeof createDebug4.init === "function") {
          createDebug4.init(debug4);
        }
        return debug4;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug4(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug4.save(namespaces);
        createDebug4.namespaces = namespaces;
        createDebug4.names = [];
        createDebug4.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns of split) {
          if (ns[0] === "-") {
            createDebug4.skips.push(ns.slice(1));
          } else {
            createDebug4.names.push(ns);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug4.names,
          ...createDebug4.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug4.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug4.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns of createDebug4.names) {
          if (matchesTemplate(name, ns)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug4.enable(createDebug4.load());
      return createDebug4;
    }
    module2.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports2, module2) {
    exports2.formatArgs = formatArgs;
    exports2.save = save;
    exports2.load = load;
    exports2.useColors = useColors;
    exports2.storage = localstorage();
    exports2.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports2.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module2.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    exports2.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports2.storage.setItem("debug", namespaces);
        } else {
          exports2.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r;
      try {
        r = exports2.storage.getItem("debug") || exports2.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/has-flag/index.js
var require_has_flag = __commonJS({
  "node_modules/has-flag/index.js"(exports2, module2) {
    "use strict";
    module2.exports = (flag, argv = process.argv) => {
      const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
      const position = argv.indexOf(prefix + flag);
      const terminatorPosition = argv.indexOf("--");
      return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
    };
  }
});

// node_modules/supports-color/index.js
var require_supports_color = __commonJS({
  "node_modules/supports-color/index.js"(exports2, module2) {
    "use strict";
    var os = require("os");
    var tty = require("tty");
    var hasFlag = require_has_flag();
    var { env } = process;
    var forceColor;
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      forceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      forceColor = 1;
    }
    if ("FORCE_COLOR" in env) {
      if (env.FORCE_COLOR === "true") {
        forceColor = 1;
      } else if (env.FORCE_COLOR === "false") {
        forceColor = 0;
      } else {
        forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
      }
    }
    function translateLevel(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(haveStream, streamIsTTY) {
      if (forceColor === 0) {
        return 0;
      }
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
        return 3;
      }
      if (hasFlag("color=256")) {
        return 2;
      }
      if (haveStream && !streamIsTTY && forceColor === void 0) {
        return 0;
      }
      const min = forceColor || 0;
      if (env.TERM === "dumb") {
        return min;
      }
      if (process.platform === "win32") {
        const osRelease = os.release().split(".");
        if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "GITHUB_ACTIONS", "BUILDKITE"].some((sign2) => sign2 in env) || env.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      }
      if (env.COLORTERM === "truecolor") {
        return 3;
      }
      if ("TERM_PROGRAM" in env) {
        const version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env) {
        return 1;
      }
      return min;
    }
    function getSupportLevel(stream) {
      const level = supportsColor(stream, stream && stream.isTTY);
      return translateLevel(level);
    }
    module2.exports = {
      supportsColor: getSupportLevel,
      stdout: translateLevel(supportsColor(true, tty.isatty(1))),
      stderr: translateLevel(supportsColor(true, tty.isatty(2)))
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports2, module2) {
    var tty = require("tty");
    var util = require("util");
    exports2.init = init;
    exports2.log = log;
    exports2.formatArgs = formatArgs;
    exports2.save = save;
    exports2.load = load;
    exports2.useColors = useColors;
    exports2.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports2.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require_supports_color();
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports2.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports2.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => {
        return k.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports2.inspectOpts ? Boolean(exports2.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c = this.color;
        const colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module2.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports2.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports2.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug4) {
      debug4.inspectOpts = {};
      const keys = Object.keys(exports2.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug4.inspectOpts[keys[i]] = exports2.inspectOpts[keys[i]];
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports2, module2) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module2.exports = require_browser();
    } else {
      module2.exports = require_node();
    }
  }
});

// node_modules/agent-base/dist/helpers.js
var init_helpers = __esm({
  "node_modules/agent-base/dist/helpers.js"() {
  }
});

// node_modules/agent-base/dist/index.js
var net, http, import_https, INTERNAL, Agent2;
var init_dist = __esm({
  "node_modules/agent-base/dist/index.js"() {
    net = __toESM(require("net"), 1);
    http = __toESM(require("http"), 1);
    import_https = require("https");
    init_helpers();
    INTERNAL = /* @__PURE__ */ Symbol("AgentBaseInternalState");
    Agent2 = class extends http.Agent {
      constructor(opts) {
        super(opts);
        this[INTERNAL] = {};
      }
      /**
       * Determine whether this is an `http` or `https` request.
       */
      isSecureEndpoint(options) {
        if (options) {
          if (typeof options.secureEndpoint === "boolean") {
            return options.secureEndpoint;
          }
          if (typeof options.protocol === "string") {
            return options.protocol === "https:";
          }
        }
        const { stack } = new Error();
        if (typeof stack !== "string")
          return false;
        return stack.split("\n").some((l) => l.indexOf("(https.js:") !== -1 || l.indexOf("node:https:") !== -1);
      }
      // In order to support async signatures in `connect()` and Node's native
      // connection pooling in `http.Agent`, the array of sockets for each origin
      // has to be updated synchronously. This is so the length of the array is
      // accurate when `addRequest()` is next called. We achieve this by creating a
      // fake socket and adding it to `sockets[origin]` and incrementing
      // `totalSocketCount`.
      incrementSockets(name) {
        if (this.maxSockets === Infinity && this.maxTotalSockets === Infinity) {
          return null;
        }
        if (!this.sockets[name]) {
          this.sockets[name] = [];
        }
        const fakeSocket = new net.Socket({ writable: false });
        this.sockets[name].push(fakeSocket);
        this.totalSocketCount++;
        return fakeSocket;
      }
      decrementSockets(name, socket) {
        if (!this.sockets[name] || socket === null) {
          return;
        }
        const sockets = this.sockets[name];
        const index = sockets.indexOf(socket);
        if (index !== -1) {
          sockets.splice(index, 1);
          this.totalSocketCount--;
          if (sockets.length === 0) {
            delete this.sockets[name];
          }
        }
      }
      // In order to properly update the socket pool, we need to call `getName()` on
      // the core `https.Agent` if it is a secureEndpoint.
      getName(options) {
        const secureEndpoint = this.isSecureEndpoint(options);
        if (secureEndpoint) {
          return import_https.Agent.prototype.getName.call(this, options);
        }
        return super.getName(options);
      }
      createSocket(req, options, cb) {
        const connectOpts = {
          ...options,
          secureEndpoint: this.isSecureEndpoint(options)
        };
        const name = this.getName(connectOpts);
        const fakeSocket = this.incrementSockets(name);
        Promise.resolve().then(() => this.connect(req, connectOpts)).then((socket) => {
          this.decrementSockets(name, fakeSocket);
          if (typeof socket.addRequest === "function") {
            try {
              return socket.addRequest(req, connectOpts);
            } catch (err) {
              return cb(err);
            }
          }
          this[INTERNAL].currentSocket = socket;
          super.createSocket(req, options, cb);
        }, (err) => {
          this.decrementSockets(name, fakeSocket);
          cb(err);
        });
      }
      createConnection() {
        const socket = this[INTERNAL].currentSocket;
        this[INTERNAL].currentSocket = void 0;
        if (!socket) {
          throw new Error("No socket was returned in the `connect()` function");
        }
        return socket;
      }
      get defaultPort() {
        return this[INTERNAL].defaultPort ?? (this.protocol === "https:" ? 443 : 80);
      }
      set defaultPort(v) {
        if (this[INTERNAL]) {
          this[INTERNAL].defaultPort = v;
        }
      }
      get protocol() {
        return this[INTERNAL].protocol ?? (this.isSecureEndpoint() ? "https:" : "http:");
      }
      set protocol(v) {
        if (this[INTERNAL]) {
          this[INTERNAL].protocol = v;
        }
      }
    };
  }
});

// node_modules/https-proxy-agent/dist/parse-proxy-response.js
function parseProxyResponse(socket) {
  return new Promise((resolve, reject) => {
    let buffersLength = 0;
    const buffers = [];
    function read() {
      const b = socket.read();
      if (b)
        ondata(b);
      else
        socket.once("readable", read);
    }
    function cleanup() {
      socket.removeListener("end", onend);
      socket.removeListener("error", onerror);
      socket.removeListener("readable", read);
    }
    function onend() {
      cleanup();
      debug("onend");
      reject(new Error("Proxy connection ended before receiving CONNECT response"));
    }
    function onerror(err) {
      cleanup();
      debug("onerror %o", err);
      reject(err);
    }
    function ondata(b) {
      buffers.push(b);
      buffersLength += b.length;
      const buffered = Buffer.concat(buffers, buffersLength);
      const endOfHeaders = buffered.indexOf("\r\n\r\n");
      if (endOfHeaders === -1) {
        debug("have not received end of HTTP headers yet...");
        read();
        return;
      }
      const headerParts = buffered.slice(0, endOfHeaders).toString("ascii").split("\r\n");
      const firstLine = headerParts.shift();
      if (!firstLine) {
        socket.destroy();
        return reject(new Error("No header received from proxy CONNECT response"));
      }
      const firstLineParts = firstLine.split(" ");
      const statusCode = +firstLineParts[1];
      const statusText = firstLineParts.slice(2).join(" ");
      const headers = {};
      for (const header2 of headerParts) {
        if (!header2)
          continue;
        const firstColon = header2.indexOf(":");
        if (firstColon === -1) {
          socket.destroy();
          return reject(new Error(`Invalid header from proxy CONNECT response: "${header2}"`));
        }
        const key = header2.slice(0, firstColon).toLowerCase();
        const value = header2.slice(firstColon + 1).trimStart();
        const current = headers[key];
        if (typeof current === "string") {
          headers[key] = [current, value];
        } else if (Array.isArray(current)) {
          current.push(value);
        } else {
          headers[key] = value;
        }
      }
      debug("got proxy server response: %o %o", firstLine, headers);
      cleanup();
      resolve({
        connect: {
          statusCode,
          statusText,
          headers
        },
        buffered
      });
    }
    socket.on("error", onerror);
    socket.on("end", onend);
    read();
  });
}
var import_debug, debug;
var init_parse_proxy_response = __esm({
  "node_modules/https-proxy-agent/dist/parse-proxy-response.js"() {
    import_debug = __toESM(require_src(), 1);
    debug = (0, import_debug.default)("https-proxy-agent:parse-proxy-response");
  }
});

// node_modules/proxy-agent-negotiate/dist/index.js
function createNegotiateAuth() {
  return async ({ response, scheme }) => {
    if (scheme.toLowerCase() !== "negotiate") {
      throw new Error(`Expected Negotiate scheme but got "${scheme}"`);
    }
    let kerberos;
    try {
      kerberos = await import("kerberos");
    } catch {
      throw new Error('The "kerberos" package is required for Negotiate proxy authentication. Install it with: npm install kerberos');
    }
    const proxyAuthenticate = response.headers["proxy-authenticate"] || "";
    const challengeHeader = Array.isArray(proxyAuthenticate) ? proxyAuthenticate[0] : proxyAuthenticate;
    const serverToken = typeof challengeHeader === "string" && challengeHeader.includes(" ") ? challengeHeader.split(" ").slice(1).join(" ") : void 0;
    const client = await kerberos.initializeClient("HTTP@proxy", {
      mechOID: kerberos.GSS_MECH_OID_SPNEGO
    });
    const token = await client.step(serverToken || "");
    if (!token) {
      throw new Error("Kerberos client.step() returned no token");
    }
    return {
      headers: {
        "Proxy-Authorization": `Negotiate ${token}`
      }
    };
  };
}
var init_dist2 = __esm({
  "node_modules/proxy-agent-negotiate/dist/index.js"() {
  }
});

// node_modules/https-proxy-agent/dist/index.js
var dist_exports = {};
__export(dist_exports, {
  HttpsProxyAgent: () => HttpsProxyAgent
});
function resume(socket) {
  setImmediate(() => {
    socket.resume();
  });
}
function omit(obj, ...keys) {
  const ret = {};
  let key;
  for (key in obj) {
    if (!keys.includes(key)) {
      ret[key] = obj[key];
    }
  }
  return ret;
}
var net2, tls, import_assert, import_debug2, import_url, debug2, setServernameFromNonIpHost, HttpsProxyAgent;
var init_dist3 = __esm({
  "node_modules/https-proxy-agent/dist/index.js"() {
    net2 = __toESM(require("net"), 1);
    tls = __toESM(require("tls"), 1);
    import_assert = __toESM(require("assert"), 1);
    import_debug2 = __toESM(require_src(), 1);
    init_dist();
    import_url = require("url");
    init_parse_proxy_response();
    init_dist2();
    debug2 = (0, import_debug2.default)("https-proxy-agent");
    setServernameFromNonIpHost = (options) => {
      if (options.servername === void 0 && options.host && !net2.isIP(options.host)) {
        return {
          ...options,
          servername: options.host
        };
      }
      return options;
    };
    HttpsProxyAgent = class extends Agent2 {
      constructor(proxy, opts) {
        super(opts);
        this.options = { path: void 0 };
        this.proxy = typeof proxy === "string" ? new import_url.URL(proxy) : proxy;
        this.proxyHeaders = opts?.headers ?? {};
        debug2("Creating new HttpsProxyAgent instance: %o", this.proxy.href);
        if (opts?.negotiate) {
          this.onProxyAuth = createNegotiateAuth();
        } else if (opts?.onProxyAuth) {
          this.onProxyAuth = opts.onProxyAuth;
        }
        const host = (this.proxy.hostname || this.proxy.host).replace(/^\[|\]$/g, "");
        const port = this.proxy.port ? parseInt(this.proxy.port, 10) : this.proxy.protocol === "https:" ? 443 : 80;
        this.connectOpts = {
          // Attempt to negotiate http/1.1 for proxy servers that support http/2
          ALPNProtocols: ["http/1.1"],
          ...opts ? omit(opts, "headers", "onProxyAuth", "negotiate") : null,
          host,
          port
        };
      }
      /**
       * Called when the node-core HTTP client library is creating a
       * new HTTP request.
       */
      async connect(req, opts) {
        const { proxy } = this;
        if (!opts.host) {
          throw new TypeError('No "host" provided');
        }
        let socket;
        if (proxy.protocol === "https:") {
          debug2("Creating `tls.Socket`: %o", this.connectOpts);
          socket = tls.connect(setServernameFromNonIpHost(this.connectOpts));
        } else {
          debug2("Creating `net.Socket`: %o", this.connectOpts);
          socket = net2.connect(this.connectOpts);
        }
        const headers = typeof this.proxyHeaders === "function" ? this.proxyHeaders() : { ...this.proxyHeaders };
        const host = net2.isIPv6(opts.host) ? `[${opts.host}]` : opts.host;
        let payload = `CONNECT ${host}:${opts.port} HTTP/1.1\r
`;
        if (proxy.username || proxy.password) {
          const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
          headers["Proxy-Authorization"] = `Basic ${Buffer.from(auth).toString("base64")}`;
        }
        headers.Host = `${host}:${opts.port}`;
        if (!headers["Proxy-Connection"]) {
          headers["Proxy-Connection"] = this.keepAlive ? "Keep-Alive" : "close";
        }
        for (const name of Object.keys(headers)) {
          payload += `${name}: ${headers[name]}\r
`;
        }
        const proxyResponsePromise = parseProxyResponse(socket);
        socket.write(`${payload}\r
`);
        const { connect: connect5, buffered } = await proxyResponsePromise;
        req.emit("proxyConnect", connect5);
        this.emit("proxyConnect", connect5, req);
        req.emit("proxy", { proxy: this.proxy.href, socket });
        if (connect5.statusCode === 200) {
          req.once("socket", resume);
          if (opts.secureEndpoint) {
            debug2("Upgrading socket connection to TLS");
            return tls.connect({
              ...omit(setServernameFromNonIpHost(opts), "host", "path", "port"),
              socket
            });
          }
          return socket;
        }
        if (connect5.statusCode === 407 && this.onProxyAuth) {
          debug2("Got 407 response, invoking onProxyAuth callback");
          socket.destroy();
          const proxyAuthenticate = connect5.headers["proxy-authenticate"] || "";
          const scheme = Array.isArray(proxyAuthenticate) ? proxyAuthenticate[0].split(/\s/)[0] : proxyAuthenticate.split(/\s/)[0];
          const authResponse = await this.onProxyAuth({
            response: connect5,
            scheme
          });
          return this._connectWithAuth(req, opts, authResponse.headers);
        }
        socket.destroy();
        const fakeSocket = new net2.Socket({ writable: false });
        fakeSocket.readable = true;
        req.once("socket", (s) => {
          debug2("Replaying proxy buffer for failed request");
          (0, import_assert.default)(s.listenerCount("data") > 0);
          s.push(buffered);
          s.push(null);
        });
        return fakeSocket;
      }
      /**
       * Retry a CONNECT request with additional auth headers.
       */
      async _connectWithAuth(req, opts, authHeaders) {
        const { proxy } = this;
        let socket;
        if (proxy.protocol === "https:") {
          socket = tls.connect(setServernameFromNonIpHost(this.connectOpts));
        } else {
          socket = net2.connect(this.connectOpts);
        }
        const headers = typeof this.proxyHeaders === "function" ? this.proxyHeaders() : { ...this.proxyHeaders };
        const host = net2.isIPv6(opts.host) ? `[${opts.host}]` : opts.host;
        let payload = `CONNECT ${host}:${opts.port} HTTP/1.1\r
`;
        if (proxy.username || proxy.password) {
          const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
          headers["Proxy-Authorization"] = `Basic ${Buffer.from(auth).toString("base64")}`;
        }
        Object.assign(headers, authHeaders);
        headers.Host = `${host}:${opts.port}`;
        if (!headers["Proxy-Connection"]) {
          headers["Proxy-Connection"] = this.keepAlive ? "Keep-Alive" : "close";
        }
        for (const name of Object.keys(headers)) {
          payload += `${name}: ${headers[name]}\r
`;
        }
        const proxyResponsePromise = parseProxyResponse(socket);
        socket.write(`${payload}\r
`);
        const { connect: connect5 } = await proxyResponsePromise;
        req.emit("proxyConnect", connect5);
        this.emit("proxyConnect", connect5, req);
        if (connect5.statusCode === 200) {
          req.once("socket", resume);
          if (opts.secureEndpoint) {
            debug2("Upgrading socket connection to TLS");
            return tls.connect({
              ...omit(setServernameFromNonIpHost(opts), "host", "path", "port"),
              socket
            });
          }
          return socket;
        }
        socket.destroy();
        throw new Error(`Proxy authentication failed with status ${connect5.statusCode} after retry`);
      }
    };
    HttpsProxyAgent.protocols = ["http", "https"];
  }
});

// node_modules/http-proxy-agent/dist/index.js
var dist_exports2 = {};
__export(dist_exports2, {
  HttpProxyAgent: () => HttpProxyAgent
});
function omit2(obj, ...keys) {
  const ret = {};
  let key;
  for (key in obj) {
    if (!keys.includes(key)) {
      ret[key] = obj[key];
    }
  }
  return ret;
}
var net3, tls2, import_debug3, import_events, import_url2, debug3, HttpProxyAgent;
var init_dist4 = __esm({
  "node_modules/http-proxy-agent/dist/index.js"() {
    net3 = __toESM(require("net"), 1);
    tls2 = __toESM(require("tls"), 1);
    import_debug3 = __toESM(require_src(), 1);
    import_events = require("events");
    init_dist();
    import_url2 = require("url");
    init_dist2();
    debug3 = (0, import_debug3.default)("http-proxy-agent");
    HttpProxyAgent = class extends Agent2 {
      constructor(proxy, opts) {
        super(opts);
        this.proxy = typeof proxy === "string" ? new import_url2.URL(proxy) : proxy;
        this.proxyHeaders = opts?.headers ?? {};
        debug3("Creating new HttpProxyAgent instance: %o", this.proxy.href);
        if (opts?.negotiate) {
          this.onProxyAuth = createNegotiateAuth();
        } else if (opts?.onProxyAuth) {
          this.onProxyAuth = opts.onProxyAuth;
        }
        const host = (this.proxy.hostname || this.proxy.host).replace(/^\[|\]$/g, "");
        const port = this.proxy.port ? parseInt(this.proxy.port, 10) : this.proxy.protocol === "https:" ? 443 : 80;
        this.connectOpts = {
          ...opts ? omit2(opts, "headers", "onProxyAuth", "negotiate") : null,
          host,
          port
        };
      }
      addRequest(req, opts) {
        req._header = null;
        this.setRequestProps(req, opts);
        super.addRequest(req, opts);
      }
      setRequestProps(req, opts) {
        const { proxy } = this;
        const protocol = opts.secureEndpoint ? "https:" : "http:";
        const hostname = req.getHeader("host") || "localhost";
        const base = `${protocol}//${hostname}`;
        const url = new import_url2.URL(req.path, base);
        if (opts.port !== 80) {
          url.port = String(opts.port);
        }
        req.path = String(url);
        const headers = typeof this.proxyHeaders === "function" ? this.proxyHeaders() : { ...this.proxyHeaders };
        if (proxy.username || proxy.password) {
          const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
          headers["Proxy-Authorization"] = `Basic ${Buffer.from(auth).toString("base64")}`;
        }
        if (!headers["Proxy-Connection"]) {
          headers["Proxy-Connection"] = this.keepAlive ? "Keep-Alive" : "close";
        }
        for (const name of Object.keys(headers)) {
          const value = headers[name];
          if (value) {
            req.setHeader(name, value);
          }
        }
      }
      async connect(req, opts) {
        req._header = null;
        if (!req.path.includes("://")) {
          this.setRequestProps(req, opts);
        }
        let first;
        let endOfHeaders;
        debug3("Regenerating stored HTTP header string for request");
        req._implicitHeader();
        if (req.outputData && req.outputData.length > 0) {
          debug3("Patching connection write() output buffer with updated header");
          first = req.outputData[0].data;
          endOfHeaders = first.indexOf("\r\n\r\n") + 4;
          req.outputData[0].data = req._header + first.substring(endOfHeaders);
          debug3("Output buffer: %o", req.outputData[0].data);
        }
        let socket;
        if (this.proxy.protocol === "https:") {
          debug3("Creating `tls.Socket`: %o", this.connectOpts);
          socket = tls2.connect(this.connectOpts);
        } else {
          debug3("Creating `net.Socket`: %o", this.connectOpts);
          socket = net3.connect(this.connectOpts);
        }
        await (0, import_events.once)(socket, "connect");
        const connect5 = { socket };
        req.emit("proxyConnect", connect5);
        this.emit("proxyConnect", connect5, req);
        req.emit("proxy", { proxy: this.proxy.href, socket });
        return socket;
      }
    };
    HttpProxyAgent.protocols = ["http", "https"];
  }
});

// build/http/proxy.js
async function proxyFor(url) {
  if (!hasProxyEnv())
    return "";
  const { getProxyForUrl: getProxyForUrl2 } = await Promise.resolve().then(() => (init_proxy_from_env(), proxy_from_env_exports));
  return getProxyForUrl2(url.href);
}
function hasProxyEnv() {
  const env = process.env;
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || env.ALL_PROXY || env.all_proxy);
}
async function proxyAgentFor(url) {
  const proxy = await proxyFor(url);
  if (!proxy)
    return void 0;
  const key = `${url.protocol} ${proxy}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = url.protocol === "https:" ? Promise.resolve().then(() => (init_dist3(), dist_exports)).then(({ HttpsProxyAgent: HttpsProxyAgent2 }) => new HttpsProxyAgent2(proxy, { keepAlive: true })) : Promise.resolve().then(() => (init_dist4(), dist_exports2)).then(({ HttpProxyAgent: HttpProxyAgent2 }) => new HttpProxyAgent2(proxy, { keepAlive: true }));
    agents.set(key, agent);
  }
  let shown = proxy;
  try {
    shown = new URL(proxy).origin;
  } catch {
  }
  return { agent: await agent, shown };
}
var agents;
var init_proxy = __esm({
  "build/http/proxy.js"() {
    "use strict";
    agents = /* @__PURE__ */ new Map();
  }
});

// build/http/transport.js
async function attempt(url, init) {
  const client = url.protocol === "https:" ? await import("node:https") : await import("node:http");
  const proxied = await proxyAgentFor(url);
  init.signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail2 = (error) => {
      if (settled)
        return;
      settled = true;
      init.signal.removeEventListener("abort", onAbort);
      request2.destroy();
      if (init.signal.aborted)
        reject(init.signal.reason);
      else {
        const failure = describeSocketError(error, url.hostname);
        reject(proxied ? failure.through(proxied.shown) : failure);
      }
    };
    const onAbort = () => fail2(init.signal.reason);
    const headers = { ...init.headers };
    if (init.body !== void 0 && !Object.keys(headers).some((h) => h.toLowerCase() === "content-length")) {
      headers["Content-Length"] = String(Buffer.byteLength(init.body));
    }
    const request2 = client.request(url, { method: init.method, headers, ...proxied ? { agent: proxied.agent } : {} }, (response) => {
      const chunks = [];
      let size = 0;
      response.on("data", (chunk) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) {
          fail2(new NetworkError("too-large", `the answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MB`));
          return;
        }
        chunks.push(chunk);
      });
      response.on("error", fail2);
      response.on("aborted", () => fail2(Object.assign(new Error("aborted"), { code: "ECONNRESET" })));
      response.on("end", () => {
        if (settled)
          return;
        settled = true;
        init.signal.removeEventListener("abort", onAbort);
        resolve(new Answer(response.statusCode ?? 0, response.statusMessage ?? "", new AnswerHeaders(response.headers), url.href, Buffer.concat(chunks)));
      });
    });
    init.signal.addEventListener("abort", onAbort, { once: true });
    request2.on("error", fail2);
    request2.end(init.body);
  });
}
var MAX_ANSWER_BYTES, AnswerHeaders, Answer;
var init_transport = __esm({
  "build/http/transport.js"() {
    "use strict";
    init_errors();
    init_proxy();
    MAX_ANSWER_BYTES = 32 * 1024 * 1024;
    AnswerHeaders = class {
      map = /* @__PURE__ */ new Map();
      constructor(raw = {}) {
        for (const [name, value] of Object.entries(raw)) {
          if (value === void 0)
            continue;
          this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : String(value));
        }
      }
      get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
      }
      has(name) {
        return this.map.has(name.toLowerCase());
      }
      forEach(callback) {
        for (const [name, value] of this.map)
          callback(value, name);
      }
      entries() {
        return this.map.entries();
      }
      [Symbol.iterator]() {
        return this.map.entries();
      }
    };
    Answer = class {
      status;
      statusText;
      headers;
      url;
      bytes;
      /** Attempts it took (set by request()). */
      attempts = 1;
      constructor(status, statusText, headers, url, bytes) {
        this.status = status;
        this.statusText = statusText;
        this.headers = headers;
        this.url = url;
        this.bytes = bytes;
      }
      get ok() {
        return this.status >= 200 && this.status <= 299;
      }
      get redirected() {
        return false;
      }
      /** Already read whole: there is no stream to consume. */
      get body() {
        return null;
      }
      async text() {
        return this.bytes.toString("utf8");
      }
      async json() {
        return JSON.parse(this.bytes.toString("utf8"));
      }
      async arrayBuffer() {
        return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength);
      }
    };
  }
});

// build/http/request.js
var request_exports = {};
__export(request_exports, {
  fetchFor: () => fetchFor,
  mergeHeaders: () => mergeHeaders,
  request: () => request,
  safeDecode: () => safeDecode,
  shownUrl: () => shownUrl
});
function shownUrl(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "(invalid URL)";
  }
}
function parseTarget(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new NetworkError("invalid-url", "not a valid URL");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new NetworkError("invalid-url", `only http and https URLs are supported, not ${parsed.protocol}`);
  }
  if (parsed.port === "0")
    throw new NetworkError("invalid-url", "port 0 is not a port one can connect to");
  return parsed;
}
function statusLine(answer) {
  return `${answer.status}${answer.statusText ? ` ${answer.statusText}` : ""}`;
}
async function request(url, options = {}) {
  const policy = { ...API_POLICY, ...options.policy };
  const clock = options.clock ?? realClock;
  const transport = options.transport ?? attempt;
  const method = (options.method ?? "GET").toUpperCase();
  const label = options.label ?? `${method} ${shownUrl(url)}`;
  const target = parseTarget(url);
  const started = clock.now();
  const deadline = Math.min(options.deadline ?? Infinity, policy.deadlineMs !== void 0 ? started + policy.deadlineMs : Infinity);
  const bounded = Number.isFinite(deadline) ? deadline : void 0;
  const base = { ...options.headers };
  if ((target.username || target.password) && !Object.keys(base).some((h) => h.toLowerCase() === "authorization")) {
    const user = safeDecode(target.username);
    const password = safeDecode(target.password);
    base.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
  }
  target.username = "";
  target.password = "";
  for (let n = 1; ; n++) {
    options.signal?.throwIfAborted();
    const timeoutMs = Math.max(1, Math.min(policy.timeoutMs, deadline - clock.now()));
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(new NetworkError("timeout", `timed out after ${seconds(timeoutMs)}`)), timeoutMs);
    const signal = options.signal ? AbortSignal.any([timer.signal, options.signal]) : timer.signal;
    let headers = base;
    if (options.headersFor) {
      headers = mergeHeaders(base, options.headersFor(n));
    }
    let answer;
    let failure;
    try {
      answer = await transport(target, { method, headers, body: options.body, signal, timeoutMs });
    } catch (error) {
      if (options.signal?.aborted)
        throw options.signal.reason;
      failure = error instanceof NetworkError ? error : new NetworkError("other", `network error: ${error instanceof Error ? error.message : String(error)}`, void 0, { cause: error });
    } finally {
      clearTimeout(timeout);
    }
    const decision = answer ? decideAnswer(answer, n, policy, clock, bounded) : decideFailure(failure.retryable, n, policy, clock, bounded);
    if (!decision.retry) {
      if (answer) {
        const result = answer;
        result.attempts = n;
        if (decision.why) {
          result.gaveUp = decision.why;
          options.log?.info(`${label}: ${statusLine(answer)}; not retrying: ${decision.why}`);
        }
        return result;
      }
      throw new RequestFailedError(label, failure, n, decision.why);
    }
    const what = answer ? `${statusLine(answer)}${answer.status === 403 || answer.status === 429 ? " (rate limited)" : ""}` : failure.message;
    options.log?.info(`${label}: ${what}; retrying in ${seconds(decision.delayMs)} (attempt ${n + 1} of ${policy.maxAttempts})`);
    await clock.sleep(decision.delayMs);
  }
}
function safeDecode(component) {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}
function mergeHeaders(...records) {
  const merged = /* @__PURE__ */ new Map();
  for (const record of records) {
    for (const [name, value] of Object.entries(record))
      merged.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(merged.values());
}
function fetchFor(options) {
  const { followSameOrigin, ...requestOptions } = options;
  return async (url, init = {}) => {
    const headers = {};
    for (const [name, value] of init.headers instanceof Object && Symbol.iterator in init.headers ? init.headers : Object.entries(init.headers ?? {})) {
      headers[name] = String(value);
    }
    if (init.body !== void 0 && init.body !== null && typeof init.body !== "string" && !(init.body instanceof Uint8Array)) {
      throw new TypeError("fetchFor sends string or byte bodies only");
    }
    let method = init.method ?? "GET";
    let body = init.body ?? void 0;
    let target = new URL(url);
    for (let hops = 0; ; hops++) {
      const answer = await request(target, {
        ...requestOptions,
        method,
        headers,
        body,
        ...init.signal ? { signal: init.signal } : {}
      });
      const location = answer.headers.get("location");
      if (!followSameOrigin || !REDIRECTS.has(answer.status) || !location || hops >= MAX_REDIRECTS) {
        return answer;
      }
      const next = new URL(location, target);
      if (next.origin !== target.origin)
        return answer;
      if (answer.status === 303 || (answer.status === 301 || answer.status === 302) && method === "POST") {
        method = "GET";
        body = void 0;
        for (const name of Object.keys(headers)) {
          if (/^content-(type|length)$/i.test(name))
            delete headers[name];
        }
      }
      target = next;
    }
  };
}
var REDIRECTS, MAX_REDIRECTS;
var init_request = __esm({
  "build/http/request.js"() {
    "use strict";
    init_errors();
    init_policy();
    init_transport();
    REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
    MAX_REDIRECTS = 3;
  }
});

// build/index.js
var index_exports = {};
__export(index_exports, {
  COMMANDS: () => COMMANDS,
  DEFAULT_TOLERANCE_SECONDS: () => DEFAULT_TOLERANCE_SECONDS,
  IDENTITY_ALGORITHMS: () => IDENTITY_ALGORITHMS,
  INPUTS: () => INPUTS,
  OUTPUTS: () => OUTPUTS,
  RELAY_KEY: () => RELAY_KEY,
  RelaySignatureError: () => RelaySignatureError,
  SIGNATURE_SCHEMES: () => SIGNATURE_SCHEMES,
  VERSION: () => VERSION,
  WebhookVerificationError: () => WebhookVerificationError,
  newDeliveryId: () => newDeliveryId,
  newSecret: () => newSecret,
  sign: () => sign,
  signRelay: () => signRelay,
  verify: () => verify,
  verifyIdentity: () => verifyIdentity,
  verifyRelay: () => verifyRelay
});
module.exports = __toCommonJS(index_exports);

// build/version.js
var VERSION = "0.1.0";

// build/github/permissions.js
var APP_PERMISSIONS = {
  actions: ["read", "write"],
  administration: ["read", "write"],
  artifact_metadata: ["read", "write"],
  attestations: ["read", "write"],
  checks: ["read", "write"],
  code_quality: ["read", "write"],
  codespaces: ["read", "write"],
  contents: ["read", "write"],
  dependabot_secrets: ["read", "write"],
  deployments: ["read", "write"],
  discussions: ["read", "write"],
  environments: ["read", "write"],
  issues: ["read", "write"],
  merge_queues: ["read", "write"],
  metadata: ["read", "write"],
  packages: ["read", "write"],
  pages: ["read", "write"],
  pull_requests: ["read", "write"],
  repository_custom_properties: ["read", "write"],
  repository_hooks: ["read", "write"],
  repository_projects: ["read", "write", "admin"],
  secret_scanning_alerts: ["read", "write"],
  secrets: ["read", "write"],
  security_events: ["read", "write"],
  single_file: ["read", "write"],
  statuses: ["read", "write"],
  vulnerability_alerts: ["read", "write"],
  workflows: ["write"],
  custom_properties_for_organizations: ["read", "write"],
  members: ["read", "write"],
  organization_administration: ["read", "write"],
  organization_custom_roles: ["read", "write"],
  organization_custom_org_roles: ["read", "write"],
  organization_custom_properties: ["read", "write", "admin"],
  organization_copilot_seat_management: ["read", "write"],
  organization_copilot_agent_settings: ["read", "write"],
  organization_announcement_banners: ["read", "write"],
  organization_events: ["read"],
  organization_hooks: ["read", "write"],
  organization_personal_access_tokens: ["read", "write"],
  organization_personal_access_token_requests: ["read", "write"],
  organization_plan: ["read"],
  organization_projects: ["read", "write", "admin"],
  organization_packages: ["read", "write"],
  organization_secrets: ["read", "write"],
  organization_self_hosted_runners: ["read", "write"],
  organization_user_blocking: ["read", "write"],
  email_addresses: ["read", "write"],
  followers: ["read", "write"],
  git_ssh_keys: ["read", "write"],
  gpg_keys: ["read", "write"],
  interaction_limits: ["read", "write"],
  profile: ["write"],
  starring: ["read", "write"],
  enterprise_custom_properties_for_organizations: ["read", "write", "admin"]
};

// build/inputs.js
var COMMAND_NAMES = [
  "token",
  "dispatch",
  "status",
  "notify",
  "receive",
  "callback",
  "trigger"
];
var COMMANDS = {
  token: "Mint a GitHub App installation token scoped to repositories and permissions.",
  dispatch: "Send repository_dispatch to one or more repositories (optionally signed, optionally waiting for the run).",
  status: "Report a commit status (pending, success, failure, error, or auto from the job outcome).",
  notify: "Send a signed build-complete webhook to one or more URLs, with retries.",
  receive: "Turn the received client_payload (or inputs) into step outputs, verifying its signature.",
  callback: "POST a result to a callback URL (Docker Hub's callback_url chain).",
  trigger: "Start a pipeline in a GitLab project with a (signed) payload in CI_RELAY_PAYLOAD, optionally waiting for it."
};
var GITHUB = ["token", "dispatch", "status", "notify"];
var GITLAB = ["status", "notify", "trigger"];
var INPUTS = {
  command: {
    description: `What to do: ${COMMAND_NAMES.join(", ")}.`,
    type: "enum",
    options: COMMAND_NAMES,
    commands: COMMAND_NAMES
  },
  token: {
    description: "GitHub token used when app-id and private-key are not set. Needs the permissions of the command (contents: write for dispatch, statuses: write for status).",
    type: "string",
    default: "${{ github.token }}",
    fallbackEnv: ["GITHUB_TOKEN"],
    secret: true,
    header: true,
    commands: GITHUB
  },
  "app-id": {
    description: "GitHub App ID or client ID. With private-key, the command mints its own installation token, scoped to the repositories it touches and the permissions it needs.",
    type: "string",
    commands: GITHUB
  },
  "client-id": {
    description: "GitHub App client ID (Iv...), as actions/create-github-app-token takes it; use it or app-id.",
    type: "string",
    alias: "app-id",
    commands: GITHUB
  },
  "private-key": {
    description: "GitHub App private key: PEM (PKCS#1 or PKCS#8), with real newlines or literal \\n escapes, or the PEM base64-encoded. Pass it from a secret.",
    type: "string",
    secret: true,
    required: ["token"],
    commands: GITHUB
  },
  "github-api-url": {
    description: "GitHub REST API URL (GitHub Enterprise Server works).",
    type: "string",
    default: "${{ github.api_url }}",
    fallbackEnv: ["GITHUB_API_URL"],
    commands: GITHUB
  },
  "revoke-token": {
    description: "Revoke the installation tokens this step mints as soon as it no longer needs them: at the end of the step, or in the post step for token (its output is used by later steps) and status with state auto.",
    type: "boolean",
    default: "true",
    commands: GITHUB
  },
  "skip-token-revoke": {
    description: "true keeps the minted token alive after the job (actions/create-github-app-token's spelling of revoke-token: false).",
    type: "boolean",
    alias: "revoke-token",
    commands: GITHUB
  },
  "gitlab-token": {
    description: "GitLab project or group access token with api scope (sent as PRIVATE-TOKEN). status on GitLab needs it (CI_JOB_TOKEN cannot post statuses); notify lists the pipeline jobs with it; trigger reads the started pipeline with it (read_api) when waiting. Pass it in the CI_RELAY_GITLAB_TOKEN variable.",
    type: "string",
    secret: true,
    header: true,
    commands: GITLAB
  },
  "gitlab-api-url": {
    description: "GitLab REST API URL. Default: CI_API_V4_URL in a GitLab job (self-managed works), else https://gitlab.com/api/v4.",
    type: "string",
    default: "https://gitlab.com/api/v4",
    fallbackEnv: ["CI_API_V4_URL"],
    commands: GITLAB
  },
  target: {
    description: "status: where the status goes: auto (the platform the job runs on), github or gitlab.",
    type: "enum",
    options: ["auto", "github", "gitlab"],
    default: "auto",
    commands: ["status"]
  },
  owner: {
    description: "token: account that owns the installation. Defaults to the owner of the current repository.",
    type: "string",
    commands: ["token"]
  },
  repositories: {
    description: "token: repositories (names, or owner/name of the same owner; comma or newline separated) the token is limited to. Default: the current repository when owner is not set, else every repository of the installation.",
    type: "list",
    commands: ["token"]
  },
  permissions: {
    description: "token: permissions the token is limited to, as name:level pairs (e.g. contents:write,statuses:write). Default: all the installation has.",
    type: "list",
    commands: ["token"]
  },
  "installation-id": {
    description: "token: installation ID; skips the installation lookup (one request fewer).",
    type: "integer",
    min: 1,
    commands: ["token"]
  },
  repository: {
    description: "dispatch: target repositories as owner/name (comma or newline separated; may span owners). status: the repository of the commit (on GitLab: the project path or id). notify: the repository the build is of (owner/name or project path), required outside GitHub Actions and GitLab CI; set there, it replaces the run's. Default: the current repository or project.",
    type: "list",
    fallbackEnv: ["GITHUB_REPOSITORY"],
    commands: ["dispatch", "status", "notify"]
  },
  "event-type": {
    description: "dispatch: the event_type of the repository_dispatch event (1 to 100 characters).",
    type: "string",
    required: ["dispatch"],
    commands: ["dispatch"]
  },
  "client-payload": {
    description: "dispatch: client_payload as a JSON object (at most 10 top-level keys, under 64 KB serialized). trigger: the JSON object sent as the pipeline variable CI_RELAY_PAYLOAD, which receive reads.",
    type: "json",
    default: "{}",
    commands: ["dispatch", "trigger"]
  },
  "signing-secret": {
    description: "dispatch, trigger: sign the payload (its _relay key) with this secret so receive can verify it.",
    type: "string",
    secret: true,
    commands: ["dispatch", "trigger"]
  },
  wait: {
    description: "dispatch: wait for the run each dispatch started and fail unless it succeeds. trigger: wait for the pipeline and fail unless it succeeds (needs gitlab-token with read_api).",
    type: "boolean",
    default: "false",
    commands: ["dispatch", "trigger"]
  },
  "wait-timeout": {
    description: "dispatch, trigger: seconds to wait for the started runs or pipeline to complete.",
    type: "integer",
    default: "600",
    min: 1,
    commands: ["dispatch", "trigger"]
  },
  state: {
    description: "status: pending, success, failure, error, or auto (pending now, the job outcome in the post step; GitHub Actions only); running, failed, cancelled, canceled and skipped are accepted and mapped to the target's states. callback: success, failure or error.",
    type: "string",
    required: ["status", "callback"],
    commands: ["status", "callback"]
  },
  context: {
    description: 'status: the status context, or name on GitLab (default "<workflow> / <job>" on GitHub, the job name on GitLab; at most 255 characters). callback: at most 100 characters.',
    type: "string",
    commands: ["status", "callback"]
  },
  description: {
    description: "status: short description (cut with a warning to 140 characters on GitHub, 255 on GitLab). callback: cut to 255 characters.",
    type: "string",
    commands: ["status", "callback"]
  },
  "target-url": {
    description: "status, callback: link shown with the status. Default: this run's (or pipeline's) URL.",
    type: "string",
    commands: ["status", "callback"]
  },
  sha: {
    description: "status: commit to report on. Default: the pull request head on pull_request events, the triggering head on workflow_run, else GITHUB_SHA; on GitLab CI_MERGE_REQUEST_SOURCE_BRANCH_SHA (merged results), else CI_COMMIT_SHA. notify: the commit the build ran on, required outside GitHub Actions and GitLab CI; set there, it replaces the run's.",
    type: "string",
    commands: ["status", "notify"]
  },
  url: {
    description: "notify: receiver URLs (http or https, comma or newline separated).",
    type: "list",
    required: ["notify"],
    commands: ["notify"]
  },
  secret: {
    description: "notify: webhook secret used to sign deliveries (signature standard: base64, optionally prefixed whsec_; make one with `npx @ci-relay/cli secret`). receive: secret that verifies the signed payload; several secrets, one per line, while rotating (valid if any matches).",
    type: "string",
    secret: true,
    header: true,
    lines: true,
    commands: ["notify", "receive"]
  },
  signature: {
    description: "notify: signature scheme: standard (Standard Webhooks, default with a secret), github (X-Hub-Signature-256 and X-Hub-Signature), jobserv (X-JobServ-Sig), gitlab (X-Gitlab-Token: the secret itself) or none.",
    type: "enum",
    options: ["standard", "github", "jobserv", "gitlab", "none"],
    commands: ["notify"]
  },
  authorization: {
    description: "notify: value of the Authorization header (at most 1024 characters).",
    type: "string",
    secret: true,
    header: true,
    max: 1024,
    commands: ["notify"]
  },
  format: {
    description: "notify: payload format: ci-relay, jobserv, cloud-automator, or github / gitlab (the push or pull/merge request event the forge itself would send for this commit, e.g. for AWX/Tower job templates).",
    type: "enum",
    options: ["ci-relay", "jobserv", "cloud-automator", "github", "gitlab"],
    default: "ci-relay",
    commands: ["notify"]
  },
  event: {
    description: "notify: the event name sent in X-GitHub-Event (signature github) or X-Gitlab-Event (signature gitlab). Default: the one the format describes (push, pull_request, Push Hook, Merge Request Hook; ping for a github test delivery; else build.completed or ping).",
    type: "string",
    max: 100,
    commands: ["notify"]
  },
  payload: {
    description: "notify: JSON object merged at the top level of the built payload. receive: the payload to read instead of the GitHub event (CI_RELAY_PAYLOAD on the CLI; else TRIGGER_PAYLOAD, a file, is read).",
    type: "json",
    commands: ["notify", "receive"]
  },
  status: {
    description: "notify: build status: auto (from the jobs of this run; GitHub Actions and GitLab CI only), or success, failure, cancelled (e.g. ${{ job.status }}; GitLab's failed and canceled too); required elsewhere.",
    type: "string",
    default: "auto",
    commands: ["notify"]
  },
  "include-jobs": {
    description: "notify: list this run's jobs in runs[] (needs actions: read; on GitLab, gitlab-token).",
    type: "boolean",
    default: "true",
    commands: ["notify"]
  },
  "max-attempts": {
    description: "notify: attempts per URL before giving up.",
    type: "integer",
    default: "10",
    min: 1,
    max: 100,
    commands: ["notify"]
  },
  timeout: {
    description: "notify: seconds each attempt may take.",
    type: "integer",
    default: "10",
    min: 1,
    max: 600,
    commands: ["notify"]
  },
  test: {
    description: 'notify: send a test delivery (type ping, "test": true) instead of a build.',
    type: "boolean",
    default: "false",
    commands: ["notify"]
  },
  "oidc-audience": {
    description: "notify: attach the CI platform's OIDC identity token for this audience as Authorization: Bearer (on GitLab: the id_tokens token in CI_RELAY_ID_TOKEN).",
    type: "string",
    commands: ["notify"]
  },
  "require-signature": {
    description: "receive: fail on an unsigned payload. Default: true when secret is set.",
    type: "boolean",
    commands: ["receive"]
  },
  "max-age": {
    description: "receive: oldest accepted signature, in seconds.",
    type: "integer",
    default: "3600",
    min: 1,
    commands: ["receive"]
  },
  dotenv: {
    description: "receive: also write the outputs to this dotenv file (upper-case names with prefix), for GitLab artifacts:reports:dotenv.",
    type: "string",
    cliOnly: true,
    commands: ["receive"]
  },
  prefix: {
    description: "receive: prefix of the variable names in the dotenv file.",
    type: "string",
    default: "RELAY_",
    cliOnly: true,
    commands: ["receive"]
  },
  "callback-url": {
    description: "callback: URL to POST the result to. Default: callback_url of the received payload.",
    type: "string",
    commands: ["callback"]
  },
  project: {
    description: "trigger: the GitLab project whose pipeline to start: its path (group/project) or numeric ID.",
    type: "string",
    commands: ["trigger"]
  },
  ref: {
    description: "trigger: the branch or tag the pipeline runs for. notify: the ref or branch the build ran for (outside GitHub Actions and GitLab CI; set there, it replaces the run's).",
    type: "string",
    commands: ["trigger", "notify"]
  },
  "build-url": {
    description: "notify: web page of the build (web_url; e.g. Jenkins' BUILD_URL), outside GitHub Actions and GitLab CI; set there, it replaces the run's or pipeline's URL.",
    type: "string",
    commands: ["notify"]
  },
  "gitlab-trigger-token": {
    description: "trigger: the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens). Pass it from a secret (CI_RELAY_GITLAB_TRIGGER_TOKEN on the CLI).",
    type: "string",
    secret: true,
    header: true,
    commands: ["trigger"]
  }
};
var PERMISSION_INPUTS = Object.fromEntries(Object.entries(APP_PERMISSIONS).map(([permission, levels]) => [
  `permission-${permission.replaceAll("_", "-")}`,
  {
    description: `token: limit the token's ${permission} permission to ${levels.join(" or ")} (as actions/create-github-app-token).`,
    type: "enum",
    options: levels,
    commands: ["token"]
  }
]));
var ALL_INPUTS = { ...INPUTS, ...PERMISSION_INPUTS };
var OUTPUTS = {
  token: { description: "The installation token (masked).", commands: ["token"] },
  "installation-id": { description: "The installation ID.", commands: ["token"] },
  "app-slug": {
    description: "The GitHub App slug (empty when installation-id was given).",
    commands: ["token"]
  },
  "expires-at": { description: "When the token expires (ISO 8601).", commands: ["token"] },
  "correlation-id": {
    description: "UUID of this dispatch (client_payload._relay.id when signed or waiting).",
    commands: ["dispatch"]
  },
  repositories: {
    description: "JSON array of {repository, status} for each dispatch sent.",
    commands: ["dispatch"],
    json: true
  },
  "run-id": { description: "With wait: ID of the started run.", commands: ["dispatch"] },
  "run-url": { description: "With wait: URL of the started run.", commands: ["dispatch"] },
  conclusion: {
    description: "With wait: conclusion of the started run (dispatch) or status of the pipeline (trigger).",
    commands: ["dispatch", "trigger"]
  },
  sha: { description: "The commit the status was posted on.", commands: ["status"] },
  url: { description: "API URL of the created status.", commands: ["status"] },
  "delivery-id": { description: "ID of the (first) delivery.", commands: ["notify"] },
  results: {
    description: "JSON array per URL: url, status code, attempts, delivery id, milliseconds.",
    commands: ["notify"],
    json: true
  },
  undelivered: {
    description: "Path of a file holding what could not be delivered (for ci-relay redeliver).",
    commands: ["notify"]
  },
  payload: {
    description: "The whole received payload as JSON.",
    commands: ["receive"],
    json: true
  },
  "event-type": { description: "The event_type of the received dispatch.", commands: ["receive"] },
  verified: { description: "true when the payload signature was verified.", commands: ["receive"] },
  "callback-url": { description: "callback_url of the received payload.", commands: ["receive"] },
  "status-code": { description: "HTTP status the callback URL answered.", commands: ["callback"] },
  "pipeline-id": { description: "ID of the started pipeline.", commands: ["trigger"] },
  "pipeline-url": { description: "Web URL of the started pipeline.", commands: ["trigger"] }
};
function defaultOf(name) {
  return INPUTS[name].default;
}

// build/relay-signature.js
var import_node_crypto2 = require("node:crypto");

// node_modules/canonicalize/lib/canonicalize.js
function serializeString(value) {
  if (!value.isWellFormed()) {
    throw new Error("Lone surrogate is not allowed");
  }
  return JSON.stringify(value);
}
function serializePrimitive(value) {
  switch (typeof value) {
    case "number":
      if (isNaN(value)) {
        throw new Error("NaN is not allowed");
      }
      if (!isFinite(value)) {
        throw new Error("Infinity is not allowed");
      }
      return JSON.stringify(value);
    case "string":
      return serializeString(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      return JSON.stringify(value);
  }
}
function enterValue(value, seen) {
  let wrappers = null;
  while (value !== null && typeof value === "object" && typeof value.toJSON === "function") {
    if (seen.has(value)) {
      throw new Error("Circular reference detected");
    }
    seen.add(value);
    (wrappers ??= []).push(value);
    value = value.toJSON();
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    value = value.valueOf();
  }
  if (value === null || typeof value !== "object") {
    if (wrappers !== null) {
      for (const wrapper of wrappers) seen.delete(wrapper);
    }
    return serializePrimitive(value);
  }
  if (seen.has(value)) {
    throw new Error("Circular reference detected");
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
function canonicalize(object) {
  if (object === null || typeof object !== "object") {
    return serializePrimitive(object);
  }
  const seen = /* @__PURE__ */ new Set();
  const root = enterValue(object, seen);
  if (typeof root !== "object") {
    return root;
  }
  let result = root.keys === null ? "[" : "{";
  const stack = [root];
  outer:
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const container = frame.container;
      if (frame.keys === null) {
        while (frame.index < container.length) {
          const i = frame.index++;
          if (i > 0) {
            result += ",";
          }
          const element = container[i];
          const value = element === void 0 || typeof element === "symbol" || typeof element === "function" ? null : element;
          if (value === null || typeof value !== "object") {
            result += serializePrimitive(value);
            continue;
          }
          const child = enterValue(value, seen);
          if (typeof child !== "object") {
            result += child === void 0 ? "null" : child;
            continue;
          }
          result += child.keys === null ? "[" : "{";
          stack.push(child);
          continue outer;
        }
        result += "]";
      } else {
        const keys = frame.keys;
        while (frame.index < keys.length) {
          const key = keys[frame.index++];
          const value = container[key];
          if (value === void 0 || typeof value === "symbol" || typeof value === "function") {
            continue;
          }
          if (value === null || typeof value !== "object") {
            if (frame.first) {
              frame.first = false;
            } else {
              result += ",";
            }
            result += serializeString(key) + ":" + serializePrimitive(value);
            continue;
          }
          const child = enterValue(value, seen);
          if (child === void 0) {
            continue;
          }
          if (frame.first) {
            frame.first = false;
          } else {
            result += ",";
          }
          result += serializeString(key) + ":";
          if (typeof child !== "object") {
            result += child;
            continue;
          }
          result += child.keys === null ? "[" : "{";
          stack.push(child);
          continue outer;
        }
        result += "}";
      }
      seen.delete(container);
      if (frame.wrappers !== null) {
        for (const wrapper of frame.wrappers) seen.delete(wrapper);
      }
      stack.pop();
    }
  return result;
}

// build/webhook/sign.js
var import_node_crypto = require("node:crypto");
var SIGNATURE_SCHEMES = [
  "standard",
  "github",
  "jobserv",
  "gitlab",
  "none"
];
var DEFAULT_GITHUB_EVENT = "build.completed";
var WHSEC_PREFIX = "whsec_";
function newDeliveryId() {
  return (0, import_node_crypto.randomUUID)();
}
var MAKE_SECRET_HINT = 'Make one with `npx @ci-relay/cli secret` (or `echo "whsec_$(openssl rand -base64 32)"`) and give the receiver the same string.';
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function secretKey(secret, scheme = "standard") {
  if (secret.length === 0)
    throw new TypeError("The webhook secret is empty.");
  if (scheme === "gitlab")
    checkHeaderToken(secret);
  if (scheme !== "standard")
    return Buffer.from(secret, "utf8");
  const encoded = secret.startsWith(WHSEC_PREFIX) ? secret.slice(WHSEC_PREFIX.length) : secret;
  if (!BASE64.test(encoded)) {
    throw new TypeError(`A Standard Webhooks secret is base64, optionally prefixed whsec_ (the libraries that verify it decode it so); this one is not valid base64. ${MAKE_SECRET_HINT}`);
  }
  const key = Buffer.from(encoded, "base64");
  if (key.length === 0)
    throw new TypeError("The Standard Webhooks secret decodes to an empty key.");
  return key;
}
function newSecret() {
  return `${WHSEC_PREFIX}${(0, import_node_crypto.randomBytes)(32).toString("base64")}`;
}
function checkHeaderToken(secret) {
  if (!/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(secret)) {
    throw new TypeError("A gitlab secret is sent as the X-Gitlab-Token header: it must be printable ASCII with no line breaks or leading/trailing spaces.");
  }
}
function nameUuid(name) {
  const bytes = (0, import_node_crypto.createHash)("sha1").update(`ci-relay:${name}`, "utf8").digest().subarray(0, 16);
  bytes[6] = bytes[6] & 15 | 80;
  bytes[8] = bytes[8] & 63 | 128;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function toBuffer(body) {
  return typeof body === "string" ? Buffer.from(body, "utf8") : body;
}
function standardSignature(key, id, timestamp, body) {
  const digest = (0, import_node_crypto.createHmac)("sha256", key).update(`${id}.${timestamp}.`, "utf8").update(toBuffer(body)).digest("base64");
  return `v1,${digest}`;
}
function hmacHex(algorithm, key, body) {
  return (0, import_node_crypto.createHmac)(algorithm, key).update(toBuffer(body)).digest("hex");
}
function sign(scheme, secret, body, options = {}) {
  const id = options.id ?? newDeliveryId();
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1e3);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new TypeError("The signature timestamp must be a whole number of seconds since 1970.");
  }
  if (/[\r\n]/.test(id))
    throw new TypeError("The delivery id must not contain line breaks.");
  for (const [name, value] of Object.entries({
    event: options.event,
    instance: options.instance,
    webhookUuid: options.webhookUuid
  })) {
    if (value !== void 0 && /[\r\n\0]/.test(value)) {
      throw new TypeError(`The ${name} header value must not contain line breaks.`);
    }
  }
  const headers = {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp)
  };
  if (scheme === "none")
    return headers;
  if (!SIGNATURE_SCHEMES.includes(scheme)) {
    throw new TypeError(`Unknown signature scheme '${String(scheme)}'.`);
  }
  if (secret === void 0 || secret === "") {
    throw new TypeError(`Signing with the '${scheme}' scheme needs a secret. Set the secret, or use signature 'none'.`);
  }
  const key = secretKey(secret, scheme);
  switch (scheme) {
    case "standard":
      headers["webhook-signature"] = standardSignature(key, id, timestamp, body);
      break;
    case "github":
      headers["X-Hub-Signature-256"] = `sha256=${hmacHex("sha256", key, body)}`;
      headers["X-Hub-Signature"] = `sha1=${hmacHex("sha1", key, body)}`;
      headers["X-GitHub-Event"] = options.event ?? DEFAULT_GITHUB_EVENT;
      headers["X-GitHub-Delivery"] = id;
      break;
    case "jobserv":
      headers["X-JobServ-Sig"] = `sha256:${hmacHex("sha256", key, body)}`;
      break;
    case "gitlab": {
      headers["X-Gitlab-Token"] = secret;
      headers["X-Gitlab-Event"] = options.event ?? DEFAULT_GITHUB_EVENT;
      headers["X-Gitlab-Event-UUID"] = id;
      const hookUuid = options.webhookUuid ?? (options.hook !== void 0 ? nameUuid(options.hook) : void 0);
      if (hookUuid !== void 0)
        headers["X-Gitlab-Webhook-UUID"] = hookUuid;
      if (options.instance)
        headers["X-Gitlab-Instance"] = options.instance;
      break;
    }
  }
  return headers;
}

// build/relay-signature.js
var RELAY_KEY = "_relay";
var RelaySignatureError = class extends Error {
  constructor(message2) {
    super(message2);
    this.name = "RelaySignatureError";
  }
};
var DEFAULT_MAX_AGE_SECONDS = Number(defaultOf("max-age"));
var FUTURE_SKEW_SECONDS = 30;
function splitRelay(payload) {
  const { [RELAY_KEY]: relay, ...data } = payload;
  return { data, relay };
}
function relaySigningInput(id, ts, eventType, data) {
  let canonical;
  try {
    canonical = canonicalize({ event_type: eventType, client_payload: data });
  } catch (error) {
    throw new RelaySignatureError(`The payload has no canonical JSON form (RFC 8785), so it cannot be signed: ${error.message}.`);
  }
  return `${id}.${ts}.${canonical}`;
}
function hmac(secret, text) {
  return hmacHex("sha256", secretKey(secret, "github"), text);
}
function signRelay(secret, eventType, data, stamp) {
  const ts = stamp.ts ?? Math.floor(Date.now() / 1e3);
  if (!Number.isSafeInteger(ts) || ts < 0) {
    throw new TypeError("The signature time must be a whole number of seconds since 1970.");
  }
  const sig2 = hmac(secret, relaySigningInput(stamp.id, ts, eventType, data));
  return { id: stamp.id, ts, sig: sig2 };
}
function verifyRelay(secret, eventType, payload, options = {}) {
  const { data, relay } = splitRelay(payload);
  if (relay === void 0)
    throw new RelaySignatureError("The payload is not signed (no _relay).");
  const { id, ts, sig: sig2 } = relay ?? {};
  if (typeof relay !== "object" || relay === null || sig2 === void 0) {
    throw new RelaySignatureError("The payload is not signed (_relay has no sig).");
  }
  if (typeof id !== "string" || typeof ts !== "number" || !Number.isSafeInteger(ts) || typeof sig2 !== "string" || !/^[0-9a-f]{64}$/.test(sig2)) {
    throw new RelaySignatureError("The payload signature is malformed (_relay must be {id: string, ts: seconds, sig: 64 hex}).");
  }
  const signed = relaySigningInput(id, ts, eventType, data);
  const given = Buffer.from(sig2, "hex");
  const secrets = (typeof secret === "string" ? [secret] : secret).filter((s) => s !== "");
  if (secrets.length === 0)
    throw new TypeError("Verifying a payload signature needs a secret.");
  const matches = secrets.some((one) => {
    const expected = Buffer.from(hmac(one, signed), "hex");
    return given.length === expected.length && (0, import_node_crypto2.timingSafeEqual)(given, expected);
  });
  if (!matches) {
    throw new RelaySignatureError("The payload signature does not match: the secret differs from the signing-secret of the sender, or the payload or event type was changed.");
  }
  const now = options.now ?? Math.floor(Date.now() / 1e3);
  const maxAge = options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS;
  if (now - ts > maxAge) {
    throw new RelaySignatureError(`The payload was signed ${now - ts} s ago, longer than max-age (${maxAge} s) allows: a replayed or re-run event. Raise max-age to accept older payloads.`);
  }
  if (ts - now > FUTURE_SKEW_SECONDS) {
    throw new RelaySignatureError(`The payload was signed ${ts - now} s in the future: the clocks of sender and receiver disagree, or the time was forged.`);
  }
  return { id, ts, sig: sig2 };
}

// build/webhook/verify.js
var import_node_crypto3 = require("node:crypto");
var WebhookVerificationError = class extends Error {
  constructor(message2) {
    super(message2);
    this.name = "WebhookVerificationError";
  }
};
var DEFAULT_TOLERANCE_SECONDS = 300;
function header(headers, name) {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === void 0)
      continue;
    const joined = Array.isArray(value) ? value.join(" ") : value;
    return joined.trim();
  }
  return void 0;
}
function bytesEqual(a, b) {
  return a.length === b.length && (0, import_node_crypto3.timingSafeEqual)(a, b);
}
function hexDigest(value, prefix, hexLength) {
  if (!value.startsWith(prefix))
    return void 0;
  const hex = value.slice(prefix.length).trim();
  if (hex.length !== hexLength || !/^[0-9a-fA-F]+$/.test(hex))
    return void 0;
  return Buffer.from(hex, "hex");
}
function verifyStandard(keys, body, headers, options) {
  const id = header(headers, "webhook-id");
  const timestampHeader = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!id || !timestampHeader || !signatures) {
    throw new WebhookVerificationError("Missing required headers");
  }
  if (!/^\d{1,15}$/.test(timestampHeader)) {
    throw new WebhookVerificationError("Invalid signature headers");
  }
  const timestamp = Number(timestampHeader);
  const now = options.now ?? Math.floor(Date.now() / 1e3);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (now - timestamp > tolerance)
    throw new WebhookVerificationError("Message timestamp too old");
  if (timestamp - now > tolerance)
    throw new WebhookVerificationError("Message timestamp too new");
  const given = signatures.split(" ").filter((versioned) => versioned.startsWith("v1,")).map((versioned) => Buffer.from(versioned.slice("v1,".length)));
  for (const key of keys) {
    const expected = Buffer.from(standardSignature(key, id, timestamp, body).slice("v1,".length));
    if (given.some((signature) => bytesEqual(signature, expected)))
      return;
  }
  throw new WebhookVerificationError("No matching signature found");
}
function anyKeyMatches(keys, algorithm, body, given) {
  return given !== void 0 && keys.some((key) => bytesEqual(given, Buffer.from(hmacHex(algorithm, key, body), "hex")));
}
function verifyGithub(keys, body, headers, options) {
  const sha256 = header(headers, "x-hub-signature-256");
  if (sha256) {
    if (anyKeyMatches(keys, "sha256", body, hexDigest(sha256, "sha256=", 64)))
      return;
    throw new WebhookVerificationError("No matching signature found");
  }
  const sha1 = header(headers, "x-hub-signature");
  if (sha1 && options.allowSha1) {
    if (anyKeyMatches(keys, "sha1", body, hexDigest(sha1, "sha1=", 40)))
      return;
    throw new WebhookVerificationError("No matching signature found");
  }
  if (sha1)
    throw new WebhookVerificationError("Missing required headers (SHA-1 only; SHA-256 required)");
  throw new WebhookVerificationError("Missing required headers");
}
function verifyJobserv(keys, body, headers) {
  const value = header(headers, "x-jobserv-sig");
  if (!value)
    throw new WebhookVerificationError("Missing required headers");
  if (anyKeyMatches(keys, "sha256", body, hexDigest(value, "sha256:", 64)))
    return;
  throw new WebhookVerificationError("No matching signature found");
}
function secretList(secret) {
  return (typeof secret === "string" ? [secret] : [...secret ?? []]).filter((s) => s !== "");
}
function verifyGitlab(secrets, headers) {
  const token = header(headers, "x-gitlab-token");
  if (token === void 0 || token === "")
    throw new WebhookVerificationError("Missing required headers");
  const digest = (value) => (0, import_node_crypto3.createHash)("sha256").update(value, "utf8").digest();
  const given = digest(token);
  const matches = secrets.map((secret) => bytesEqual(given, digest(secret)));
  if (!matches.includes(true))
    throw new WebhookVerificationError("No matching token found");
}
function verify(scheme, secret, body, headers, options = {}) {
  if (scheme === "none")
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
    case "standard":
      return verifyStandard(keys, body, headers, options);
    case "github":
      return verifyGithub(keys, body, headers, options);
    case "jobserv":
      return verifyJobserv(keys, body, headers);
    case "gitlab":
      return verifyGitlab(secrets, headers);
  }
}

// node_modules/jose/dist/webapi/lib/buffer_utils.js
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
var UINT32_RANGE = 2 ** 32;
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
var NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return encoder.encode(string);
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
function decodeBase64(encoded, url = false) {
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

// node_modules/jose/dist/webapi/util/errors.js
var errors_exports = {};
__export(errors_exports, {
  JOSEAlgNotAllowed: () => JOSEAlgNotAllowed,
  JOSEError: () => JOSEError,
  JOSENotSupported: () => JOSENotSupported,
  JWEDecryptionFailed: () => JWEDecryptionFailed,
  JWEInvalid: () => JWEInvalid,
  JWKInvalid: () => JWKInvalid,
  JWKSInvalid: () => JWKSInvalid,
  JWKSMultipleMatchingKeys: () => JWKSMultipleMatchingKeys,
  JWKSNoMatchingKey: () => JWKSNoMatchingKey,
  JWKSTimeout: () => JWKSTimeout,
  JWSInvalid: () => JWSInvalid,
  JWSSignatureVerificationFailed: () => JWSSignatureVerificationFailed,
  JWTClaimValidationFailed: () => JWTClaimValidationFailed,
  JWTExpired: () => JWTExpired,
  JWTInvalid: () => JWTInvalid
});
var JOSEError = class extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message2, options) {
    super(message2, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
};
var JWTClaimValidationFailed = class extends JOSEError {
  static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  claim;
  reason;
  payload;
  constructor(message2, payload, claim = "unspecified", reason = "unspecified") {
    super(message2, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
};
var JWTExpired = class extends JOSEError {
  static code = "ERR_JWT_EXPIRED";
  code = "ERR_JWT_EXPIRED";
  claim;
  reason;
  payload;
  constructor(message2, payload, claim = "unspecified", reason = "unspecified") {
    super(message2, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
};
var JOSEAlgNotAllowed = class extends JOSEError {
  static code = "ERR_JOSE_ALG_NOT_ALLOWED";
  code = "ERR_JOSE_ALG_NOT_ALLOWED";
};
var JOSENotSupported = class extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
};
var JWEDecryptionFailed = class extends JOSEError {
  static code = "ERR_JWE_DECRYPTION_FAILED";
  code = "ERR_JWE_DECRYPTION_FAILED";
  constructor(message2 = "decryption operation failed", options) {
    super(message2, options);
  }
};
var JWEInvalid = class extends JOSEError {
  static code = "ERR_JWE_INVALID";
  code = "ERR_JWE_INVALID";
};
var JWSInvalid = class extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
};
var JWTInvalid = class extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
};
var JWKInvalid = class extends JOSEError {
  static code = "ERR_JWK_INVALID";
  code = "ERR_JWK_INVALID";
};
var JWKSInvalid = class extends JOSEError {
  static code = "ERR_JWKS_INVALID";
  code = "ERR_JWKS_INVALID";
};
var JWKSNoMatchingKey = class extends JOSEError {
  static code = "ERR_JWKS_NO_MATCHING_KEY";
  code = "ERR_JWKS_NO_MATCHING_KEY";
  constructor(message2 = "no applicable key found in the JSON Web Key Set", options) {
    super(message2, options);
  }
};
var JWKSMultipleMatchingKeys = class extends JOSEError {
  [Symbol.asyncIterator] = async function* () {
  };
  static code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  constructor(message2 = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message2, options);
  }
};
var JWKSTimeout = class extends JOSEError {
  static code = "ERR_JWKS_TIMEOUT";
  code = "ERR_JWKS_TIMEOUT";
  constructor(message2 = "request timed out", options) {
    super(message2, options);
  }
};
var JWSSignatureVerificationFailed = class extends JOSEError {
  static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  constructor(message2 = "signature verification failed", options) {
    super(message2, options);
  }
};

// node_modules/jose/dist/webapi/util/base64url.js
var invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), true);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}

// node_modules/jose/dist/webapi/lib/validate.js
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return isObject(input) && Array.isArray(input.keys) && Array.from(input.keys).every(isObject);
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header2 of headers)
    if (header2)
      for (const parameter of Object.keys(header2)) {
        if (parameters.has(parameter))
          return false;
        parameters.add(parameter);
      }
  return true;
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
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message2) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message2, { cause });
  }
  if (!isObject(parsed))
    throw new ErrorClass(message2);
  return parsed;
}
var JWS_RECOGNIZED = { __proto__: null, b64: true };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
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
      throw new JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return true;
}

// node_modules/jose/dist/webapi/lib/key.js
var tag = (key) => key[Symbol.toStringTag];
var jwkMatchesOp = (entry, key, usage) => {
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
  if (isObject(key)) {
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
var cache;
var nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
var isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return true;
  try {
    return key instanceof CryptoKey;
  } catch {
    return false;
  }
};
var isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject";
var isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
  if (types.length > 2) {
    const last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
function invalidKeyType(alg, actual, secret) {
  const types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
var unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
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
async function jwkToKey(entry, jwk, extractable) {
  if (!entry.kty.includes(jwk.kty))
    throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  const algorithm = entry.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = false) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}

// node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}

// node_modules/jose/dist/webapi/lib/jws_algorithms.js
var sig = [["verify"], ["sign"]];
function hmac2(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: true, subtle, signing: subtle, usages: sig };
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
var JWS = table({
  HS256: hmac2(256),
  HS384: hmac2(384),
  HS512: hmac2(512),
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

// node_modules/jose/dist/webapi/lib/jws_verify.js
function prepareVerify(options) {
  return [options && validateAlgorithms("algorithms", options.algorithms), options?.crit];
}
function parseProtectedHeader(encodedProtectedHeader) {
  return encodedProtectedHeader === void 0 ? {} : parseJoseHeader(encodedProtectedHeader, JWSInvalid, "JWS Protected Header is invalid");
}
function encodeCompactUnencodedPayload(payload) {
  try {
    return encode(payload);
  } catch (cause) {
    throw new JWSInvalid("JWS Compact Serialization payload must use only ASCII characters", {
      cause
    });
  }
}
async function verifySignature(jws, shared, key, encodeUnencodedPayload, parsedProtected) {
  const { protected: encodedProtectedHeader, header: header2, payload: inputPayload } = jws, protectedHeader = parsedProtected ?? parseProtectedHeader(encodedProtectedHeader);
  if (!isDisjoint(protectedHeader, header2))
    throw new JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...header2 }, b64 = validateB64(protectedHeader, validateCrit(JWSInvalid, JWS_RECOGNIZED, shared[1], protectedHeader, joseHeader)), { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  if (shared[0] && !shared[0].has(alg))
    throw new JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
  if (b64) {
    if (typeof inputPayload != "string")
      throw new JWSInvalid("JWS Payload must be a string");
  } else if (typeof inputPayload != "string" && !(inputPayload instanceof Uint8Array))
    throw new JWSInvalid("JWS Payload must be a string or an Uint8Array instance");
  const signingPayload = b64 || typeof inputPayload != "string" ? inputPayload : encodeUnencodedPayload(inputPayload);
  let resolvedKey = false;
  typeof key == "function" && (key = await key(protectedHeader, jws), resolvedKey = true);
  const entry = jwsAlgorithm(alg), signingInput = concat(encodedProtectedHeader !== void 0 ? encode(encodedProtectedHeader) : new Uint8Array(), encode("."), typeof signingPayload == "string" ? shared[2] ??= encodeAsciiMember(signingPayload, "payload", JWSInvalid) : signingPayload), signature = decodeBase64url(jws.signature, "signature", JWSInvalid), verificationKey = await prepareKey(entry, key, "verify"), cryptoKey = await rawKey(verificationKey, entry.subtle, "verify");
  entry.minRsaBits && checkModulusLength(entry.alg, cryptoKey);
  let verified = false;
  try {
    verified = await crypto.subtle.verify(entry.signing, cryptoKey, signature, signingInput);
  } catch (cause) {
    throw new JWSSignatureVerificationFailed(void 0, { cause });
  }
  if (!verified)
    throw new JWSSignatureVerificationFailed();
  const result = { payload: typeof signingPayload == "string" ? decodeBase64url(signingPayload, "payload", JWSInvalid) : signingPayload };
  return encodedProtectedHeader !== void 0 && (result.protectedHeader = protectedHeader), header2 !== void 0 && (result.unprotectedHeader = header2), resolvedKey ? [{ ...result, key: verificationKey }, b64] : [result, b64];
}
async function verifyCompact(jws, shared, key) {
  if (jws instanceof Uint8Array && (jws = decoder.decode(jws)), typeof jws != "string")
    throw new JWSInvalid("Compact JWS must be a string or Uint8Array");
  const { 0: protectedHeader, 1: payload, 2: signature, length } = jws.split(".");
  if (length !== 3)
    throw new JWSInvalid("Invalid Compact JWS");
  return verifySignature({ payload, protected: protectedHeader, signature }, shared, key, encodeCompactUnencodedPayload);
}

// node_modules/jose/dist/webapi/lib/jwt_claims_set.js
var epoch = (date) => Math.floor(date.getTime() / 1e3);
var multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
};
var REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i;
var checkFailed = "check_failed";
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
var normalizeTyp = (value) => {
  const normalized = value.toLowerCase();
  return value.includes("/") ? normalized : `application/${normalized}`;
};
var checkAudiencePresence = (audPayload, audOption) => typeof audPayload == "string" ? audOption.includes(audPayload) : Array.isArray(audPayload) ? audOption.some((aud) => audPayload.includes(aud)) : false;
function validateNumericDate(claimsSet, claim, required = false) {
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
  if (!isObject(claimsSet))
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

// node_modules/jose/dist/webapi/jwt/verify.js
async function jwtVerify(jwt, key, options) {
  const [verified, b64] = await verifyCompact(jwt, prepareVerify(options), key);
  if (!b64)
    throw new JWTInvalid("JWTs MUST NOT use unencoded payload");
  const payload = validateClaimsSet(verified.protectedHeader, verified.payload, options);
  return { ...verified, payload };
}

// node_modules/jose/dist/webapi/jwks/local.js
function isUsableJWK(jwk, entry, alg, kid) {
  const { kty, key_ops: keyOps, ext, kid: jwkKid, alg: jwkAlg, use, crv } = jwk;
  return (ext === void 0 || typeof ext == "boolean") && (keyOps === void 0 || Array.isArray(keyOps) && keyOps.every((operation, index) => typeof operation == "string" && keyOps.indexOf(operation) === index) && keyOps.includes("verify")) && entry.kty.includes(kty) && (kid === void 0 || typeof kid == "string" && kid === jwkKid) && (jwkAlg === void 0 ? kty !== "AKP" : alg === jwkAlg) && (use === void 0 || use === "sig") && (!entry.crv || crv === entry.crv);
}
async function importWithAlgCache(cache2, jwk, entry) {
  const cached = cache2.get(jwk) || cache2.set(jwk, {}).get(jwk), { alg } = entry;
  if (cached[alg] === void 0) {
    const pending = jwkToKey(entry, jwk, true).then((key) => {
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

// node_modules/jose/dist/webapi/jwks/remote.js
function isCloudflareWorkers() {
  return typeof WebSocketPair < "u" || typeof navigator < "u" && navigator.userAgent === "Cloudflare-Workers" || typeof EdgeRuntime < "u" && EdgeRuntime === "vercel";
}
var USER_AGENT;
(typeof navigator > "u" || !navigator.userAgent?.startsWith?.("Mozilla/5.0 ")) && (USER_AGENT = "jose/v6.2.18");
var customFetch = /* @__PURE__ */ Symbol();
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
var jwksCache = /* @__PURE__ */ Symbol();
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
  const fetchImpl = opts[customFetch], cache2 = opts[jwksCache];
  let jwksTimestamp, pendingFetch, reloadSequence = 0, appliedSequence = 0, local;
  if (cache2 && typeof cache2 == "object") {
    const { uat, jwks } = cache2;
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
        cache2 && (cache2.uat = updatedAt, cache2.jwks = json), jwksTimestamp = updatedAt, appliedSequence = sequence;
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
      enumerable: true
    },
    fresh: {
      get: () => isFreshFor(jwksTimestamp, cacheMaxAge),
      enumerable: true
    },
    reload: {
      value: reload,
      enumerable: true
    },
    reloading: {
      get: () => !!pendingFetch,
      enumerable: true
    },
    jwks: {
      value: () => local?.jwks(),
      enumerable: true
    }
  });
}

// build/webhook/identity.js
var IDENTITY_ALGORITHMS = ["RS256"];
var DEFAULT_TOLERANCE_SECONDS2 = 60;
var DEFAULT_MAX_AGE_SECONDS2 = 24 * 3600;
var IDENTITY_FETCH_TIMEOUT_MS = 1e4;
var HEADERS = { Accept: "application/json", "User-Agent": `ci-relay/${VERSION}` };
function fail(message2) {
  throw new WebhookVerificationError(message2);
}
function fetchableUrl(url, what) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return fail(`Invalid ${what} URL`);
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && loopback)) {
    fail(`The ${what} URL must be https`);
  }
  return parsed;
}
var fetchPolicy = (timeoutMs) => ({
  timeoutMs,
  maxAttempts: 2,
  deadlineMs: 2 * timeoutMs
});
async function discoverJwksUri(issuer, timeoutMs) {
  const url = fetchableUrl(`${issuer}/.well-known/openid-configuration`, "issuer");
  const { request: request2 } = await Promise.resolve().then(() => (init_request(), request_exports));
  const { networkFailureIn: networkFailureIn2 } = await Promise.resolve().then(() => (init_errors(), errors_exports2));
  let response;
  try {
    response = await request2(url, { headers: HEADERS, policy: fetchPolicy(timeoutMs) });
  } catch (error) {
    const failure = networkFailureIn2(error);
    const kind = failure && ("failure" in failure ? failure.failure.kind : failure.kind);
    const timedOut = kind === "timeout";
    return fail(`Cannot fetch the OpenID configuration: ${timedOut ? `no answer within ${timeoutMs / 1e3} s` : error.message}`);
  }
  if (!response.ok)
    fail(`Cannot fetch the OpenID configuration: HTTP ${response.status}`);
  const body = await response.json().catch(() => void 0);
  if (typeof body?.jwks_uri !== "string")
    fail("The OpenID configuration has no jwks_uri");
  return fetchableUrl(body.jwks_uri, "jwks_uri");
}
var keySets = /* @__PURE__ */ new Map();
function keySetOf(issuer, { timeoutMs = IDENTITY_FETCH_TIMEOUT_MS, cooldownMs }) {
  const cacheKey = JSON.stringify([issuer, timeoutMs, cooldownMs]);
  let keySet = keySets.get(cacheKey);
  if (!keySet) {
    keySet = discoverJwksUri(issuer, timeoutMs).then(async (uri) => createRemoteJWKSet(uri, {
      timeoutDuration: timeoutMs,
      [customFetch]: (await Promise.resolve().then(() => (init_request(), request_exports))).fetchFor({
        policy: fetchPolicy(timeoutMs)
      }),
      ...cooldownMs !== void 0 && { cooldownDuration: cooldownMs },
      headers: HEADERS
    }));
    keySet.catch(() => keySets.delete(cacheKey));
    keySets.set(cacheKey, keySet);
  }
  return keySet;
}
function explain(error) {
  if (error instanceof WebhookVerificationError)
    throw error;
  if (error instanceof errors_exports.JWTExpired) {
    fail(error.claim === "iat" ? "Token too old (issued longer ago than max age)" : "Token expired");
  }
  if (error instanceof errors_exports.JWTClaimValidationFailed) {
    const claim = error.claim;
    if (claim === "iss")
      fail("Token issuer mismatch");
    if (claim === "aud")
      fail("Token audience mismatch");
    if (claim === "nbf")
      fail("Token not yet valid");
    if (claim === "iat")
      fail(`Token issued at an unacceptable time (${error.reason})`);
    fail(`Token claim '${claim}' invalid (${error.reason})`);
  }
  if (error instanceof errors_exports.JOSEAlgNotAllowed)
    fail("Unsupported token algorithm");
  if (error instanceof errors_exports.JWKSNoMatchingKey)
    fail("No issuer key matches the token");
  if (error instanceof errors_exports.JWSSignatureVerificationFailed)
    fail("Invalid token signature");
  if (error instanceof errors_exports.JWKSTimeout)
    fail("Cannot fetch the issuer keys: no answer in time");
  if (error instanceof errors_exports.JWKSInvalid || error instanceof errors_exports.JOSENotSupported) {
    fail("The issuer keys cannot be used");
  }
  if (error instanceof errors_exports.JOSEError)
    fail("Invalid token");
  fail(`Cannot check the token: ${error.message}`);
}
async function verifyIdentity(token, expected) {
  const issuer = expected.issuer.replace(/\/+$/, "");
  let payload;
  try {
    const unverified = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
    if (unverified.iss !== issuer)
      fail("Token issuer mismatch");
  } catch (error) {
    if (error instanceof WebhookVerificationError)
      throw error;
    fail("Invalid token");
  }
  try {
    const keys = await keySetOf(issuer, expected.keys ?? {});
    ({ payload } = await jwtVerify(token, keys, {
      issuer,
      ...expected.audience !== void 0 && { audience: expected.audience },
      algorithms: IDENTITY_ALGORITHMS,
      clockTolerance: expected.clockToleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS2,
      maxTokenAge: expected.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS2,
      requiredClaims: ["exp", "iat"],
      ...expected.now !== void 0 && { currentDate: new Date(expected.now * 1e3) }
    }));
  } catch (error) {
    explain(error);
  }
  for (const [name, value] of Object.entries(expected.claims ?? {})) {
    if (String(payload[name]) !== value)
      fail(`Token claim '${name}' mismatch`);
  }
  return payload;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  COMMANDS,
  DEFAULT_TOLERANCE_SECONDS,
  IDENTITY_ALGORITHMS,
  INPUTS,
  OUTPUTS,
  RELAY_KEY,
  RelaySignatureError,
  SIGNATURE_SCHEMES,
  VERSION,
  WebhookVerificationError,
  newDeliveryId,
  newSecret,
  sign,
  signRelay,
  verify,
  verifyIdentity,
  verifyRelay
});
