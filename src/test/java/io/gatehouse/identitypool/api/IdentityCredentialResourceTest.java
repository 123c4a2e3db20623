package io.gatehouse.identitypool.api;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.aws.cognitoidentity.IdentityPoolClients;
import io.gatehouse.aws.cognitoidentity.IdentityPoolFixtures;
import io.gatehouse.aws.cognitoidentity.IdentityPoolFixtures.UserPool;
import io.gatehouse.identitypool.IdentityPoolToken;
import io.gatehouse.identitypool.IdentityPoolTokens;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SignedRequests;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The unsigned credential flows of identity pools over the native API: a guest's identity and
 * credentials that the real AWS SDK then signs with, a user-pool login that keeps its identity id
 * across the native API and the AWS protocol, the basic flow's OpenID token, and the refusals.
 */
@GatehouseTest
class IdentityCredentialResourceTest {

    private static final String BASE = "/api/v1/identity-pools/";
    private static final String UNKNOWN_IDENTITY = "us-east-1:00000000-0000-0000-0000-000000000000";

    @Inject
    IdentityPoolTokens tokens;

    private CognitoIdentityClient admin;

    @BeforeEach
    void clients() {
        admin = IdentityPoolClients.root();
    }

    @Test
    void guestWhenPoolAllowsThenIdentityAndCredentialsTheSdkSignsWith() {
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("rest-guests").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String guestRole = IdentityPoolFixtures.role(poolId, "unauthenticated", IdentityPoolFixtures.LIST_USER_POOLS);
        admin.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("unauthenticated", guestRole)));

        String identityId = post(BASE + poolId + "/identities", Map.of()).then().statusCode(200)
                .extract().jsonPath().getString("identityId");
        assertThat(identityId).startsWith("us-east-1:");
        assertThat(given().contentType(ContentType.JSON).post(BASE + poolId + "/identities").then().statusCode(200)
                .extract().jsonPath().getString("identityId")).startsWith("us-east-1:").isNotEqualTo(identityId);

        JsonPath issued = post(BASE + poolId + "/identities/" + identityId + "/credentials", Map.of())
                .then().statusCode(200).extract().jsonPath();
        assertThat(issued.getString("identityId")).isEqualTo(identityId);
        assertThat(issued.getString("credentials.accessKeyId")).startsWith("ASIA");
        assertThat(Instant.parse(issued.getString("credentials.expiration"))).isAfter(Instant.now().plusSeconds(3000));
        String arn = QueryClients.stsWithSession(issued.getString("credentials.accessKeyId"),
                issued.getString("credentials.secretAccessKey"), issued.getString("credentials.sessionToken"))
                .getCallerIdentity().arn();
        String roleName = guestRole.substring(guestRole.lastIndexOf('/') + 1);
        assertThat(arn).endsWith(":assumed-role/" + roleName + "/CognitoIdentityCredentials");
        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins()).isEmpty();
        JsonPath audited = SignedRequests.root().get("/api/v1/audit-events?action=identity.credentials&actor="
                + identityId).then().statusCode(200).extract().jsonPath();
        assertThat(audited.getList("items.outcome")).containsExactly("SUCCESS");
        assertThat(audited.getString("items[0].target")).endsWith("/CognitoIdentityCredentials");
    }

    @Test
    void userPoolLoginWhenOverRestAndWireThenSameIdentityAndAuthenticatedRole() {
        UserPool users = IdentityPoolFixtures.userPool();
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("rest-users").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(users.provider())).identityPoolId();
        String userRole = IdentityPoolFixtures.role(poolId, "authenticated", IdentityPoolFixtures.LIST_USER_POOLS);
        admin.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", userRole)));
        Map<String, Object> logins = Map.of("logins", Map.of(users.providerName(), users.idToken()));

        String identityId = post(BASE + poolId + "/identities", logins).then().statusCode(200)
                .extract().jsonPath().getString("identityId");
        String overWire = IdentityPoolClients.unsigned().getId(r -> r.identityPoolId(poolId)
                .logins(Map.of(users.providerName(), users.idToken()))).identityId();
        assertThat(overWire).isEqualTo(identityId);
        assertThat(post(BASE + poolId + "/identities", logins).then().statusCode(200)
                .extract().jsonPath().getString("identityId")).isEqualTo(identityId);
        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins()).containsExactly(users.providerName());

        JsonPath issued = post(BASE + poolId + "/identities/" + identityId + "/credentials", logins)
                .then().statusCode(200).extract().jsonPath();
        assertThat(issued.getString("identityId")).isEqualTo(identityId);
        String arn = QueryClients.stsWithSession(issued.getString("credentials.accessKeyId"),
                issued.getString("credentials.secretAccessKey"), issued.getString("credentials.sessionToken"))
                .getCallerIdentity().arn();
        assertThat(arn).endsWith(":assumed-role/" + userRole.substring(userRole.lastIndexOf('/') + 1)
                + "/CognitoIdentityCredentials");

        assertProblem(post(BASE + poolId + "/identities/" + identityId + "/credentials", Map.of()), 401,
                "NotAuthorizedException");
        String token = users.idToken();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertProblem(post(BASE + poolId + "/identities", Map.of("logins", Map.of(users.providerName(), tampered))),
                401, "NotAuthorizedException");
        assertProblem(post(BASE + poolId + "/identities/" + identityId + "/credentials",
                Map.of("logins", Map.of(users.providerName(), tampered))), 401, "NotAuthorizedException");
        assertProblem(post(BASE + poolId + "/identities", Map.of("logins", Map.of("accounts.google.com", token))),
                401, "NotAuthorizedException");
        assertProblem(post(BASE + poolId + "/identities", Map.of()), 401, "NotAuthorizedException")
                .body("detail", equalTo("Unauthenticated access is not supported for this identity pool."));
    }

    @Test
    void openIdTokenWhenClassicFlowThenTokenOfIdentityElseRefused() {
        String classic = admin.createIdentityPool(r -> r.identityPoolName("rest-classic").allowUnauthenticatedIdentities(true)
                .allowClassicFlow(true)).identityPoolId();
        String identityId = post(BASE + classic + "/identities", Map.of()).then().statusCode(200)
                .extract().jsonPath().getString("identityId");
        JsonPath issued = post(BASE + classic + "/identities/" + identityId + "/openid-token", Map.of())
                .then().statusCode(200).extract().jsonPath();
        assertThat(issued.getString("identityId")).isEqualTo(identityId);
        IdentityPoolToken token = tokens.verify(issued.getString("token")).orElseThrow();
        assertThat(token.identityId()).isEqualTo(identityId);
        assertThat(token.poolId()).isEqualTo(classic);
        assertThat(token.authenticated()).isFalse();

        String enhanced = admin.createIdentityPool(r -> r.identityPoolName("rest-enhanced").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String enhancedIdentity = post(BASE + enhanced + "/identities", Map.of()).then().statusCode(200)
                .extract().jsonPath().getString("identityId");
        assertProblem(post(BASE + enhanced + "/identities/" + enhancedIdentity + "/openid-token", Map.of()), 400,
                "InvalidParameterException").body("detail",
                equalTo("Basic (classic) flow is not enabled, please use enhanced flow."));
        assertProblem(post(BASE + enhanced + "/identities/" + identityId + "/openid-token", Map.of()), 404,
                "ResourceNotFoundException");
    }

    @Test
    void requestWhenUnknownOtherPoolOrMalformedThenProblem() {
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("rest-a").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String other = admin.createIdentityPool(r -> r.identityPoolName("rest-b").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String identityId = post(BASE + poolId + "/identities", Map.of()).then().statusCode(200)
                .extract().jsonPath().getString("identityId");

        assertProblem(post(BASE + "us-east-1:00000000-0000-0000-0000-000000000000/identities", Map.of()), 404,
                "ResourceNotFoundException");
        assertProblem(post(BASE + "not-an-id/identities", Map.of()), 400, "InvalidParameterException");
        assertProblem(post(BASE + other + "/identities/" + identityId + "/credentials", Map.of()), 404,
                "ResourceNotFoundException").body("detail", containsString(identityId));
        assertProblem(post(BASE + poolId + "/identities/" + UNKNOWN_IDENTITY + "/credentials", Map.of()), 404,
                "ResourceNotFoundException");
        assertProblem(post(BASE + poolId + "/identities/bad%20id/credentials", Map.of()), 400,
                "InvalidParameterException");

        assertProblem(raw(BASE + poolId + "/identities", "{\"logins\": {}, \"accountId\": \"000000000000\"}"), 400,
                "SerializationException");
        assertProblem(raw(BASE + poolId + "/identities", "{\"logins\": [\"x\"]}"), 400, "SerializationException");
        assertProblem(raw(BASE + poolId + "/identities", "{\"logins\": {\"x\": null}}"), 400, "InvalidParameterException");
        assertProblem(raw(BASE + poolId + "/identities", "{\"logins\": "), 400, "SerializationException");
        assertProblem(raw(BASE + poolId + "/identities/" + identityId + "/credentials", "{\"customRoleArn\": [\"arn\"]}"),
                400, "SerializationException");
        assertProblem(raw(BASE + poolId + "/identities/" + identityId + "/credentials",
                "{\"customRoleArn\": \"not-an-arn\"}"), 400, "InvalidParameterException");
        assertProblem(raw(BASE + poolId + "/identities/" + identityId + "/openid-token", "{\"token\": \"x\"}"),
                400, "SerializationException");
    }

    private static Response post(String path, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(path);
    }

    private static Response raw(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path);
    }
}
