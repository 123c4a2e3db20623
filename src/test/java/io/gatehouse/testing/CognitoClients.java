package io.gatehouse.testing;

import io.restassured.RestAssured;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The real AWS SDK v2 Cognito user-pools client pointed at the test server ({@code POST /} on the
 * random test port), without retries so each test sees exactly one response. Build clients inside
 * a test method: the port is known only once Quarkus has started.
 * <pre>{@code
 * try (CognitoIdentityProviderClient cognito = CognitoClients.root()) {
 *     cognito.createUserPool(r -> r.poolName("demo"));
 * }
 * }</pre>
 */
public final class CognitoClients {

    private CognitoClients() {
    }

    /** Signed by the bootstrap account's root key, in the test region. */
    public static CognitoIdentityProviderClient root() {
        return as(SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY);
    }

    /** Signed by the given access key, in the test region. */
    public static CognitoIdentityProviderClient as(String accessKeyId, String secretAccessKey) {
        return build(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)),
                Region.of(SignedRequests.REGION));
    }

    /** Signed by temporary credentials (an {@code ASIA…} key with its session token). */
    public static CognitoIdentityProviderClient withSession(String accessKeyId, String secretAccessKey,
                                                            String sessionToken) {
        return build(StaticCredentialsProvider.create(
                AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken)), Region.of(SignedRequests.REGION));
    }

    /** Signed by the root key but for another region. */
    public static CognitoIdentityProviderClient rootIn(Region region) {
        return build(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY)), region);
    }

    /** Sends no signature at all, as apps calling the unsigned operations (InitiateAuth, SignUp…) do. */
    public static CognitoIdentityProviderClient unsigned() {
        return build(AnonymousCredentialsProvider.create(), Region.of(SignedRequests.REGION));
    }

    /** The endpoint the clients are pointed at. */
    public static URI endpoint() {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port);
    }

    private static CognitoIdentityProviderClient build(AwsCredentialsProvider credentials, Region region) {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(endpoint())
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
