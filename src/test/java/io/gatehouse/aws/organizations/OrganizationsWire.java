package io.gatehouse.aws.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * A small AWS Organizations client for tests (the SDK's organizations artifact is not available
 * here): real HTTP {@code POST /} with {@code X-Amz-Target: AWSOrganizationsV20161128.<Operation>},
 * {@code application/x-amz-json-1.1}, signed by the AWS SDK's own SigV4 signer for service
 * {@code organizations} in us-east-1, e.g.
 * <pre>{@code
 * OrganizationsWire org = OrganizationsWire.newAccount();
 * String orgId = org.ok("CreateOrganization", Map.of("FeatureSet", "ALL")).getString("Organization.Id");
 * }</pre>
 */
final class OrganizationsWire {

    static final String JSON_1_1 = "application/x-amz-json-1.1";
    static final String SERVICE_CONTROL_POLICY = "SERVICE_CONTROL_POLICY";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final String accountId;
    private final AwsCredentialsIdentity credentials;

    String accessKeyId() {
        return credentials.accessKeyId();
    }

    String secretAccessKey() {
        return credentials.secretAccessKey();
    }

    private OrganizationsWire(String accountId, String accessKeyId, String secretAccessKey) {
        this.accountId = accountId;
        this.credentials = AwsCredentialsIdentity.create(accessKeyId, secretAccessKey);
    }

    /** Signs as the root user of a new standalone account (random id), outside any organization. */
    static OrganizationsWire newAccount() {
        return rootOf(String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L)));
    }

    /** Signs as the root user of {@code accountId}, creating the account and a root access key as needed. */
    static OrganizationsWire rootOf(String accountId) {
        String keyId = "AKIAORG" + accountId.substring(3);
        String secret = "org-wire-secret-" + accountId + "-000000000000";
        TestAccounts.root(accountId, keyId, secret);
        return new OrganizationsWire(accountId, keyId, secret);
    }

    /**
     * A new organization managed by a new account, with SCPs enabled, and one member account made by
     * CreateAccount whose root user signs with {@code member.keyId()}/{@code member.secret()}.
     */
    static ScpOrganization organizationWithScps(String keyPrefix) {
        OrganizationsWire management = newAccount();
        management.ok("CreateOrganization", "{}");
        String rootId = management.ok("ListRoots", "{}").getString("Roots[0].Id");
        management.ok("EnablePolicyType", Map.of("RootId", rootId, "PolicyType", SERVICE_CONTROL_POLICY));
        String memberId = management.ok("CreateAccount", Map.of("Email", PoolFixtures.unique("m") + "@example.com",
                "AccountName", "Member")).getString("CreateAccountStatus.AccountId");
        String keyId = keyPrefix + memberId.substring(keyPrefix.length() - 4);
        String secret = "scp-member-secret-" + memberId;
        TestAccounts.root(memberId, keyId, secret);
        return new ScpOrganization(management, rootId, memberId, keyId, secret);
    }

    /** Creates a service control policy and returns its id. */
    String createScp(String name, String content) {
        return ok("CreatePolicy", Map.of("Name", name, "Description", name, "Content", content,
                "Type", SERVICE_CONTROL_POLICY)).getString("Policy.PolicySummary.Id");
    }

    /** What {@link #organizationWithScps} made. */
    record ScpOrganization(OrganizationsWire management, String rootId, String memberId, String keyId,
                           String secret) {
    }

    /** Calls the operation; {@code body} is a JSON string or an object to serialize. */
    Response call(String operation, Object body) {
        return spec(operation, json(body).getBytes(StandardCharsets.UTF_8), JSON_1_1).request("POST", "/");
    }

    /** Calls the operation and expects success; returns the response body. */
    JsonPath ok(String operation, Object body) {
        Response r = call(operation, body);
        r.then().statusCode(200).contentType(JSON_1_1);
        return r.jsonPath();
    }

    /** Calls the operation and expects the AWS error {@code type} (HTTP 400); returns the error body. */
    JsonPath error(String operation, Object body, String type) {
        Response r = call(operation, body);
        r.then().statusCode(400).header("x-amzn-ErrorType", type);
        JsonPath error = r.jsonPath();
        assertThat(error.getString("__type")).isEqualTo(type);
        assertThat(error.getString("message")).isNotBlank();
        return error;
    }

    /** As {@link #error}, also checking the {@code Reason} member. */
    JsonPath error(String operation, Object body, String type, String reason) {
        JsonPath error = error(operation, body, type);
        assertThat(error.getString("Reason")).isEqualTo(reason);
        return error;
    }

    /** A signed request with any body and content type, for malformed-input tests. */
    RequestSpecification spec(String operation, byte[] body, String contentType) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
                .uri(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/"))
                .putHeader("Content-Type", contentType)
                .putHeader("X-Amz-Target", Organizations.TARGET_PREFIX + "." + operation).build();
        var signed = AwsV4HttpSigner.create().sign(r -> r.identity(credentials).request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, Organizations.SIGNING_NAME)
                .putProperty(AwsV4HttpSigner.REGION_NAME, SignedRequests.REGION));
        RequestSpecification spec = RestAssured.given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Host")) {
                spec = spec.header(header.getKey(), String.join(",", header.getValue()));
            }
        }
        return spec.body(body);
    }

    private static String json(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
