package io.gatehouse.aws.sts;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.AuthenticatorApp;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * AssumeRole through the real StsClient: the role's credentials act with the role's policies
 * (narrowed by session policies), the trust policy decides who may assume it (external id, MFA,
 * another account), tags pass through role chaining, and durations are bounded as in AWS.
 */
@GatehouseTest
class AssumeRoleSdkTest {

    private static final String CALLER_POLICY = StsFixtures.allow("sts:AssumeRole\",\"sts:TagSession");

    @Test
    void assumeRoleWhenTrustedThenRoleCredentialsAllowOnlyWhatTheRoleAllows() {
        String role = StsFixtures.role(StsFixtures.trustAccount(), StsFixtures.LIST_POOLS);
        AccessKey caller = StsFixtures.user(CALLER_POLICY);

        try (StsClient sts = StsFixtures.sts(caller)) {
            AssumeRoleResponse assumed = sts.assumeRole(r -> r.roleArn(role).roleSessionName("ci-run")
                    .durationSeconds(900));

            Credentials session = assumed.credentials();
            assertThat(session.accessKeyId()).startsWith("ASIA");
            assertThat(Duration.between(Instant.now(), session.expiration())).isBetween(Duration.ofMinutes(14),
                    Duration.ofMinutes(15));
            String roleName = StsFixtures.roleName(role);
            assertThat(assumed.assumedRoleUser().arn())
                    .isEqualTo("arn:aws:sts::000000000000:assumed-role/" + roleName + "/ci-run");
            assertThat(assumed.assumedRoleUser().assumedRoleId()).startsWith("AROA").endsWith(":ci-run");
            assertThat(assumed.packedPolicySize()).isZero();
            try (CognitoIdentityProviderClient cognito = StsFixtures.cognito(session);
                 IamClient iam = StsFixtures.iam(session);
                 StsClient asRole = StsFixtures.sts(session)) {
                assertThat(cognito.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
                assertAwsError(() -> iam.listUsers(), "AccessDenied", 403);
                assertThat(asRole.getCallerIdentity().arn()).isEqualTo(assumed.assumedRoleUser().arn());
                assertThat(asRole.getCallerIdentity().userId()).isEqualTo(assumed.assumedRoleUser().assumedRoleId());
            }
        }
    }

    @Test
    void assumeRoleWhenSessionPolicyThenPermissionsNarrowed() {
        String role = StsFixtures.role(StsFixtures.trustAccount(), StsFixtures.POOLS_AND_IAM);

        try (StsClient sts = StsFixtures.sts(StsFixtures.user(CALLER_POLICY))) {
            Credentials session = sts.assumeRole(r -> r.roleArn(role).roleSessionName("narrow")
                    .policy(StsFixtures.allow("iam:ListUsers\",\"cognito-idp:DescribeUserPool"))).credentials();

            try (CognitoIdentityProviderClient cognito = StsFixtures.cognito(session);
                 IamClient iam = StsFixtures.iam(session)) {
                assertThat(iam.listUsers().sdkHttpResponse().isSuccessful()).isTrue();
                assertAwsError(() -> cognito.listUserPools(r -> r.maxResults(1)), "AccessDeniedException", 400);
                assertAwsError(() -> iam.listRoles(), "AccessDenied", 403);
            }
            AssumeRoleResponse packed = sts.assumeRole(r -> r.roleArn(role).roleSessionName("packed")
                    .policy(StsFixtures.allow("iam:ListUsers")));
            assertThat(packed.packedPolicySize()).isBetween(1, 5);
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("bad").policy("{not json")),
                    "MalformedPolicyDocument", 400);
        }
    }

    @Test
    void assumeRoleWhenTransitiveTagsThenTheyReachTheChainedRole() {
        String tagged = StsFixtures.allow("sts:AssumeRole\",\"sts:TagSession");
        String second = StsFixtures.role(StsFixtures.trustAccount(), "{\"Version\":\"2012-10-17\",\"Statement\":[{"
                + "\"Effect\":\"Allow\",\"Action\":\"cognito-idp:ListUserPools\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":\"blue\"}}}]}");
        String first = StsFixtures.role(StsFixtures.trustAccount(), tagged);

        try (StsClient sts = StsFixtures.sts(StsFixtures.user(CALLER_POLICY))) {
            Credentials transitive = sts.assumeRole(r -> r.roleArn(first).roleSessionName("one")
                    .tags(Tag.builder().key("team").value("blue").build()).transitiveTagKeys("team")).credentials();
            Credentials plain = sts.assumeRole(r -> r.roleArn(first).roleSessionName("two")
                    .tags(Tag.builder().key("team").value("blue").build())).credentials();

            try (StsClient chained = StsFixtures.sts(transitive); StsClient notPassed = StsFixtures.sts(plain)) {
                Credentials inherits = chained.assumeRole(r -> r.roleArn(second).roleSessionName("hop"))
                        .credentials();
                Credentials lacks = notPassed.assumeRole(r -> r.roleArn(second).roleSessionName("hop"))
                        .credentials();
                assertAwsError(() -> chained.assumeRole(r -> r.roleArn(second).roleSessionName("again")
                        .tags(Tag.builder().key("team").value("red").build())), "ValidationError", 400);
                try (CognitoIdentityProviderClient yes = StsFixtures.cognito(inherits);
                     CognitoIdentityProviderClient no = StsFixtures.cognito(lacks)) {
                    assertThat(yes.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
                    assertAwsError(() -> no.listUserPools(r -> r.maxResults(1)), "AccessDeniedException", 400);
                }
            }
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn(first).roleSessionName("three")
                    .tags(Tag.builder().key("team").value("blue").build()).transitiveTagKeys("other")),
                    "ValidationError", 400);
        }
    }

    @Test
    void assumeRoleWhenExternalIdRequiredThenOnlyTheRightOneWorks() {
        String role = StsFixtures.role(StsFixtures.trust(StsFixtures.ACCOUNT,
                ",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"partner-7781\"}}"), StsFixtures.LIST_POOLS);

        try (StsClient sts = StsFixtures.sts(StsFixtures.user(CALLER_POLICY))) {
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("none")), "AccessDenied", 403);
            var wrong = assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("wrong")
                    .externalId("partner-0000")), "AccessDenied", 403);
            assertThat(wrong.awsErrorDetails().errorMessage()).contains("is not authorized to perform: sts:AssumeRole")
                    .contains(role);
            assertThat(sts.assumeRole(r -> r.roleArn(role).roleSessionName("right").externalId("partner-7781"))
                    .credentials().accessKeyId()).startsWith("ASIA");
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("short").externalId("x")),
                    "ValidationError", 400);
        }
    }

    @Test
    void assumeRoleWhenTrustRequiresMfaThenOnlyWithAValidCode() {
        String role = StsFixtures.role(StsFixtures.trust(StsFixtures.ACCOUNT,
                ",\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}"), StsFixtures.LIST_POOLS);
        AccessKey key = StsFixtures.user(CALLER_POLICY);
        String userName = key.userName();
        VirtualMFADevice device;
        AuthenticatorApp app;
        try (IamClient root = QueryClients.iam()) {
            device = root.createVirtualMFADevice(r -> r.virtualMFADeviceName(userName)).virtualMFADevice();
            app = new AuthenticatorApp(device.base32StringSeed().asUtf8String());
            Instant now = Instant.now();
            root.enableMFADevice(r -> r.userName(userName).serialNumber(device.serialNumber())
                    .authenticationCode1(app.code(now, -1)).authenticationCode2(app.code(now, 0)));
        }

        try (StsClient sts = StsFixtures.sts(key)) {
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("no-mfa")), "AccessDenied", 403);
            String wrong = "000000".equals(app.code(Instant.now(), 1)) ? "111111" : "000000";
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("bad-code")
                    .serialNumber(device.serialNumber()).tokenCode(wrong)), "AccessDenied", 403);
            Credentials session = sts.assumeRole(r -> r.roleArn(role).roleSessionName("with-mfa")
                    .serialNumber(device.serialNumber()).tokenCode(app.code(Instant.now(), 1))).credentials();
            try (CognitoIdentityProviderClient cognito = StsFixtures.cognito(session)) {
                assertThat(cognito.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
            }
        }
    }

    @Test
    void assumeRoleWhenDurationAboveMaximumOrChainedAboveAnHourThenValidationError() {
        String role = StsFixtures.role(QueryClients.iam(), StsFixtures.trustAccount(),
                StsFixtures.allow("sts:AssumeRole"), 7200);

        try (StsClient sts = StsFixtures.sts(StsFixtures.user(CALLER_POLICY))) {
            var above = assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("long")
                    .durationSeconds(7201)), "ValidationError", 400);
            assertThat(above.awsErrorDetails().errorMessage()).contains("MaxSessionDuration");
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("short").durationSeconds(899)),
                    "ValidationError", 400);
            Credentials twoHours = sts.assumeRole(r -> r.roleArn(role).roleSessionName("max").durationSeconds(7200))
                    .credentials();
            assertThat(Duration.between(Instant.now(), twoHours.expiration())).isGreaterThan(Duration.ofMinutes(119));

            Credentials userSession = sts.getSessionToken().credentials();
            try (StsClient fromUserSession = StsFixtures.sts(userSession)) {
                assertAwsError(() -> fromUserSession.assumeRole(r -> r.roleArn(role).roleSessionName("viasession")
                        .durationSeconds(3601)), "ValidationError", 400);
            }
            try (StsClient chained = StsFixtures.sts(twoHours)) {
                var chainedAbove = assertAwsError(() -> chained.assumeRole(r -> r.roleArn(role)
                        .roleSessionName("hop").durationSeconds(3601)), "ValidationError", 400);
                assertThat(chainedAbove.awsErrorDetails().errorMessage()).contains("role chaining");
                assertThat(chained.assumeRole(r -> r.roleArn(role).roleSessionName("hop").durationSeconds(3600))
                        .credentials().accessKeyId()).startsWith("ASIA");
            }
        }
    }

    @Test
    void assumeRoleWhenRootOrMissingRoleOrBadInputThenRefused() {
        String role = StsFixtures.role(StsFixtures.trustAccount(), StsFixtures.LIST_POOLS);

        try (StsClient root = QueryClients.sts()) {
            var denied = assertAwsError(() -> root.assumeRole(r -> r.roleArn(role).roleSessionName("root")),
                    "AccessDenied", 403);
            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("Roles may not be assumed by root accounts.");
        }
        try (StsClient sts = StsFixtures.sts(StsFixtures.user(CALLER_POLICY))) {
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn("arn:aws:iam::000000000000:role/NoSuchRole")
                    .roleSessionName("x1")), "AccessDenied", 403);
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("bad name!")),
                    "ValidationError", 400);
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("x")), "ValidationError", 400);
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role)), "ValidationError", 400);
            assertAwsError(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("src").sourceIdentity("aws:me")),
                    "ValidationError", 400);
        }
        try (StsClient unauthorized = StsFixtures.sts(StsFixtures.user(StsFixtures.LIST_POOLS))) {
            String other = StsFixtures.role(StsFixtures.trust("arn:aws:iam::000000000000:user/somebody-else"),
                    StsFixtures.LIST_POOLS);
            assertAwsError(() -> unauthorized.assumeRole(r -> r.roleArn(other).roleSessionName("nope")),
                    "AccessDenied", 403);
        }
    }

    @Test
    void assumeRoleWhenSourceIdentityThenKeptThroughTheChain() {
        String role = StsFixtures.role(StsFixtures.trustAccount(),
                StsFixtures.allow("sts:AssumeRole\",\"sts:SetSourceIdentity"));

        try (StsClient sts = StsFixtures.sts(StsFixtures.user(
                StsFixtures.allow("sts:AssumeRole\",\"sts:SetSourceIdentity")))) {
            AssumeRoleResponse first = sts.assumeRole(r -> r.roleArn(role).roleSessionName("src")
                    .sourceIdentity("alice@example.com"));
            assertThat(first.sourceIdentity()).isEqualTo("alice@example.com");
            try (StsClient chained = StsFixtures.sts(first.credentials())) {
                assertThat(chained.assumeRole(r -> r.roleArn(role).roleSessionName("hop")).sourceIdentity())
                        .isEqualTo("alice@example.com");
                assertAwsError(() -> chained.assumeRole(r -> r.roleArn(role).roleSessionName("hop")
                        .sourceIdentity("mallory")), "ValidationError", 400);
            }
        }
    }

    @Test
    void assumeRoleWhenAnotherAccountsRoleThenBothPoliciesMustAllow() {
        String otherAccount = "444455556666";
        String otherKey = "AKIASTSCROSSACCT0001";
        String otherSecret = "sts-cross-account-secret-000000000000000";
        TestAccounts.root(otherAccount, otherKey, otherSecret);
        String role = StsFixtures.role(QueryClients.iamAs(otherKey, otherSecret),
                StsFixtures.trust(StsFixtures.ACCOUNT), StsFixtures.LIST_POOLS, null);

        try (StsClient allowed = StsFixtures.sts(StsFixtures.user(CALLER_POLICY));
             StsClient notAllowed = StsFixtures.sts(StsFixtures.user(StsFixtures.LIST_POOLS))) {
            AssumeRoleResponse assumed = allowed.assumeRole(r -> r.roleArn(role).roleSessionName("cross"));
            assertThat(assumed.assumedRoleUser().arn()).startsWith("arn:aws:sts::" + otherAccount + ":assumed-role/");
            try (StsClient asRole = StsFixtures.sts(assumed.credentials())) {
                assertThat(asRole.getCallerIdentity().account()).isEqualTo(otherAccount);
            }
            assertAwsError(() -> notAllowed.assumeRole(r -> r.roleArn(role).roleSessionName("cross")),
                    "AccessDenied", 403);
        }
    }
}
