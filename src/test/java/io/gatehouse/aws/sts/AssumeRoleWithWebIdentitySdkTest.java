package io.gatehouse.aws.sts;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.webidentity.TestIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;

/**
 * AssumeRoleWithWebIdentity through the real, unsigned StsClient: an ID token of a Gatehouse user
 * pool (from InitiateAuth) or of an external OpenID Connect issuer the test runs itself buys the
 * credentials of a role whose trust policy names the provider; the provider's {@code :aud} and
 * {@code :sub} condition keys work, and tokens that are forged, expired, for another audience or
 * for a provider the trust policy does not name are refused as AWS refuses them.
 */
@GatehouseTest
class AssumeRoleWithWebIdentitySdkTest {

    private record PoolLogin(String poolId, String clientId, String idToken, String subject, String providerName) {
    }

    /** A pool, a client allowing USER_PASSWORD_AUTH, a user, and the user's ID token. */
    private static PoolLogin poolLogin() {
        String poolId = AppFixtures.pool(Map.of());
        String clientId = AppFixtures.publicClient(poolId, List.of("USER_PASSWORD_AUTH")).clientId();
        String username = PoolFixtures.createUser(poolId, "web", Map.of("email", PoolFixtures.unique("w") + "@example.com"));
        String idToken;
        try (CognitoIdentityProviderClient app = CognitoClients.unsigned()) {
            idToken = app.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD)))
                    .authenticationResult().idToken();
        }
        String payload = new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8);
        String issuer = field(payload, "iss");
        return new PoolLogin(poolId, clientId, idToken, field(payload, "sub"), issuer.replaceFirst("^https?://", ""));
    }

    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(at, json.indexOf('"', at));
    }

    private static String federatedTrust(String federated, String condition) {
        return federatedTrust(federated, condition, "\"sts:AssumeRoleWithWebIdentity\"");
    }

    private static String federatedTrust(String federated, String condition, String actions) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\""
                + federated + "\"},\"Action\":[" + actions + "]" + condition + "}]}";
    }

    private static String stringEquals(String key, String value) {
        return ",\"Condition\":{\"StringEquals\":{\"" + key + "\":\"" + value + "\"}}";
    }

    @Test
    void assumeRoleWithWebIdentityWhenUserPoolIdTokenThenRoleCredentials() {
        PoolLogin login = poolLogin();
        String providerArn = "arn:aws:iam::000000000000:oidc-provider/" + login.providerName();
        String role = StsFixtures.role(federatedTrust(providerArn, stringEquals(login.providerName() + ":aud",
                login.clientId())), StsFixtures.LIST_POOLS);

        try (StsClient sts = QueryClients.stsUnsigned()) {
            AssumeRoleWithWebIdentityResponse response = sts.assumeRoleWithWebIdentity(r -> r.roleArn(role)
                    .roleSessionName("app-user").webIdentityToken(login.idToken()).durationSeconds(900));

            assertThat(response.subjectFromWebIdentityToken()).isEqualTo(login.subject());
            assertThat(response.provider()).isEqualTo(login.providerName());
            assertThat(response.audience()).isEqualTo(login.clientId());
            assertThat(response.assumedRoleUser().arn()).isEqualTo("arn:aws:sts::000000000000:assumed-role/"
                    + StsFixtures.roleName(role) + "/app-user");
            try (CognitoIdentityProviderClient cognito = StsFixtures.cognito(response.credentials());
                 IamClient iam = StsFixtures.iam(response.credentials());
                 StsClient asRole = StsFixtures.sts(response.credentials())) {
                assertThat(cognito.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
                assertAwsError(() -> iam.listUsers(), "AccessDenied", 403);
                assertThat(asRole.getCallerIdentity().arn()).isEqualTo(response.assumedRoleUser().arn());
            }
        }
    }

    @Test
    void assumeRoleWithWebIdentityWhenTrustNamesTheCognitoAliasThenAccepted() {
        PoolLogin login = poolLogin();
        String alias = "cognito-idp.us-east-1.amazonaws.com/" + login.poolId();
        String role = StsFixtures.role(federatedTrust(alias, stringEquals(alias + ":sub", login.subject())),
                StsFixtures.LIST_POOLS);
        String otherPool = StsFixtures.role(federatedTrust("cognito-idp.us-east-1.amazonaws.com/us-east-1_Other0001",
                ""), StsFixtures.LIST_POOLS);

        try (StsClient sts = QueryClients.stsUnsigned()) {
            assertThat(sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("alias")
                    .webIdentityToken(login.idToken())).credentials().accessKeyId()).startsWith("ASIA");
            var denied = assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(otherPool)
                    .roleSessionName("other").webIdentityToken(login.idToken())), "AccessDenied", 403);
            assertThat(denied.awsErrorDetails().errorMessage())
                    .isEqualTo("Not authorized to perform sts:AssumeRoleWithWebIdentity");
        }
    }

    @Test
    void assumeRoleWithWebIdentityWhenExternalIssuerThenTrustAndConditionKeysDecide() {
        try (TestIssuer idp = TestIssuer.start(); IamClient iam = QueryClients.iam()) {
            String providerArn = iam.createOpenIDConnectProvider(r -> r.url(idp.url()).clientIDList("ext-app"))
                    .openIDConnectProviderArn();
            String name = idp.url().replaceFirst("^http://", "");
            String role = StsFixtures.role(federatedTrust(providerArn, stringEquals(name + ":sub", "user-123"),
                    "\"sts:AssumeRoleWithWebIdentity\",\"sts:SetSourceIdentity\""), StsFixtures.LIST_POOLS);
            String noSourceIdentity = StsFixtures.role(federatedTrust(providerArn, ""), StsFixtures.LIST_POOLS);
            String notNamed = StsFixtures.role(federatedTrust(
                    "arn:aws:iam::000000000000:oidc-provider/idp.example.com", ""), StsFixtures.LIST_POOLS);

            try (StsClient sts = QueryClients.stsUnsigned()) {
                AssumeRoleWithWebIdentityResponse ok = sts.assumeRoleWithWebIdentity(r -> r.roleArn(role)
                        .roleSessionName("ext").webIdentityToken(idp.rsaToken("ext-app", b -> b
                                .claim("https://aws.amazon.com/source_identity", "ext-user"))).providerId("ignored"));
                assertThat(ok.provider()).isEqualTo(name);
                assertThat(ok.audience()).isEqualTo("ext-app");
                assertThat(ok.subjectFromWebIdentityToken()).isEqualTo("user-123");
                assertThat(ok.sourceIdentity()).isEqualTo("ext-user");

                assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(noSourceIdentity)
                        .roleSessionName("src").webIdentityToken(idp.rsaToken("ext-app", b -> b
                                .claim("https://aws.amazon.com/source_identity", "ext-user")))), "AccessDenied", 403);
                assertThat(sts.assumeRoleWithWebIdentity(r -> r.roleArn(noSourceIdentity).roleSessionName("plain")
                        .webIdentityToken(idp.rsaToken("ext-app", b -> { }))).sourceIdentity()).isNull();
                assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("sub")
                        .webIdentityToken(idp.rsaToken("ext-app", b -> b.subject("someone-else")))),
                        "AccessDenied", 403);
                assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(notNamed).roleSessionName("nn")
                        .webIdentityToken(idp.rsaToken("ext-app", b -> { }))), "AccessDenied", 403);
                assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("aud")
                        .webIdentityToken(idp.rsaToken("another-app", b -> { }))), "InvalidIdentityToken", 400);
                assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("exp")
                        .webIdentityToken(idp.rsaToken("ext-app", b -> b
                                .issueTime(Date.from(Instant.now().minusSeconds(1200)))
                                .expirationTime(Date.from(Instant.now().minusSeconds(600)))))),
                        "ExpiredTokenException", 400);
            }
        }
    }

    @Test
    void assumeRoleWithWebIdentityWhenTokenCarriesSessionTagsThenPoliciesSeeThem() {
        try (TestIssuer idp = TestIssuer.start(); IamClient iam = QueryClients.iam()) {
            String providerArn = iam.createOpenIDConnectProvider(r -> r.url(idp.url()).clientIDList("tag-app"))
                    .openIDConnectProviderArn();
            String role = StsFixtures.role(federatedTrust(providerArn, "",
                    "\"sts:AssumeRoleWithWebIdentity\",\"sts:TagSession\""), "{\"Version\":\"2012-10-17\","
                    + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"cognito-idp:ListUserPools\",\"Resource\":\"*\","
                    + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":\"blue\"}}}]}");

            try (StsClient sts = QueryClients.stsUnsigned()) {
                var blue = sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("blue")
                        .webIdentityToken(idp.rsaToken("tag-app", b -> b.claim("https://aws.amazon.com/tags",
                                Map.of("principal_tags", Map.of("team", List.of("blue")),
                                        "transitive_tag_keys", List.of("team")))))).credentials();
                var red = sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("red")
                        .webIdentityToken(idp.rsaToken("tag-app", b -> b.claim("https://aws.amazon.com/tags",
                                Map.of("principal_tags", Map.of("team", List.of("red"))))))).credentials();
                try (CognitoIdentityProviderClient yes = StsFixtures.cognito(blue);
                     CognitoIdentityProviderClient no = StsFixtures.cognito(red)) {
                    assertThat(yes.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
                    assertAwsError(() -> no.listUserPools(r -> r.maxResults(1)), "AccessDeniedException", 400);
                }
                assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("bad")
                        .webIdentityToken(idp.rsaToken("tag-app", b -> b.claim("https://aws.amazon.com/tags",
                                Map.of("principal_tags", Map.of("team", "blue")))))), "InvalidIdentityToken", 400);
            }
        }
    }

    @Test
    void assumeRoleWithWebIdentityWhenBadInputThenRefused() {
        PoolLogin login = poolLogin();
        String providerArn = "arn:aws:iam::000000000000:oidc-provider/" + login.providerName();
        String role = StsFixtures.role(federatedTrust(providerArn, ""), StsFixtures.LIST_POOLS);
        String[] parts = login.idToken().split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10)
                + (parts[2].charAt(10) == 'A' ? 'B' : 'A') + parts[2].substring(11);
        String algNone = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";

        try (StsClient sts = QueryClients.stsUnsigned()) {
            assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("forged")
                    .webIdentityToken(forged)), "InvalidIdentityToken", 400);
            assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("none")
                    .webIdentityToken(algNone)), "InvalidIdentityToken", 400);
            assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("junk")
                    .webIdentityToken("not-a-token")), "InvalidIdentityToken", 400);
            assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("x")
                    .webIdentityToken(login.idToken())), "ValidationError", 400);
            assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("nt")),
                    "ValidationError", 400);
            assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn("arn:aws:iam::000000000000:user/Bob")
                    .roleSessionName("notarole").webIdentityToken(login.idToken())), "ValidationError", 400);
            assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn("arn:aws:iam::000000000000:role/None")
                    .roleSessionName("missing").webIdentityToken(login.idToken())), "AccessDenied", 403);
            assertAwsError(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn(role).roleSessionName("long")
                    .webIdentityToken(login.idToken()).durationSeconds(3601)), "ValidationError", 400);
        }
    }
}
