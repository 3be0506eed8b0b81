export interface IdentityExpectations {
    /** The issuer (iss), e.g. https://token.actions.githubusercontent.com or https://gitlab.com. */
    issuer: string;
    /** The audience the token must name (aud). */
    audience?: string;
    /** Claims that must equal these strings, e.g. { repository: 'octo-org/app' }. */
    claims?: Record<string, string>;
    /** Accepted clock skew on exp, nbf and iat, in seconds. Default 60. */
    clockToleranceSeconds?: number;
    /** Oldest accepted token by iat, in seconds. Default one day. */
    maxAgeSeconds?: number;
    /** Now, in unix seconds. Default: the clock. */
    now?: number;
    /**
     * Fetching the issuer's keys: each fetch's timeout (default 10 s), and how long after a fetch a
     * token with an unknown kid is refused rather than fetching again (default 30 s).
     */
    keys?: {
        timeoutMs?: number;
        cooldownMs?: number;
    };
}
/** What GitHub and GitLab sign identity tokens with: no `none`, no HMAC with a public key. */
export declare const IDENTITY_ALGORITHMS: string[];
/** Each discovery or key fetch may take this long. */
export declare const IDENTITY_FETCH_TIMEOUT_MS = 10000;
/**
 * A verified token's claims (jose's JWTPayload, declared here so that the library's types need
 * no jose: the package installs no dependencies).
 */
export interface IdentityClaims {
    iss?: string;
    sub?: string;
    aud?: string | string[];
    exp?: number;
    nbf?: number;
    iat?: number;
    jti?: string;
    [claim: string]: unknown;
}
/**
 * The claims of an OIDC identity token when it verifies against the issuer's keys and
 * expectations; throws WebhookVerificationError otherwise.
 */
export declare function verifyIdentity(token: string, expected: IdentityExpectations): Promise<IdentityClaims>;
