package io.gatehouse.aws.cognitoidp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.aws.wire.JsonPage;
import io.gatehouse.userpool.ResourceScope;
import io.gatehouse.userpool.ResourceServer;
import io.gatehouse.userpool.UserPoolService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * CreateResourceServer, DescribeResourceServer, UpdateResourceServer, ListResourceServers and
 * DeleteResourceServer on {@link UserPoolService}. Scopes are {@code {ScopeName, ScopeDescription}}.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateResourceServer.html">CreateResourceServer</a>
 */
@ApplicationScoped
class ResourceServerOperations implements JsonOperations {

    private static final int MAX_RESULTS = 50;

    private final UserPoolService pools;

    ResourceServerOperations(UserPoolService pools) {
        this.pools = Objects.requireNonNull(pools, "pools");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdp.operation("CreateResourceServer", call -> put(call, true)),
                CognitoIdp.operation("UpdateResourceServer", call -> put(call, false)),
                CognitoIdp.operation("DescribeResourceServer", this::describe),
                CognitoIdp.operation("ListResourceServers", this::list),
                CognitoIdp.operation("DeleteResourceServer", this::delete));
    }

    private ObjectNode put(JsonCall call, boolean create) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        List<ResourceScope> scopes = in.objects("Scopes") == null ? List.of() : in.objects("Scopes").stream()
                .map(s -> new ResourceScope(s.requiredString("ScopeName"), s.requiredString("ScopeDescription"))).toList();
        ResourceServer server = new ResourceServer(in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.IDENTIFIER), in.requiredString("Name"), scopes);
        return wrap(pools.putResourceServer(caller.accountId(), caller.principalArn(), server, create));
    }

    private ObjectNode describe(JsonCall call) {
        return wrap(pools.getResourceServer(call.caller().accountId(), call.input().requiredString(Members.USER_POOL_ID),
                call.input().requiredString(Members.IDENTIFIER)));
    }

    /** The domain lists a pool's servers whole; pages are cut here in identifier order. */
    private ObjectNode list(JsonCall call) {
        JsonInput in = call.input();
        int limit = JsonPage.limit(in.integer(Members.MAX_RESULTS), "maxResults", 1, MAX_RESULTS, MAX_RESULTS);
        String after = JsonPage.afterKey(in.string(Members.NEXT_TOKEN));
        List<ResourceServer> fetched = pools.listResourceServers(call.caller().accountId(),
                        in.requiredString(Members.USER_POOL_ID)).stream()
                .filter(s -> after == null || s.identifier().compareTo(after) > 0)
                .sorted(Comparator.comparing(ResourceServer::identifier)).limit(limit + 1L).toList();
        JsonPage<ResourceServer> page = JsonPage.of(fetched, limit, ResourceServer::identifier);
        return JsonOutput.object()
                .objects("ResourceServers", page.items().stream().map(ResourceServerOperations::serverType).toList())
                .put(Members.NEXT_TOKEN, page.nextToken()).toJson();
    }

    private ObjectNode delete(JsonCall call) {
        Caller caller = call.caller();
        pools.deleteResourceServer(caller.accountId(), caller.principalArn(),
                call.input().requiredString(Members.USER_POOL_ID), call.input().requiredString(Members.IDENTIFIER));
        return JsonOutput.object().toJson();
    }

    private static ObjectNode wrap(ResourceServer server) {
        return JsonOutput.object().put("ResourceServer", serverType(server)).toJson();
    }

    /** ResourceServerType. */
    private static JsonOutput serverType(ResourceServer server) {
        return JsonOutput.object()
                .put(Members.USER_POOL_ID, server.poolId())
                .put(Members.IDENTIFIER, server.identifier())
                .put("Name", server.name())
                .objects("Scopes", server.scopes().stream().map(s -> JsonOutput.object()
                        .put("ScopeName", s.name()).put("ScopeDescription", s.description())).toList());
    }
}
