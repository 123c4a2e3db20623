package io.gatehouse.sts;

import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerSession;
import io.gatehouse.auth.PrincipalType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a session token carries, sealed inside it: the temporary access key and its secret,
 * the principal (account, ARN, type, unique id), issue and expiry times, when MFA was proved (null
 * if not), the role it stands for, session policies, session tags, the transitive tag keys and the
 * source identity, and for a federated user session the user that started it. {@code version} names the layout so a later release can read tokens issued by
 * this one; fields added within a version are optional (absent in older tokens).
 */
record SessionClaims(int version, String accessKeyId, String secretAccessKey, String accountId, String principalArn,
                     PrincipalType type, String userId, Instant issuedAt, Instant expiresAt, Instant mfaAt,
                     String roleArn, List<String> sessionPolicies, Map<String, String> tags,
                     Set<String> transitiveTagKeys, String sourceIdentity, String federatingUserArn) {

    static final int CURRENT_VERSION = 1;

    SessionClaims {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(principalArn, "principalArn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        sessionPolicies = sessionPolicies == null ? List.of() : List.copyOf(sessionPolicies);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        transitiveTagKeys = transitiveTagKeys == null ? Set.of() : Set.copyOf(transitiveTagKeys);
    }

    Caller caller() {
        return new Caller(accountId, principalArn, accessKeyId, type, userId,
                new CallerSession(issuedAt, expiresAt, mfaAt, roleArn, sessionPolicies, tags, transitiveTagKeys,
                        sourceIdentity, federatingUserArn));
    }

    @Override
    public String toString() {
        return "SessionClaims[" + accessKeyId + ", " + principalArn + ", expires " + expiresAt + "]";
    }
}
