import { type Clock, type RetryPolicy } from './policy.js';
import { type Answer, type AttemptInit } from './transport.js';
export type { Answer } from './transport.js';
export type Transport = (url: URL, init: AttemptInit) => Promise<Answer>;
export interface RequestOptions {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Uint8Array;
    /** Headers for attempt n (1-based), laid over `headers`. */
    headersFor?: (attempt: number) => Record<string, string>;
    /** Overrides of API_POLICY. */
    policy?: Partial<RetryPolicy>;
    /** Absolute end (clock ms): no attempt runs and no wait lasts past it. */
    deadline?: number;
    /** What the call is in log lines and errors; default `METHOD url` (URL shown redacted). */
    label?: string;
    log?: {
        info(message: string): void;
    };
    clock?: Clock;
    transport?: Transport;
    /** Aborts the call (any attempt or wait) from outside. */
    signal?: AbortSignal;
}
export interface RequestResult extends Answer {
    attempts: number;
    gaveUp?: string;
}
/** A URL fit for logs: scheme, host and path. Userinfo, query and fragment may hold secrets. */
export declare function shownUrl(url: string | URL): string;
export declare function request(url: string | URL, options?: RequestOptions): Promise<RequestResult>;
/** decodeURIComponent that leaves a malformed component as it is. */
export declare function safeDecode(component: string): string;
/** Merges header records case-insensitively, later ones winning with their spelling. */
export declare function mergeHeaders(...records: Record<string, string>[]): Record<string, string>;
interface FetchInit {
    method?: string;
    headers?: Record<string, string> | Iterable<[string, string]>;
    body?: unknown;
    signal?: AbortSignal | null;
}
export interface FetchForOptions extends Omit<RequestOptions, 'method' | 'headers' | 'body' | 'signal'> {
    /**
     * Follow redirects to the same origin (as API clients expect: GitHub answers 301/307 for a
     * renamed repository), repeating the request as RFC 9110 says (303, and 301/302 after a POST,
     * become a GET without body). Redirects elsewhere are handed back: credentials stay home.
     */
    followSameOrigin?: boolean;
}
/**
 * A `fetch` for clients that take one (Octokit's `request.fetch`): each call goes through
 * request() with these options. A network failure rejects with the RequestFailedError.
 */
export declare function fetchFor(options: FetchForOptions): (url: string | URL, init?: FetchInit) => Promise<RequestResult>;
