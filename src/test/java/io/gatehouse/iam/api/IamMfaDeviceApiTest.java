package io.gatehouse.iam.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.iam.MfaCheck;
import io.gatehouse.iam.MfaDeviceService;
import io.gatehouse.testing.AuthenticatorApp;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over REST: virtual MFA devices, enabling with two codes, code verification with replay protection. */
@GatehouseTest
class IamMfaDeviceApiTest {

    private static final String DEVICES = "/api/v1/iam/mfa-devices";

    @Inject
    MfaDeviceService mfa;

    private final SignedRequests api = SignedRequests.root();

    @Test
    void createWhenValidThenSerialSeedAndUri() {
        String name = IamFixtures.unique("phone");
        api.post(DEVICES, Map.of("name", name, "path", "/team/")).then().statusCode(201)
                .body("serialNumber", equalTo("arn:aws:iam::000000000000:mfa/team/" + name))
                .body("base32StringSeed", matchesPattern("[A-Z2-7]{32}"))
                .body("otpauthUri", startsWith("otpauth://totp/Gatehouse:"));
        assertProblem(api.post(DEVICES, Map.of("name", name, "path", "/team/")), 409, "EntityAlreadyExists");
        assertProblem(api.post(DEVICES, Map.of("name", "bad name")), 400, "ValidationError");
    }

    @Test
    void enableWhenTwoConsecutiveCodesThenAssignedAndCodesVerifyOnce() {
        String user = IamFixtures.user(api);
        JsonPath device = api.post(DEVICES, Map.of("name", IamFixtures.unique("phone"))).jsonPath();
        String serial = device.getString("serialNumber");
        AuthenticatorApp app = new AuthenticatorApp(device.getString("base32StringSeed"));
        Instant now = Instant.now();

        assertProblem(api.post(IamFixtures.USERS + "/" + user + "/mfa-devices", Map.of("serialNumber", serial,
                "authenticationCode1", app.code(now, 0), "authenticationCode2", app.code(now, 0))), 403,
                "InvalidAuthenticationCode");
        api.post(IamFixtures.USERS + "/" + user + "/mfa-devices", Map.of("serialNumber", serial,
                "authenticationCode1", app.code(now, -1), "authenticationCode2", app.code(now, 0)))
                .then().statusCode(200).body("serialNumber", equalTo(serial)).body("userName", equalTo(user))
                .body("assigned", equalTo(true));
        api.get(IamFixtures.USERS + "/" + user + "/mfa-devices").then().statusCode(200)
                .body("items.serialNumber", hasItem(serial));
        api.get(DEVICES + "?assignmentStatus=Assigned&limit=60").then().statusCode(200);
        assertProblem(api.get(DEVICES + "?assignmentStatus=Sometimes"), 400, "ValidationError");

        assertFalse(mfa.verify("000000000000", serial, app.code(now, 0)).accepted(), "the enabling code is used up");
        MfaCheck next = mfa.verifyForUser("000000000000", user, app.code(now, 1));
        assertTrue(next.accepted());
        assertTrue(next.device().isPresent());
        assertFalse(mfa.verifyForUser("000000000000", user, app.code(now, 1)).accepted(), "replayed code");
        assertFalse(mfa.verify("111111111111", serial, app.code(now, 1)).accepted(), "other account");
    }

    @Test
    void deleteWhenEnabledThenDeleteConflictUntilDeactivated() {
        String user = IamFixtures.user(api);
        JsonPath device = api.post(DEVICES, Map.of("name", IamFixtures.unique("phone"))).jsonPath();
        String serial = device.getString("serialNumber");
        AuthenticatorApp app = new AuthenticatorApp(device.getString("base32StringSeed"));
        Instant now = Instant.now();
        api.post(IamFixtures.USERS + "/" + user + "/mfa-devices", Map.of("serialNumber", serial,
                "authenticationCode1", app.code(now, -1), "authenticationCode2", app.code(now, 0))).then().statusCode(200);

        assertProblem(api.delete(DEVICES + "/" + serial), 409, "DeleteConflict");
        assertProblem(api.delete(IamFixtures.USERS + "/" + user), 409, "DeleteConflict");
        api.delete(IamFixtures.USERS + "/" + user + "/mfa-devices/" + serial).then().statusCode(204);
        api.get(DEVICES + "?assignmentStatus=Unassigned&limit=60").then().statusCode(200);
        api.get(IamFixtures.USERS + "/" + user + "/mfa-devices").then().body("items.serialNumber", not(hasItem(serial)));
        api.delete(DEVICES + "/" + serial).then().statusCode(204);
        assertProblem(api.delete(DEVICES + "/" + serial), 404, "NoSuchEntity");
        api.delete(IamFixtures.USERS + "/" + user).then().statusCode(204);
    }

    @Test
    void enableWhenDeviceOfAnotherAccountThenNoSuchEntity() {
        String serial = api.post(DEVICES, Map.of("name", IamFixtures.unique("phone"))).jsonPath().getString("serialNumber");
        SignedRequests other = TestAccounts.root("444455556666", "AKIAIAMMFAROOT000001", "mfa-root-secret-0000000000000000000000");
        String user = IamFixtures.user(other);
        assertProblem(other.post(IamFixtures.USERS + "/" + user + "/mfa-devices", Map.of("serialNumber", serial,
                "authenticationCode1", "123456", "authenticationCode2", "654321")), 404, "NoSuchEntity");
        assertProblem(other.post(IamFixtures.USERS + "/" + user + "/mfa-devices", Map.of("serialNumber", serial,
                "authenticationCode1", "12345", "authenticationCode2", "654321")), 400, "ValidationError");
    }
}
