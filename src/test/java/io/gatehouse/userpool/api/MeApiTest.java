package io.gatehouse.userpool.api;

import static io.gatehouse.testing.NativeSignIn.bearer;
import static io.gatehouse.testing.ProblemAssertions.assertBareProblem;
import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.oidc.token.JwtSigner;
import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.AuthenticatorApp;
import io.gatehouse.testing.ForgedTokens;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.NativeSignIn;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.PoolJwks;
import io.gatehouse.testing.SignedRequests;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The signed-in user's own account at /api/v1/me, authorized by the access token as a Bearer credential. */
@GatehouseTest
class MeApiTest {

    private static final String CHALLENGE = "Bearer error=\"invalid_token\"";

    @Inject
    JwtSigner signer;

    @Test
    void getWhenBearerTokenThenUsernameReadableAttributesAndMfa() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.client(pool, false, Map.of("explicitAuthFlows", AppFixtures.ALL_FLOWS,
                "readAttributes", List.of("email", "email_verified")));
        String username = PoolFixtures.createUser(pool, "me", Map.of("email", AccountFixtures.email("me"),
                "email_verified", "true", "name", "Hidden Name"));
        String access = NativeSignIn.tokens(client, username).getString("accessToken");

        bearer(access).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(username))
                .body("attributes", hasKey("sub"))
                .body("attributes.email_verified", equalTo("true"))
                .body("attributes", not(hasKey("name")))
                .body("mfa.totp.enabled", equalTo(false))
                .body("mfa.email.preferred", equalTo(false));
    }

    @Test
    void meWhenTokenMissingForgedOrNotAnAccessTokenThenUnauthorizedWithBearerChallenge() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "forged", Map.of());
        JsonPath tokens = NativeSignIn.tokens(client, username);
        String access = tokens.getString("accessToken");

        for (Response response : List.of(
                RestAssured.given().get("/api/v1/me"),
                RestAssured.given().header("Authorization", "Basic " + access).get("/api/v1/me"),
                bearer("not.a.jwt").get("/api/v1/me"),
                bearer(ForgedTokens.signedByOtherKey(access)).get("/api/v1/me"),
                bearer(ForgedTokens.unsigned(access)).get("/api/v1/me"),
                bearer(ForgedTokens.tampered(access, Map.of("exp", Instant.now().minusSeconds(60).getEpochSecond())))
                        .get("/api/v1/me"),
                bearer(tokens.getString("idToken")).get("/api/v1/me"))) {
            assertProblem(response, 401, "NotAuthorizedException").header("WWW-Authenticate", equalTo(CHALLENGE))
                    .body("instance", startsWith("/api/v1/me"));
        }
    }

    /** Signed with the pool's real key by the server's own signer, so only the expiry is wrong. */
    @Test
    void getWhenAccessTokenExpiredThenUnauthorizedAndResignedUnexpiredThenAccepted() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "expired", Map.of());
        String access = NativeSignIn.tokens(client, username).getString("accessToken");

        String expired = resign(pool, access, Instant.now().minusSeconds(300), Instant.now().minusSeconds(120));
        String fresh = resign(pool, access, Instant.now(), Instant.now().plusSeconds(300));

        assertProblem(bearer(expired).get("/api/v1/me"), 401, "NotAuthorizedException")
                .header("WWW-Authenticate", equalTo(CHALLENGE));
        bearer(fresh).get("/api/v1/me").then().statusCode(200).body("username", equalTo(username));
    }

    @Test
    void signOutWhenCalledThenEveryTokenOfTheUserStops() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "signout", Map.of());
        JsonPath phone = NativeSignIn.tokens(client, username);
        JsonPath laptop = NativeSignIn.tokens(client, username);

        bearer(phone.getString("accessToken")).post("/api/v1/me/sign-out").then().statusCode(204);

        assertProblem(bearer(laptop.getString("accessToken")).get("/api/v1/me"), 401, "NotAuthorizedException")
                .header("WWW-Authenticate", equalTo(CHALLENGE));
        assertProblem(bearer(phone.getString("accessToken")).get("/api/v1/me"), 401, "NotAuthorizedException");
        assertProblem(NativeSignIn.initiate(client, "REFRESH_TOKEN_AUTH", Map.of("REFRESH_TOKEN",
                laptop.getString("refreshToken"))), 401, "NotAuthorizedException");
        NativeSignIn.tokens(client, username);
    }

    @Test
    void changePasswordWhenPreviousRightThenNewWorksAndWrongPreviousRefusedWithoutChallenge() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "change", Map.of());
        String access = NativeSignIn.tokens(client, username).getString("accessToken");

        assertProblem(changePassword(access, "Wrong-Passw0rd!", "Changed-Passw0rd!"), 401, "NotAuthorizedException")
                .header("WWW-Authenticate", equalTo(null));
        assertProblem(changePassword(access, PoolFixtures.PASSWORD, "weak"), 400, "InvalidPasswordException");
        assertProblem(bearer(access).contentType("application/json").body(Map.of("previousPassword", "x"))
                .post("/api/v1/me/password"), 400, "InvalidParameterException");
        changePassword(access, PoolFixtures.PASSWORD, "Changed-Passw0rd!").then().statusCode(204);

        assertProblem(NativeSignIn.password(client, username, PoolFixtures.PASSWORD), 401, "NotAuthorizedException");
        NativeSignIn.password(client, username, "Changed-Passw0rd!").then().statusCode(200);
    }

    @Test
    void deleteWhenCalledThenUserGoneAndTokenDead() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "delete", Map.of());
        String access = NativeSignIn.tokens(client, username).getString("accessToken");

        bearer(access).delete("/api/v1/me").then().statusCode(204);

        assertProblem(SignedRequests.root().get("/api/v1/user-pools/" + pool + "/users/" + username), 404,
                "UserNotFoundException");
        assertProblem(bearer(access).get("/api/v1/me"), 401, "NotAuthorizedException");
    }

    @Test
    void updateAttributesWhenEmailChangesThenCodeDeliveredAndVerifyMarksItVerified() {
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client client = AccountFixtures.appClient(pool, false, true);
        String username = PoolFixtures.createUser(pool, "pat", Map.of("email", AccountFixtures.email("pat"),
                "email_verified", "true", "name", "Pat"));
        String access = NativeSignIn.tokens(client, username).getString("accessToken");
        String newEmail = AccountFixtures.email("patricia");
        Map<String, String> changes = new HashMap<>();
        changes.put("email", newEmail);
        changes.put("name", null);

        bearer(access).contentType("application/json").body(changes).patch("/api/v1/me/attributes").then()
                .statusCode(200)
                .body("codeDeliveryDetailsList.destination", contains("p***@e***.com"))
                .body("codeDeliveryDetailsList.attributeName", contains("email"));

        bearer(access).get("/api/v1/me").then().statusCode(200).body("attributes.email", equalTo(newEmail))
                .body("attributes", not(hasKey("name"))).body("attributes", not(hasKey("email_verified")));
        String code = AccountFixtures.latestCode(pool, AccountFixtures.VERIFY_EMAIL, newEmail);
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        assertProblem(verifyAttribute(access, "email", wrong), 400, "CodeMismatchException");
        verifyAttribute(access, "email", code).then().statusCode(204);
        bearer(access).get("/api/v1/me").then().body("attributes.email_verified", equalTo("true"));
    }

    @Test
    void verificationCodeWhenEmailUnverifiedThenMailedAndUnknownAttributeRefused() {
        String pool = AccountFixtures.pool(Map.of());
        PoolFixtures.Client client = AccountFixtures.appClient(pool, false, true);
        String email = AccountFixtures.email("quinn");
        String username = PoolFixtures.createUser(pool, "quinn", Map.of("email", email));
        String access = NativeSignIn.tokens(client, username).getString("accessToken");

        bearer(access).contentType("application/json").body(Map.of("name", "Quinn")).patch("/api/v1/me/attributes")
                .then().statusCode(200).body("codeDeliveryDetailsList.size()", equalTo(0));
        bearer(access).post("/api/v1/me/attributes/email/verification-code").then().statusCode(200)
                .body("codeDeliveryDetails.attributeName", equalTo("email"))
                .body("codeDeliveryDetails.deliveryMedium", equalTo("EMAIL"));
        verifyAttribute(access, "email", AccountFixtures.latestCode(pool, AccountFixtures.VERIFY_EMAIL, email))
                .then().statusCode(204);

        assertProblem(bearer(access).post("/api/v1/me/attributes/phone_number/verification-code"), 400,
                "InvalidParameterException");
        assertProblem(RestAssured.given().post("/api/v1/me/attributes/email/verification-code"), 401,
                "NotAuthorizedException");
    }

    @Test
    void totpWhenAssociatedVerifiedAndPreferredThenSignInAsksForCode() {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "OPTIONAL"));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "totp", Map.of());
        String access = NativeSignIn.tokens(client, username).getString("accessToken");

        JsonPath secret = bearer(access).post("/api/v1/me/mfa/totp").then().statusCode(200).extract().jsonPath();
        String secretCode = secret.getString("secretCode");
        assertThat(secret.getString("otpauthUri")).startsWith("otpauth://totp/").contains("secret=" + secretCode)
                .contains(username);
        AuthenticatorApp authenticator = new AuthenticatorApp(secretCode);
        String right = authenticator.code(Instant.now(), -1);
        assertProblem(verifyTotp(access, right.equals("123456") ? "654321" : "123456"), 400,
                "EnableSoftwareTokenMFAException");
        assertProblem(setMfa(access, true), 400, "InvalidParameterException");
        verifyTotp(access, right).then().statusCode(204);
        setMfa(access, true).then().statusCode(204);

        bearer(access).get("/api/v1/me").then().body("mfa.totp.enabled", equalTo(true))
                .body("mfa.totp.preferred", equalTo(true));
        String session = NativeSignIn.password(client, username, PoolFixtures.PASSWORD).then().statusCode(200)
                .body("challenge.name", equalTo("SOFTWARE_TOKEN_MFA")).extract().jsonPath()
                .getString("challenge.session");
        String code = authenticator.code(Instant.now(), 1);
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertProblem(NativeSignIn.respond(client, "SOFTWARE_TOKEN_MFA", session,
                Map.of("USERNAME", username, "SOFTWARE_TOKEN_MFA_CODE", wrong)), 400, "CodeMismatchException");
    }

    @Test
    void mfaWhenBodyUnknownFieldThenBadRequest() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "mfabody", Map.of());
        String access = NativeSignIn.tokens(client, username).getString("accessToken");

        assertProblem(bearer(access).contentType("application/json").body(Map.of("sms", Map.of("enabled", true)))
                .put("/api/v1/me/mfa"), 400, "SerializationException");
        assertProblem(bearer(access).contentType("application/json").body("{\"totp\": {\"enabled\": null}}")
                .put("/api/v1/me/mfa"), 400, "SerializationException");
    }

    @Test
    void signedEndpointWhenOnlyBearerTokenThenStillUnauthorized() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "sigv4", Map.of());
        String access = NativeSignIn.tokens(client, username).getString("accessToken");

        assertBareProblem(bearer(access).get("/api/v1/user-pools/" + pool + "/users/" + username), 401,
                "InvalidClientTokenId");
        assertBareProblem(bearer(access).get("/api/v1/user-pools"), 401, "InvalidClientTokenId");
        assertBareProblem(bearer(access).post("/api/v1/user-pools/" + pool + "/users/" + username + "/sign-out"), 401,
                "InvalidClientTokenId");
        assertBareProblem(bearer(access).contentType("application/json").body("{}")
                .post("/api/v1/me/../user-pools/" + pool + "/users/" + username + "/sign-out"), 401, "InvalidClientTokenId");
        bearer(access).get("/api/v1/me").then().statusCode(200);
    }

    private String resign(String pool, String token, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(PoolJwks.claims(token)).issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString()).build();
        return signer.sign(pool, claims);
    }

    private static Response changePassword(String access, String previous, String proposed) {
        return bearer(access).contentType("application/json")
                .body(Map.of("previousPassword", previous, "proposedPassword", proposed)).post("/api/v1/me/password");
    }

    private static Response verifyAttribute(String access, String name, String code) {
        return bearer(access).contentType("application/json").body(Map.of("code", code))
                .post("/api/v1/me/attributes/" + name + "/verify");
    }

    private static Response verifyTotp(String access, String code) {
        return bearer(access).contentType("application/json").body(Map.of("code", code)).post("/api/v1/me/mfa/totp/verify");
    }

    private static Response setMfa(String access, boolean totp) {
        return bearer(access).contentType("application/json")
                .body(Map.of("totp", Map.of("enabled", totp, "preferred", totp))).put("/api/v1/me/mfa");
    }
}
