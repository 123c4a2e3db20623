package io.gatehouse.aws.sts;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetFederationTokenResponse;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * GetFederationToken through the real StsClient: the federated user may do only what both the
 * calling user's policies and the session policy allow; without a session policy, nothing.
 */
@GatehouseTest
class GetFederationTokenSdkTest {

    private static final String USER_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[\"sts:GetFederationToken\",\"cognito-idp:ListUserPools\",\"iam:ListUsers\"],"
            + "\"Resource\":\"*\"}]}";

    @Test
    void getFederationTokenWhenSessionPolicyThenIntersectionWithTheUsersPolicies() {
        AccessKey user = StsFixtures.user(USER_POLICY);

        try (StsClient sts = StsFixtures.sts(user)) {
            GetFederationTokenResponse response = sts.getFederationToken(r -> r.name("partner-app")
                    .durationSeconds(900).policy(StsFixtures.allow(
                            "cognito-idp:ListUserPools\",\"iam:ListRoles\",\"iam:ListUsers")));

            assertThat(response.federatedUser().arn()).isEqualTo("arn:aws:sts::000000000000:federated-user/partner-app");
            assertThat(response.federatedUser().federatedUserId()).isEqualTo("000000000000:partner-app");
            assertThat(response.packedPolicySize()).isBetween(1, 5);
            Credentials session = response.credentials();
            assertThat(session.accessKeyId()).startsWith("ASIA");
            assertThat(Duration.between(Instant.now(), session.expiration())).isBetween(Duration.ofMinutes(14),
                    Duration.ofMinutes(15));
            try (CognitoIdentityProviderClient cognito = StsFixtures.cognito(session);
                 IamClient iam = StsFixtures.iam(session);
                 StsClient federated = StsFixtures.sts(session)) {
                assertThat(cognito.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
                assertThat(assertAwsError(() -> iam.listUsers(), "AccessDenied", 403).getMessage())
                        .contains("federated user sessions cannot call IAM operations");
                assertAwsError(() -> iam.listRoles(), "AccessDenied", 403);
                assertAwsError(() -> federated.getFederationToken(r -> r.name("again")), "AccessDenied", 403);
                assertAwsError(() -> federated.getSessionToken(), "AccessDenied", 403);
                assertAwsError(() -> federated.assumeRole(r -> r.roleArn("arn:aws:iam::000000000000:role/Any")
                        .roleSessionName("x1")), "AccessDenied", 403);
            }
        }
    }

    @Test
    void getFederationTokenWhenNoSessionPolicyThenNoPermissions() {
        AccessKey user = StsFixtures.user(USER_POLICY);

        try (StsClient sts = StsFixtures.sts(user)) {
            GetFederationTokenResponse response = sts.getFederationToken(r -> r.name("nothing"));

            assertThat(response.packedPolicySize()).isZero();
            assertThat(Duration.between(Instant.now(), response.credentials().expiration()))
                    .isGreaterThan(Duration.ofHours(11));
            try (CognitoIdentityProviderClient cognito = StsFixtures.cognito(response.credentials());
                 StsClient federated = StsFixtures.sts(response.credentials())) {
                assertAwsError(() -> cognito.listUserPools(r -> r.maxResults(1)), "AccessDeniedException", 400);
                assertThat(federated.getCallerIdentity().arn()).endsWith(":federated-user/nothing");
            }
        }
    }

    @Test
    void getFederationTokenWhenRootThenOneHourAtMostAndActsAsRootWithinThePolicy() {
        try (StsClient root = QueryClients.sts()) {
            GetFederationTokenResponse response = root.getFederationToken(r -> r.name("root-fed")
                    .durationSeconds(7200).policy(StsFixtures.LIST_POOLS));

            assertThat(Duration.between(Instant.now(), response.credentials().expiration()))
                    .isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60));
            try (CognitoIdentityProviderClient cognito = StsFixtures.cognito(response.credentials());
                 IamClient iam = StsFixtures.iam(response.credentials())) {
                assertThat(cognito.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
                assertAwsError(() -> iam.listUsers(), "AccessDenied", 403);
            }
        }
    }

    @Test
    void getFederationTokenWhenBadInputOrNoPermissionThenRefused() {
        AccessKey user = StsFixtures.user(USER_POLICY);

        try (StsClient sts = StsFixtures.sts(user)) {
            assertAwsError(() -> sts.getFederationToken(r -> r.name("x")), "ValidationError", 400);
            assertAwsError(() -> sts.getFederationToken(r -> r.name("a".repeat(33))), "ValidationError", 400);
            assertAwsError(() -> sts.getFederationToken(r -> r.name("bad name")), "ValidationError", 400);
            assertAwsError(() -> sts.getFederationToken(r -> {
            }), "ValidationError", 400);
            assertAwsError(() -> sts.getFederationToken(r -> r.name("dur").durationSeconds(899)), "ValidationError", 400);
            assertAwsError(() -> sts.getFederationToken(r -> r.name("dur").durationSeconds(129_601)),
                    "ValidationError", 400);
            assertAwsError(() -> sts.getFederationToken(r -> r.name("pol").policy("{\"Version\":\"2012-10-17\"}")),
                    "MalformedPolicyDocument", 400);
            assertAwsError(() -> sts.getFederationToken(r -> r.name("arns")
                    .policyArns(p -> p.arn("arn:aws:iam::000000000000:policy/NoSuchPolicy"))), "ValidationError", 400);
            assertAwsError(() -> sts.getFederationToken(r -> r.name("tags")
                    .tags(Tag.builder().key("team").value("blue").build())), "AccessDenied", 403);
            Credentials session = sts.getSessionToken().credentials();
            try (StsClient fromSession = StsFixtures.sts(session)) {
                assertAwsError(() -> fromSession.getFederationToken(r -> r.name("chained")), "AccessDenied", 403);
            }
        }
        try (StsClient notAllowed = StsFixtures.sts(StsFixtures.user(StsFixtures.LIST_POOLS))) {
            var denied = assertAwsError(() -> notAllowed.getFederationToken(r -> r.name("denied")), "AccessDenied", 403);
            assertThat(denied.awsErrorDetails().errorMessage())
                    .contains("sts:GetFederationToken on resource: arn:aws:sts::000000000000:federated-user/denied");
        }
    }
}
