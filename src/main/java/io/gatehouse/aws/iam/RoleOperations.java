package io.gatehouse.aws.iam;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.core.Page;
import io.gatehouse.iam.IamPages;
import io.gatehouse.iam.IamRole;
import io.gatehouse.iam.RoleService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * IAM's role operations, translated to {@link RoleService}. Trust policies come back URL-encoded, as
 * IAM returns them.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html">ListRoles</a>
 */
@ApplicationScoped
public class RoleOperations implements QueryOperations {

    private final RoleService roles;

    public RoleOperations(RoleService roles) {
        this.roles = Objects.requireNonNull(roles, "roles");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("CreateRole", this::createRole), Iam.operation("GetRole", this::getRole),
                Iam.operation("ListRoles", this::listRoles), Iam.operation("UpdateRole", this::updateRole),
                Iam.operation("UpdateRoleDescription", this::updateRoleDescription),
                Iam.operation("UpdateAssumeRolePolicy", this::updateAssumeRolePolicy),
                Iam.operation("DeleteRole", this::deleteRole), Iam.operation("TagRole", this::tagRole),
                Iam.operation("UntagRole", this::untagRole), Iam.operation("ListRoleTags", this::listRoleTags));
    }

    QueryResult createRole(QueryCall call) {
        QueryInput in = call.input();
        RoleService.NewRole spec = new RoleService.NewRole(in.requiredString("RoleName"), in.string("Path"),
                in.requiredString("AssumeRolePolicyDocument"), in.string("Description"),
                in.integer("MaxSessionDuration", 0, Integer.MAX_VALUE), in.string("PermissionsBoundary"),
                in.tags("Tags"));
        Caller caller = call.caller();
        return QueryResult.of().add("Role", PolicyShapes.role(roles.create(caller.accountId(), caller.principalArn(), spec)));
    }

    QueryResult getRole(QueryCall call) {
        return QueryResult.of().add("Role", PolicyShapes.role(role(call)));
    }

    QueryResult listRoles(QueryCall call) {
        Page<IamRole> page = roles.list(call.caller().accountId(), call.input().string("PathPrefix"),
                PolicyShapes.marker(call.input()), PolicyShapes.maxItems(call.input()));
        return PolicyShapes.paged("Roles", page, PolicyShapes::role);
    }

    QueryResult updateRole(QueryCall call) {
        QueryInput in = call.input();
        roles.update(call.caller().accountId(), call.caller().principalArn(), in.requiredString("RoleName"),
                in.string("Description"), in.integer("MaxSessionDuration", 0, Integer.MAX_VALUE));
        return QueryResult.of();
    }

    QueryResult updateRoleDescription(QueryCall call) {
        QueryInput in = call.input();
        IamRole role = roles.update(call.caller().accountId(), call.caller().principalArn(),
                in.requiredString("RoleName"), in.requiredString("Description"), null);
        return QueryResult.of().add("Role", PolicyShapes.role(role));
    }

    QueryResult updateAssumeRolePolicy(QueryCall call) {
        QueryInput in = call.input();
        roles.updateTrustPolicy(call.caller().accountId(), call.caller().principalArn(), in.requiredString("RoleName"),
                in.requiredString("PolicyDocument"));
        return QueryResult.none();
    }

    QueryResult deleteRole(QueryCall call) {
        roles.delete(call.caller().accountId(), call.caller().principalArn(), call.input().requiredString("RoleName"));
        return QueryResult.none();
    }

    QueryResult tagRole(QueryCall call) {
        roles.tag(call.caller().accountId(), call.caller().principalArn(), call.input().requiredString("RoleName"),
                call.input().tags("Tags"));
        return QueryResult.none();
    }

    QueryResult untagRole(QueryCall call) {
        roles.untag(call.caller().accountId(), call.caller().principalArn(), call.input().requiredString("RoleName"),
                call.input().strings("TagKeys"));
        return QueryResult.none();
    }

    QueryResult listRoleTags(QueryCall call) {
        return tagPage(role(call).tags(), call.input());
    }

    /** ListRoleTags/ListPolicyTags: tags by key, paged with Marker and MaxItems. */
    static QueryResult tagPage(Map<String, String> tags, QueryInput in) {
        int limit = PolicyShapes.maxItems(in);
        String after = IamPages.afterKey(PolicyShapes.marker(in));
        List<Map.Entry<String, String>> fetched = new ArrayList<>(new TreeMap<>(tags).tailMap(after == null ? "" : after)
                .entrySet().stream().filter(e -> !e.getKey().equals(after)).limit(IamPages.fetchSize(limit)).toList());
        Page<Map.Entry<String, String>> page = IamPages.page(fetched, limit, Map.Entry::getKey);
        return PolicyShapes.paged("Tags", page, e -> QueryResult.of().add("Key", e.getKey()).add("Value", e.getValue()));
    }

    private IamRole role(QueryCall call) {
        return roles.get(call.caller().accountId(), call.input().requiredString("RoleName"));
    }
}
