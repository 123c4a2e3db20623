package io.gatehouse.identitypool;

import io.gatehouse.identitypool.PoolIdentity.LinkedLogin;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage of identity pools, their identities and the logins linked to them. A login
 * (pool, provider, subject) is linked to at most one identity: {@link #link} refuses a second link
 * instead of overwriting it, which is what keeps identity ids stable across sign-ins and nodes.
 */
public interface IdentityPoolStore {

    void insert(IdentityPool pool);

    Optional<IdentityPool> find(String poolId);

    /** Replaces the pool's settings and tags. */
    void update(IdentityPool pool);

    /** Deletes the pool with its identities and links. */
    void delete(String poolId);

    /** Pools of the account in id order after {@code afterId} (null: from the first), at most {@code limit}. */
    List<IdentityPool> list(String accountId, String afterId, int limit);

    /** The pool of the account using a developer provider name, if any. */
    Optional<IdentityPool> findByDeveloperProvider(String accountId, String developerProviderName);

    PoolRoles roles(String poolId);

    void setRoles(String poolId, PoolRoles roles);

    /** Principal-tag maps by provider name. */
    Map<String, PrincipalTagMap> principalTags(String poolId);

    void setPrincipalTags(String poolId, Map<String, PrincipalTagMap> maps);

    void insertIdentity(PoolIdentity identity);

    Optional<PoolIdentity> findIdentity(String identityId);

    /** Identities of the pool in id order after {@code afterId}, at most {@code limit}. */
    List<PoolIdentity> listIdentities(String poolId, String afterId, int limit);

    void deleteIdentity(String identityId);

    void touchIdentity(String identityId, Instant at);

    /** The identity a login is linked to. */
    Optional<String> identityOf(String poolId, LinkedLogin login);

    /**
     * The identity a login is linked to, read after waiting for any other transaction that is
     * linking the same login: the lock is held to the end of the caller's transaction, so of two
     * first sign-ins racing, the second finds the first one's identity instead of a conflict.
     */
    Optional<String> identityOfLocked(String poolId, LinkedLogin login);

    /** Links the login to the identity; false when it is already linked (to any identity). */
    boolean link(String poolId, LinkedLogin login, String identityId, Instant at);

    void unlink(String poolId, LinkedLogin login);

    /** Moves every login of {@code fromIdentity} to {@code toIdentity}. */
    void moveLogins(String fromIdentity, String toIdentity);
}
