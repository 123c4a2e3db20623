package io.gatehouse.iam.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.iam.LoginProfileService;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over REST: console passwords of IAM users, ChangePassword and the account password policy. */
@GatehouseTest
class IamLoginProfileApiTest {

    private static final String ACCOUNT = "333344445555";

    @Inject
    LoginProfileService logins;

    private final SignedRequests api = SignedRequests.root();

    @Test
    void createGetUpdateDeleteWhenValidThenEachReflectsState() {
        String name = IamFixtures.user(api);
        String profile = IamFixtures.USERS + "/" + name + "/login-profile";
        api.post(profile, Map.of("password", "Str0ng-Passw0rd!", "passwordResetRequired", true)).then().statusCode(201)
                .body("userName", equalTo(name)).body("passwordResetRequired", equalTo(true))
                .body("createdAt", notNullValue());
        api.get(profile).then().statusCode(200).body("passwordResetRequired", equalTo(true))
                .body("password", equalTo(null));
        assertTrue(logins.verifyPassword("000000000000", name, "Str0ng-Passw0rd!"));
        assertFalse(logins.verifyPassword("000000000000", name, "wrong"));
        api.patch(profile, Map.of("passwordResetRequired", false)).then().statusCode(200)
                .body("passwordResetRequired", equalTo(false));
        api.patch(profile, Map.of("password", "An0ther-Passw0rd!")).then().statusCode(200);
        assertTrue(logins.verifyPassword("000000000000", name, "An0ther-Passw0rd!"));
        api.delete(profile).then().statusCode(204);
        assertProblem(api.get(profile), 404, "NoSuchEntity");
        assertFalse(logins.verifyPassword("000000000000", name, "An0ther-Passw0rd!"));
    }

    @Test
    void createWhenExistsThenEntityAlreadyExists() {
        String name = IamFixtures.user(api);
        String profile = IamFixtures.USERS + "/" + name + "/login-profile";
        api.post(profile, Map.of("password", "Str0ng-Passw0rd!")).then().statusCode(201);
        assertProblem(api.post(profile, Map.of("password", "Str0ng-Passw0rd!")), 409, "EntityAlreadyExists");
    }

    @Test
    void createWhenNoPolicyAndWeakPasswordThenDefaultRulesApply() {
        String name = IamFixtures.user(api);
        String profile = IamFixtures.USERS + "/" + name + "/login-profile";
        assertProblem(api.post(profile, Map.of("password", "short1A")), 400, "PasswordPolicyViolation");
        assertProblem(api.post(profile, Map.of("password", "alllowercase")), 400, "PasswordPolicyViolation");
        assertProblem(api.post(profile, Map.of("password", "x".repeat(129))), 400, "ValidationError");
        assertProblem(api.get(profile), 404, "NoSuchEntity");
    }

    @Test
    void passwordPolicyWhenSetThenEnforcedOnCreateUpdateAndChange() {
        SignedRequests root = TestAccounts.root(ACCOUNT, "AKIAIAMPOLICYROOT001", "policy-root-secret-00000000000000000000");
        root.put("/api/v1/iam/account/password-policy", Map.of("minimumPasswordLength", 12, "requireSymbols", true,
                "requireNumbers", true, "passwordReusePrevention", 2)).then().statusCode(200)
                .body("minimumPasswordLength", equalTo(12)).body("requireSymbols", equalTo(true))
                .body("requireUppercaseCharacters", equalTo(false)).body("expirePasswords", equalTo(false))
                .body("passwordReusePrevention", equalTo(2));
        String name = IamFixtures.user(root);
        String profile = IamFixtures.USERS + "/" + name + "/login-profile";
        assertProblem(root.post(profile, Map.of("password", "Short1!")), 400, "PasswordPolicyViolation");
        assertProblem(root.post(profile, Map.of("password", "longbutnosymbol1")), 400, "PasswordPolicyViolation");
        root.post(profile, Map.of("password", "long-enough-pw-1")).then().statusCode(201);

        SignedRequests asUser = IamFixtures.signedAs(root, name);
        assertProblem(asUser.put("/api/v1/iam/self/password",
                Map.of("oldPassword", "wrong-password-1!", "newPassword", "another-long-pw-2")), 403, "AccessDenied");
        assertProblem(asUser.put("/api/v1/iam/self/password",
                Map.of("oldPassword", "long-enough-pw-1", "newPassword", "long-enough-pw-1")), 400,
                "PasswordPolicyViolation");
        assertProblem(asUser.put("/api/v1/iam/self/password",
                Map.of("oldPassword", "long-enough-pw-1", "newPassword", "short-1")), 400, "PasswordPolicyViolation");
        asUser.put("/api/v1/iam/self/password",
                Map.of("oldPassword", "long-enough-pw-1", "newPassword", "another-long-pw-2")).then().statusCode(204);
        assertTrue(logins.verifyPassword(ACCOUNT, name, "another-long-pw-2"));
        assertProblem(root.patch(profile, Map.of("password", "long-enough-pw-1")), 400, "PasswordPolicyViolation");
    }

    @Test
    void changePasswordWhenRootThenInvalidUserType() {
        assertProblem(api.put("/api/v1/iam/self/password", Map.of("oldPassword", "a", "newPassword", "b")), 400,
                "InvalidUserType");
    }

    @Test
    void passwordPolicyWhenOutOfBoundsThenValidationErrorAndDeleteThenNoSuchEntity() {
        SignedRequests root = TestAccounts.root("333344445556", "AKIAIAMPOLICYROOT002", "policy-root-secret-00000000000000000001");
        assertProblem(root.get("/api/v1/iam/account/password-policy"), 404, "NoSuchEntity");
        assertProblem(root.put("/api/v1/iam/account/password-policy", Map.of("minimumPasswordLength", 5)), 400,
                "ValidationError");
        assertProblem(root.put("/api/v1/iam/account/password-policy", Map.of("maxPasswordAge", 1096)), 400,
                "ValidationError");
        assertProblem(root.put("/api/v1/iam/account/password-policy", Map.of("passwordReusePrevention", 25)), 400,
                "ValidationError");
        assertProblem(root.get("/api/v1/iam/account/password-policy"), 404, "NoSuchEntity");
        root.put("/api/v1/iam/account/password-policy", Map.of("maxPasswordAge", 90, "hardExpiry", true))
                .then().statusCode(200).body("minimumPasswordLength", equalTo(6)).body("expirePasswords", equalTo(true))
                .body("maxPasswordAge", equalTo(90)).body("hardExpiry", equalTo(true));
        root.delete("/api/v1/iam/account/password-policy").then().statusCode(204);
        assertProblem(root.delete("/api/v1/iam/account/password-policy"), 404, "NoSuchEntity");
    }
}
