package io.gatehouse.realm;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.PoolSettings;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolService;
import io.gatehouse.userpool.UserPoolStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings one declared user pool into being: found by id (or, without one, by name within the
 * account), created when missing, renamed when its declared name changed.
 */
@ApplicationScoped
class PoolImporter {

    private static final int PAGE = 100;

    private final UserPoolService pools;
    private final UserPoolStore store;

    PoolImporter(UserPoolService pools, UserPoolStore store) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Returns the id of the pool that now matches the declaration. */
    String apply(ImportContext ctx, RealmUserPool declared, JsonPath at) {
        try {
            Optional<UserPool> existing = find(ctx, declared, at);
            if (existing.isEmpty()) {
                ctx.count(Change.CREATED);
                return pools.create(ctx.accountId(), ctx.actor(), declared.name(), declared.id(),
                        declared.settings() == null ? PoolSettings.DEFAULT : declared.settings()).id();
            }
            UserPool pool = existing.get();
            boolean renamed = !pool.name().equals(declared.name());
            boolean reconfigured = declared.settings() != null && !declared.settings().equals(pool.settings());
            if (renamed || reconfigured) {
                pools.update(ctx.accountId(), ctx.actor(), pool.id(), renamed ? declared.name() : null,
                        reconfigured ? declared.settings() : null);
            }
            ctx.count(Change.of(renamed || reconfigured));
            return pool.id();
        } catch (GatehouseException e) {
            throw ctx.fail(at, e);
        }
    }

    private Optional<UserPool> find(ImportContext ctx, RealmUserPool declared, JsonPath at) {
        if (declared.id() != null) {
            Optional<UserPool> pool = store.find(declared.id());
            if (pool.isPresent() && !pool.get().accountId().equals(ctx.accountId())) {
                throw ctx.fail(at.child("id"), "user pool " + declared.id() + " belongs to another account");
            }
            return pool;
        }
        List<UserPool> named = named(ctx.accountId(), declared.name());
        if (named.size() > 1) {
            throw ctx.fail(at, named.size() + " user pools of the account are named \"" + declared.name()
                    + "\"; give this pool an id");
        }
        return named.stream().findFirst();
    }

    private List<UserPool> named(String accountId, String name) {
        List<UserPool> out = new ArrayList<>();
        String after = null;
        List<UserPool> page;
        do {
            page = store.list(accountId, after, PAGE);
            page.stream().filter(p -> p.name().equals(name)).forEach(out::add);
            after = page.isEmpty() ? null : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
        return out;
    }
}
