package io.gatehouse.realm;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.Group;
import io.gatehouse.userpool.GroupService;
import io.gatehouse.userpool.GroupStore;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates a declared user with its permanent password, or sets the attributes and enabled flag the
 * file declares when they differ. The password is never set again: the user may have changed it.
 * Declared groups are joined; memberships the file does not declare are kept.
 */
@ApplicationScoped
class UserImporter {

    private final UserService users;
    private final UserStore store;
    private final GroupService groups;
    private final GroupStore groupStore;

    UserImporter(UserService users, UserStore store, GroupService groups, GroupStore groupStore) {
        this.users = Objects.requireNonNull(users, "users");
        this.store = Objects.requireNonNull(store, "store");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.groupStore = Objects.requireNonNull(groupStore, "groupStore");
    }

    void apply(ImportContext ctx, String poolId, RealmUser declared, JsonPath at) {
        Optional<PoolUser> existing = store.findByUsername(poolId, declared.username());
        boolean created = existing.isEmpty();
        boolean changed = created ? create(ctx, poolId, declared, at) : update(ctx, poolId, declared, existing.get(), at);
        changed |= join(ctx, poolId, declared, existing.map(this::memberships).orElse(Set.of()), at);
        ctx.count(created ? Change.CREATED : Change.of(changed));
    }

    private boolean create(ImportContext ctx, String poolId, RealmUser declared, JsonPath at) {
        try {
            users.create(ctx.accountId(), ctx.actor(), poolId, declared.username(), declared.password(), true,
                    declared.attributes());
            if (Boolean.FALSE.equals(declared.enabled())) {
                users.setEnabled(ctx.accountId(), ctx.actor(), poolId, declared.username(), false);
            }
            return true;
        } catch (GatehouseException e) {
            throw ctx.fail(e.code() == UserPoolError.INVALID_PASSWORD ? at.child("password") : at, e);
        }
    }

    private boolean update(ImportContext ctx, String poolId, RealmUser declared, PoolUser current, JsonPath at) {
        try {
            Map<String, String> changes = new HashMap<>();
            declared.attributes().forEach((name, value) -> {
                if (!value.equals(current.attribute(name))) {
                    changes.put(name, value);
                }
            });
            if (!changes.isEmpty()) {
                users.updateAttributes(ctx.accountId(), ctx.actor(), poolId, current.username(), changes);
            }
            boolean toggle = declared.enabled() != null && declared.enabled() != current.enabled();
            if (toggle) {
                users.setEnabled(ctx.accountId(), ctx.actor(), poolId, current.username(), declared.enabled());
            }
            return !changes.isEmpty() || toggle;
        } catch (GatehouseException e) {
            throw ctx.fail(at.child("attributes"), e);
        }
    }

    private boolean join(ImportContext ctx, String poolId, RealmUser declared, Set<String> current, JsonPath at) {
        List<String> wanted = declared.groups();
        boolean joined = false;
        for (int i = 0; i < wanted.size(); i++) {
            if (current.contains(wanted.get(i))) {
                continue;
            }
            try {
                groups.addMember(ctx.accountId(), ctx.actor(), poolId, wanted.get(i), declared.username());
                joined = true;
            } catch (GatehouseException e) {
                throw ctx.fail(at.child("groups").index(i), e);
            }
        }
        return joined;
    }

    private Set<String> memberships(PoolUser user) {
        return groupStore.groupsOf(user.sub()).stream().map(Group::name).collect(Collectors.toSet());
    }
}
