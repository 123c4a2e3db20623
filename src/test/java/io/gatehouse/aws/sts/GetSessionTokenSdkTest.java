package io.gatehouse.aws.sts;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.AuthenticatorApp;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * GetSessionToken through the real StsClient: a user's long-term key buys temporary credentials
 * that act as the user; with a code of the user's own MFA device the session carries
 * {@code aws:MultiFactorAuthPresent}, which a policy can require.
 */
@GatehouseTest
class GetSessionTokenSdkTest {

    private static final String MFA_ONLY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cognito-idp:ListUserPools",
              "Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""";

    private record Setup(String user, AccessKey key, String serial, AuthenticatorApp app) {
    }

    private static Setup userWithMfa() {
        String user = "sts-" + UUID.randomUUID().toString().substring(0, 8);
        try (IamClient root = QueryClients.iam()) {
            root.createUser(r -> r.userName(user));
            root.putUserPolicy(r -> r.userName(user).policyName("mfa-only").policyDocument(MFA_ONLY));
            VirtualMFADevice device = root.createVirtualMFADevice(r -> r.virtualMFADeviceName(user)).virtualMFADevice();
            AuthenticatorApp app = new AuthenticatorApp(device.base32StringSeed().asUtf8String());
            Instant now = Instant.now();
            root.enableMFADevice(r -> r.userName(user).serialNumber(device.serialNumber())
                    .authenticationCode1(app.code(now, -1)).authenticationCode2(app.code(now, 0)));
            AccessKey key = root.createAccessKey(r -> r.userName(user)).accessKey();
            return new Setup(user, key, device.serialNumber(), app);
        }
    }

    private static CognitoIdentityProviderClient cognito(Credentials credentials) {
        return CognitoClients.withSession(credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken());
    }

    @Test
    void getSessionTokenWhenMfaCodeThenSessionSatisfiesMfaConditions() {
        Setup setup = userWithMfa();

        try (StsClient sts = QueryClients.stsAs(setup.key().accessKeyId(), setup.key().secretAccessKey())) {
            Credentials plain = sts.getSessionToken(r -> r.durationSeconds(900)).credentials();
            Credentials withMfa = sts.getSessionToken(r -> r.serialNumber(setup.serial())
                    .tokenCode(setup.app().code(Instant.now(), 1))).credentials();

            assertThat(plain.accessKeyId()).startsWith("ASIA");
            assertThat(Duration.between(Instant.now(), plain.expiration())).isBetween(Duration.ofMinutes(14),
                    Duration.ofMinutes(15));
            assertThat(Duration.between(Instant.now(), withMfa.expiration())).isGreaterThan(Duration.ofHours(11));
            try (CognitoIdentityProviderClient noMfa = cognito(plain); CognitoIdentityProviderClient mfa = cognito(withMfa)) {
                assertAwsError(() -> noMfa.listUserPools(r -> r.maxResults(1)), "AccessDeniedException", 400);
                assertThat(mfa.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
            }
            try (StsClient session = QueryClients.stsWithSession(withMfa.accessKeyId(), withMfa.secretAccessKey(),
                    withMfa.sessionToken())) {
                assertThat(session.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::000000000000:user/" + setup.user());
            }
        }
    }

    @Test
    void getSessionTokenWhenWrongCodeOrSessionCallerOrBadDurationThenRefused() {
        Setup setup = userWithMfa();

        try (StsClient sts = QueryClients.stsAs(setup.key().accessKeyId(), setup.key().secretAccessKey())) {
            String wrong = "000000".equals(setup.app().code()) ? "111111" : "000000";
            assertAwsError(() -> sts.getSessionToken(r -> r.serialNumber(setup.serial()).tokenCode(wrong)),
                    "AccessDenied", 403);
            assertAwsError(() -> sts.getSessionToken(r -> r.tokenCode("123456")), "ValidationError", 400);
            assertAwsError(() -> sts.getSessionToken(r -> r.durationSeconds(600)), "ValidationError", 400);
            assertAwsError(() -> sts.getSessionToken(r -> r.durationSeconds(200_000)), "ValidationError", 400);
            Credentials session = sts.getSessionToken().credentials();
            try (StsClient chained = QueryClients.stsWithSession(session.accessKeyId(), session.secretAccessKey(),
                    session.sessionToken())) {
                var denied = assertAwsError(chained::getSessionToken, "AccessDenied", 403);
                assertThat(denied.awsErrorDetails().errorMessage())
                        .isEqualTo("Cannot call GetSessionToken with session credentials");
            }
        }
        try (StsClient root = QueryClients.sts()) {
            assertAwsError(() -> root.getSessionToken(r -> r.durationSeconds(7200)), "ValidationError", 400);
            assertThat(root.getSessionToken().credentials().accessKeyId()).startsWith("ASIA");
        }
    }

    @Test
    void getSessionTokenWhenAnotherUsersDeviceThenRefused() {
        Setup owner = userWithMfa();
        Setup other = userWithMfa();

        try (StsClient sts = QueryClients.stsAs(other.key().accessKeyId(), other.key().secretAccessKey())) {
            assertAwsError(() -> sts.getSessionToken(r -> r.serialNumber(owner.serial())
                    .tokenCode(owner.app().code(Instant.now(), 1))), "AccessDenied", 403);
        }
    }
}
