package io.gatehouse.aws.cognitoidp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.appauth.AppAuthService;
import io.gatehouse.appauth.AppTokens;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * App sign-in: InitiateAuth, RespondToAuthChallenge and their Admin* forms, and RevokeToken, on
 * {@link AppAuthService}. The unsigned forms identify the app by ClientId (and SECRET_HASH); the
 * admin forms are signed by the pool's account.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html">InitiateAuth</a>
 */
@ApplicationScoped
class AuthOperations implements JsonOperations {

    private static final String AUTH_FLOW = "AuthFlow";
    private static final String AUTH_PARAMETERS = "AuthParameters";
    private static final String CHALLENGE_NAME = "ChallengeName";
    private static final String CHALLENGE_RESPONSES = "ChallengeResponses";
    private static final String SESSION = "Session";

    private final AppAuthService auth;
    private final AppTokens tokens;

    AuthOperations(AppAuthService auth, AppTokens tokens) {
        this.auth = auth;
        this.tokens = tokens;
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                CognitoIdp.operation("InitiateAuth", this::initiate),
                CognitoIdp.operation("RespondToAuthChallenge", this::respond),
                CognitoIdp.operation("AdminInitiateAuth", this::adminInitiate),
                CognitoIdp.operation("AdminRespondToAuthChallenge", this::adminRespond),
                CognitoIdp.operation("RevokeToken", this::revoke));
    }

    private ObjectNode initiate(JsonCall call) {
        JsonInput in = call.input();
        return AuthResults.of(auth.initiate(null, in.requiredString(Members.CLIENT_ID), in.requiredString(AUTH_FLOW),
                in.stringMap(AUTH_PARAMETERS), Members.clientMetadata(in))).toJson();
    }

    private ObjectNode respond(JsonCall call) {
        JsonInput in = call.input();
        return AuthResults.of(auth.respond(null, in.requiredString(Members.CLIENT_ID), in.requiredString(CHALLENGE_NAME),
                in.string(SESSION), in.stringMap(CHALLENGE_RESPONSES), Members.clientMetadata(in))).toJson();
    }

    private ObjectNode adminInitiate(JsonCall call) {
        JsonInput in = call.input();
        return AuthResults.of(auth.adminInitiate(call.caller().accountId(), in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.CLIENT_ID), in.requiredString(AUTH_FLOW), in.stringMap(AUTH_PARAMETERS),
                Members.clientMetadata(in))).toJson();
    }

    private ObjectNode adminRespond(JsonCall call) {
        JsonInput in = call.input();
        return AuthResults.of(auth.adminRespond(call.caller().accountId(), in.requiredString(Members.USER_POOL_ID),
                in.requiredString(Members.CLIENT_ID), in.requiredString(CHALLENGE_NAME), in.string(SESSION),
                in.stringMap(CHALLENGE_RESPONSES), Members.clientMetadata(in))).toJson();
    }

    private ObjectNode revoke(JsonCall call) {
        JsonInput in = call.input();
        tokens.revoke(null, in.requiredString(Members.CLIENT_ID), in.string("ClientSecret"), in.requiredString("Token"));
        return JsonOutput.object().toJson();
    }
}
