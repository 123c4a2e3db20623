package io.gatehouse.aws.sts;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SignedRequests;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;

/**
 * The identity pools' basic flow: GetId, GetOpenIdToken, then AssumeRoleWithWebIdentity with the
 * OpenID token for a role whose trust policy names {@code cognito-identity.amazonaws.com} and checks
 * its {@code :aud} and {@code :amr} keys, as AWS documents for identity-pool roles.
 */
@GatehouseTest
class IdentityPoolWebIdentitySdkTest {

    private static CognitoIdentityClient identity(AwsCredentialsProvider credentials) {
        return CognitoIdentityClient.builder().endpointOverride(CognitoClients.endpoint())
                .region(Region.of(SignedRequests.REGION)).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    private static String trust(String poolId, String amr) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"cognito-identity.amazonaws.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{"
                + "\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":\"" + poolId + "\"},"
                + "\"ForAnyValue:StringLike\":{\"cognito-identity.amazonaws.com:amr\":\"" + amr + "\"}}}]}";
    }

    @Test
    void assumeRoleWithWebIdentityWhenIdentityPoolTokenThenTrustOnAudAndAmrDecides() {
        String poolId;
        String identityId;
        String token;
        try (CognitoIdentityClient admin = identity(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY)));
             CognitoIdentityClient app = identity(AnonymousCredentialsProvider.create())) {
            poolId = admin.createIdentityPool(r -> r.identityPoolName("basic-flow")
                    .allowUnauthenticatedIdentities(true).allowClassicFlow(true)).identityPoolId();
            String id = app.getId(r -> r.identityPoolId(poolId)).identityId();
            identityId = id;
            token = app.getOpenIdToken(r -> r.identityId(id)).token();
        }
        String guestRole = StsFixtures.role(trust(poolId, "unauthenticated"), StsFixtures.LIST_POOLS);
        String authenticatedRole = StsFixtures.role(trust(poolId, "authenticated"), StsFixtures.LIST_POOLS);
        String otherPool = StsFixtures.role(trust("us-east-1:00000000-0000-0000-0000-000000000000",
                "unauthenticated"), StsFixtures.LIST_POOLS);

        try (StsClient sts = QueryClients.stsUnsigned()) {
            AssumeRoleWithWebIdentityResponse response = sts.assumeRoleWithWebIdentity(r -> r.roleArn(guestRole)
                    .roleSessionName("guest").webIdentityToken(token));
            assertThat(response.provider()).isEqualTo("cognito-identity.amazonaws.com");
            assertThat(response.subjectFromWebIdentityToken()).isEqualTo(identityId);
            assertThat(response.audience()).isEqualTo(poolId);
            try (CognitoIdentityProviderClient cognito = StsFixtures.cognito(response.credentials());
                 StsClient asRole = StsFixtures.sts(response.credentials())) {
                assertThat(cognito.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
                assertThat(asRole.getCallerIdentity().arn()).isEqualTo(response.assumedRoleUser().arn());
            }

            assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(authenticatedRole)
                    .roleSessionName("guest").webIdentityToken(token)), "AccessDenied", 403);
            assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(otherPool)
                    .roleSessionName("guest").webIdentityToken(token)), "AccessDenied", 403);
            String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
            assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(guestRole)
                    .roleSessionName("guest").webIdentityToken(tampered)), "InvalidIdentityToken", 400);
        }
    }
}
