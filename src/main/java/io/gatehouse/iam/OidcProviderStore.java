package io.gatehouse.iam;

import java.util.List;
import java.util.Optional;

/**
 * Storage of IAM OIDC providers, keyed by account and name (the URL without its scheme). A
 * provider registered for a user pool is removed with the pool.
 */
public interface OidcProviderStore {

    void insert(OidcProvider provider);

    Optional<OidcProvider> find(String accountId, String name);

    /** The provider of {@code accountId} whose URL is exactly {@code url} (a token's {@code iss}). */
    Optional<OidcProvider> findByUrl(String accountId, String url);

    /** All providers of the account, ordered by name. */
    List<OidcProvider> list(String accountId);

    /** Providers created through IAM; those a user pool registered do not count against the quota. */
    int countCreated(String accountId);

    /** Replaces client ids, thumbprints and tags. */
    void update(OidcProvider provider);

    void delete(String accountId, String name);

    Optional<OidcProvider> findForPool(String poolId);

    /**
     * The user pools (id and account) that have no provider with the URL {@code issuerPrefix + poolId}:
     * pools from before providers existed, or whose provider still has an earlier public URL.
     */
    List<PoolRef> poolsWithoutProvider(String issuerPrefix);

    /** A user pool as {@link #poolsWithoutProvider} reports it. */
    record PoolRef(String poolId, String accountId) {
    }
}
