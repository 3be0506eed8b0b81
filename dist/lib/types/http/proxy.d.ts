import type { Agent } from 'node:http';
/** The proxy URL to use for `url` (empty when none applies or NO_PROXY exempts the host). */
export declare function proxyFor(url: URL): Promise<string>;
export interface Proxied {
    agent: Agent;
    /** The proxy, as shown in messages (no credentials). */
    shown: string;
}
/** An agent sending `url`'s request through the proxy, or undefined to connect directly. */
export declare function proxyAgentFor(url: URL): Promise<Proxied | undefined>;
