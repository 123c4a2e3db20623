package io.gatehouse.realm;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.Group;
import io.gatehouse.userpool.GroupService;
import io.gatehouse.userpool.GroupStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;

/** Creates a declared group, or updates the description, precedence and role ARN the file declares. */
@ApplicationScoped
class GroupImporter {

    private final GroupService groups;
    private final GroupStore store;

    GroupImporter(GroupService groups, GroupStore store) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.store = Objects.requireNonNull(store, "store");
    }

    void apply(ImportContext ctx, String poolId, RealmGroup declared, JsonPath at) {
        try {
            Optional<Group> existing = store.find(poolId, declared.name());
            if (existing.isEmpty()) {
                groups.create(ctx.accountId(), ctx.actor(), poolId, declared.name(), declared.description(),
                        declared.precedence(), declared.roleArn());
                ctx.count(Change.CREATED);
                return;
            }
            Group current = existing.get();
            String description = or(declared.description(), current.description());
            Integer precedence = or(declared.precedence(), current.precedence());
            String roleArn = or(declared.roleArn(), current.roleArn());
            boolean changed = !Objects.equals(description, current.description())
                    || !Objects.equals(precedence, current.precedence()) || !Objects.equals(roleArn, current.roleArn());
            if (changed) {
                groups.update(ctx.accountId(), ctx.actor(), poolId, declared.name(), description, precedence, roleArn);
            }
            ctx.count(Change.of(changed));
        } catch (GatehouseException e) {
            throw ctx.fail(at, e);
        }
    }

    private static <T> T or(T declared, T current) {
        return declared != null ? declared : current;
    }
}
