import type { IncomingHttpHeaders } from 'node:http';
export interface AttemptInit {
    method: string;
    headers: Record<string, string>;
    body?: string | Uint8Array;
    /** Fires when the attempt's time is up (its reason says so) or the caller aborts. */
    signal: AbortSignal;
    /** The attempt's timeout, for transports that keep their own time (tests). */
    timeoutMs: number;
}
/** The response headers, as fetch's Headers reads them (names lower-case). */
export declare class AnswerHeaders implements Iterable<[string, string]> {
    private readonly map;
    constructor(raw?: IncomingHttpHeaders | Record<string, string>);
    get(name: string): string | null;
    has(name: string): boolean;
    forEach(callback: (value: string, name: string) => void): void;
    entries(): IterableIterator<[string, string]>;
    [Symbol.iterator](): IterableIterator<[string, string]>;
}
/** What fetch's Response offers that ci-relay and Octokit read. */
export declare class Answer {
    readonly status: number;
    readonly statusText: string;
    readonly headers: AnswerHeaders;
    readonly url: string;
    private readonly bytes;
    /** Attempts it took (set by request()). */
    attempts: number;
    constructor(status: number, statusText: string, headers: AnswerHeaders, url: string, bytes: Buffer);
    get ok(): boolean;
    get redirected(): boolean;
    /** Already read whole: there is no stream to consume. */
    get body(): null;
    text(): Promise<string>;
    json(): Promise<unknown>;
    arrayBuffer(): Promise<ArrayBuffer>;
}
/**
 * Sends one request and reads the whole answer. Rejects with a NetworkError (refused, reset, DNS,
 * TLS ...) or with `signal.reason` when the signal fires first. Redirects are not followed.
 */
export declare function attempt(url: URL, init: AttemptInit): Promise<Answer>;
