package io.gatehouse.sts.api;

import static io.gatehouse.testing.ProblemAssertions.assertBareProblem;
import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SignedRequests;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;

/**
 * The native STS API ({@code /api/v1/sts}) over RestAssured: each operation with its JSON shapes,
 * session credentials used as a bearer token, and problem+json errors for bad input, missing
 * permissions and missing signatures.
 */
@GatehouseTest
class StsApiTest {

    private static final String TRUST_ACCOUNT = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"000000000000\"},\"Action\":\"sts:AssumeRole\"}]}";

    private static String allow(String... actions) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\""
                + String.join("\",\"", actions) + "\"],\"Resource\":\"*\"}]}";
    }

    private static SignedRequests user(String policy) {
        String name = PoolFixtures.unique("api-user");
        try (IamClient iam = QueryClients.iam()) {
            iam.createUser(r -> r.userName(name));
            iam.putUserPolicy(r -> r.userName(name).policyName("p").policyDocument(policy));
            AccessKey key = iam.createAccessKey(r -> r.userName(name)).accessKey();
            return SignedRequests.as(key.accessKeyId(), key.secretAccessKey());
        }
    }

    private static String role(String permissions) {
        String name = PoolFixtures.unique("api-role");
        try (IamClient iam = QueryClients.iam()) {
            String arn = iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TRUST_ACCOUNT)).role().arn();
            iam.putRolePolicy(r -> r.roleName(name).policyName("p").policyDocument(permissions));
            return arn;
        }
    }

    @Test
    void assumeRoleWhenTrustedThenCredentialsThatWorkAsBearer() {
        String role = role(allow("cognito-idp:ListUserPools"));
        SignedRequests api = user(allow("sts:AssumeRole"));

        JsonPath session = api.post("/api/v1/sts/assume-role", Map.of("roleArn", role, "roleSessionName", "rest",
                        "durationSeconds", 900, "policy", Map.of("Version", "2012-10-17", "Statement",
                                List.of(Map.of("Effect", "Allow", "Action", "cognito-idp:*", "Resource", "*")))))
                .then().statusCode(200)
                .body("credentials.accessKeyId", startsWith("ASIA"))
                .body("assumedRoleUser.arn", equalTo("arn:aws:sts::000000000000:assumed-role/"
                        + role.substring(role.lastIndexOf('/') + 1) + "/rest"))
                .body("assumedRoleUser.assumedRoleId", startsWith("AROA"))
                .body("packedPolicySize", greaterThan(0))
                .extract().jsonPath();

        String token = session.getString("credentials.sessionToken");
        given().header("Authorization", "Bearer " + token).get("/api/v1/sts/caller-identity")
                .then().statusCode(200).body("arn", equalTo(session.getString("assumedRoleUser.arn")))
                .body("account", equalTo("000000000000"))
                .body("userId", equalTo(session.getString("assumedRoleUser.assumedRoleId")));
        given().header("Authorization", "Bearer " + token).get("/api/v1/user-pools?limit=1").then().statusCode(200);
        assertProblem(given().header("Authorization", "Bearer " + token).get("/api/v1/iam/users"), 403, "AccessDenied");
    }

    @Test
    void assumeRoleWhenBadInputOrNotAllowedThenProblem() {
        String role = role(allow("cognito-idp:ListUserPools"));
        SignedRequests api = user(allow("sts:AssumeRole"));

        assertProblem(api.post("/api/v1/sts/assume-role", "null"), 400, "InvalidParameterException");
        assertProblem(api.post("/api/v1/sts/assume-role", Map.of("roleSessionName", "x1")), 400,
                "InvalidParameterException");
        assertProblem(api.post("/api/v1/sts/assume-role", Map.of("roleArn", role, "roleSessionName", "rest",
                "unknown", true)), 400, "SerializationException");
        assertProblem(api.post("/api/v1/sts/assume-role", Map.of("roleArn", role, "roleSessionName", "rest",
                "durationSeconds", "long")), 400, "SerializationException");
        assertProblem(api.post("/api/v1/sts/assume-role", Map.of("roleArn", role, "roleSessionName", "r")), 400,
                "ValidationError");
        assertProblem(api.post("/api/v1/sts/assume-role", Map.of("roleArn", role, "roleSessionName", "rest",
                "durationSeconds", 7200)), 400, "ValidationError");
        assertProblem(api.post("/api/v1/sts/assume-role", Map.of("roleArn", role, "roleSessionName", "rest",
                "policy", "{broken")), 400, "MalformedPolicyDocument");
        assertProblem(api.post("/api/v1/sts/assume-role", Map.of("roleArn", "arn:aws:iam::000000000000:role/Nope",
                "roleSessionName", "rest")), 403, "AccessDenied");
        assertProblem(SignedRequests.root().post("/api/v1/sts/assume-role", Map.of("roleArn", role,
                "roleSessionName", "root")), 403, "AccessDenied");
        assertBareProblem(given().contentType(ContentType.JSON).body(Map.of("roleArn", role, "roleSessionName",
                "anon")).post("/api/v1/sts/assume-role"), 401, "MissingAuthenticationToken");
    }

    @Test
    void sessionTokenAndFederationTokenWhenCalledThenCredentials() {
        SignedRequests api = user(allow("sts:GetFederationToken", "cognito-idp:ListUserPools"));

        api.post("/api/v1/sts/session-token", Map.of("durationSeconds", 900)).then().statusCode(200)
                .body("credentials.accessKeyId", startsWith("ASIA"));
        api.post("/api/v1/sts/session-token", Map.of()).then().statusCode(200)
                .body("credentials.sessionToken", startsWith("GHST1."));
        assertProblem(api.post("/api/v1/sts/session-token", Map.of("durationSeconds", 60)), 400, "ValidationError");

        JsonPath federated = api.post("/api/v1/sts/federation-token", Map.of("name", "rest-partner",
                        "policy", allow("cognito-idp:ListUserPools")))
                .then().statusCode(200)
                .body("federatedUser.arn", equalTo("arn:aws:sts::000000000000:federated-user/rest-partner"))
                .body("federatedUser.federatedUserId", equalTo("000000000000:rest-partner"))
                .extract().jsonPath();
        String token = federated.getString("credentials.sessionToken");
        given().header("Authorization", "Bearer " + token).get("/api/v1/user-pools?limit=1").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).get("/api/v1/sts/caller-identity").then().statusCode(200)
                .body("arn", equalTo("arn:aws:sts::000000000000:federated-user/rest-partner"));

        assertProblem(api.post("/api/v1/sts/federation-token", Map.of()), 400, "InvalidParameterException");
        assertProblem(api.post("/api/v1/sts/federation-token", Map.of("name", "no spaces")), 400, "ValidationError");
        assertProblem(user(allow("cognito-idp:ListUserPools")).post("/api/v1/sts/federation-token",
                Map.of("name", "denied")), 403, "AccessDenied");
    }

    @Test
    void callerIdentityAndAccessKeyInfoWhenCalledThenIdentity() {
        SignedRequests.root().get("/api/v1/sts/caller-identity").then().statusCode(200)
                .body("account", equalTo("000000000000")).body("arn", equalTo(SignedRequests.ROOT_ARN))
                .body("userId", equalTo("000000000000"));
        user(allow("cognito-idp:ListUserPools")).get("/api/v1/sts/caller-identity").then().statusCode(200)
                .body("arn", startsWith("arn:aws:iam::000000000000:user/api-user-"));

        SignedRequests.root().post("/api/v1/sts/access-key-info", Map.of("accessKeyId", SignedRequests.ACCESS_KEY_ID))
                .then().statusCode(200).body("account", equalTo("000000000000"));
        assertProblem(SignedRequests.root().post("/api/v1/sts/access-key-info",
                Map.of("accessKeyId", "AKIANOSUCHKEY0000123")), 400, "InvalidParameterValue");
        assertProblem(SignedRequests.root().post("/api/v1/sts/access-key-info", Map.of()), 400,
                "InvalidParameterException");
        assertProblem(user(allow("cognito-idp:ListUserPools")).post("/api/v1/sts/access-key-info",
                Map.of("accessKeyId", SignedRequests.ACCESS_KEY_ID)), 403, "AccessDenied");
    }

    @Test
    void assumeRoleWithWebIdentityWhenBadTokenThenProblemAndNoSignatureNeeded() {
        String role = role(allow("cognito-idp:ListUserPools"));

        assertProblem(given().contentType(ContentType.JSON).body(Map.of("roleArn", role, "roleSessionName", "web",
                "webIdentityToken", "not-a-jwt")).post("/api/v1/sts/assume-role-with-web-identity"), 400,
                "InvalidIdentityToken");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("roleArn", role, "roleSessionName", "web"))
                .post("/api/v1/sts/assume-role-with-web-identity"), 400, "InvalidParameterException");
    }

    @Test
    void revokeSessionsWhenRoleThenPolicyWrittenAndNegativesRefused() {
        String role = role(allow("cognito-idp:ListUserPools"));
        String roleName = role.substring(role.lastIndexOf('/') + 1);

        String cutOff = SignedRequests.root().post("/api/v1/iam/roles/" + roleName + "/revoke-sessions", null)
                .then().statusCode(200).body("roleName", equalTo(roleName))
                .body("policyName", equalTo("AWSRevokeOlderSessions"))
                .extract().jsonPath().getString("revokedBefore");
        SignedRequests.root().get("/api/v1/iam/roles/" + roleName + "/policies/AWSRevokeOlderSessions")
                .then().statusCode(200);
        assertThat(cutOff).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        assertProblem(SignedRequests.root().post("/api/v1/iam/roles/no-such-role/revoke-sessions", null), 404,
                "NoSuchEntity");
        assertProblem(user(allow("iam:GetRole")).post("/api/v1/iam/roles/" + roleName + "/revoke-sessions", null),
                403, "AccessDenied");
    }
}
