package io.gatehouse.aws.wire;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.gatehouse.account.AccountStore;
import io.gatehouse.account.TestAccounts;
import io.gatehouse.auth.SigV4AuthenticationFilter;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * {@code POST /} as the AWS JSON 1.1 protocol: dispatch by {@code X-Amz-Target}, the error envelope,
 * and SigV4 failures named as JSON services name them, through raw requests and the real SDK.
 */
@GatehouseTest
class AwsWireProtocolTest {

    private static final String TARGET = "AWSCognitoIdentityProviderService.";
    private static final String JSON_1_1 = "application/x-amz-json-1.1";
    private static final String OTHER_ACCOUNT = "222222222222";
    private static final String OTHER_KEY = "AKIAWIREOTHERACCT001";
    private static final String OTHER_SECRET = "wire-other-account-secret-000000000000000";

    @Inject
    AccountStore accounts;
    @Inject
    EnvelopeCipher cipher;
    @Inject
    PasswordHasher hasher;

    @BeforeEach
    void createOtherAccount() {
        TestAccounts.ensure(accounts, cipher, hasher, OTHER_ACCOUNT, OTHER_KEY, OTHER_SECRET);
    }

    @Test
    void postWhenSignedKnownTargetThenJsonBodyWithRequestId() {
        Response r = signed("cognito-idp", "us-east-1", "ListUserPools", "{\"MaxResults\":1}");

        r.then().statusCode(200).contentType(startsWith(JSON_1_1))
                .header("x-amzn-RequestId", notNullValue());
        assertThat(json(r).getMap("$")).containsKey("UserPools");
    }

    @Test
    void postWhenTargetUnknownThenUnknownOperationException() {
        Response r = signed("cognito-idp", "us-east-1", "FlyToTheMoon", "{}");

        assertThat(assertError(r, 400, "UnknownOperationException").getMap("$")).containsOnlyKeys("__type");
    }

    @Test
    void postWhenTargetOfAnotherServiceThenUnknownOperationException() {
        Response r = RestAssured.given().contentType(JSON_1_1).header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .body(bytes("{}")).post("/");

        assertError(r, 400, "UnknownOperationException");
    }

    @Test
    void postWhenTargetMissingThenUnknownOperationExceptionEnvelope() {
        Response r = RestAssured.given().contentType(JSON_1_1).body(bytes("{}")).post("/");

        assertError(r, 400, "UnknownOperationException");
    }

    @Test
    void postWhenBodyMalformedThenSerializationException() {
        Response r = signed("cognito-idp", "us-east-1", "ListUserPools", "{\"MaxResults\": 1,");

        assertThat(assertError(r, 400, "SerializationException").getString("message"))
                .isEqualTo("The request body is not valid JSON");
    }

    @Test
    void postWhenBodyNotAnObjectThenSerializationException() {
        assertError(signed("cognito-idp", "us-east-1", "ListUserPools", "[1, 2]"), 400, "SerializationException");
    }

    @Test
    void postWhenMemberHasWrongTypeThenSerializationException() {
        Response r = signed("cognito-idp", "us-east-1", "ListUserPools", "{\"MaxResults\":\"ten\"}");

        assertThat(assertError(r, 400, "SerializationException").getString("message"))
                .isEqualTo("Member 'MaxResults' must be an integer");
    }

    @Test
    void postWhenPlainJsonContentTypeThenAccepted() {
        Response r = signedAs("cognito-idp", "us-east-1", "ListUserPools", "{\"MaxResults\":1}", "application/json")
                .request("POST", "/");

        r.then().statusCode(200);
        assertThat(json(r).getMap("$")).containsKey("UserPools");
    }

    @Test
    void postWhenBodyOverOneMebibyteThen413Envelope() {
        String body = "{\"PoolName\":\"" + "x".repeat(SigV4AuthenticationFilter.MAX_BODY_BYTES) + "\"}";
        Response r = RestAssured.given().contentType(JSON_1_1).header("X-Amz-Target", TARGET + "CreateUserPool")
                .body(bytes(body)).post("/");

        assertError(r, 413, "RequestEntityTooLargeException");
    }

    @Test
    void signedOperationWhenUnsignedThenMissingAuthenticationToken() {
        try (CognitoIdentityProviderClient anonymous = CognitoClients.unsigned()) {
            assertAwsError(() -> anonymous.listUserPools(r -> r.maxResults(1)), "MissingAuthenticationTokenException", 400);
        }
        Response raw = RestAssured.given().contentType(JSON_1_1).header("X-Amz-Target", TARGET + "CreateUserPool")
                .body(bytes("{\"PoolName\":\"unsigned\"}")).post("/");
        assertThat(assertError(raw, 400, "MissingAuthenticationTokenException").getString("message"))
                .isEqualTo("Request is missing Authentication Token");
    }

    @Test
    void signedOperationWhenWrongSecretThenInvalidSignatureAndNothingCreated() {
        String name = PoolFixtures.unique("bad-secret");
        try (CognitoIdentityProviderClient forged = CognitoClients.as(SignedRequests.ACCESS_KEY_ID, "wrong-secret")) {
            assertAwsError(() -> forged.createUserPool(r -> r.poolName(name)), "InvalidSignatureException", 400);
        }
        try (CognitoIdentityProviderClient root = CognitoClients.root()) {
            assertThat(root.listUserPoolsPaginator(r -> r.maxResults(60)).userPools())
                    .noneMatch(p -> p.name().equals(name));
        }
    }

    @Test
    void signedOperationWhenUnknownAccessKeyThenUnrecognizedClient() {
        try (CognitoIdentityProviderClient stranger = CognitoClients.as("AKIANOSUCHKEY0000001", "whatever")) {
            var e = assertAwsError(() -> stranger.listUserPools(r -> r.maxResults(1)), "UnrecognizedClientException", 400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid");
        }
    }

    @Test
    void signedOperationWhenSignedForAnotherRegionThenInvalidSignature() {
        try (CognitoIdentityProviderClient elsewhere = CognitoClients.rootIn(Region.EU_WEST_1)) {
            var e = assertAwsError(() -> elsewhere.listUserPools(r -> r.maxResults(1)), "InvalidSignatureException", 400);
            assertThat(e.awsErrorDetails().errorMessage()).contains("us-east-1");
        }
    }

    @Test
    void signedOperationWhenSignedForNativeApiServiceThenInvalidSignature() {
        Response r = signed("gatehouse", "us-east-1", "ListUserPools", "{\"MaxResults\":1}");

        assertThat(assertError(r, 400, "InvalidSignatureException").getString("message"))
                .isEqualTo("Credential should be scoped to service 'cognito-idp' in region 'us-east-1'");
    }

    @Test
    void signedOperationWhenSignatureExpiredThenInvalidSignatureSignatureExpired() {
        RequestSpecification spec = signedAs("cognito-idp", "us-east-1", "ListUserPools", "{\"MaxResults\":1}", JSON_1_1,
                Instant.now().minusSeconds(3600));

        Response r = spec.request("POST", "/");

        assertThat(assertError(r, 400, "InvalidSignatureException").getString("message")).startsWith("Signature expired: ");
    }

    @Test
    void signedOperationWhenAuthorizationHeaderGarbledThenIncompleteSignature() {
        Response r = RestAssured.given().contentType(JSON_1_1).header("X-Amz-Target", TARGET + "ListUserPools")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=garbage").header("X-Amz-Date", "20261128T000000Z")
                .body(bytes("{\"MaxResults\":1}")).post("/");

        assertError(r, 400, "IncompleteSignatureException");
    }

    @Test
    void signedOperationWhenPoolOfAnotherAccountThenResourceNotFoundAndUntouched() {
        String poolId;
        try (CognitoIdentityProviderClient root = CognitoClients.root()) {
            poolId = root.createUserPool(r -> r.poolName(PoolFixtures.unique("mine"))).userPool().id();
        }
        try (CognitoIdentityProviderClient other = CognitoClients.as(OTHER_KEY, OTHER_SECRET)) {
            assertAwsError(() -> other.describeUserPool(r -> r.userPoolId(poolId)), "ResourceNotFoundException", 400);
            assertAwsError(() -> other.deleteUserPool(r -> r.userPoolId(poolId)), "ResourceNotFoundException", 400);
            assertAwsError(() -> other.adminCreateUser(r -> r.userPoolId(poolId).username("intruder")),
                    "ResourceNotFoundException", 400);
            assertThat(other.listUserPoolsPaginator(r -> r.maxResults(60)).userPools())
                    .noneMatch(p -> p.id().equals(poolId));
        }
        try (CognitoIdentityProviderClient root = CognitoClients.root()) {
            assertThat(root.describeUserPool(r -> r.userPoolId(poolId)).userPool().id()).isEqualTo(poolId);
            assertThat(root.listUsers(r -> r.userPoolId(poolId)).users()).isEmpty();
        }
    }

    private static JsonPath assertError(Response r, int status, String type) {
        r.then().statusCode(status).contentType(startsWith(JSON_1_1))
                .header("x-amzn-ErrorType", type)
                .header("x-amzn-RequestId", notNullValue());
        JsonPath body = json(r);
        assertThat(body.getString("__type")).isEqualTo(type);
        return body;
    }

    private static JsonPath json(Response r) {
        return JsonPath.from(r.asString());
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static Response signed(String service, String region, String operation, String body) {
        return signedAs(service, region, operation, body, JSON_1_1).request("POST", "/");
    }

    private static RequestSpecification signedAs(String service, String region, String operation, String body,
                                                 String contentType) {
        return signedAs(service, region, operation, body, contentType, null);
    }

    /** Signs {@code POST /} with the root key for the given scope with the SDK's own signer. */
    private static RequestSpecification signedAs(String service, String region, String operation, String body,
                                                 String contentType, Instant signingTime) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
                .uri(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/"))
                .putHeader("Content-Type", contentType).putHeader("X-Amz-Target", TARGET + operation).build();
        var signed = AwsV4HttpSigner.create().sign(r -> {
            r.identity(AwsCredentialsIdentity.create(SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY))
                    .request(request)
                    .payload(ContentStreamProvider.fromByteArray(body.getBytes(StandardCharsets.UTF_8)))
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region);
            if (signingTime != null) {
                r.putProperty(AwsV4HttpSigner.SIGNING_CLOCK, java.time.Clock.fixed(signingTime, java.time.ZoneOffset.UTC));
            }
        });
        RequestSpecification spec = RestAssured.given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Host")) {
                spec = spec.header(header.getKey(), String.join(",", header.getValue()));
            }
        }
        return spec.body(bytes(body));
    }
}
