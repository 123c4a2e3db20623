package io.gatehouse.userpool;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Administration of a pool's groups and their members. */
@ApplicationScoped
public class GroupService {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]{1,128}");

    private final UserPoolService pools;
    private final UserService users;
    private final GroupStore groups;
    private final UserStore userStore;
    private final AuditLog audit;
    private final Clock clock;

    public GroupService(UserPoolService pools, UserService users, GroupStore groups, UserStore userStore,
                        AuditLog audit, Clock clock) {
        this.pools = pools;
        this.users = users;
        this.groups = groups;
        this.userStore = userStore;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Group create(String accountId, String actor, String poolId, String name, String description,
                        Integer precedence, String roleArn) {
        pools.get(accountId, poolId);
        if (name == null || !NAME.matcher(name).matches()) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Group name must be 1 to 128 characters without spaces");
        }
        validate(description, precedence);
        if (groups.find(poolId, name).isPresent()) {
            throw new GatehouseException(UserPoolError.GROUP_EXISTS, "Group " + name + " already exists");
        }
        Group group = new Group(poolId, name, description, precedence, roleArn, clock.instant());
        groups.insert(group);
        audit.record(entry("group.create", accountId, poolId, actor, name));
        return group;
    }

    public Group get(String accountId, String poolId, String name) {
        pools.get(accountId, poolId);
        return groups.find(poolId, name)
                .orElseThrow(() -> new GatehouseException(UserPoolError.RESOURCE_NOT_FOUND, "Group " + name + " does not exist"));
    }

    public List<Group> list(String accountId, String poolId, String afterName, int limit) {
        pools.get(accountId, poolId);
        return groups.list(poolId, afterName, limit);
    }

    @Transactional
    public Group update(String accountId, String actor, String poolId, String name, String description,
                        Integer precedence, String roleArn) {
        Group current = get(accountId, poolId, name);
        validate(description, precedence);
        Group updated = new Group(poolId, name, description, precedence, roleArn, current.createdAt());
        groups.update(updated);
        audit.record(entry("group.update", accountId, poolId, actor, name));
        return updated;
    }

    @Transactional
    public void delete(String accountId, String actor, String poolId, String name) {
        get(accountId, poolId, name);
        groups.delete(poolId, name);
        audit.record(entry("group.delete", accountId, poolId, actor, name));
    }

    @Transactional
    public void addMember(String accountId, String actor, String poolId, String groupName, String username) {
        get(accountId, poolId, groupName);
        PoolUser user = users.get(accountId, poolId, username);
        groups.addMember(poolId, groupName, user.sub());
        audit.record(entry("group.member.add", accountId, poolId, actor, groupName + "/" + username));
    }

    @Transactional
    public void removeMember(String accountId, String actor, String poolId, String groupName, String username) {
        get(accountId, poolId, groupName);
        PoolUser user = users.get(accountId, poolId, username);
        if (!groups.removeMember(poolId, groupName, user.sub())) {
            throw new GatehouseException(UserPoolError.USER_NOT_FOUND, "User is not a member of " + groupName);
        }
        audit.record(entry("group.member.remove", accountId, poolId, actor, groupName + "/" + username));
    }

    public List<Group> groupsOf(String accountId, String poolId, String username) {
        return groups.groupsOf(users.get(accountId, poolId, username).sub());
    }

    public List<PoolUser> members(String accountId, String poolId, String groupName, UUID afterSub, int limit) {
        get(accountId, poolId, groupName);
        return groups.members(poolId, groupName, afterSub, limit).stream()
                .map(userStore::findBySub).flatMap(java.util.Optional::stream).toList();
    }

    private static void validate(String description, Integer precedence) {
        if (description != null && description.length() > 2048) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "description is at most 2048 characters");
        }
        if (precedence != null && precedence < 0) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "precedence must be a non-negative integer");
        }
    }

    private static AuditEntry entry(String action, String accountId, String poolId, String actor, String target) {
        return AuditEntry.success(action).withAccount(accountId).withPool(poolId).withActor(actor).withTarget(target);
    }
}
