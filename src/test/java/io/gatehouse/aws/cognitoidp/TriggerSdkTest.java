package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.CognitoSrpClient;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.PoolJwks;
import io.gatehouse.testing.SignedRequests;
import io.gatehouse.testing.TriggerFixtures;
import io.gatehouse.testing.TriggerReceiver;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

/** The integrated triggers, driven by InitiateAuth / RespondToAuthChallenge through the AWS SDK. */
@GatehouseTest
class TriggerSdkTest {

    private static final String LEGACY_PASSWORD = "Legacy-Passw0rd!";

    private TriggerReceiver hooks;
    private CognitoIdentityProviderClient cognito;
    private String poolId;
    private String clientId;
    private String username;

    @BeforeEach
    void pool() {
        hooks = TriggerReceiver.start();
        cognito = CognitoClients.unsigned();
        poolId = PoolFixtures.createPool("sdk-triggers");
        clientId = PoolFixtures.createClient(poolId, Map.of("name", "app", "generateSecret", false,
                "settings", Map.of("explicitAuthFlows", List.of("USER_PASSWORD_AUTH", "USER_SRP_AUTH",
                        "REFRESH_TOKEN_AUTH")))).clientId();
        username = PoolFixtures.createUser(poolId, "ada", Map.of("email", "ada@example.com"));
    }

    @AfterEach
    void close() {
        cognito.close();
        hooks.close();
    }

    @Test
    void initiateAuthWhenPreAuthenticationRejectsThenUserLambdaValidation() {
        TriggerFixtures.setTriggers(poolId, Map.of("preAuthentication", hooks.url("/pre")));
        hooks.answer("/pre", call -> TriggerReceiver.Reply.json(400, "{\"message\": \"Sign-in blocked\"}"));

        var e = assertAwsError(() -> passwordSignIn(username, PoolFixtures.PASSWORD), "UserLambdaValidationException", 400);

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("PreAuthentication failed with error Sign-in blocked.");
        ObjectNode event = hooks.calls("/pre").get(0).event();
        assertThat(event.get("triggerSource").asText()).isEqualTo("PreAuthentication_Authentication");
        assertThat(event.get("userName").asText()).isEqualTo(username);
        assertThat(event.at("/callerContext/clientId").asText()).isEqualTo(clientId);
        assertThat(event.at("/request/userAttributes/email").asText()).isEqualTo("ada@example.com");
    }

    @Test
    void srpSignInWhenPreAuthenticationRejectsThenBlockedAtPasswordVerifier() {
        TriggerFixtures.setTriggers(poolId, Map.of("preAuthentication", hooks.url("/pre")));
        hooks.answer("/pre", call -> TriggerReceiver.Reply.json(403, "{\"message\": \"No SRP today\"}"));
        CognitoSrpClient srp = new CognitoSrpClient(poolId);
        InitiateAuthResponse started = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(Map.of("USERNAME", username, "SRP_A", srp.srpA())));
        Map<String, String> p = started.challengeParameters();
        CognitoSrpClient.PasswordClaim claim = srp.claim(p.get("USER_ID_FOR_SRP"), PoolFixtures.PASSWORD, p.get("SRP_B"),
                p.get("SALT"), p.get("SECRET_BLOCK"), Instant.now());

        var e = assertAwsError(() -> cognito.respondToAuthChallenge(r -> r.clientId(clientId)
                .challengeName(ChallengeNameType.PASSWORD_VERIFIER).session(started.session())
                .challengeResponses(Map.of("USERNAME", p.get("USER_ID_FOR_SRP"), "PASSWORD_CLAIM_SECRET_BLOCK",
                        p.get("SECRET_BLOCK"), "PASSWORD_CLAIM_SIGNATURE", claim.signature(), "TIMESTAMP",
                        claim.timestamp()))), "UserLambdaValidationException", 400);

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("PreAuthentication failed with error No SRP today.");
    }

    @Test
    void initiateAuthWhenPostAuthenticationThenCalledOncePerSignIn() {
        TriggerFixtures.setTriggers(poolId, Map.of("postAuthentication", hooks.url("/post")));

        passwordSignIn(username, PoolFixtures.PASSWORD);
        passwordSignIn(username, PoolFixtures.PASSWORD);

        assertThat(hooks.calls("/post")).hasSize(2);
        assertThat(hooks.calls("/post").get(0).event().get("triggerSource").asText())
                .isEqualTo("PostAuthentication_Authentication");
    }

    @Test
    void initiateAuthWhenPostAuthenticationRejectsThenNoTokens() {
        TriggerFixtures.setTriggers(poolId, Map.of("postAuthentication", hooks.url("/post")));
        hooks.answer("/post", call -> TriggerReceiver.Reply.json(500, "{\"message\": \"audit down\"}"));

        var e = assertAwsError(() -> passwordSignIn(username, PoolFixtures.PASSWORD), "UserLambdaValidationException", 400);

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("PostAuthentication failed with error audit down.");
    }

    @Test
    void initiateAuthWhenPreTokenGenerationThenIdTokenClaimsAndGroupsChanged() {
        SignedRequests.root().post("/api/v1/user-pools/" + poolId + "/groups", Map.of("name", "admins"))
                .then().statusCode(201);
        SignedRequests.root().put("/api/v1/user-pools/" + poolId + "/users/" + username + "/groups/admins", null)
                .then().statusCode(204);
        TriggerFixtures.setTriggers(poolId, Map.of("preTokenGeneration", hooks.url("/token")));
        hooks.editEvent("/token", event -> event.set("response", json("""
                {"claimsOverrideDetails": {"claimsToAddOrOverride": {"tier": "gold", "iss": "https://evil.example"},
                 "claimsToSuppress": ["email"], "groupOverrideDetails": {"groupsToOverride": ["beta"]}}}""")));

        AuthenticationResultType tokens = passwordSignIn(username, PoolFixtures.PASSWORD).authenticationResult();

        JWTClaimsSet id = PoolJwks.verify(poolId, tokens.idToken());
        JWTClaimsSet access = PoolJwks.verify(poolId, tokens.accessToken());
        assertThat(id.getClaim("tier")).isEqualTo("gold");
        assertThat(id.getClaims()).doesNotContainKey("email");
        assertThat(id.getIssuer()).endsWith("/" + poolId);
        assertThat(id.getClaim("cognito:groups")).isEqualTo(List.of("beta"));
        assertThat(access.getClaim("cognito:groups")).isEqualTo(List.of("beta"));
        assertThat(access.getClaims()).doesNotContainKey("tier");
        ObjectNode event = hooks.calls("/token").get(0).event();
        assertThat(event.get("triggerSource").asText()).isEqualTo("TokenGeneration_Authentication");
        assertThat(event.at("/request/groupConfiguration/groupsToOverride/0").asText()).isEqualTo("admins");
    }

    @Test
    void refreshWhenPreTokenGenerationV2ThenAccessTokenChangedWithRefreshSource() {
        TriggerFixtures.setTriggers(poolId, Map.of("preTokenGeneration", hooks.url("/token"),
                "preTokenGenerationVersion", "V2_0"));
        hooks.editEvent("/token", event -> event.set("response", json("""
                {"claimsAndScopeOverrideDetails": {"accessTokenGeneration": {"claimsToAddOrOverride": {"tenant": "t1"},
                 "scopesToAdd": ["api/read"]}}}""")));
        String refreshToken = passwordSignIn(username, PoolFixtures.PASSWORD).authenticationResult().refreshToken();

        AuthenticationResultType refreshed = cognito.initiateAuth(r -> r.clientId(clientId)
                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of("REFRESH_TOKEN", refreshToken)))
                .authenticationResult();

        JWTClaimsSet access = PoolJwks.verify(poolId, refreshed.accessToken());
        assertThat(access.getClaim("tenant")).isEqualTo("t1");
        assertThat(access.getClaim("scope").toString()).contains("api/read");
        assertThat(hooks.calls("/token")).extracting(c -> c.event().get("triggerSource").asText())
                .containsExactly("TokenGeneration_Authentication", "TokenGeneration_RefreshTokens");
        assertThat(hooks.calls("/token").get(0).event().at("/request/scopes").isArray()).isTrue();
    }

    @Test
    void initiateAuthWhenUnknownUserMigratedThenSignedInAndNotMigratedAgain() {
        TriggerFixtures.setTriggers(poolId, Map.of("userMigration", hooks.url("/migrate")));
        hooks.answer("/migrate", this::legacyDirectory);
        String legacy = PoolFixtures.unique("legacy");

        AuthenticationResultType first = passwordSignIn(legacy, LEGACY_PASSWORD).authenticationResult();
        AuthenticationResultType second = passwordSignIn(legacy, LEGACY_PASSWORD).authenticationResult();

        assertThat(PoolJwks.verify(poolId, first.idToken()).getClaim("email")).isEqualTo("legacy@example.com");
        assertThat(second.accessToken()).isNotBlank();
        assertThat(hooks.calls("/migrate")).hasSize(1);
        ObjectNode event = hooks.calls("/migrate").get(0).event();
        assertThat(event.get("triggerSource").asText()).isEqualTo("UserMigration_Authentication");
        assertThat(event.at("/request/password").asText()).isEqualTo(LEGACY_PASSWORD);
        SignedRequests.root().get("/api/v1/user-pools/" + poolId + "/users/" + legacy).then().statusCode(200);
    }

    @Test
    void initiateAuthWhenMigrationRefusesThenIncorrectUsernameOrPassword() {
        TriggerFixtures.setTriggers(poolId, Map.of("userMigration", hooks.url("/migrate")));
        hooks.answer("/migrate", this::legacyDirectory);

        var e = assertAwsError(() -> passwordSignIn(PoolFixtures.unique("legacy"), "Wrong-Passw0rd!"),
                "NotAuthorizedException", 400);

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Incorrect username or password.");
    }

    @Test
    void srpSignInWhenUnknownUserThenMigrationNotCalled() {
        TriggerFixtures.setTriggers(poolId, Map.of("userMigration", hooks.url("/migrate")));
        CognitoSrpClient srp = new CognitoSrpClient(poolId);

        cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(Map.of("USERNAME", PoolFixtures.unique("legacy"), "SRP_A", srp.srpA())));

        assertThat(hooks.calls("/migrate")).isEmpty();
    }

    @Test
    void initiateAuthWhenClientMetadataThenPreAuthenticationValidationDataAndNotPostAuthentication() {
        TriggerFixtures.setTriggers(poolId, Map.of("preAuthentication", hooks.url("/pre"),
                "postAuthentication", hooks.url("/post")));

        cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD))
                .clientMetadata(Map.of("device", "kiosk-7")));

        assertThat(hooks.calls("/pre").get(0).event().at("/request/validationData/device").asText()).isEqualTo("kiosk-7");
        assertThat(hooks.calls("/post").get(0).event().at("/request/clientMetadata").size()).isZero();
    }

    @Test
    void initiateAuthWhenUnknownUserAndClientMetadataThenMigrationValidationData() {
        TriggerFixtures.setTriggers(poolId, Map.of("userMigration", hooks.url("/migrate")));
        hooks.answer("/migrate", this::legacyDirectory);

        cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", PoolFixtures.unique("legacy"), "PASSWORD", LEGACY_PASSWORD))
                .clientMetadata(Map.of("source", "old-app")));

        assertThat(hooks.calls("/migrate").get(0).event().at("/request/validationData/source").asText())
                .isEqualTo("old-app");
    }

    @Test
    void respondToAuthChallengeWhenClientMetadataThenPostAuthenticationAndTokenGenerationGetIt() {
        TriggerFixtures.setTriggers(poolId, Map.of("postAuthentication", hooks.url("/post"),
                "preTokenGeneration", hooks.url("/token")));
        String invited = PoolFixtures.unique("invited");
        try (CognitoIdentityProviderClient admin = io.gatehouse.testing.CognitoClients.root()) {
            admin.adminCreateUser(r -> r.userPoolId(poolId).username(invited).temporaryPassword("Temp-Passw0rd!")
                    .messageAction(software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType.SUPPRESS));
        }
        InitiateAuthResponse started = passwordSignIn(invited, "Temp-Passw0rd!");
        assertThat(started.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);

        cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session(started.session()).clientMetadata(Map.of("step", "first-login"))
                .challengeResponses(Map.of("USERNAME", invited, "NEW_PASSWORD", "Brand-New-Passw0rd!")));

        assertThat(hooks.calls("/post").get(0).event().at("/request/clientMetadata/step").asText())
                .isEqualTo("first-login");
        assertThat(hooks.calls("/token").get(0).event().at("/request/clientMetadata/step").asText())
                .isEqualTo("first-login");
    }

    @Test
    void initiateAuthWhenClientMetadataOversizedThenInvalidParameter() {
        assertAwsError(() -> cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD))
                .clientMetadata(Map.of("k".repeat(129), "v"))), "InvalidParameterException", 400);
    }

    /** The old directory: knows any name with the legacy password. */
    private TriggerReceiver.Reply legacyDirectory(TriggerReceiver.Call call) {
        ObjectNode event = call.event();
        if (!event.at("/request/password").asText().equals(LEGACY_PASSWORD)) {
            return TriggerReceiver.Reply.json(400, "{\"message\": \"Bad password\"}");
        }
        event.set("response", json("""
                {"userAttributes": {"email": "legacy@example.com", "email_verified": "true"},
                 "finalUserStatus": "CONFIRMED", "messageAction": "SUPPRESS"}"""));
        return TriggerReceiver.Reply.json(200, event.toString());
    }

    private InitiateAuthResponse passwordSignIn(String name, String password) {
        return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", name, "PASSWORD", password)));
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
