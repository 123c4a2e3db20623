package io.gatehouse.userpool;

import java.util.List;
import java.util.Optional;

/** Storage of resource servers, keyed by pool and identifier. */
public interface ResourceServerStore {

    void insert(ResourceServer server);

    void update(ResourceServer server);

    Optional<ResourceServer> find(String poolId, String identifier);

    List<ResourceServer> list(String poolId);

    boolean delete(String poolId, String identifier);
}
