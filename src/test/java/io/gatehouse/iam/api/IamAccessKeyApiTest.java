package io.gatehouse.iam.api;

import static io.gatehouse.testing.ProblemAssertions.assertBareProblem;
import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over REST: access keys of IAM users, their status, last use and limits. */
@GatehouseTest
class IamAccessKeyApiTest {

    private final SignedRequests api = SignedRequests.root();

    @Test
    void createWhenUserExistsThenKeySignsAsTheUser() {
        String name = IamFixtures.selfServiceUser(api);
        JsonPath key = api.post(IamFixtures.USERS + "/" + name + "/access-keys", null).then().statusCode(201)
                .body("accessKeyId", matchesPattern("AKIA[A-Z2-7]{16}"))
                .body("secretAccessKey", matchesPattern("[A-Za-z0-9+/]{40}"))
                .body("status", equalTo("Active"))
                .body("userName", equalTo(name))
                .extract().jsonPath();
        SignedRequests.as(key.getString("accessKeyId"), key.getString("secretAccessKey"))
                .get("/api/v1/iam/self").then().statusCode(200).body("name", equalTo(name))
                .body("arn", equalTo("arn:aws:iam::000000000000:user/" + name));
        api.get(IamFixtures.USERS + "/" + name + "/access-keys").then().statusCode(200)
                .body("items.accessKeyId", equalTo(List.of(key.getString("accessKeyId"))))
                .body("items[0].secretAccessKey", nullValue());
    }

    @Test
    void createWhenTwoKeysExistThenLimitExceeded() {
        String name = IamFixtures.selfServiceUser(api);
        api.post(IamFixtures.USERS + "/" + name + "/access-keys", null).then().statusCode(201);
        api.post(IamFixtures.USERS + "/" + name + "/access-keys", null).then().statusCode(201);
        assertProblem(api.post(IamFixtures.USERS + "/" + name + "/access-keys", null), 409, "LimitExceeded");
        api.get(IamFixtures.USERS + "/" + name + "/access-keys").then().body("items.size()", equalTo(2));
    }

    @Test
    void createWhenUserMissingThenNoSuchEntity() {
        assertProblem(api.post(IamFixtures.USERS + "/nobody-here/access-keys", null), 404, "NoSuchEntity");
    }

    @Test
    void updateWhenInactiveThenSignatureFailsUntilActivatedAgain() {
        String name = IamFixtures.selfServiceUser(api);
        JsonPath key = api.post(IamFixtures.USERS + "/" + name + "/access-keys", null).jsonPath();
        String keyId = key.getString("accessKeyId");
        SignedRequests asUser = SignedRequests.as(keyId, key.getString("secretAccessKey"));
        asUser.get("/api/v1/iam/self").then().statusCode(200);

        api.patch(IamFixtures.USERS + "/" + name + "/access-keys/" + keyId, Map.of("status", "Inactive"))
                .then().statusCode(200).body("status", equalTo("Inactive"));
        assertBareProblem(asUser.get("/api/v1/iam/self"), 401, "InvalidClientTokenId");

        api.patch(IamFixtures.USERS + "/" + name + "/access-keys/" + keyId, Map.of("status", "Active"))
                .then().statusCode(200);
        asUser.get("/api/v1/iam/self").then().statusCode(200);
    }

    @Test
    void updateWhenStatusUnknownThenValidationError() {
        String name = IamFixtures.selfServiceUser(api);
        String keyId = api.post(IamFixtures.USERS + "/" + name + "/access-keys", null).jsonPath().getString("accessKeyId");
        assertProblem(api.patch(IamFixtures.USERS + "/" + name + "/access-keys/" + keyId, Map.of("status", "active")),
                400, "ValidationError");
        assertProblem(api.patch(IamFixtures.USERS + "/" + name + "/access-keys/" + keyId, Map.of()), 400,
                "InvalidParameterException");
    }

    @Test
    void deleteWhenKeyOfAnotherUserThenNoSuchEntity() {
        String owner = IamFixtures.selfServiceUser(api);
        String other = IamFixtures.selfServiceUser(api);
        String keyId = api.post(IamFixtures.USERS + "/" + owner + "/access-keys", null).jsonPath().getString("accessKeyId");
        assertProblem(api.delete(IamFixtures.USERS + "/" + other + "/access-keys/" + keyId), 404, "NoSuchEntity");
        api.get(IamFixtures.USERS + "/" + owner + "/access-keys").then().body("items.size()", equalTo(1));
    }

    @Test
    void deleteWhenDeletedThenSignatureFails() {
        String name = IamFixtures.selfServiceUser(api);
        JsonPath key = api.post(IamFixtures.USERS + "/" + name + "/access-keys", null).jsonPath();
        SignedRequests asUser = SignedRequests.as(key.getString("accessKeyId"), key.getString("secretAccessKey"));
        asUser.get("/api/v1/iam/self").then().statusCode(200);
        api.delete(IamFixtures.USERS + "/" + name + "/access-keys/" + key.getString("accessKeyId")).then().statusCode(204);
        assertBareProblem(asUser.get("/api/v1/iam/self"), 401, "InvalidClientTokenId");
    }

    @Test
    void lastUsedWhenKeySignedThenServiceRegionAndTimeRecorded() throws InterruptedException {
        String name = IamFixtures.selfServiceUser(api);
        JsonPath key = api.post(IamFixtures.USERS + "/" + name + "/access-keys", null).jsonPath();
        String keyId = key.getString("accessKeyId");
        api.get("/api/v1/iam/access-keys/" + keyId + "/last-used").then().statusCode(200)
                .body("userName", equalTo(name)).body("lastUsedAt", nullValue());
        SignedRequests.as(keyId, key.getString("secretAccessKey")).get("/api/v1/iam/self").then().statusCode(200);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        JsonPath used = api.get("/api/v1/iam/access-keys/" + keyId + "/last-used").jsonPath();
        while (used.getString("lastUsedAt") == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            used = api.get("/api/v1/iam/access-keys/" + keyId + "/last-used").jsonPath();
        }
        assertEquals("gatehouse", used.getString("serviceName"));
        assertEquals("us-east-1", used.getString("region"));
        api.get("/api/v1/iam/access-keys/" + keyId + "/last-used").then().body("lastUsedAt", notNullValue());
    }

    @Test
    void lastUsedWhenKeyOfAnotherAccountThenNoSuchEntity() {
        SignedRequests other = TestAccounts.root("222233334445", "AKIAOTHERIAMROOT0002", "other-iam-secret-000000000000000000001");
        assertProblem(other.get("/api/v1/iam/access-keys/" + SignedRequests.ACCESS_KEY_ID + "/last-used"), 404,
                "NoSuchEntity");
        assertProblem(other.get("/api/v1/iam/access-keys/bad/last-used"), 400, "ValidationError");
    }

    @Test
    void selfKeysWhenRootCreatesThenRootKeyLimitApplies() {
        SignedRequests root = TestAccounts.root("222233334446", "AKIAOTHERIAMROOT0003", "other-iam-secret-000000000000000000002");
        JsonPath created = root.post("/api/v1/iam/self/access-keys", null).then().statusCode(201)
                .body("userName", nullValue()).extract().jsonPath();
        SignedRequests.as(created.getString("accessKeyId"), created.getString("secretAccessKey"))
                .get("/api/v1/iam/self").then().statusCode(200).body("arn", equalTo("arn:aws:iam::222233334446:root"));
        root.get("/api/v1/iam/self/access-keys").then().statusCode(200).body("items.size()", equalTo(2));
        assertProblem(root.post("/api/v1/iam/self/access-keys", null), 409, "LimitExceeded");
    }
}
