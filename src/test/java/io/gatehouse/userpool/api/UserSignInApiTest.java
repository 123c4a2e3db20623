package io.gatehouse.userpool.api;

import static io.gatehouse.testing.NativeSignIn.post;
import static io.gatehouse.testing.ProblemAssertions.assertBareProblem;
import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.AuthenticatorApp;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.NativeSignIn;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An administrator's hold on a user's sign-in under /api/v1/user-pools/{poolId}/users/{username} (SigV4). */
@GatehouseTest
class UserSignInApiTest {

    @Test
    void confirmWhenSignedUpUserUnconfirmedThenConfirmedAndCanSignIn() {
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client client = AccountFixtures.appClient(pool, false, true);
        String username = PoolFixtures.unique("conf");
        post(NativeSignIn.base(client) + "/sign-up", Map.of("username", username, "password", PoolFixtures.PASSWORD,
                "attributes", Map.of("email", AccountFixtures.email("conf")))).then().statusCode(200);
        assertProblem(NativeSignIn.password(client, username, PoolFixtures.PASSWORD), 400, "UserNotConfirmedException");
        String path = users(pool) + username + "/confirm";

        assertBareProblem(RestAssured.given().post(path), 401, "MissingAuthenticationToken");
        SignedRequests.root().post(path, null).then().statusCode(204);

        SignedRequests.root().get(users(pool) + username).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        NativeSignIn.tokens(client, username);
        assertProblem(SignedRequests.root().post(users(pool) + "nobody/confirm", null), 404, "UserNotFoundException");
    }

    @Test
    void resetPasswordWhenVerifiedEmailThenResetRequiredAndCodeSent() {
        String pool = AccountFixtures.pool(Map.of());
        PoolFixtures.Client client = AccountFixtures.appClient(pool, false, true);
        String email = AccountFixtures.email("reset");
        String username = PoolFixtures.createUser(pool, "reset", Map.of("email", email, "email_verified", "true"));
        String nomail = PoolFixtures.createUser(pool, "nomail", Map.of());
        String path = users(pool) + username + "/reset-password";

        assertBareProblem(RestAssured.given().post(path), 401, "MissingAuthenticationToken");
        SignedRequests.root().post(path, null).then().statusCode(200)
                .body("codeDeliveryDetails.deliveryMedium", equalTo("EMAIL"))
                .body("codeDeliveryDetails.attributeName", equalTo("email"));

        SignedRequests.root().get(users(pool) + username).then().body("status", equalTo("RESET_REQUIRED"));
        assertProblem(NativeSignIn.password(client, username, PoolFixtures.PASSWORD), 400, "PasswordResetRequiredException");
        String code = AccountFixtures.latestCode(pool, AccountFixtures.PASSWORD_RESET, email);
        post(NativeSignIn.base(client) + "/confirm-forgot-password", Map.of("username", username, "code", code,
                "password", "Reset-Passw0rd!")).then().statusCode(204);
        NativeSignIn.password(client, username, "Reset-Passw0rd!").then().statusCode(200);
        assertProblem(SignedRequests.root().post(users(pool) + nomail + "/reset-password", null), 400,
                "InvalidParameterException");
    }

    @Test
    void mfaWhenAdminTurnsTotpOffThenSignInWithoutChallengeAndViewShowsIt() {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "OPTIONAL"));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "adminmfa", Map.of());
        enrollTotp(client, username);
        SignedRequests.root().get(users(pool) + username).then().statusCode(200)
                .body("mfa.totp.enabled", equalTo(true)).body("mfa.totp.preferred", equalTo(true))
                .body("mfa.email.enabled", equalTo(false));
        String path = users(pool) + username + "/mfa";
        Map<String, Object> off = Map.of("totp", Map.of("enabled", false, "preferred", false));

        assertBareProblem(RestAssured.given().contentType("application/json").body(off).put(path), 401,
                "MissingAuthenticationToken");
        assertProblem(SignedRequests.root().put(path, Map.of("email", Map.of("enabled", true, "preferred", true))), 400,
                "InvalidParameterException");
        SignedRequests.root().put(path, off).then().statusCode(204);

        NativeSignIn.password(client, username, PoolFixtures.PASSWORD).then().statusCode(200)
                .body("tokens.accessToken", org.hamcrest.Matchers.notNullValue());
        SignedRequests.root().get(users(pool) + username).then().body("mfa.totp.enabled", equalTo(false));
        SignedRequests.root().get(users(pool)).then().statusCode(200).body("items[0]", not(hasKey("mfa")));
    }

    @Test
    void signOutWhenAdminSignsUserOutThenUsersTokensStop() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "adminout", Map.of());
        JsonPath tokens = NativeSignIn.tokens(client, username);
        String path = users(pool) + username + "/sign-out";

        assertBareProblem(RestAssured.given().post(path), 401, "MissingAuthenticationToken");
        SignedRequests.root().post(path, null).then().statusCode(204);

        assertProblem(NativeSignIn.bearer(tokens.getString("accessToken")).get("/api/v1/me"), 401, "NotAuthorizedException");
        assertProblem(NativeSignIn.initiate(client, "REFRESH_TOKEN_AUTH", Map.of("REFRESH_TOKEN",
                tokens.getString("refreshToken"))), 401, "NotAuthorizedException");
    }

    private static void enrollTotp(PoolFixtures.Client client, String username) {
        String access = NativeSignIn.tokens(client, username).getString("accessToken");
        String secret = NativeSignIn.bearer(access).post("/api/v1/me/mfa/totp").then().statusCode(200).extract()
                .jsonPath().getString("secretCode");
        NativeSignIn.bearer(access).contentType("application/json")
                .body(Map.of("code", new AuthenticatorApp(secret).code(Instant.now(), -1)))
                .post("/api/v1/me/mfa/totp/verify").then().statusCode(204);
        NativeSignIn.bearer(access).contentType("application/json")
                .body(Map.of("totp", Map.of("enabled", true, "preferred", true))).put("/api/v1/me/mfa")
                .then().statusCode(204);
    }

    private static String users(String pool) {
        return "/api/v1/user-pools/" + pool + "/users/";
    }
}
