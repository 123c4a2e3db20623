package io.gatehouse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.testing.CognitoSrpClient;
import java.time.Instant;
import java.util.Map;

/**
 * SRP sign-in over Cognito's wire protocol, both legs: InitiateAuth {@code USER_SRP_AUTH} with
 * SRP_A, then RespondToAuthChallenge {@code PASSWORD_VERIFIER} with the password claim, which must
 * answer with an ID token. The client's modular exponentiations run in the load generator, as in
 * a real app.
 */
final class SrpSignInScenario implements Scenario {

    private static final String CHALLENGE = "PASSWORD_VERIFIER";

    private final Target target;
    private final String poolId;
    private final CognitoSignIn signIn;

    SrpSignInScenario(Target target) {
        this.target = target;
        this.poolId = target.get("pool-id");
        this.signIn = new CognitoSignIn(target, "app");
    }

    @Override
    public String name() {
        return "srp";
    }

    @Override
    public int exchanges() {
        return 2;
    }

    @Override
    public void operate(Http http) throws Exception {
        Target.User user = target.randomUser();
        CognitoSrpClient srp = new CognitoSrpClient(poolId);
        JsonNode challenge = signIn.initiateAuth(http, name() + " InitiateAuth", "USER_SRP_AUTH",
                Map.of(CognitoSignIn.USERNAME, user.name(), "SRP_A", srp.srpA()));
        if (!CHALLENGE.equals(challenge.path("ChallengeName").asText())) {
            throw new LoadFailure(name() + " InitiateAuth: no " + CHALLENGE + " challenge");
        }
        JsonNode parameters = challenge.path("ChallengeParameters");
        String userId = AwsJson.text(name(), parameters, "USER_ID_FOR_SRP");
        String secretBlock = AwsJson.text(name(), parameters, "SECRET_BLOCK");
        CognitoSrpClient.PasswordClaim claim = srp.claim(userId, user.password(),
                AwsJson.text(name(), parameters, "SRP_B"), AwsJson.text(name(), parameters, "SALT"), secretBlock,
                Instant.now());
        JsonNode tokens = signIn.respond(http, name() + " RespondToAuthChallenge", CHALLENGE,
                AwsJson.text(name(), challenge, "Session"),
                Map.of(CognitoSignIn.USERNAME, userId, "PASSWORD_CLAIM_SECRET_BLOCK", secretBlock,
                        "PASSWORD_CLAIM_SIGNATURE", claim.signature(), "TIMESTAMP", claim.timestamp()));
        AwsJson.text(name(), tokens, "AuthenticationResult", "IdToken");
    }
}
