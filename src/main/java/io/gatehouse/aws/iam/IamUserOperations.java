package io.gatehouse.aws.iam;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.iam.IamGroupService;
import io.gatehouse.iam.IamUser;
import io.gatehouse.iam.IamUserService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * IAM's user calls: CreateUser, GetUser (no name: the caller), ListUsers, UpdateUser, DeleteUser,
 * TagUser, UntagUser, ListUserTags and ListGroupsForUser, translated to {@link IamUserService}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html">CreateUser</a>
 */
@ApplicationScoped
public class IamUserOperations implements QueryOperations {

    private final IamUserService users;
    private final IamGroupService groups;

    public IamUserOperations(IamUserService users, IamGroupService groups) {
        this.users = Objects.requireNonNull(users, "users");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("CreateUser", this::createUser), Iam.operation("GetUser", this::getUser),
                Iam.operation("ListUsers", this::listUsers), Iam.operation("UpdateUser", this::updateUser),
                Iam.operation("DeleteUser", this::deleteUser), Iam.operation("TagUser", this::tagUser),
                Iam.operation("UntagUser", this::untagUser), Iam.operation("ListUserTags", this::listUserTags),
                Iam.operation("ListGroupsForUser", this::listGroupsForUser));
    }

    QueryResult createUser(QueryCall call) {
        QueryInput in = call.input();
        Caller caller = call.caller();
        IamUser user = users.create(caller.accountId(), caller.principalArn(), in.requiredString("UserName"),
                in.string("Path"), in.string("PermissionsBoundary"), in.tags("Tags"));
        return QueryResult.of().add("User", IamShapes.user(user, true));
    }

    QueryResult getUser(QueryCall call) {
        Caller caller = call.caller();
        return QueryResult.of().add("User", IamShapes.user(
                users.subject(caller.accountId(), caller.principalArn(), call.input().string("UserName")), true));
    }

    QueryResult listUsers(QueryCall call) {
        IamPaging paging = IamPaging.parse(call.input());
        return paging.write(QueryResult.of(), "Users", users.list(call.caller().accountId(),
                        call.input().string("PathPrefix"), paging.afterKey(), paging.fetchSize()),
                IamUserOperations::key, u -> IamShapes.user(u, false));
    }

    QueryResult updateUser(QueryCall call) {
        QueryInput in = call.input();
        Caller caller = call.caller();
        users.update(caller.accountId(), caller.principalArn(), in.requiredString("UserName"),
                in.string("NewUserName"), in.string("NewPath"));
        return QueryResult.none();
    }

    QueryResult deleteUser(QueryCall call) {
        Caller caller = call.caller();
        users.delete(caller.accountId(), caller.principalArn(), call.input().requiredString("UserName"));
        return QueryResult.none();
    }

    QueryResult tagUser(QueryCall call) {
        Caller caller = call.caller();
        users.tag(caller.accountId(), caller.principalArn(), call.input().requiredString("UserName"),
                call.input().tags("Tags"));
        return QueryResult.none();
    }

    QueryResult untagUser(QueryCall call) {
        Caller caller = call.caller();
        users.untag(caller.accountId(), caller.principalArn(), call.input().requiredString("UserName"),
                call.input().strings("TagKeys"));
        return QueryResult.none();
    }

    QueryResult listUserTags(QueryCall call) {
        IamPaging.parse(call.input());
        IamUser user = users.get(call.caller().accountId(), call.input().requiredString("UserName"));
        return QueryResult.of().addTags("Tags", user.tags()).add("IsTruncated", false);
    }

    QueryResult listGroupsForUser(QueryCall call) {
        IamPaging paging = IamPaging.parse(call.input());
        return paging.writeAll(QueryResult.of(), "Groups",
                groups.groupsOf(call.caller().accountId(), call.input().requiredString("UserName")),
                g -> g.name().toLowerCase(Locale.ROOT), IamShapes::group);
    }

    private static String key(IamUser user) {
        return user.name().toLowerCase(Locale.ROOT);
    }
}
