export type FailureKind = 'refused' | 'reset' | 'dns' | 'dns-temporary' | 'timeout' | 'tls' | 'proxy' | 'invalid-url' | 'too-large' | 'other';
/** One attempt that got no answer: connection refused, reset, DNS failure, timeout ... */
export declare class NetworkError extends Error {
    readonly kind: FailureKind;
    readonly code?: string | undefined;
    name: string;
    constructor(kind: FailureKind, message: string, code?: string | undefined, options?: {
        cause?: unknown;
    });
    get retryable(): boolean;
    /** The same failure, saying it happened on the way through `proxy`. */
    through(proxy: string): NetworkError;
}
/**
 * A call that failed without an answer after all its attempts: `call` is `METHOD url` (the URL
 * without query, fragment or credentials), the message says what happened.
 */
export declare class RequestFailedError extends Error {
    readonly call: string;
    readonly failure: NetworkError;
    readonly attempts: number;
    name: string;
    constructor(call: string, failure: NetworkError, attempts: number, why?: string);
}
/** The first RequestFailedError or NetworkError in an error's cause chain (Octokit wraps them). */
export declare function networkFailureIn(error: unknown): RequestFailedError | NetworkError | undefined;
/** A Node socket/DNS/TLS error as a NetworkError. `host` names the host in DNS messages. */
export declare function describeSocketError(error: unknown, host: string): NetworkError;
