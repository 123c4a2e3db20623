package io.gatehouse.aws.cognitoidp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.aws.wire.JsonPage;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AppClientService;
import io.gatehouse.userpool.CreatedClient;
import io.gatehouse.userpool.UserPoolError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * CreateUserPoolClient, DescribeUserPoolClient, UpdateUserPoolClient, DeleteUserPoolClient and
 * ListUserPoolClients on {@link AppClientService}. As in Cognito, the responses carry a
 * confidential client's ClientSecret (kept encrypted at rest beside its Argon2id hash); a client
 * created before secrets were kept readable has only the hash, and its secret is left out.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html">CreateUserPoolClient</a>
 */
@ApplicationScoped
class UserPoolClientOperations implements JsonOperations {

    private static final int MAX_RESULTS = 60;

    private final AppClientService clients;

    UserPoolClientOperations(AppClientService clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdp.operation("CreateUserPoolClient", this::create),
                CognitoIdp.operation("DescribeUserPoolClient", this::describe),
                CognitoIdp.operation("UpdateUserPoolClient", this::update),
                CognitoIdp.operation("DeleteUserPoolClient", this::delete),
                CognitoIdp.operation("ListUserPoolClients", this::list));
    }

    private ObjectNode create(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        boolean secret = Boolean.TRUE.equals(in.bool("GenerateSecret"));
        String requestedSecret = in.string("ClientSecret");
        if (requestedSecret != null && !secret) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "ClientSecret requires GenerateSecret");
        }
        CreatedClient created = clients.create(caller.accountId(), caller.principalArn(),
                in.requiredString(Members.USER_POOL_ID),
                ClientMapper.spec(in, in.requiredString(ClientMapper.CLIENT_NAME), null), secret, null, requestedSecret);
        return JsonOutput.object().put("UserPoolClient", ClientMapper.clientType(created.client(), created.secret()))
                .toJson();
    }

    private ObjectNode describe(JsonCall call) {
        String accountId = call.caller().accountId();
        AppClient client = clients.get(accountId, call.input().requiredString(Members.USER_POOL_ID),
                call.input().requiredString(Members.CLIENT_ID));
        return clientResponse(accountId, client);
    }

    /** As in Cognito, settings left out return to their defaults; ClientName left out stays. */
    private ObjectNode update(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        String poolId = in.requiredString(Members.USER_POOL_ID);
        AppClient current = clients.get(caller.accountId(), poolId, in.requiredString(Members.CLIENT_ID));
        String name = in.has(ClientMapper.CLIENT_NAME) ? in.string(ClientMapper.CLIENT_NAME) : current.name();
        AppClient updated = clients.update(caller.accountId(), caller.principalArn(), poolId, current.clientId(),
                ClientMapper.spec(in, name, current.jwks()));
        return clientResponse(caller.accountId(), updated);
    }

    private ObjectNode clientResponse(String accountId, AppClient client) {
        String secret = clients.secret(accountId, client.poolId(), client.clientId()).orElse(null);
        return JsonOutput.object().put("UserPoolClient", ClientMapper.clientType(client, secret)).toJson();
    }

    private ObjectNode delete(JsonCall call) {
        Caller caller = call.caller();
        clients.delete(caller.accountId(), caller.principalArn(), call.input().requiredString(Members.USER_POOL_ID),
                call.input().requiredString(Members.CLIENT_ID));
        return JsonOutput.object().toJson();
    }

    private ObjectNode list(JsonCall call) {
        JsonInput in = call.input();
        int limit = JsonPage.limit(in.integer(Members.MAX_RESULTS), "maxResults", 1, MAX_RESULTS, MAX_RESULTS);
        List<AppClient> fetched = clients.list(call.caller().accountId(), in.requiredString(Members.USER_POOL_ID),
                JsonPage.afterKey(in.string(Members.NEXT_TOKEN)), limit + 1);
        JsonPage<AppClient> page = JsonPage.of(fetched, limit, AppClient::clientId);
        return JsonOutput.object()
                .objects("UserPoolClients", page.items().stream().map(ClientMapper::description).toList())
                .put(Members.NEXT_TOKEN, page.nextToken()).toJson();
    }
}
