package io.gatehouse.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a temporary session adds to its {@link Caller}: when it was issued and expires, whether
 * (and when) the principal proved a second factor, the role it stands for (null for sessions of a
 * user), its session policies (policy documents as JSON, intersected with the principal's own
 * permissions) and session tags.
 */
public record CallerSession(Instant issuedAt, Instant expiresAt, Instant mfaAuthenticatedAt, String roleArn,
                            List<String> sessionPolicies, Map<String, String> tags) {

    public CallerSession {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        sessionPolicies = List.copyOf(Objects.requireNonNull(sessionPolicies, "sessionPolicies"));
        tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
    }

    /** True when the session was created with a valid MFA code ({@code aws:MultiFactorAuthPresent}). */
    public boolean multiFactor() {
        return mfaAuthenticatedAt != null;
    }
}
