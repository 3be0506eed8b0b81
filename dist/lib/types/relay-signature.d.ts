/** The client_payload key ci-relay owns. */
export declare const RELAY_KEY = "_relay";
/** client_payload._relay: the correlation id, and with a signing secret the time and signature. */
export interface RelayStamp {
    id: string;
    /** Unix seconds when signed. */
    ts?: number;
    /** Lowercase hex HMAC-SHA256 of `${id}.${ts}.${canonical JSON of {event_type, client_payload}}`. */
    sig?: string;
}
/** A payload failed verification. Messages never include the secret or a signature. */
export declare class RelaySignatureError extends Error {
    constructor(message: string);
}
/** Default oldest accepted signature, in seconds (the max-age input). */
export declare const DEFAULT_MAX_AGE_SECONDS: number;
/** A signature this far in the receiver's future is still accepted: clocks of two runners differ. */
export declare const FUTURE_SKEW_SECONDS = 30;
/** The payload without ci-relay's `_relay` key, and that key's value (undefined when absent). */
export declare function splitRelay(payload: Record<string, unknown>): {
    data: Record<string, unknown>;
    relay: unknown;
};
/** The exact text the HMAC covers. `data` is client_payload without `_relay`. */
export declare function relaySigningInput(id: string, ts: number, eventType: string | undefined, data: Record<string, unknown>): string;
/** The `_relay` stamp for a dispatch of `data` (client_payload without `_relay`). */
export declare function signRelay(secret: string, eventType: string | undefined, data: Record<string, unknown>, stamp: {
    id: string;
    ts?: number;
}): Required<RelayStamp>;
/**
 * Throws RelaySignatureError when `data` cannot be signed: it has a `_relay` key of its own (where
 * ci-relay writes the stamp) or no RFC 8785 form.
 */
export declare function assertSignable(eventType: string | undefined, data: Record<string, unknown>): void;
/** `data` with `_relay` = {id, ts, sig}: what a signed dispatch or trigger sends. */
export declare function signedPayload(secret: string, eventType: string | undefined, data: Record<string, unknown>, id: string): Record<string, unknown>;
export interface VerifyRelayOptions {
    /** Oldest accepted signature in seconds. Default 3600. */
    maxAgeSeconds?: number;
    /** Now, in unix seconds. Default: the clock. */
    now?: number;
}
/** Whether the payload carries a `_relay` with a signature (it may still be invalid). */
export declare function isSigned(payload: Record<string, unknown>): boolean;
/**
 * Checks the `_relay` signature of a received client_payload; throws RelaySignatureError when it
 * is missing, malformed, does not match, is older than maxAgeSeconds or from the future. Returns
 * the verified stamp. `secret` may be a list while rotating: valid when any of them signed it.
 */
export declare function verifyRelay(secret: string | readonly string[], eventType: string | undefined, payload: Record<string, unknown>, options?: VerifyRelayOptions): Required<RelayStamp>;
