package io.gatehouse.auth;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a temporary session adds to its {@link Caller}: when it was issued and expires, whether
 * (and when) the principal proved a second factor, the role it stands for (null for sessions of a
 * user), its session policies (policy documents as JSON, intersected with the principal's own
 * permissions), session tags, the tag keys a role session passes on when it assumes another role
 * (transitive), and the source identity it was started with (null when none was set); both outlive
 * role chaining, as in AWS. {@code federatingUserArn} is, for a federated user session
 * (GetFederationToken), the IAM user or root user that started it: the session acts with that
 * principal's permissions intersected with its session policies (null for other sessions).
 */
public record CallerSession(Instant issuedAt, Instant expiresAt, Instant mfaAuthenticatedAt, String roleArn,
                            List<String> sessionPolicies, Map<String, String> tags, Set<String> transitiveTagKeys,
                            String sourceIdentity, String federatingUserArn) {

    public CallerSession {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        sessionPolicies = List.copyOf(Objects.requireNonNull(sessionPolicies, "sessionPolicies"));
        tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
        transitiveTagKeys = transitiveTagKeys == null ? Set.of() : Set.copyOf(transitiveTagKeys);
    }

    /** A session of a user or root: no role, no transitive tags, no source identity. */
    public CallerSession(Instant issuedAt, Instant expiresAt, Instant mfaAuthenticatedAt, String roleArn,
                         List<String> sessionPolicies, Map<String, String> tags) {
        this(issuedAt, expiresAt, mfaAuthenticatedAt, roleArn, sessionPolicies, tags, Set.of(), null, null);
    }

    /** The session tags it passes on to a role it assumes (role chaining). */
    public Map<String, String> transitiveTags() {
        Map<String, String> passed = new HashMap<>();
        transitiveTagKeys.forEach(key -> {
            if (tags.containsKey(key)) {
                passed.put(key, tags.get(key));
            }
        });
        return passed;
    }

    /** True when the session was created with a valid MFA code ({@code aws:MultiFactorAuthPresent}). */
    public boolean multiFactor() {
        return mfaAuthenticatedAt != null;
    }
}
