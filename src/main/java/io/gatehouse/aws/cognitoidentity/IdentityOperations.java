package io.gatehouse.aws.cognitoidentity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.aws.wire.JsonPage;
import io.gatehouse.aws.wire.TargetResolver;
import io.gatehouse.identitypool.IdentityCredentials;
import io.gatehouse.identitypool.IdentityService;
import io.gatehouse.identitypool.OpenIdTokenService;
import io.gatehouse.identitypool.PoolIdentity;
import io.gatehouse.sts.AssumedRole;
import io.gatehouse.sts.TemporaryCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Identities: the unsigned GetId, GetOpenIdToken, GetCredentialsForIdentity and UnlinkIdentity an
 * app calls with login tokens (or none, as a guest), and the signed DescribeIdentity,
 * ListIdentities and DeleteIdentities of the pool's owner.
 *
 * @see <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html">GetCredentialsForIdentity</a>
 */
@ApplicationScoped
class IdentityOperations implements JsonOperations {

    private final IdentityService identities;
    private final OpenIdTokenService tokens;
    private final IdentityCredentials credentials;
    private final IdentityPoolTargets targets;

    IdentityOperations(IdentityService identities, OpenIdTokenService tokens, IdentityCredentials credentials,
                       IdentityPoolTargets targets) {
        this.identities = Objects.requireNonNull(identities, "identities");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.targets = Objects.requireNonNull(targets, "targets");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdentity.operation("GetId", this::getId, TargetResolver.ANY),
                CognitoIdentity.operation("GetOpenIdToken", this::openIdToken, TargetResolver.ANY),
                CognitoIdentity.operation("GetCredentialsForIdentity", this::credentials, TargetResolver.ANY),
                CognitoIdentity.operation("UnlinkIdentity", this::unlink, TargetResolver.ANY),
                CognitoIdentity.operation("DescribeIdentity", this::describe, targets::resolve),
                CognitoIdentity.operation("ListIdentities", this::list, targets::resolve),
                CognitoIdentity.operation("DeleteIdentities", this::delete, targets::resolve));
    }

    private ObjectNode getId(JsonCall call) {
        JsonInput input = call.input();
        String identityId = identities.getId(input.string("AccountId"), PoolOperations.poolId(input),
                input.stringMap("Logins"));
        return JsonOutput.object().put("IdentityId", identityId).toJson();
    }

    private ObjectNode openIdToken(JsonCall call) {
        JsonInput input = call.input();
        OpenIdTokenService.IssuedToken token = tokens.getOpenIdToken(input.requiredString("IdentityId"),
                input.stringMap("Logins"));
        return JsonOutput.object().put("IdentityId", token.identityId()).put("Token", token.token()).toJson();
    }

    private ObjectNode credentials(JsonCall call) {
        JsonInput input = call.input();
        String identityId = input.requiredString("IdentityId");
        AssumedRole role = credentials.credentials(identityId, input.stringMap("Logins"), input.string("CustomRoleArn"));
        TemporaryCredentials c = role.credentials();
        return JsonOutput.object().put("IdentityId", identityId)
                .put("Credentials", JsonOutput.object().put("AccessKeyId", c.accessKeyId())
                        .put("SecretKey", c.secretAccessKey()).put("SessionToken", c.sessionToken())
                        .put("Expiration", c.expiration()))
                .toJson();
    }

    private ObjectNode unlink(JsonCall call) {
        JsonInput input = call.input();
        if (!input.has("Logins")) {
            throw JsonInput.missing("Logins");
        }
        List<String> remove = input.strings("LoginsToRemove");
        if (remove == null) {
            throw JsonInput.missing("LoginsToRemove");
        }
        identities.unlink(input.requiredString("IdentityId"), input.stringMap("Logins"), remove);
        return JsonOutput.object().toJson();
    }

    private ObjectNode describe(JsonCall call) {
        PoolIdentity identity = identities.describe(call.caller().accountId(), call.input().requiredString("IdentityId"));
        return IdentityPoolShapes.identity(identity).toJson();
    }

    private ObjectNode list(JsonCall call) {
        JsonInput input = call.input();
        String poolId = PoolOperations.poolId(input);
        Integer max = input.integer("MaxResults");
        if (max == null) {
            throw JsonInput.missing("MaxResults");
        }
        input.bool("HideDisabled");
        int limit = JsonPage.limit(max, "maxResults", 1, 60, 60);
        List<PoolIdentity> fetched = identities.list(call.caller().accountId(), poolId,
                JsonPage.afterKey(input.string("NextToken")), limit + 1);
        JsonPage<PoolIdentity> page = JsonPage.of(fetched, limit, PoolIdentity::id);
        return JsonOutput.object().put("IdentityPoolId", poolId)
                .objects("Identities", page.items().stream().map(IdentityPoolShapes::identity).toList())
                .put("NextToken", page.nextToken()).toJson();
    }

    private ObjectNode delete(JsonCall call) {
        List<String> ids = call.input().strings("IdentityIdsToDelete");
        if (ids == null) {
            throw JsonInput.missing("IdentityIdsToDelete");
        }
        List<String> unprocessed = identities.delete(call.caller().accountId(), call.caller().principalArn(), ids);
        return JsonOutput.object().objects("UnprocessedIdentityIds", unprocessed.stream()
                .map(id -> JsonOutput.object().put("IdentityId", id).put("ErrorCode", "AccessDenied")).toList()).toJson();
    }
}
