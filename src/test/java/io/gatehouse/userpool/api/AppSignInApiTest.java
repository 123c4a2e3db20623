package io.gatehouse.userpool.api;

import static io.gatehouse.testing.NativeSignIn.base;
import static io.gatehouse.testing.NativeSignIn.post;
import static io.gatehouse.testing.ProblemAssertions.assertBareProblem;
import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.AuthenticatorApp;
import io.gatehouse.testing.CognitoSrpClient;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.NativeSignIn;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.gatehouse.userpool.signin.AuthSession;
import io.gatehouse.userpool.signin.AuthSessionStore;
import io.gatehouse.userpool.signin.ChallengeName;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** App sign-in over /api/v1/user-pools/{poolId}/clients/{clientId}/auth, tokens/revoke and admin-auth. */
@GatehouseTest
class AppSignInApiTest {

    @Test
    void initiateWhenPasswordRightThenCamelCaseTokens() throws ParseException {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "native", Map.of());

        Response response = NativeSignIn.password(client, username, PoolFixtures.PASSWORD);

        response.then().statusCode(200).contentType("application/json")
                .body("$", not(hasKey("challenge")))
                .body("tokens.tokenType", equalTo("Bearer"))
                .body("tokens.expiresIn", equalTo(3600))
                .body("tokens.refreshToken", notNullValue());
        String id = response.jsonPath().getString("tokens.idToken");
        assertThat(SignedJWT.parse(id).getJWTClaimsSet().getStringClaim("cognito:username")).isEqualTo(username);
        assertThat(SignedJWT.parse(response.jsonPath().getString("tokens.accessToken")).getJWTClaimsSet().getIssuer())
                .endsWith("/" + pool);
    }

    @Test
    void initiateWhenPasswordWrongOrUserUnknownThenSameNotAuthorized() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "wrong", Map.of());

        String wrong = assertProblem(NativeSignIn.password(client, username, "Wrong-Passw0rd!"), 401,
                "NotAuthorizedException").extract().jsonPath().getString("detail");
        String unknown = assertProblem(NativeSignIn.password(client, "nobody-" + username, "Wrong-Passw0rd!"), 401,
                "NotAuthorizedException").extract().jsonPath().getString("detail");

        assertThat(wrong).isEqualTo("Incorrect username or password.").isEqualTo(unknown);
    }

    @Test
    void initiateWhenFlowNotAllowedOrAdminFlowThenInvalidParameter() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client srpOnly = AppFixtures.publicClient(pool, List.of("USER_SRP_AUTH"));
        String username = PoolFixtures.createUser(pool, "flow", Map.of());

        assertProblem(NativeSignIn.password(srpOnly, username, PoolFixtures.PASSWORD), 400, "InvalidParameterException");
        assertProblem(NativeSignIn.initiate(srpOnly, "ADMIN_USER_PASSWORD_AUTH",
                Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD)), 400, "InvalidParameterException");
        assertProblem(NativeSignIn.initiate(srpOnly, "NO_SUCH_FLOW", Map.of()), 400, "InvalidParameterException");
    }

    @Test
    void initiateWhenSecretHashWrongOrMissingThenNotAuthorizedAndRightOneSignsIn() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.client(pool, true, Map.of("explicitAuthFlows", AppFixtures.ALL_FLOWS));
        String username = PoolFixtures.createUser(pool, "hash", Map.of());
        PoolFixtures.Client impostor = new PoolFixtures.Client(pool, client.clientId(), "not-the-secret");

        assertProblem(NativeSignIn.password(client, username, PoolFixtures.PASSWORD), 401, "NotAuthorizedException");
        assertProblem(NativeSignIn.initiate(client, "USER_PASSWORD_AUTH", Map.of("USERNAME", username,
                "PASSWORD", PoolFixtures.PASSWORD, "SECRET_HASH", AccountFixtures.secretHash(impostor, username))),
                401, "NotAuthorizedException");
        NativeSignIn.initiate(client, "USER_PASSWORD_AUTH", Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD,
                "SECRET_HASH", AccountFixtures.secretHash(client, username))).then().statusCode(200)
                .body("tokens.accessToken", notNullValue());
    }

    @Test
    void initiateWhenClientOfAnotherPoolOrUnknownThenNotFound() {
        String pool = AppFixtures.pool(Map.of());
        String otherPool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "other", Map.of());
        PoolFixtures.Client misplaced = new PoolFixtures.Client(otherPool, client.clientId(), null);

        assertProblem(NativeSignIn.password(misplaced, username, PoolFixtures.PASSWORD), 404, "ResourceNotFoundException");
        assertProblem(post(base(misplaced) + "/auth/challenge", Map.of("name", "PASSWORD_VERIFIER", "session", "x")),
                404, "ResourceNotFoundException");
        assertProblem(post(base(misplaced) + "/tokens/revoke", Map.of("token", "x")), 404, "ResourceNotFoundException");
        assertProblem(post(base(misplaced) + "/auth/mfa-setup", Map.of("session", "x")), 404, "ResourceNotFoundException");
        assertProblem(NativeSignIn.password(new PoolFixtures.Client(pool, "no-such-client", null), username,
                PoolFixtures.PASSWORD), 404, "ResourceNotFoundException");
    }

    @Test
    void initiateWhenSrpWithIndependentClientThenPasswordVerifierThenTokens() throws ParseException {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "srp", Map.of());
        CognitoSrpClient srp = new CognitoSrpClient(pool);

        JsonPath challenge = NativeSignIn.initiate(client, "USER_SRP_AUTH", Map.of("USERNAME", username, "SRP_A", srp.srpA()))
                .then().statusCode(200).body("challenge.name", equalTo("PASSWORD_VERIFIER"))
                .body("$", not(hasKey("tokens"))).extract().jsonPath();
        Map<String, String> answer = srpAnswer(srp, challenge, PoolFixtures.PASSWORD);
        String session = challenge.getString("challenge.session");
        Response tokens = NativeSignIn.respond(client, "PASSWORD_VERIFIER", session, answer);

        tokens.then().statusCode(200).body("tokens.tokenType", equalTo("Bearer"));
        assertThat(SignedJWT.parse(tokens.jsonPath().getString("tokens.idToken")).getJWTClaimsSet()
                .getStringClaim("cognito:username")).isEqualTo(username);
        assertProblem(NativeSignIn.respond(client, "PASSWORD_VERIFIER", session, answer), 401, "NotAuthorizedException");
    }

    @Test
    void respondWhenSrpPasswordWrongThenNotAuthorized() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "srpwrong", Map.of());
        CognitoSrpClient srp = new CognitoSrpClient(pool);
        JsonPath challenge = NativeSignIn.initiate(client, "USER_SRP_AUTH", Map.of("USERNAME", username, "SRP_A", srp.srpA()))
                .then().statusCode(200).extract().jsonPath();

        assertProblem(NativeSignIn.respond(client, "PASSWORD_VERIFIER", challenge.getString("challenge.session"),
                srpAnswer(srp, challenge, "Wrong-Passw0rd!")), 401, "NotAuthorizedException");
    }

    @Test
    void respondWhenSessionExpiredOrOfAnotherClientThenNotAuthorized() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        PoolFixtures.Client other = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "expired", Map.of());
        String expired = "expired-session-" + username;
        String foreign = "foreign-session-" + username;
        AuthSessionStore store = Arc.container().instance(AuthSessionStore.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            store.insert(new AuthSession(SecretDigest.sha256Hex(expired), pool, client.clientId(), null,
                    ChallengeName.NEW_PASSWORD_REQUIRED, Map.of(), Instant.now().minusSeconds(1)));
            store.insert(new AuthSession(SecretDigest.sha256Hex(foreign), pool, other.clientId(), null,
                    ChallengeName.MFA_SETUP, Map.of(), Instant.now().plusSeconds(300)));
        });

        assertProblem(NativeSignIn.respond(client, "NEW_PASSWORD_REQUIRED", expired,
                Map.of("USERNAME", username, "NEW_PASSWORD", "Final-Passw0rd!")), 401, "NotAuthorizedException");
        assertProblem(post(base(client) + "/auth/mfa-setup", Map.of("session", foreign)), 401, "NotAuthorizedException");
    }

    @Test
    void initiateWhenTemporaryPasswordThenNewPasswordRequiredThenTokens() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.unique("temp");
        SignedRequests.root().post("/api/v1/user-pools/" + pool + "/users", Map.of("username", username,
                "password", PoolFixtures.PASSWORD, "permanent", false)).then().statusCode(201);

        JsonPath challenge = NativeSignIn.password(client, username, PoolFixtures.PASSWORD).then().statusCode(200)
                .body("challenge.name", equalTo("NEW_PASSWORD_REQUIRED")).extract().jsonPath();

        NativeSignIn.respond(client, "NEW_PASSWORD_REQUIRED", challenge.getString("challenge.session"),
                Map.of("USERNAME", username, "NEW_PASSWORD", "Final-Passw0rd!")).then().statusCode(200)
                .body("tokens.accessToken", notNullValue());
    }

    @Test
    void mfaSetupWhenMfaOnThenAssociateVerifyAndAnswerInsideSignIn() throws ParseException {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "ON"));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "setup", Map.of());
        String session = NativeSignIn.password(client, username, PoolFixtures.PASSWORD).then().statusCode(200)
                .body("challenge.name", equalTo("MFA_SETUP"))
                .body("challenge.parameters.MFAS_CAN_SETUP", equalTo("[\"SOFTWARE_TOKEN_MFA\"]"))
                .extract().jsonPath().getString("challenge.session");

        JsonPath setup = post(base(client) + "/auth/mfa-setup", Map.of("session", session)).then().statusCode(200)
                .body("secretCode", notNullValue()).body("session", notNullValue()).extract().jsonPath();
        AuthenticatorApp authenticator = new AuthenticatorApp(setup.getString("secretCode"));
        String code = authenticator.code();
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertProblem(post(base(client) + "/auth/mfa-setup/verify", Map.of("session", setup.getString("session"),
                "code", wrong)), 400, "EnableSoftwareTokenMFAException");

        String retry = NativeSignIn.password(client, username, PoolFixtures.PASSWORD).jsonPath().getString("challenge.session");
        JsonPath again = post(base(client) + "/auth/mfa-setup", Map.of("session", retry)).then().statusCode(200)
                .extract().jsonPath();
        String verified = post(base(client) + "/auth/mfa-setup/verify", Map.of("session", again.getString("session"),
                "code", new AuthenticatorApp(again.getString("secretCode")).code())).then().statusCode(200)
                .extract().jsonPath().getString("session");
        Response tokens = NativeSignIn.respond(client, "MFA_SETUP", verified, Map.of("USERNAME", username));

        tokens.then().statusCode(200);
        assertThat(SignedJWT.parse(tokens.jsonPath().getString("tokens.idToken")).getJWTClaimsSet()
                .getStringListClaim("amr")).contains("mfa");
        NativeSignIn.password(client, username, PoolFixtures.PASSWORD).then().statusCode(200)
                .body("challenge.name", equalTo("SOFTWARE_TOKEN_MFA"));
    }

    @Test
    void refreshWhenUsedThenRotatedAndOldRefreshTokenRefused() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "refresh", Map.of());
        JsonPath first = NativeSignIn.tokens(client, username);

        JsonPath second = NativeSignIn.initiate(client, "REFRESH_TOKEN_AUTH", Map.of("REFRESH_TOKEN",
                first.getString("refreshToken"))).then().statusCode(200).extract().jsonPath().setRootPath("tokens");

        assertThat(second.getString("accessToken")).isNotEqualTo(first.getString("accessToken"));
        assertThat(second.getString("refreshToken")).isNotBlank().isNotEqualTo(first.getString("refreshToken"));
        assertProblem(NativeSignIn.initiate(client, "REFRESH_TOKEN_AUTH", Map.of("REFRESH_TOKEN",
                first.getString("refreshToken"))), 401, "NotAuthorizedException");
    }

    @Test
    void revokeWhenRefreshTokenRevokedThenRefreshRefusedAndAccessTokenDead() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "revoke", Map.of());
        JsonPath tokens = NativeSignIn.tokens(client, username);

        post(base(client) + "/tokens/revoke", Map.of("token", tokens.getString("refreshToken"))).then().statusCode(204);

        assertProblem(NativeSignIn.initiate(client, "REFRESH_TOKEN_AUTH", Map.of("REFRESH_TOKEN",
                tokens.getString("refreshToken"))), 401, "NotAuthorizedException");
        assertProblem(NativeSignIn.bearer(tokens.getString("accessToken")).get("/api/v1/me"), 401,
                "NotAuthorizedException");
        assertProblem(post(base(client) + "/tokens/revoke", Map.of("token", tokens.getString("accessToken"))), 400,
                "UnsupportedTokenTypeException");
        post(base(client) + "/tokens/revoke", Map.of("token", "unknown-token")).then().statusCode(204);
    }

    @Test
    void initiateWhenBodyMalformedUnknownFieldOrOversizedThenBadRequest() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);

        assertProblem(RestAssured.given().contentType("application/json").body("{\"flow\": ")
                .post(base(client) + "/auth"), 400, "SerializationException");
        assertProblem(post(base(client) + "/auth", Map.of("flow", "USER_PASSWORD_AUTH", "params", Map.of())), 400,
                "SerializationException");
        assertProblem(post(base(client) + "/auth", Map.of("parameters", Map.of())), 400, "InvalidParameterException");
        assertProblem(NativeSignIn.password(client, "x".repeat(10_000), PoolFixtures.PASSWORD), 400,
                "InvalidParameterException");
        assertProblem(NativeSignIn.respond(client, "PASSWORD_VERIFIER", "s".repeat(5_000), Map.of()), 400,
                "InvalidParameterException");
        assertProblem(RestAssured.given().contentType("application/json").body("[]").post(base(client) + "/auth"), 400,
                "SerializationException");
    }

    @Test
    void adminAuthWhenSignedThenAdminPasswordFlowAndUnsignedRefused() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "admin", Map.of());
        Map<String, Object> body = Map.of("flow", "ADMIN_USER_PASSWORD_AUTH",
                "parameters", Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD));

        SignedRequests.root().post(base(client) + "/admin-auth", body).then().statusCode(200)
                .body("tokens.tokenType", equalTo("Bearer")).body("tokens.accessToken", notNullValue());
        assertBareProblem(post(base(client) + "/admin-auth", body), 401, "MissingAuthenticationToken");
        assertProblem(SignedRequests.root().post(base(client) + "/admin-auth", Map.of("flow", "USER_PASSWORD_AUTH",
                "parameters", Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD))), 400,
                "InvalidParameterException");
        assertProblem(SignedRequests.root().post(base(client) + "/admin-auth", Map.of("flow", "ADMIN_USER_PASSWORD_AUTH",
                "parameters", Map.of("USERNAME", username, "PASSWORD", "Wrong-Passw0rd!"))), 401,
                "NotAuthorizedException");
    }

    @Test
    void adminAuthChallengeWhenNewPasswordRequiredThenAnsweredBySignedCall() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.unique("admintemp");
        SignedRequests.root().post("/api/v1/user-pools/" + pool + "/users", Map.of("username", username,
                "password", PoolFixtures.PASSWORD, "permanent", false)).then().statusCode(201);
        String session = SignedRequests.root().post(base(client) + "/admin-auth", Map.of("flow", "ADMIN_USER_PASSWORD_AUTH",
                        "parameters", Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD)))
                .then().statusCode(200).body("challenge.name", equalTo("NEW_PASSWORD_REQUIRED"))
                .extract().jsonPath().getString("challenge.session");
        Map<String, Object> answer = Map.of("name", "NEW_PASSWORD_REQUIRED", "session", session,
                "responses", Map.of("USERNAME", username, "NEW_PASSWORD", "Final-Passw0rd!"));

        assertBareProblem(post(base(client) + "/admin-auth/challenge", answer), 401, "MissingAuthenticationToken");
        SignedRequests.root().post(base(client) + "/admin-auth/challenge", answer).then().statusCode(200)
                .body("tokens.idToken", notNullValue());
    }

    @Test
    void openApiWhenReadThenSignInEndpointsUnsignedAndAdminAuthSigned() {
        Response doc = RestAssured.given().accept("application/json").get("/q/openapi");
        String auth = "paths.'/api/v1/user-pools/{poolId}/clients/{clientId}/auth'.post";
        assertThat(doc.jsonPath().getList(auth + ".security", Map.class)).allSatisfy(r -> assertThat(r).isEmpty());
        assertThat(doc.jsonPath().getString(auth + ".summary")).contains("InitiateAuth");
        assertThat(doc.jsonPath().getMap(auth + ".requestBody.content.'application/json'.examples")).containsKey("srp");
        assertThat(doc.jsonPath().getList("paths.'/api/v1/user-pools/{poolId}/clients/{clientId}/admin-auth'.post.security",
                Map.class)).anySatisfy(r -> assertThat(r).containsKey("sigv4"));
    }

    private static Map<String, String> srpAnswer(CognitoSrpClient srp, JsonPath challenge, String password) {
        Map<String, String> p = challenge.getMap("challenge.parameters", String.class, String.class);
        CognitoSrpClient.PasswordClaim claim = srp.claim(p.get("USER_ID_FOR_SRP"), password, p.get("SRP_B"),
                p.get("SALT"), p.get("SECRET_BLOCK"), Instant.now());
        return Map.of("USERNAME", p.get("USER_ID_FOR_SRP"), "PASSWORD_CLAIM_SECRET_BLOCK", p.get("SECRET_BLOCK"),
                "PASSWORD_CLAIM_SIGNATURE", claim.signature(), "TIMESTAMP", claim.timestamp());
    }
}
