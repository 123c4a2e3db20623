package io.gatehouse.aws.cognitoidp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.aws.wire.JsonPage;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * CreateUserPool, DescribeUserPool, UpdateUserPool, DeleteUserPool, ListUserPools,
 * AddCustomAttributes, SetUserPoolMfaConfig and GetUserPoolMfaConfig, on {@link UserPoolService}
 * as the native {@code /api/v1/user-pools} resource uses it. A pool of another account is a
 * {@code ResourceNotFoundException}.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html">CreateUserPool</a>
 */
@ApplicationScoped
class UserPoolOperations implements JsonOperations {

    private static final int MAX_RESULTS = 60;

    private final UserPoolService pools;
    private final UserPoolMapper mapper;

    UserPoolOperations(UserPoolService pools, UserPoolMapper mapper) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdp.operation("CreateUserPool", this::create),
                CognitoIdp.operation("DescribeUserPool", this::describe),
                CognitoIdp.operation("UpdateUserPool", this::update),
                CognitoIdp.operation("DeleteUserPool", this::delete),
                CognitoIdp.operation("ListUserPools", this::list),
                CognitoIdp.operation("AddCustomAttributes", this::addCustomAttributes),
                CognitoIdp.operation("SetUserPoolMfaConfig", this::setMfaConfig),
                CognitoIdp.operation("GetUserPoolMfaConfig", this::getMfaConfig));
    }

    private ObjectNode create(JsonCall call) {
        Caller caller = call.caller();
        UserPool pool = pools.create(caller.accountId(), caller.principalArn(), mapper.requiredName(call.input()), null,
                mapper.createSettings(call.input()));
        return JsonOutput.object().put("UserPool", mapper.userPoolType(pool)).toJson();
    }

    private ObjectNode describe(JsonCall call) {
        UserPool pool = pools.get(call.caller().accountId(), call.input().requiredString(Members.USER_POOL_ID));
        return JsonOutput.object().put("UserPool", mapper.userPoolType(pool)).toJson();
    }

    /** Settings left out return to their defaults, as in Cognito; a PoolName left out keeps the name. */
    private ObjectNode update(JsonCall call) {
        Caller caller = call.caller();
        String poolId = call.input().requiredString(Members.USER_POOL_ID);
        UserPool current = pools.get(caller.accountId(), poolId);
        pools.update(caller.accountId(), caller.principalArn(), poolId, mapper.newName(call.input()),
                mapper.updateSettings(call.input(), current.settings()));
        return JsonOutput.object().toJson();
    }

    private ObjectNode addCustomAttributes(JsonCall call) {
        Caller caller = call.caller();
        pools.addCustomAttributes(caller.accountId(), caller.principalArn(),
                call.input().requiredString(Members.USER_POOL_ID),
                SchemaMapper.customAttributes(call.input().objects(SchemaMapper.CUSTOM_ATTRIBUTES)));
        return JsonOutput.object().toJson();
    }

    private ObjectNode setMfaConfig(JsonCall call) {
        Caller caller = call.caller();
        String poolId = call.input().requiredString(Members.USER_POOL_ID);
        UserPool current = pools.get(caller.accountId(), poolId);
        UserPool updated = pools.update(caller.accountId(), caller.principalArn(), poolId, null,
                MfaConfigMapper.settings(call.input(), current.settings()));
        return MfaConfigMapper.mfaConfig(updated.settings()).toJson();
    }

    private ObjectNode getMfaConfig(JsonCall call) {
        UserPool pool = pools.get(call.caller().accountId(), call.input().requiredString(Members.USER_POOL_ID));
        return MfaConfigMapper.mfaConfig(pool.settings()).toJson();
    }

    private ObjectNode delete(JsonCall call) {
        Caller caller = call.caller();
        pools.delete(caller.accountId(), caller.principalArn(), call.input().requiredString(Members.USER_POOL_ID));
        return JsonOutput.object().toJson();
    }

    /** MaxResults is required in ListUserPools (1 to 60). */
    private ObjectNode list(JsonCall call) {
        JsonInput input = call.input();
        if (!input.has(Members.MAX_RESULTS)) {
            throw JsonInput.missing(Members.MAX_RESULTS);
        }
        int limit = JsonPage.limit(input.integer(Members.MAX_RESULTS), "maxResults", 1, MAX_RESULTS, MAX_RESULTS);
        List<UserPool> fetched = pools.list(call.caller().accountId(),
                JsonPage.afterKey(input.string(Members.NEXT_TOKEN)), limit + 1);
        JsonPage<UserPool> page = JsonPage.of(fetched, limit, UserPool::id);
        return JsonOutput.object()
                .objects("UserPools", page.items().stream().map(mapper::description).toList())
                .put(Members.NEXT_TOKEN, page.nextToken()).toJson();
    }
}
