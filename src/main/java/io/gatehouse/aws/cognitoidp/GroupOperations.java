package io.gatehouse.aws.cognitoidp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.aws.wire.JsonPage;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.Group;
import io.gatehouse.userpool.GroupService;
import io.gatehouse.userpool.PoolUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Groups and memberships: CreateGroup, GetGroup, UpdateGroup, DeleteGroup, ListGroups,
 * AdminAddUserToGroup, AdminRemoveUserFromGroup, AdminListGroupsForUser and ListUsersInGroup on
 * {@link GroupService}. Groups carry no modification time in Gatehouse, so LastModifiedDate is the
 * CreationDate.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GroupType.html">GroupType</a>
 */
@ApplicationScoped
class GroupOperations implements JsonOperations {

    private static final int MAX_LIMIT = 60;

    private final GroupService groups;

    GroupOperations(GroupService groups) {
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdp.operation("CreateGroup", this::create),
                CognitoIdp.operation("GetGroup", this::get),
                CognitoIdp.operation("UpdateGroup", this::update),
                CognitoIdp.operation("DeleteGroup", this::delete),
                CognitoIdp.operation("ListGroups", this::list),
                CognitoIdp.operation("AdminAddUserToGroup", this::addUser),
                CognitoIdp.operation("AdminRemoveUserFromGroup", this::removeUser),
                CognitoIdp.operation("AdminListGroupsForUser", this::groupsForUser),
                CognitoIdp.operation("ListUsersInGroup", this::usersInGroup));
    }

    private ObjectNode create(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        Group group = groups.create(caller.accountId(), caller.principalArn(), in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.GROUP_NAME), in.string("Description"), in.integer("Precedence"),
                in.string("RoleArn"));
        return wrap(group);
    }

    private ObjectNode get(JsonCall call) {
        return wrap(groups.get(call.caller().accountId(), call.input().requiredString(Members.USER_POOL_ID),
                call.input().requiredString(Members.GROUP_NAME)));
    }

    /** Members left out keep their current values. */
    private ObjectNode update(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        String poolId = in.requiredString(Members.USER_POOL_ID);
        Group current = groups.get(caller.accountId(), poolId, in.requiredString(Members.GROUP_NAME));
        Group updated = groups.update(caller.accountId(), caller.principalArn(), poolId, current.name(),
                in.has("Description") ? in.string("Description") : current.description(),
                in.has("Precedence") ? in.integer("Precedence") : current.precedence(),
                in.has("RoleArn") ? in.string("RoleArn") : current.roleArn());
        return wrap(updated);
    }

    private ObjectNode delete(JsonCall call) {
        Caller caller = call.caller();
        groups.delete(caller.accountId(), caller.principalArn(), call.input().requiredString(Members.USER_POOL_ID),
                call.input().requiredString(Members.GROUP_NAME));
        return JsonOutput.object().toJson();
    }

    private ObjectNode list(JsonCall call) {
        JsonInput in = call.input();
        int limit = limit(in);
        List<Group> fetched = groups.list(call.caller().accountId(), in.requiredString(Members.USER_POOL_ID),
                JsonPage.afterKey(in.string(Members.NEXT_TOKEN)), limit + 1);
        return groupPage(JsonPage.of(fetched, limit, Group::name));
    }

    private ObjectNode addUser(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        groups.addMember(caller.accountId(), caller.principalArn(), in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.GROUP_NAME), in.requiredString(Members.USERNAME));
        return JsonOutput.object().toJson();
    }

    private ObjectNode removeUser(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        groups.removeMember(caller.accountId(), caller.principalArn(), in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.GROUP_NAME), in.requiredString(Members.USERNAME));
        return JsonOutput.object().toJson();
    }

    /** The domain returns a user's groups whole; pages are cut here in name order. */
    private ObjectNode groupsForUser(JsonCall call) {
        JsonInput in = call.input();
        int limit = limit(in);
        String after = JsonPage.afterKey(in.string(Members.NEXT_TOKEN));
        List<Group> fetched = groups.groupsOf(call.caller().accountId(), in.requiredString(Members.USER_POOL_ID),
                        in.requiredString(Members.USERNAME)).stream()
                .filter(g -> after == null || g.name().compareTo(after) > 0)
                .sorted(Comparator.comparing(Group::name)).limit(limit + 1L).toList();
        return groupPage(JsonPage.of(fetched, limit, Group::name));
    }

    private ObjectNode usersInGroup(JsonCall call) {
        JsonInput in = call.input();
        int limit = limit(in);
        List<PoolUser> fetched = groups.members(call.caller().accountId(), in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.GROUP_NAME), afterSub(in.string(Members.NEXT_TOKEN)), limit + 1);
        JsonPage<PoolUser> page = JsonPage.of(fetched, limit, u -> u.sub().toString());
        return JsonOutput.object()
                .objects("Users", page.items().stream().map(u -> UserMapper.userType(u, null)).toList())
                .put(Members.NEXT_TOKEN, page.nextToken()).toJson();
    }

    private static int limit(JsonInput in) {
        return JsonPage.limit(in.integer(Members.LIMIT), "limit", 0, MAX_LIMIT, MAX_LIMIT);
    }

    private static UUID afterSub(String token) {
        String after = JsonPage.afterKey(token);
        if (after == null) {
            return null;
        }
        try {
            return UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "Invalid pagination cursor");
        }
    }

    private static ObjectNode groupPage(JsonPage<Group> page) {
        return JsonOutput.object()
                .objects("Groups", page.items().stream().map(GroupOperations::groupType).toList())
                .put(Members.NEXT_TOKEN, page.nextToken()).toJson();
    }

    private static ObjectNode wrap(Group group) {
        return JsonOutput.object().put("Group", groupType(group)).toJson();
    }

    /** GroupType. */
    private static JsonOutput groupType(Group group) {
        return JsonOutput.object()
                .put(Members.GROUP_NAME, group.name())
                .put(Members.USER_POOL_ID, group.poolId())
                .put("Description", group.description())
                .put("RoleArn", group.roleArn())
                .put("Precedence", group.precedence())
                .put("LastModifiedDate", group.createdAt())
                .put("CreationDate", group.createdAt());
    }
}
