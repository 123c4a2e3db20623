package io.gatehouse.aws.cognitoidentity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.aws.wire.JsonPage;
import io.gatehouse.identitypool.IdentityPool;
import io.gatehouse.identitypool.IdentityPoolService;
import io.gatehouse.identitypool.PoolRoleService;
import io.gatehouse.identitypool.PrincipalTagMap;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Identity-pool administration: Create/Describe/Update/Delete/ListIdentityPools, the pool's roles
 * and principal-tag maps, and its tags, on {@link IdentityPoolService} and {@link PoolRoleService}.
 *
 * @see <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CreateIdentityPool.html">CreateIdentityPool</a>
 */
@ApplicationScoped
class PoolOperations implements JsonOperations {

    private final IdentityPoolService pools;
    private final PoolRoleService roles;
    private final IdentityPoolTargets targets;

    PoolOperations(IdentityPoolService pools, PoolRoleService roles, IdentityPoolTargets targets) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.targets = Objects.requireNonNull(targets, "targets");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdentity.operation("CreateIdentityPool", this::create, targets::resolve),
                CognitoIdentity.operation("DescribeIdentityPool", this::describe, targets::resolve),
                CognitoIdentity.operation("UpdateIdentityPool", this::update, targets::resolve),
                CognitoIdentity.operation("DeleteIdentityPool", this::delete, targets::resolve),
                CognitoIdentity.operation("ListIdentityPools", this::list, targets::resolve),
                CognitoIdentity.operation("SetIdentityPoolRoles", this::setRoles, targets::resolve),
                CognitoIdentity.operation("GetIdentityPoolRoles", this::getRoles, targets::resolve),
                CognitoIdentity.operation("SetPrincipalTagAttributeMap", this::setPrincipalTags, targets::resolve),
                CognitoIdentity.operation("GetPrincipalTagAttributeMap", this::getPrincipalTags, targets::resolve),
                CognitoIdentity.operation("TagResource", this::tag, targets::resolve),
                CognitoIdentity.operation("UntagResource", this::untag, targets::resolve),
                CognitoIdentity.operation("ListTagsForResource", this::listTags, targets::resolve));
    }

    private ObjectNode create(JsonCall call) {
        Caller caller = call.caller();
        IdentityPool pool = pools.create(caller.accountId(), caller.principalArn(), IdentityPoolShapes.spec(call.input()),
                call.input().stringMap("IdentityPoolTags"));
        return IdentityPoolShapes.pool(pool).toJson();
    }

    private ObjectNode describe(JsonCall call) {
        return IdentityPoolShapes.pool(pools.describe(call.caller().accountId(), poolId(call.input()))).toJson();
    }

    private ObjectNode update(JsonCall call) {
        Caller caller = call.caller();
        JsonInput input = call.input();
        IdentityPool pool = pools.update(caller.accountId(), caller.principalArn(), poolId(input),
                IdentityPoolShapes.spec(input), input.has("IdentityPoolTags") ? input.stringMap("IdentityPoolTags") : null);
        return IdentityPoolShapes.pool(pool).toJson();
    }

    private ObjectNode delete(JsonCall call) {
        pools.delete(call.caller().accountId(), call.caller().principalArn(), poolId(call.input()));
        return JsonOutput.object().toJson();
    }

    private ObjectNode list(JsonCall call) {
        JsonInput input = call.input();
        Integer max = input.integer("MaxResults");
        if (max == null) {
            throw JsonInput.missing("MaxResults");
        }
        int limit = JsonPage.limit(max, "maxResults", 1, 60, 60);
        List<IdentityPool> fetched = pools.list(call.caller().accountId(), JsonPage.afterKey(input.string("NextToken")),
                limit + 1);
        JsonPage<IdentityPool> page = JsonPage.of(fetched, limit, IdentityPool::id);
        return JsonOutput.object()
                .objects("IdentityPools", page.items().stream().map(p -> JsonOutput.object()
                        .put("IdentityPoolId", p.id()).put("IdentityPoolName", p.name())).toList())
                .put("NextToken", page.nextToken()).toJson();
    }

    private ObjectNode setRoles(JsonCall call) {
        Caller caller = call.caller();
        roles.setRoles(caller.accountId(), caller.principalArn(), poolId(call.input()), IdentityPoolShapes.roles(call.input()));
        return JsonOutput.object().toJson();
    }

    private ObjectNode getRoles(JsonCall call) {
        String poolId = poolId(call.input());
        return IdentityPoolShapes.roles(poolId, roles.roles(call.caller().accountId(), poolId)).toJson();
    }

    private ObjectNode setPrincipalTags(JsonCall call) {
        Caller caller = call.caller();
        JsonInput input = call.input();
        String poolId = poolId(input);
        String provider = input.requiredString("IdentityProviderName");
        Boolean useDefaults = input.bool("UseDefaults");
        PrincipalTagMap map = roles.setPrincipalTags(caller.accountId(), caller.principalArn(), poolId, provider,
                new PrincipalTagMap(useDefaults != null && useDefaults, input.stringMap("PrincipalTags")));
        return principalTags(poolId, provider, map);
    }

    private ObjectNode getPrincipalTags(JsonCall call) {
        JsonInput input = call.input();
        String poolId = poolId(input);
        String provider = input.requiredString("IdentityProviderName");
        return principalTags(poolId, provider, roles.principalTags(call.caller().accountId(), poolId, provider));
    }

    private ObjectNode tag(JsonCall call) {
        Caller caller = call.caller();
        JsonInput input = call.input();
        if (!input.has("Tags")) {
            throw JsonInput.missing("Tags");
        }
        pools.tag(caller.accountId(), caller.principalArn(), input.requiredString("ResourceArn"), input.stringMap("Tags"));
        return JsonOutput.object().toJson();
    }

    private ObjectNode untag(JsonCall call) {
        Caller caller = call.caller();
        JsonInput input = call.input();
        List<String> keys = input.strings("TagKeys");
        if (keys == null) {
            throw JsonInput.missing("TagKeys");
        }
        pools.untag(caller.accountId(), caller.principalArn(), input.requiredString("ResourceArn"), keys);
        return JsonOutput.object().toJson();
    }

    private ObjectNode listTags(JsonCall call) {
        IdentityPool pool = pools.byArn(call.caller().accountId(), call.input().requiredString("ResourceArn"));
        JsonOutput tags = JsonOutput.object();
        pool.tags().forEach(tags::put);
        return JsonOutput.object().put("Tags", tags).toJson();
    }

    private static ObjectNode principalTags(String poolId, String provider, PrincipalTagMap map) {
        return JsonOutput.object().put("IdentityPoolId", poolId).put("IdentityProviderName", provider)
                .put("UseDefaults", map.useDefaults()).put("PrincipalTags", IdentityPoolShapes.map(map.tags())).toJson();
    }

    static String poolId(JsonInput input) {
        return input.requiredString("IdentityPoolId");
    }
}
