package io.gatehouse.aws.cognitoidentity;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.aws.cognitoidentity.IdentityPoolFixtures.UserPool;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.QueryClients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.RulesConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The enhanced flow end to end with the AWS SDKs: GetId and GetCredentialsForIdentity for a guest
 * and for a user-pool user (ID token from InitiateAuth), then calls signed with the credentials
 * that the role allows and denies; stable identity ids, role selection by group and by rules, and
 * the refusals AWS gives.
 */
@GatehouseTest
public class IdentityPoolCredentialsSdkTest {

    private CognitoIdentityClient admin;
    private CognitoIdentityClient app;

    @BeforeEach
    void clients() {
        admin = IdentityPoolClients.root();
        app = IdentityPoolClients.unsigned();
    }

    @Test
    void guestWhenPoolAllowsThenCredentialsOfUnauthenticatedRole() {
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("guests").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String guestRole = IdentityPoolFixtures.role(poolId, "unauthenticated", IdentityPoolFixtures.LIST_USER_POOLS);
        admin.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("unauthenticated", guestRole)));

        String identityId = app.getId(r -> r.identityPoolId(poolId)).identityId();
        assertThat(identityId).startsWith("us-east-1:");
        var response = app.getCredentialsForIdentity(r -> r.identityId(identityId));
        assertThat(response.identityId()).isEqualTo(identityId);
        Credentials credentials = response.credentials();
        assertThat(credentials.accessKeyId()).startsWith("ASIA");
        assertThat(credentials.expiration()).isAfter(Instant.now().plusSeconds(3000));

        CognitoIdentityProviderClient signed = CognitoClients.withSession(credentials.accessKeyId(),
                credentials.secretKey(), credentials.sessionToken());
        assertThat(signed.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
        var denied = assertAwsError(() -> signed.createUserPool(r -> r.poolName("nope")), "AccessDeniedException", 400);
        assertThat(denied.awsErrorDetails().errorMessage()).contains("cognito-idp:CreateUserPool");
        String arn = QueryClients.stsWithSession(credentials.accessKeyId(), credentials.secretKey(),
                credentials.sessionToken()).getCallerIdentity().arn();
        assertThat(arn).endsWith("/CognitoIdentityCredentials").contains(":assumed-role/");

        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins()).isEmpty();
        assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId("us-east-1:00000000-0000-0000-0000-000000000000")),
                "ResourceNotFoundException", 400);
        assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId("bad id")), "InvalidParameterException", 400);
    }

    @Test
    void guestWhenPoolDisallowsOrHasNoRoleThenAwsErrors() {
        String closed = admin.createIdentityPool(r -> r.identityPoolName("closed").allowUnauthenticatedIdentities(false))
                .identityPoolId();
        var error = assertAwsError(() -> app.getId(r -> r.identityPoolId(closed)), "NotAuthorizedException", 400);
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Unauthenticated access is not supported for this identity pool.");

        String roleless = admin.createIdentityPool(r -> r.identityPoolName("roleless").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String identityId = app.getId(r -> r.identityPoolId(roleless)).identityId();
        assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId(identityId)),
                "InvalidIdentityPoolConfigurationException", 400);

        String untrusted = "arn:aws:iam::000000000000:role/" + PoolFixtures.unique("NoTrust");
        QueryClients.iam().createRole(r -> r.roleName(untrusted.substring(untrusted.indexOf('/') + 1))
                .assumeRolePolicyDocument("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:root"},
                          "Action":"sts:AssumeRole"}]}"""));
        admin.setIdentityPoolRoles(r -> r.identityPoolId(roleless).roles(Map.of("unauthenticated", untrusted)));
        assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId(identityId)),
                "InvalidIdentityPoolConfigurationException", 400);
        assertAwsError(() -> app.getId(r -> r.identityPoolId("us-east-1:00000000-0000-0000-0000-000000000000")),
                "ResourceNotFoundException", 400);
    }

    @Test
    void userPoolUserWhenSignedInThenStableIdentityAndAuthenticatedRole() {
        UserPool users = IdentityPoolFixtures.userPool();
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("users").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(users.provider())).identityPoolId();
        String authRole = IdentityPoolFixtures.role(poolId, "authenticated", IdentityPoolFixtures.LIST_USER_POOLS);
        admin.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", authRole)));

        String token = users.idToken();
        Map<String, String> logins = Map.of(users.providerName(), token);
        String identityId = app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
        assertThat(app.getId(r -> r.identityPoolId(poolId).logins(Map.of(users.providerName(), users.idToken())))
                .identityId()).isEqualTo(identityId);
        String issuerKey = "localhost:" + io.restassured.RestAssured.port + "/" + users.poolId();
        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins()).containsExactly(users.providerName());

        Credentials credentials = app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins)).credentials();
        CognitoIdentityProviderClient signed = CognitoClients.withSession(credentials.accessKeyId(),
                credentials.secretKey(), credentials.sessionToken());
        assertThat(signed.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
        assertAwsError(() -> signed.deleteUserPool(r -> r.userPoolId(users.poolId())), "AccessDeniedException", 400);
        assertThat(QueryClients.stsWithSession(credentials.accessKeyId(), credentials.secretKey(),
                credentials.sessionToken()).getCallerIdentity().arn()).contains(authRole.substring(authRole.indexOf('/') + 1));

        var noLogins = assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId(identityId)),
                "NotAuthorizedException", 400);
        assertThat(noLogins.awsErrorDetails().errorMessage()).contains("Logins don't match");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertAwsError(() -> app.getId(r -> r.identityPoolId(poolId).logins(Map.of(users.providerName(), tampered))),
                "NotAuthorizedException", 400);
        assertAwsError(() -> app.getId(r -> r.identityPoolId(poolId).logins(Map.of("accounts.google.com", token))),
                "NotAuthorizedException", 400);
        assertThat(issuerKey).contains(users.poolId());
    }

    @Test
    void firstSignInWhenRacedByManyRequestsThenOneIdentity() throws Exception {
        UserPool users = IdentityPoolFixtures.userPool();
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("racing").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(users.provider())).identityPoolId();
        Map<String, String> logins = Map.of(users.providerName(), users.idToken());
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                ids.add(pool.submit(() -> {
                    start.await();
                    return app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
                }));
            }
            start.countDown();
            Set<String> distinct = new HashSet<>();
            for (Future<String> id : ids) {
                distinct.add(id.get(30, TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(1);
            assertThat(admin.listIdentities(r -> r.identityPoolId(poolId).maxResults(60)).identities())
                    .extracting(i -> i.identityId()).containsExactlyElementsOf(distinct);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tokenWhenClientNotConfiguredThenNotAuthorized() {
        UserPool users = IdentityPoolFixtures.userPool();
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("otherclient").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(b -> b.providerName(users.providerName()).clientId("someotherclient")))
                .identityPoolId();
        var error = assertAwsError(() -> app.getId(r -> r.identityPoolId(poolId)
                .logins(Map.of(users.providerName(), users.idToken()))), "NotAuthorizedException", 400);
        assertThat(error.awsErrorDetails().errorMessage()).contains("audience");
    }

    @Test
    void groupRoleWhenTokenMappingThenPreferredRole() {
        UserPool users = IdentityPoolFixtures.userPool();
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("groups").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(users.provider())).identityPoolId();
        String defaultRole = IdentityPoolFixtures.role(poolId, "authenticated", IdentityPoolFixtures.LIST_USER_POOLS);
        String groupRole = IdentityPoolFixtures.role(poolId, "authenticated", IdentityPoolFixtures.LIST_USER_POOLS);
        CognitoIdentityProviderClient idp = CognitoClients.root();
        idp.createGroup(r -> r.userPoolId(users.poolId()).groupName("editors").precedence(1).roleArn(groupRole));
        idp.adminAddUserToGroup(r -> r.userPoolId(users.poolId()).username(users.username()).groupName("editors"));
        admin.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", defaultRole))
                .roleMappings(Map.of(users.providerName() + ":" + users.clientId(), RoleMapping.builder()
                        .type(RoleMappingType.TOKEN).ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY).build())));

        Map<String, String> logins = Map.of(users.providerName(), users.idToken());
        String identityId = app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
        Credentials credentials = app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins)).credentials();
        assertThat(callerArn(credentials)).contains(groupRole.substring(groupRole.indexOf('/') + 1));
        assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins)
                .customRoleArn(defaultRole)), "InvalidParameterException", 400);

        String loner = PoolFixtures.createUser(users.poolId(), "loner", Map.of());
        Map<String, String> lonerLogins = Map.of(users.providerName(), users.idToken(loner));
        String lonerId = app.getId(r -> r.identityPoolId(poolId).logins(lonerLogins)).identityId();
        var denied = assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId(lonerId).logins(lonerLogins)),
                "NotAuthorizedException", 400);
        assertThat(denied.awsErrorDetails().errorMessage()).contains("ambiguous role mapping");
    }

    @Test
    void rulesMappingWhenClaimMatchesThenRuleRoleElseResolution() {
        UserPool users = IdentityPoolFixtures.userPool();
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("rules").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(users.provider())).identityPoolId();
        String defaultRole = IdentityPoolFixtures.role(poolId, "authenticated", IdentityPoolFixtures.LIST_USER_POOLS);
        String ruleRole = IdentityPoolFixtures.role(poolId, "authenticated", IdentityPoolFixtures.LIST_USER_POOLS);
        MappingRule byUsername = MappingRule.builder().claim("cognito:username").matchType(MappingRuleMatchType.STARTS_WITH)
                .value("idp-").roleARN(ruleRole).build();
        setRules(poolId, users, defaultRole, byUsername, AmbiguousRoleResolutionType.DENY);

        Map<String, String> logins = Map.of(users.providerName(), users.idToken());
        String identityId = app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
        assertThat(callerArn(app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins)).credentials()))
                .contains(ruleRole.substring(ruleRole.indexOf('/') + 1));

        MappingRule noMatch = MappingRule.builder().claim("cognito:username").matchType(MappingRuleMatchType.EQUALS)
                .value("someone-else").roleARN(ruleRole).build();
        setRules(poolId, users, defaultRole, noMatch, AmbiguousRoleResolutionType.DENY);
        assertAwsError(() -> app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins)),
                "NotAuthorizedException", 400);
        setRules(poolId, users, defaultRole, noMatch, AmbiguousRoleResolutionType.AUTHENTICATED_ROLE);
        assertThat(callerArn(app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins)).credentials()))
                .contains(defaultRole.substring(defaultRole.indexOf('/') + 1));
    }

    @Test
    void principalTagsWhenMappedThenUsableInPolicies() {
        UserPool users = IdentityPoolFixtures.userPool();
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("ptags").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(users.provider())).identityPoolId();
        String role = IdentityPoolFixtures.role(poolId, "authenticated", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cognito-idp:ListUserPools","Resource":"*",
                  "Condition":{"StringEquals":{"aws:PrincipalTag/client":"%s"}}}]}""".formatted(users.clientId()));
        admin.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", role)));
        Map<String, String> logins = Map.of(users.providerName(), users.idToken());
        String identityId = app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();

        Credentials untagged = app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins)).credentials();
        assertAwsError(() -> CognitoClients.withSession(untagged.accessKeyId(), untagged.secretKey(), untagged.sessionToken())
                .listUserPools(r -> r.maxResults(1)), "AccessDeniedException", 400);

        admin.setPrincipalTagAttributeMap(r -> r.identityPoolId(poolId).identityProviderName(users.providerName())
                .useDefaults(true));
        Credentials tagged = app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins)).credentials();
        assertThat(CognitoClients.withSession(tagged.accessKeyId(), tagged.secretKey(), tagged.sessionToken())
                .listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
    }

    private void setRules(String poolId, UserPool users, String defaultRole, MappingRule rule,
                          AmbiguousRoleResolutionType resolution) {
        admin.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("authenticated", defaultRole))
                .roleMappings(Map.of(users.providerName() + ":" + users.clientId(), RoleMapping.builder()
                        .type(RoleMappingType.RULES).ambiguousRoleResolution(resolution)
                        .rulesConfiguration(RulesConfigurationType.builder().rules(rule).build()).build())));
    }

    public static String callerArn(Credentials credentials) {
        return QueryClients.stsWithSession(credentials.accessKeyId(), credentials.secretKey(), credentials.sessionToken())
                .getCallerIdentity().arn();
    }
}
