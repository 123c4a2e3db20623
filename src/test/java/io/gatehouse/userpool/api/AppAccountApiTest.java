package io.gatehouse.userpool.api;

import static io.gatehouse.testing.ProblemAssertions.assertBareProblem;
import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unsigned native account endpoints under /api/v1/user-pools/{poolId}/clients/{clientId}. */
@GatehouseTest
class AppAccountApiTest {

    @Test
    void signUpWhenUnsignedThenConfirmWithMailedCodeAndForgotPasswordResets() {
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        String email = AccountFixtures.email("rita");
        String base = base(app);

        post(base + "/sign-up", Map.of("username", "rita", "password", PoolFixtures.PASSWORD,
                "attributes", Map.of("email", email))).then().statusCode(200)
                .body("userConfirmed", equalTo(false))
                .body("codeDeliveryDetails.destination", equalTo("r***@e***.com"))
                .body("codeDeliveryDetails.deliveryMedium", equalTo("EMAIL"));
        String code = AccountFixtures.latestCode(pool, AccountFixtures.SIGN_UP, email);
        assertProblem(post(base + "/confirm-sign-up", Map.of("username", "rita", "code", SignUpCode.wrong(code))),
                400, "CodeMismatchException");
        post(base + "/confirm-sign-up", Map.of("username", "rita", "code", code)).then().statusCode(204);
        assertProblem(post(base + "/confirm-sign-up", Map.of("username", "rita", "code", code)), 401,
                "NotAuthorizedException");

        post(base + "/forgot-password", Map.of("username", "rita")).then().statusCode(200)
                .body("codeDeliveryDetails.attributeName", equalTo("email"));
        String reset = AccountFixtures.latestCode(pool, AccountFixtures.PASSWORD_RESET, email);
        post(base + "/confirm-forgot-password", Map.of("username", "rita", "code", reset, "password", "Rita-New-Passw0rd!"))
                .then().statusCode(204);
        assertProblem(post(base + "/confirm-forgot-password", Map.of("username", "rita", "code", reset,
                "password", "Rita-Other-Passw0rd!")), 400, "ExpiredCodeException");
    }

    @Test
    void resendConfirmationCodeWhenUnknownUserThenSimulatedOrUserNotFound() {
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client preventing = AccountFixtures.appClient(pool, false, true);
        PoolFixtures.Client legacy = AccountFixtures.appClient(pool, false, false);

        post(base(preventing) + "/resend-confirmation-code", Map.of("username", "nobody")).then().statusCode(200)
                .body("codeDeliveryDetails.deliveryMedium", equalTo("EMAIL"));
        assertProblem(post(base(legacy) + "/resend-confirmation-code", Map.of("username", "nobody")), 404,
                "UserNotFoundException");
    }

    @Test
    void signUpWhenClientOfAnotherPoolOrSecretHashMissingThenRefused() {
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        String otherPool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client confidential = AccountFixtures.appClient(pool, true, true);
        Map<String, Object> body = Map.of("username", "sam", "password", PoolFixtures.PASSWORD,
                "attributes", Map.of("email", AccountFixtures.email("sam")));

        assertProblem(post("/api/v1/user-pools/" + otherPool + "/clients/" + confidential.clientId() + "/sign-up", body),
                404, "ResourceNotFoundException");
        assertProblem(post(base(confidential) + "/sign-up", body), 401, "NotAuthorizedException");
        post(base(confidential) + "/sign-up", Map.of("username", "sam", "password", PoolFixtures.PASSWORD,
                "attributes", Map.of("email", AccountFixtures.email("sam")),
                "secretHash", AccountFixtures.secretHash(confidential, "sam"))).then().statusCode(200);
    }

    @Test
    void signUpWhenUnknownFieldOrAdminOnlyPoolThenProblem() {
        String pool = AccountFixtures.pool(Map.of("adminCreateUserOnly", true));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);

        assertProblem(post(base(app) + "/sign-up", Map.of("username", "tom", "password", PoolFixtures.PASSWORD,
                "emailAddress", "x")), 400, "SerializationException");
        assertProblem(post(base(app) + "/sign-up", Map.of("username", "tom", "password", PoolFixtures.PASSWORD)), 401,
                "NotAuthorizedException");
    }

    @Test
    void signedEndpointsWhenUnsignedThenStillRequireSignature() {
        String pool = AccountFixtures.pool(Map.of());
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);

        assertBareProblem(RestAssured.given().get("/api/v1/user-pools/" + pool + "/clients/" + app.clientId()), 401,
                "MissingAuthenticationToken");
        assertBareProblem(RestAssured.given().get("/api/v1/user-pools/" + pool + "/outbox"), 401,
                "MissingAuthenticationToken");
        assertBareProblem(RestAssured.given().contentType("application/json").body("{}")
                .post("/api/v1/user-pools/" + pool + "/clients/" + app.clientId() + "/sign-up/../../../users"), 401,
                "MissingAuthenticationToken");
        SignedRequests.root().get("/api/v1/user-pools/" + pool + "/clients/" + app.clientId()).then().statusCode(200)
                .body("clientId", equalTo(app.clientId()));
    }

    @Test
    void openApiWhenReadThenAccountEndpointsHaveNoSecurityRequirement() {
        Response doc = RestAssured.given().accept("application/json").get("/q/openapi");
        String path = "paths.'/api/v1/user-pools/{poolId}/clients/{clientId}/sign-up'.post";
        assertThat(doc.jsonPath().getList(path + ".security", Map.class)).allSatisfy(r -> assertThat(r).isEmpty());
        assertThat(doc.jsonPath().getString(path + ".summary")).contains("SignUp");
    }

    private static String base(PoolFixtures.Client app) {
        return "/api/v1/user-pools/" + app.poolId() + "/clients/" + app.clientId();
    }

    private static Response post(String path, Object body) {
        return RestAssured.given().contentType("application/json").body(body).post(path);
    }

    /** A code that differs from the given one. */
    private static final class SignUpCode {
        static String wrong(String code) {
            return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        }
    }
}
