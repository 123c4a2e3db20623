package io.gatehouse.aws.cognitoidentity;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.SignedRequests;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.iam.IamClient;

/** The AWS SDK's identity-pool client pointed at the test server: signed, or anonymous as apps call GetId. */
final class IdentityPoolClients {

    private IdentityPoolClients() {
    }

    static CognitoIdentityClient root() {
        return as(SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY);
    }

    static CognitoIdentityClient as(String accessKeyId, String secretAccessKey) {
        return build(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
    }

    static CognitoIdentityClient unsigned() {
        return build(AnonymousCredentialsProvider.create());
    }

    /** An IAM client signed by temporary credentials. */
    static IamClient iamWithSession(String accessKeyId, String secretKey, String sessionToken) {
        return IamClient.builder().endpointOverride(CognitoClients.endpoint()).region(Region.of(SignedRequests.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsSessionCredentials.create(accessKeyId, secretKey, sessionToken)))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    private static CognitoIdentityClient build(AwsCredentialsProvider credentials) {
        return CognitoIdentityClient.builder()
                .endpointOverride(CognitoClients.endpoint())
                .region(Region.of(SignedRequests.REGION))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
