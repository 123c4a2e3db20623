package io.gatehouse.realm;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.ResourceServer;
import io.gatehouse.userpool.ResourceServerStore;
import io.gatehouse.userpool.UserPoolService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Creates a declared resource server, or updates its name and scopes when they differ from the file. */
@ApplicationScoped
class ResourceServerImporter {

    private final UserPoolService pools;
    private final ResourceServerStore store;

    ResourceServerImporter(UserPoolService pools, ResourceServerStore store) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.store = Objects.requireNonNull(store, "store");
    }

    void apply(ImportContext ctx, String poolId, RealmResourceServer declared, JsonPath at) {
        try {
            Optional<ResourceServer> existing = store.find(poolId, declared.identifier());
            ResourceServer wanted = new ResourceServer(poolId, declared.identifier(), declared.name(),
                    declared.scopes() != null ? declared.scopes() : existing.map(ResourceServer::scopes).orElse(List.of()));
            if (existing.isEmpty()) {
                pools.putResourceServer(ctx.accountId(), ctx.actor(), wanted, true);
                ctx.count(Change.CREATED);
                return;
            }
            boolean changed = !wanted.equals(existing.get());
            if (changed) {
                pools.putResourceServer(ctx.accountId(), ctx.actor(), wanted, false);
            }
            ctx.count(Change.of(changed));
        } catch (GatehouseException e) {
            throw ctx.fail(at, e);
        }
    }
}
