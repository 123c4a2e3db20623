package io.gatehouse.testing;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The real AWS SDK v2 IAM and STS clients (query protocol) pointed at the test server, without
 * retries, as {@link CognitoClients} does for Cognito. Build clients inside a test method.
 * <pre>{@code
 * try (StsClient sts = QueryClients.sts()) {
 *     sts.getCallerIdentity();
 * }
 * }</pre>
 */
public final class QueryClients {

    private QueryClients() {
    }

    /** STS signed by the bootstrap account's root key. */
    public static StsClient sts() {
        return stsAs(SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY);
    }

    public static StsClient stsAs(String accessKeyId, String secretAccessKey) {
        return sts(credentials(accessKeyId, secretAccessKey));
    }

    /** STS signed by temporary credentials (an {@code ASIA…} key with its session token). */
    public static StsClient stsWithSession(String accessKeyId, String secretAccessKey, String sessionToken) {
        return sts(StaticCredentialsProvider.create(
                AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken)));
    }

    /** STS without any signature, as apps calling AssumeRoleWithWebIdentity do. */
    public static StsClient stsUnsigned() {
        return sts(AnonymousCredentialsProvider.create());
    }

    /** IAM signed by the bootstrap account's root key. */
    public static IamClient iam() {
        return iamAs(SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY);
    }

    public static IamClient iamAs(String accessKeyId, String secretAccessKey) {
        return IamClient.builder()
                .endpointOverride(CognitoClients.endpoint())
                .region(Region.of(SignedRequests.REGION))
                .credentialsProvider(credentials(accessKeyId, secretAccessKey))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    private static StsClient sts(AwsCredentialsProvider credentials) {
        return StsClient.builder()
                .endpointOverride(CognitoClients.endpoint())
                .region(Region.of(SignedRequests.REGION))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    private static AwsCredentialsProvider credentials(String accessKeyId, String secretAccessKey) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    }
}
