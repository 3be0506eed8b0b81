export interface Clock {
    /** Milliseconds since the epoch. */
    now(): number;
    sleep(ms: number): Promise<void>;
    /** In [0, 1): the jitter. */
    random(): number;
}
export declare const realClock: Clock;
export interface RetryPolicy {
    /** Attempts in all, the first included (>= 1). */
    maxAttempts: number;
    /** First backoff step; step n is baseDelayMs * 2^(n-1), jittered. */
    baseDelayMs: number;
    /** Largest backoff step. */
    maxDelayMs: number;
    /** Longest wait a rate limit or Retry-After may ask for; beyond it the call fails at once. */
    maxWaitMs: number;
    /** Time one attempt may take: connect, send, the answer's headers and body. */
    timeoutMs: number;
    /** Time all attempts and waits together may take, from the first attempt. */
    deadlineMs?: number;
}
/** GitHub and GitLab API calls: 4 attempts, 30 s each, rate limits waited up to 2 minutes. */
export declare const API_POLICY: RetryPolicy;
/** Webhook deliveries and callbacks (attempts and timeout come from the inputs). */
export declare const DELIVERY_POLICY: RetryPolicy;
/** What a response looks like to the policy. */
export interface StatusAndHeaders {
    status: number;
    headers: {
        get(name: string): string | null;
    };
}
export type Decision = {
    retry: true;
    delayMs: number;
} | {
    retry: false;
    /** Said after the error when the call gives up because of the wait. */ why?: string;
};
/** Exponential backoff with equal jitter: in [ceiling/2, ceiling], ceiling = min(cap, base*2^(n-1)). */
export declare function backoffMs(attempt: number, policy: RetryPolicy, random: number): number;
/** `Retry-After` (delay-seconds or HTTP date) in ms from now; undefined when absent or invalid. */
export declare function parseRetryAfter(value: string | null | undefined, now: number): number | undefined;
/** A reset header: epoch seconds (GitHub, GitLab), or seconds from now when small (IETF draft). */
export declare function parseReset(value: string | null | undefined, now: number): number | undefined;
/** The wait a rate-limited answer asks for, or undefined when it carries no rate-limit signal. */
export declare function rateLimitWait(answer: StatusAndHeaders, now: number): number | undefined;
export declare function isRetryableStatus(status: number): boolean;
/** Whether to try again after `attempt` (1-based) got this answer, and after how long. */
export declare function decideAnswer(answer: StatusAndHeaders, attempt: number, policy: RetryPolicy, clock: Pick<Clock, 'now' | 'random'>, deadline?: number): Decision;
/** Whether to try again after `attempt` failed without an answer. */
export declare function decideFailure(retryable: boolean, attempt: number, policy: RetryPolicy, clock: Pick<Clock, 'now' | 'random'>, deadline?: number): Decision;
/** `1.5 s`: durations in messages. */
export declare function seconds(ms: number): string;
