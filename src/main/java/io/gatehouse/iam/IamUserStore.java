package io.gatehouse.iam;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of IAM users and their console password (the login profile). Names are unique per
 * account regardless of case, and lookups by name ignore case, as in IAM. Deleting a user
 * deletes its group memberships; the service refuses to delete one that still has credentials.
 */
public interface IamUserStore {

    /** Inserts the user; false (and nothing written) when the name is taken, even by a concurrent insert. */
    boolean insert(IamUser user);

    Optional<IamUser> find(String accountId, String name);

    Optional<IamUser> findById(String userId);

    /** Users whose path starts with {@code pathPrefix}, by lower-case name after {@code afterName}. */
    List<IamUser> list(String accountId, String pathPrefix, String afterName, int limit);

    /** Every user of the account, by name: for reports. */
    List<IamUser> all(String accountId);

    long count(String accountId);

    void rename(String userId, String newName, String newPath);

    void updateTags(IamUser user);

    void delete(String userId);

    Optional<StoredPassword> password(String userId);

    void setPassword(String userId, StoredPassword password);

    void clearPassword(String userId);

    /** Records a successful password sign-in. */
    void passwordUsed(String userId, Instant at);

    /**
     * A user's console password: its Argon2id hash, whether it must be changed at next sign-in,
     * when it was set, and the hashes of earlier passwords (newest first) for reuse prevention.
     */
    record StoredPassword(String hash, boolean resetRequired, Instant setAt, List<String> history) {

        public StoredPassword {
            history = List.copyOf(history);
        }

        @Override
        public String toString() {
            return "StoredPassword[setAt=" + setAt + ", resetRequired=" + resetRequired + "]";
        }
    }
}
