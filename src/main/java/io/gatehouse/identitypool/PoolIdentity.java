package io.gatehouse.identitypool;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An identity of an identity pool, {@code <region>:<uuid>}: a guest when it has no linked logins,
 * otherwise authenticated by each of them. {@code logins} are provider names, as DescribeIdentity shows them.
 */
public record PoolIdentity(String id, String poolId, List<LinkedLogin> logins, Instant createdAt, Instant lastModified) {

    public PoolIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(poolId, "poolId");
        logins = List.copyOf(Objects.requireNonNull(logins, "logins"));
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    public boolean authenticated() {
        return !logins.isEmpty();
    }

    /** Provider names of the linked logins, each once, in link order. */
    public List<String> providerNames() {
        return logins.stream().map(LinkedLogin::provider).distinct().toList();
    }

    /** A login linked to an identity: provider name and the provider's subject (user id). */
    public record LinkedLogin(String provider, String subject) {

        public LinkedLogin {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(subject, "subject");
        }
    }
}
