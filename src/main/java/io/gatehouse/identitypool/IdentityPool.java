package io.gatehouse.identitypool;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A Cognito identity pool: who may get an identity ({@link IdentityProviders}, guests when
 * {@code allowUnauthenticated}), whether the basic (classic) flow is open, the developer provider
 * name of developer-authenticated identities, and its tags. Its id is {@code <region>:<uuid>}, as in AWS.
 */
public record IdentityPool(String id, String accountId, String name, boolean allowUnauthenticated,
                           boolean allowClassicFlow, String developerProviderName, IdentityProviders providers,
                           Map<String, String> tags, Instant createdAt) {

    public IdentityPool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providers, "providers");
        tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** {@code arn:aws:cognito-identity:<region>:<account>:identitypool/<id>}. */
    public String arn() {
        return IdentityPoolArns.pool(region(), accountId, id);
    }

    /** The region the id starts with. */
    public String region() {
        return id.substring(0, id.indexOf(':'));
    }

    public IdentityPool withTags(Map<String, String> newTags) {
        return new IdentityPool(id, accountId, name, allowUnauthenticated, allowClassicFlow, developerProviderName,
                providers, newTags, createdAt);
    }
}
