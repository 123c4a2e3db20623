package io.gatehouse.aws.sts;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.core.Ids;
import io.gatehouse.sts.SessionGrant;
import io.gatehouse.sts.SessionIssuer;
import io.gatehouse.sts.SessionTokenCodec;
import io.gatehouse.sts.TemporaryCredentials;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SignedRequests;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Temporary credentials as the STS client sees them: GetCallerIdentity for each kind of caller,
 * GetAccessKeyInfo for keys of any account, expired and altered session tokens, and revoking a
 * role's older sessions.
 */
@GatehouseTest
class SessionCredentialsSdkTest {

    @Inject
    SessionTokenCodec codec;

    @Inject
    Ids ids;

    @Test
    void getCallerIdentityWhenEachCredentialTypeThenItsPrincipal() {
        String role = StsFixtures.role(StsFixtures.trustAccount(), StsFixtures.LIST_POOLS);
        AccessKey user = StsFixtures.user(StsFixtures.allow("sts:AssumeRole\",\"sts:GetFederationToken"));

        try (StsClient asUser = StsFixtures.sts(user)) {
            GetCallerIdentityResponse self = asUser.getCallerIdentity();
            assertThat(self.arn()).isEqualTo("arn:aws:iam::000000000000:user/" + user.userName());
            assertThat(self.userId()).startsWith("AIDA");

            Credentials userSession = asUser.getSessionToken().credentials();
            AssumeRoleResponse roleSession = asUser.assumeRole(r -> r.roleArn(role).roleSessionName("who"));
            Credentials federated = asUser.getFederationToken(r -> r.name("partner")).credentials();
            try (StsClient sessionOfUser = StsFixtures.sts(userSession);
                 StsClient sessionOfRole = StsFixtures.sts(roleSession.credentials());
                 StsClient federatedUser = StsFixtures.sts(federated)) {
                assertThat(sessionOfUser.getCallerIdentity().arn()).isEqualTo(self.arn());
                assertThat(sessionOfUser.getCallerIdentity().userId()).isEqualTo(self.userId());
                GetCallerIdentityResponse ofRole = sessionOfRole.getCallerIdentity();
                assertThat(ofRole.arn()).isEqualTo(roleSession.assumedRoleUser().arn());
                assertThat(ofRole.userId()).isEqualTo(roleSession.assumedRoleUser().assumedRoleId());
                GetCallerIdentityResponse ofFederated = federatedUser.getCallerIdentity();
                assertThat(ofFederated.arn()).isEqualTo("arn:aws:sts::000000000000:federated-user/partner");
                assertThat(ofFederated.userId()).isEqualTo("000000000000:partner");
                assertThat(ofFederated.account()).isEqualTo("000000000000");
            }
        }
        try (StsClient root = QueryClients.sts()) {
            Credentials rootSession = root.getSessionToken().credentials();
            try (StsClient asRootSession = StsFixtures.sts(rootSession)) {
                assertThat(asRootSession.getCallerIdentity().arn()).isEqualTo(SignedRequests.ROOT_ARN);
            }
        }
    }

    @Test
    void getAccessKeyInfoWhenKeysOfAnyAccountThenTheirAccount() {
        String otherAccount = "555566667777";
        String otherKey = "AKIASTSKEYINFOACCT01";
        TestAccounts.root(otherAccount, otherKey, "sts-key-info-other-secret-0000000000000");
        AccessKey user = StsFixtures.user(StsFixtures.allow("sts:GetAccessKeyInfo\",\"sts:GetFederationToken"));

        try (StsClient sts = StsFixtures.sts(user); StsClient root = QueryClients.sts()) {
            Credentials session = root.getSessionToken().credentials();
            assertThat(sts.getAccessKeyInfo(r -> r.accessKeyId(user.accessKeyId())).account())
                    .isEqualTo("000000000000");
            assertThat(sts.getAccessKeyInfo(r -> r.accessKeyId(otherKey)).account()).isEqualTo(otherAccount);
            assertThat(sts.getAccessKeyInfo(r -> r.accessKeyId(session.accessKeyId())).account())
                    .isEqualTo("000000000000");
            TemporaryCredentials otherSession = new SessionIssuer(codec, ids, Clock.systemUTC()).issue(
                    SessionGrant.forPrincipal(otherAccount, "arn:aws:iam::" + otherAccount + ":root",
                            PrincipalType.ROOT, otherAccount, Duration.ofMinutes(15), null));
            assertThat(sts.getAccessKeyInfo(r -> r.accessKeyId(otherSession.accessKeyId())).account())
                    .isEqualTo(otherAccount);

            assertAwsError(() -> sts.getAccessKeyInfo(r -> r.accessKeyId("AKIANOSUCHKEY0000099")),
                    "InvalidParameterValue", 400);
            assertAwsError(() -> sts.getAccessKeyInfo(r -> r.accessKeyId("short")), "ValidationError", 400);
            assertAwsError(() -> sts.getAccessKeyInfo(r -> r.accessKeyId("AKIA-NOT-VALID-CHARS!")),
                    "ValidationError", 400);
            Credentials federated = sts.getFederationToken(r -> r.name("keys")
                    .policy(StsFixtures.allow("sts:*"))).credentials();
            try (StsClient asFederated = StsFixtures.sts(federated)) {
                assertAwsError(() -> asFederated.getAccessKeyInfo(r -> r.accessKeyId(otherKey)), "AccessDenied", 403);
            }
        }
        try (StsClient notAllowed = StsFixtures.sts(StsFixtures.user(StsFixtures.LIST_POOLS))) {
            assertAwsError(() -> notAllowed.getAccessKeyInfo(r -> r.accessKeyId(otherKey)), "AccessDenied", 403);
        }
    }

    @Test
    void callWhenSessionExpiredThenExpiredToken() {
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        TemporaryCredentials expired = new SessionIssuer(codec, ids, twoHoursAgo).issue(SessionGrant.forPrincipal(
                SignedRequests.ACCOUNT_ID, SignedRequests.ROOT_ARN, PrincipalType.ROOT, SignedRequests.ACCOUNT_ID,
                Duration.ofHours(1), null));

        try (StsClient sts = QueryClients.stsWithSession(expired.accessKeyId(), expired.secretAccessKey(),
                expired.sessionToken())) {
            var e = assertAwsError(sts::getCallerIdentity, "ExpiredToken", 403);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is expired");
        }
    }

    @Test
    void callWhenSessionTokenTamperedThenInvalidClientTokenId() {
        Credentials session;
        try (StsClient root = QueryClients.sts()) {
            session = root.getSessionToken(r -> r.durationSeconds(900)).credentials();
        }
        String token = session.sessionToken();
        int middle = token.length() / 2;
        String tampered = token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A')
                + token.substring(middle + 1);

        try (StsClient sts = QueryClients.stsWithSession(session.accessKeyId(), session.secretAccessKey(), tampered);
             StsClient noToken = QueryClients.stsAs(session.accessKeyId(), session.secretAccessKey())) {
            var e = assertAwsError(sts::getCallerIdentity, "InvalidClientTokenId", 403);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid");
            assertAwsError(noToken::getCallerIdentity, "InvalidClientTokenId", 403);
        }
    }

    @Test
    void revokeSessionsWhenOlderSessionThenDeniedAndNewerOneWorks() throws InterruptedException {
        String role = StsFixtures.role(StsFixtures.trustAccount(), StsFixtures.LIST_POOLS);
        String roleName = StsFixtures.roleName(role);
        AccessKey user = StsFixtures.user(StsFixtures.allow("sts:AssumeRole"));

        String cutOff;
        try (StsClient sts = StsFixtures.sts(user)) {
            Credentials before = sts.assumeRole(r -> r.roleArn(role).roleSessionName("before")).credentials();
            cutOff = SignedRequests.root().post("/api/v1/iam/roles/" + roleName + "/revoke-sessions", null)
                    .then().statusCode(200).extract().jsonPath().getString("revokedBefore");
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), Instant.parse(cutOff)).toMillis()) + 50);
            Credentials after = sts.assumeRole(r -> r.roleArn(role).roleSessionName("after")).credentials();

            try (CognitoIdentityProviderClient old = StsFixtures.cognito(before);
                 CognitoIdentityProviderClient fresh = StsFixtures.cognito(after)) {
                var denied = assertAwsError(() -> old.listUserPools(r -> r.maxResults(1)), "AccessDeniedException", 400);
                assertThat(denied.awsErrorDetails().errorMessage()).contains("explicit deny");
                assertThat(fresh.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
            }
        }
        try (var iam = QueryClients.iam()) {
            String document = iam.getRolePolicy(r -> r.roleName(roleName).policyName("AWSRevokeOlderSessions"))
                    .policyDocument();
            assertThat(URLDecoder.decode(document, StandardCharsets.UTF_8))
                    .contains("\"DateLessThan\":{\"aws:TokenIssueTime\":\"" + cutOff + "\"}");
        }
    }
}
