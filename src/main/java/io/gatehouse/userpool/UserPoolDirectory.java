package io.gatehouse.userpool;

import io.gatehouse.platform.ClusterCache;
import io.gatehouse.platform.ClusterEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Cached read side of pool configuration (pools, clients, resource servers) for the hot
 * protocol paths. Every write through {@link UserPoolService} publishes an invalidation that
 * reaches every node through PostgreSQL NOTIFY.
 */
@ApplicationScoped
public class UserPoolDirectory {

    static final String POOL_TOPIC = "pool";
    static final String CLIENT_TOPIC = "client";
    static final String RESOURCE_SERVER_TOPIC = "resource-servers";

    private final UserPoolStore pools;
    private final AppClientStore clients;
    private final ResourceServerStore resourceServers;
    private final ClusterCache<UserPool> poolCache;
    private final ClusterCache<AppClient> clientCache;
    private final ClusterCache<List<ResourceServer>> resourceServerCache;

    public UserPoolDirectory(UserPoolStore pools, AppClientStore clients, ResourceServerStore resourceServers,
                             ClusterEvents events) {
        this.pools = pools;
        this.clients = clients;
        this.resourceServers = resourceServers;
        this.poolCache = new ClusterCache<>(events, POOL_TOPIC);
        this.clientCache = new ClusterCache<>(events, CLIENT_TOPIC);
        this.resourceServerCache = new ClusterCache<>(events, RESOURCE_SERVER_TOPIC);
    }

    public Optional<UserPool> pool(String poolId) {
        return poolCache.get(poolId, pools::find);
    }

    /** The pool if this node holds it in its cache; empty says nothing about whether it exists. */
    public Optional<UserPool> cachedPool(String poolId) {
        return poolCache.peek(poolId);
    }

    public Optional<AppClient> client(String clientId) {
        return clientCache.get(clientId, clients::find);
    }

    public List<ResourceServer> resourceServers(String poolId) {
        return resourceServerCache.get(poolId, id -> Optional.of(resourceServers.list(id))).orElse(List.of());
    }
}
