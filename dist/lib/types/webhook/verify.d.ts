import { type SignatureScheme } from './sign.js';
/** A delivery failed verification. Messages are short and never include secrets or signatures. */
export declare class WebhookVerificationError extends Error {
    constructor(message: string);
}
export type IncomingHeaders = Record<string, string | string[] | undefined>;
export interface VerifyOptions {
    /** Accepted distance between webhook-timestamp and now, in seconds (standard). Default 300. */
    toleranceSeconds?: number;
    /** Now, in unix seconds (standard). Default: the clock. */
    now?: number;
    /**
     * github: accept a delivery that carries only the legacy `X-Hub-Signature: sha1=` header.
     * Default false: SHA-1 is accepted only when asked for (e.g. senders that predate SHA-256).
     * When `X-Hub-Signature-256` is present it is the one checked, whatever this says.
     */
    allowSha1?: boolean;
}
export declare const DEFAULT_TOLERANCE_SECONDS = 300;
/** One secret, or several while rotating (valid if any matches). */
export type Secrets = string | readonly string[];
/** The secrets of `secret`, empties dropped. */
export declare function secretList(secret: Secrets | undefined): string[];
/**
 * Checks that `body` (the raw bytes received) was signed with `secret` under `scheme`; throws
 * WebhookVerificationError when not. `secret` may be a list while rotating: the delivery is valid
 * when any of them signed it (as @octokit/webhooks-methods' verifyWithFallback). `none` checks
 * nothing. Header names are case-insensitive.
 */
export declare function verify(scheme: SignatureScheme, secret: Secrets | undefined, body: string | Uint8Array, headers: IncomingHeaders, options?: VerifyOptions): void;
