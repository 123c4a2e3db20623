package io.gatehouse.sts;

import io.gatehouse.auth.PrincipalType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a new session is for: the principal it acts as, how long it lasts, when MFA was proved
 * (null if not), the role it stands for (null for sessions of a user or root), session policies,
 * session tags, the keys of the tags that are transitive, the source identity (null if none), and
 * for a federated user session the IAM user or root user whose permissions it is limited to (null
 * for other sessions).
 */
public record SessionGrant(String accountId, String principalArn, PrincipalType type, String userId,
                           Duration duration, Instant mfaAt, String roleArn, List<String> sessionPolicies,
                           Map<String, String> tags, Set<String> transitiveTagKeys, String sourceIdentity,
                           String federatingUserArn) {

    public SessionGrant {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(principalArn, "principalArn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(duration, "duration");
        sessionPolicies = List.copyOf(Objects.requireNonNull(sessionPolicies, "sessionPolicies"));
        tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
        transitiveTagKeys = Set.copyOf(Objects.requireNonNull(transitiveTagKeys, "transitiveTagKeys"));
    }

    /** A session of a user or the root user, with no session policies or tags. */
    public static SessionGrant forPrincipal(String accountId, String principalArn, PrincipalType type, String userId,
                                            Duration duration, Instant mfaAt) {
        return new SessionGrant(accountId, principalArn, type, userId, duration, mfaAt, null, List.of(), Map.of(),
                Set.of(), null, null);
    }
}
