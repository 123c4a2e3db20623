package io.gatehouse.userpool;

import java.util.List;
import java.util.Optional;

/** Storage of user pools. Listing is keyset-paged by id within one account. */
public interface UserPoolStore {

    void insert(UserPool pool);

    void update(UserPool pool);

    Optional<UserPool> find(String poolId);

    List<UserPool> list(String accountId, String afterId, int limit);

    /** Deletes the pool and, by cascade, everything in it. */
    boolean delete(String poolId);
}
