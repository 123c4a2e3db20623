package io.gatehouse.userpool;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of pool users. Usernames are unique per pool case-insensitively: lookups go by the
 * lower-cased username key. Password hashes are Argon2id PHC strings, never plaintext. Every
 * write ({@link #insert}, {@link #update}, {@link #delete}) makes every node's
 * {@link UserDirectory} forget the user once the writing transaction commits.
 */
public interface UserStore {

    void insert(PoolUser user);

    void update(PoolUser user);

    Optional<PoolUser> findByUsername(String poolId, String username);

    Optional<PoolUser> findBySub(UUID sub);

    /** Users of the pool whose attribute has this value; emails compare case-insensitively. */
    List<PoolUser> findByAttribute(String poolId, String attribute, String value);

    List<PoolUser> list(String poolId, String afterUsernameKey, int limit);

    boolean delete(UUID sub);

    /**
     * The users of the pool that {@code filter} selects ({@link UserFilter#matches} is the
     * reference semantics), keyset-paged by username key like {@link #list}.
     */
    List<PoolUser> search(String poolId, UserFilter filter, String afterUsernameKey, int limit);

    static String usernameKey(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }
}
