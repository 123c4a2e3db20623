package io.gatehouse.aws.cognitoidentity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.aws.wire.JsonPage;
import io.gatehouse.identitypool.DeveloperIdentityService;
import io.gatehouse.identitypool.DeveloperIdentityService.DeveloperLookup;
import io.gatehouse.identitypool.DeveloperIdentityService.DeveloperTokenRequest;
import io.gatehouse.identitypool.OpenIdTokenService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Developer-authenticated identities, called by the app's backend with its own credentials:
 * GetOpenIdTokenForDeveloperIdentity, LookupDeveloperIdentity, MergeDeveloperIdentities and
 * UnlinkDeveloperIdentity.
 *
 * @see <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetOpenIdTokenForDeveloperIdentity.html">GetOpenIdTokenForDeveloperIdentity</a>
 */
@ApplicationScoped
class DeveloperOperations implements JsonOperations {

    private final DeveloperIdentityService developers;
    private final IdentityPoolTargets targets;

    DeveloperOperations(DeveloperIdentityService developers, IdentityPoolTargets targets) {
        this.developers = Objects.requireNonNull(developers, "developers");
        this.targets = Objects.requireNonNull(targets, "targets");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdentity.operation("GetOpenIdTokenForDeveloperIdentity", this::token, targets::resolve),
                CognitoIdentity.operation("LookupDeveloperIdentity", this::lookup, targets::resolve),
                CognitoIdentity.operation("MergeDeveloperIdentities", this::merge, targets::resolve),
                CognitoIdentity.operation("UnlinkDeveloperIdentity", this::unlink, targets::resolve));
    }

    private ObjectNode token(JsonCall call) {
        Caller caller = call.caller();
        JsonInput input = call.input();
        if (!input.has("Logins")) {
            throw JsonInput.missing("Logins");
        }
        OpenIdTokenService.IssuedToken token = developers.openIdToken(caller.accountId(), caller.principalArn(),
                new DeveloperTokenRequest(PoolOperations.poolId(input), input.string("IdentityId"),
                        input.stringMap("Logins"), input.stringMap("PrincipalTags"), input.longValue("TokenDuration")));
        return JsonOutput.object().put("IdentityId", token.identityId()).put("Token", token.token()).toJson();
    }

    private ObjectNode lookup(JsonCall call) {
        JsonInput input = call.input();
        JsonPage.limit(input.integer("MaxResults"), "maxResults", 1, 60, 60);
        DeveloperLookup found = developers.lookup(call.caller().accountId(), PoolOperations.poolId(input),
                input.string("IdentityId"), input.string("DeveloperUserIdentifier"));
        return JsonOutput.object().put("IdentityId", found.identityId())
                .strings("DeveloperUserIdentifierList", found.userIdentifiers()).toJson();
    }

    private ObjectNode merge(JsonCall call) {
        Caller caller = call.caller();
        JsonInput input = call.input();
        String identityId = developers.merge(caller.accountId(), caller.principalArn(), PoolOperations.poolId(input),
                input.requiredString("DeveloperProviderName"), input.requiredString("SourceUserIdentifier"),
                input.requiredString("DestinationUserIdentifier"));
        return JsonOutput.object().put("IdentityId", identityId).toJson();
    }

    private ObjectNode unlink(JsonCall call) {
        Caller caller = call.caller();
        JsonInput input = call.input();
        developers.unlink(caller.accountId(), caller.principalArn(), input.requiredString("IdentityId"),
                PoolOperations.poolId(input), input.requiredString("DeveloperProviderName"),
                input.requiredString("DeveloperUserIdentifier"));
        return JsonOutput.object().toJson();
    }
}
