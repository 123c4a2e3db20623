package io.gatehouse.aws.cognitoidentity;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.SignedRequests;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The AWS SDK's identity-pool client pointed at the test server: signed, or anonymous as apps call GetId. */
public final class IdentityPoolClients {

    private IdentityPoolClients() {
    }

    public static CognitoIdentityClient root() {
        return as(SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY);
    }

    public static CognitoIdentityClient as(String accessKeyId, String secretAccessKey) {
        return build(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
    }

    public static CognitoIdentityClient unsigned() {
        return build(AnonymousCredentialsProvider.create());
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
