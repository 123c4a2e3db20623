package io.gatehouse.aws.iam;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.iam.IamGroup;
import io.gatehouse.iam.IamGroupService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * IAM's group calls: CreateGroup, GetGroup (with its users, paged), ListGroups, UpdateGroup,
 * DeleteGroup, AddUserToGroup and RemoveUserFromGroup, translated to {@link IamGroupService}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroup.html">GetGroup</a>
 */
@ApplicationScoped
public class IamGroupOperations implements QueryOperations {

    private final IamGroupService groups;

    public IamGroupOperations(IamGroupService groups) {
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("CreateGroup", this::createGroup), Iam.operation("GetGroup", this::getGroup),
                Iam.operation("ListGroups", this::listGroups), Iam.operation("UpdateGroup", this::updateGroup),
                Iam.operation("DeleteGroup", this::deleteGroup), Iam.operation("AddUserToGroup", this::addUserToGroup),
                Iam.operation("RemoveUserFromGroup", this::removeUserFromGroup));
    }

    QueryResult createGroup(QueryCall call) {
        Caller caller = call.caller();
        IamGroup group = groups.create(caller.accountId(), caller.principalArn(),
                call.input().requiredString("GroupName"), call.input().string("Path"));
        return QueryResult.of().add("Group", IamShapes.group(group));
    }

    QueryResult getGroup(QueryCall call) {
        IamPaging paging = IamPaging.parse(call.input());
        String accountId = call.caller().accountId();
        IamGroup group = groups.get(accountId, call.input().requiredString("GroupName"));
        QueryResult result = QueryResult.of().add("Group", IamShapes.group(group));
        return paging.writeAll(result, "Users", groups.members(accountId, group.name()),
                u -> u.name().toLowerCase(Locale.ROOT), u -> IamShapes.user(u, false));
    }

    QueryResult listGroups(QueryCall call) {
        IamPaging paging = IamPaging.parse(call.input());
        return paging.write(QueryResult.of(), "Groups", groups.list(call.caller().accountId(),
                        call.input().string("PathPrefix"), paging.afterKey(), paging.fetchSize()),
                g -> g.name().toLowerCase(Locale.ROOT), IamShapes::group);
    }

    QueryResult updateGroup(QueryCall call) {
        QueryInput in = call.input();
        Caller caller = call.caller();
        groups.update(caller.accountId(), caller.principalArn(), in.requiredString("GroupName"),
                in.string("NewGroupName"), in.string("NewPath"));
        return QueryResult.none();
    }

    QueryResult deleteGroup(QueryCall call) {
        Caller caller = call.caller();
        groups.delete(caller.accountId(), caller.principalArn(), call.input().requiredString("GroupName"));
        return QueryResult.none();
    }

    QueryResult addUserToGroup(QueryCall call) {
        Caller caller = call.caller();
        groups.addUser(caller.accountId(), caller.principalArn(), call.input().requiredString("GroupName"),
                call.input().requiredString("UserName"));
        return QueryResult.none();
    }

    QueryResult removeUserFromGroup(QueryCall call) {
        Caller caller = call.caller();
        groups.removeUser(caller.accountId(), caller.principalArn(), call.input().requiredString("GroupName"),
                call.input().requiredString("UserName"));
        return QueryResult.none();
    }
}
