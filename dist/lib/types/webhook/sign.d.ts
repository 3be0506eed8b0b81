/**
 * How a delivery is signed:
 * - `standard`: Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature: v1,<base64>).
 * - `github`: X-Hub-Signature-256 (and legacy X-Hub-Signature) over the raw body.
 * - `jobserv`: X-JobServ-Sig: sha256:<hex> over the raw body (Foundries CI).
 * - `gitlab`: X-Gitlab-Token: <secret> (a plain token, as GitLab sends it), X-Gitlab-Event and
 *   GitLab's delivery headers.
 * - `none`: unsigned.
 */
export type SignatureScheme = 'standard' | 'github' | 'jobserv' | 'gitlab' | 'none';
export declare const SIGNATURE_SCHEMES: readonly SignatureScheme[];
/** X-GitHub-Event sent when the caller names no event: the ci-relay payload type. */
export declare const DEFAULT_GITHUB_EVENT = "build.completed";
export interface SignOptions {
    /** Delivery id; stays the same across retries. Default: a new UUID. */
    id?: string;
    /** Unix seconds. Default: now. */
    timestamp?: number;
    /** X-GitHub-Event (github) or X-Gitlab-Event (gitlab). Default: `build.completed`. */
    event?: string;
    /**
     * gitlab: X-Gitlab-Webhook-UUID, the id of the webhook (GitLab's stays the same for every
     * delivery of one hook). Default: a name-based UUID of `hook` when given, else omitted.
     */
    webhookUuid?: string;
    /** gitlab: what identifies the hook when no webhookUuid is given (notify: the URL). */
    hook?: string;
    /** gitlab: X-Gitlab-Instance, the sending instance's URL (notify: the CI server). */
    instance?: string;
}
/** A fresh delivery id (UUID v4: what X-GitHub-Delivery carries, and a valid webhook-id). */
export declare function newDeliveryId(): string;
/** How to make a Standard Webhooks secret; said wherever one is refused. */
export declare const MAKE_SECRET_HINT = "Make one with `npx @ci-relay/cli secret` (or `echo \"whsec_$(openssl rand -base64 32)\"`) and give the receiver the same string.";
/**
 * The HMAC key of a secret. Under `standard` the secret is base64 after an optional `whsec_`
 * prefix, decoded exactly as the Standard Webhooks libraries decode it, so a receiver using them
 * with the same string accepts what ci-relay signs; a secret that is not base64 is refused.
 * Under `github` and `jobserv` (whose receivers use the secret string as it is) it is used as its
 * UTF-8 bytes. Errors never include the secret.
 */
export declare function secretKey(secret: string, scheme?: SignatureScheme): Uint8Array;
/** A fresh Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export declare function newSecret(): string;
/**
 * A GitLab token travels as a header value as it is: printable ASCII only, so that it cannot
 * split a header and is the same bytes for every receiver. Errors never include the secret.
 */
export declare function checkHeaderToken(secret: string): void;
/** A name-based UUID (RFC 9562 version 5 layout, SHA-1 of `name`): stable for one name. */
export declare function nameUuid(name: string): string;
/** `v1,<base64 HMAC-SHA256 of "${id}.${timestamp}.${body}">` (the Standard Webhooks signature). */
export declare function standardSignature(key: Uint8Array, id: string, timestamp: number, body: string | Uint8Array): string;
export declare function hmacHex(algorithm: 'sha256' | 'sha1', key: Uint8Array, body: string | Uint8Array): string;
/**
 * The headers that sign `body` (the exact bytes that will be sent) under `scheme`.
 *
 * Every scheme carries `webhook-id` and `webhook-timestamp` so a receiver can de-duplicate
 * retries the Standard Webhooks way whatever the signature; `github` adds `X-GitHub-Delivery`
 * (the same id) and `X-GitHub-Event`; `gitlab` adds `X-Gitlab-Event-UUID` (the same id),
 * `X-Gitlab-Event` and, when known, the hook and instance headers. Throws when a signing scheme
 * has no secret.
 */
export declare function sign(scheme: SignatureScheme, secret: string | undefined, body: string | Uint8Array, options?: SignOptions): Record<string, string>;
