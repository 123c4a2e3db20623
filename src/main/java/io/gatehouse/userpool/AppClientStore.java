package io.gatehouse.userpool;

import java.util.List;
import java.util.Optional;

/** Storage of app clients. The secret is only ever stored as a hash. */
public interface AppClientStore {

    void insert(AppClient client);

    void update(AppClient client);

    Optional<AppClient> find(String clientId);

    List<AppClient> list(String poolId, String afterId, int limit);

    boolean delete(String clientId);
}
