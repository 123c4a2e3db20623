package io.gatehouse.aws.cognitoidentity;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.RulesConfigurationType;

/**
 * Identity-pool administration with the AWS SDK's CognitoIdentityClient: create, describe, update,
 * list, roles, tags, principal-tag maps and delete, with AWS's validation and not-found errors, and
 * another account's pool as absent as a missing one.
 */
@GatehouseTest
class IdentityPoolAdminSdkTest {

    private static final String ROLE = "arn:aws:iam::" + SignedRequests.ACCOUNT_ID + ":role/IdentityAuth";
    private CognitoIdentityClient admin;

    @BeforeEach
    void clients() {
        admin = IdentityPoolClients.root();
    }

    @Test
    void lifecycleWhenCreatedUpdatedAndDeletedThenAwsShapesThroughout() {
        String provider = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Lifecycle1";
        CreateIdentityPoolResponse created = admin.createIdentityPool(r -> r.identityPoolName("Lifecycle pool")
                .allowUnauthenticatedIdentities(true).allowClassicFlow(false).developerProviderName(unique("login.dev"))
                .cognitoIdentityProviders(CognitoIdentityProvider.builder().providerName(provider).clientId("client1")
                        .serverSideTokenCheck(false).build())
                .supportedLoginProviders(Map.of("graph.facebook.com", "123"))
                .identityPoolTags(Map.of("team", "blue")));
        String id = created.identityPoolId();
        assertThat(id).matches("us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(created.identityPoolName()).isEqualTo("Lifecycle pool");
        assertThat(created.allowUnauthenticatedIdentities()).isTrue();
        assertThat(created.allowClassicFlow()).isFalse();
        assertThat(created.cognitoIdentityProviders()).singleElement()
                .satisfies(p -> assertThat(p.clientId()).isEqualTo("client1"));
        assertThat(created.supportedLoginProviders()).containsEntry("graph.facebook.com", "123");
        assertThat(created.identityPoolTags()).containsEntry("team", "blue");

        DescribeIdentityPoolResponse described = admin.describeIdentityPool(r -> r.identityPoolId(id));
        assertThat(described.identityPoolName()).isEqualTo("Lifecycle pool");
        assertThat(described.developerProviderName()).isEqualTo(created.developerProviderName());

        var updated = admin.updateIdentityPool(r -> r.identityPoolId(id).identityPoolName("Renamed")
                .allowUnauthenticatedIdentities(false).allowClassicFlow(true)
                .developerProviderName(created.developerProviderName()));
        assertThat(updated.identityPoolName()).isEqualTo("Renamed");
        assertThat(updated.allowClassicFlow()).isTrue();
        assertThat(updated.cognitoIdentityProviders()).isEmpty();
        assertThat(updated.identityPoolTags()).containsEntry("team", "blue");

        ListIdentityPoolsResponse listed = admin.listIdentityPools(r -> r.maxResults(60));
        assertThat(listed.identityPools()).anySatisfy(p -> {
            assertThat(p.identityPoolId()).isEqualTo(id);
            assertThat(p.identityPoolName()).isEqualTo("Renamed");
        });

        String arn = "arn:aws:cognito-identity:us-east-1:" + SignedRequests.ACCOUNT_ID + ":identitypool/" + id;
        admin.tagResource(r -> r.resourceArn(arn).tags(Map.of("env", "test")));
        assertThat(admin.listTagsForResource(r -> r.resourceArn(arn)).tags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("team", "blue", "env", "test"));
        admin.untagResource(r -> r.resourceArn(arn).tagKeys("team"));
        assertThat(admin.listTagsForResource(r -> r.resourceArn(arn)).tags()).containsOnlyKeys("env");

        admin.deleteIdentityPool(r -> r.identityPoolId(id));
        assertAwsError(() -> admin.describeIdentityPool(r -> r.identityPoolId(id)), "ResourceNotFoundException", 400);
    }

    @Test
    void listWhenMorePoolsThanPageThenNextTokenPages() {
        CognitoIdentityClient account = newAccount();
        for (int i = 0; i < 3; i++) {
            String name = "page" + i;
            account.createIdentityPool(r -> r.identityPoolName(name).allowUnauthenticatedIdentities(false));
        }
        ListIdentityPoolsResponse first = account.listIdentityPools(r -> r.maxResults(2));
        assertThat(first.identityPools()).hasSize(2);
        assertThat(first.nextToken()).isNotBlank();
        ListIdentityPoolsResponse second = account.listIdentityPools(r -> r.maxResults(2).nextToken(first.nextToken()));
        assertThat(second.identityPools()).hasSize(1);
        assertThat(second.nextToken()).isNull();
        assertAwsError(() -> account.listIdentityPools(r -> r.maxResults(61)), "InvalidParameterException", 400);
    }

    @Test
    void createWhenInputInvalidThenInvalidParameterException() {
        assertAwsError(() -> admin.createIdentityPool(r -> r.allowUnauthenticatedIdentities(true)),
                "InvalidParameterException", 400);
        assertAwsError(() -> admin.createIdentityPool(r -> r.identityPoolName("x".repeat(129))
                .allowUnauthenticatedIdentities(true)), "InvalidParameterException", 400);
        assertAwsError(() -> admin.createIdentityPool(r -> r.identityPoolName("bad/name")
                .allowUnauthenticatedIdentities(true)), "InvalidParameterException", 400);
        assertAwsError(() -> admin.createIdentityPool(r -> r.identityPoolName("no-flag")),
                "InvalidParameterException", 400);
        assertAwsError(() -> admin.createIdentityPool(r -> r.identityPoolName("bad-dev")
                .allowUnauthenticatedIdentities(true).developerProviderName("has space")), "InvalidParameterException", 400);
        assertAwsError(() -> admin.createIdentityPool(r -> r.identityPoolName("bad-client")
                .allowUnauthenticatedIdentities(true).cognitoIdentityProviders(CognitoIdentityProvider.builder()
                        .providerName("cognito-idp.us-east-1.amazonaws.com/us-east-1_X").clientId("bad client").build())),
                "InvalidParameterException", 400);
        Map<String, String> tooMany = new java.util.HashMap<>();
        for (int i = 0; i < 51; i++) {
            tooMany.put("k" + i, "v");
        }
        assertAwsError(() -> admin.createIdentityPool(r -> r.identityPoolName("tags")
                .allowUnauthenticatedIdentities(true).identityPoolTags(tooMany)), "InvalidParameterException", 400);
    }

    @Test
    void developerProviderWhenUsedTwiceOrChangedThenRefused() {
        CognitoIdentityClient account = newAccount();
        String developer = unique("login.app");
        String id = account.createIdentityPool(r -> r.identityPoolName("dev1").allowUnauthenticatedIdentities(false)
                .developerProviderName(developer)).identityPoolId();
        assertAwsError(() -> account.createIdentityPool(r -> r.identityPoolName("dev2")
                .allowUnauthenticatedIdentities(false).developerProviderName(developer)), "ResourceConflictException", 400);
        assertAwsError(() -> account.updateIdentityPool(r -> r.identityPoolId(id).identityPoolName("dev1")
                .allowUnauthenticatedIdentities(false).developerProviderName("other.name")), "InvalidParameterException", 400);
    }

    @Test
    void poolIdWhenMalformedMissingOrOfAnotherAccountThenAwsErrors() {
        String id = admin.createIdentityPool(r -> r.identityPoolName("mine").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        assertAwsError(() -> admin.describeIdentityPool(r -> r.identityPoolId("not-an-id")), "InvalidParameterException", 400);
        assertAwsError(() -> admin.describeIdentityPool(r -> { }), "InvalidParameterException", 400);
        assertAwsError(() -> admin.describeIdentityPool(r -> r.identityPoolId("us-east-1:00000000-0000-0000-0000-000000000000")),
                "ResourceNotFoundException", 400);
        CognitoIdentityClient other = newAccount();
        assertAwsError(() -> other.describeIdentityPool(r -> r.identityPoolId(id)), "ResourceNotFoundException", 400);
        assertAwsError(() -> other.deleteIdentityPool(r -> r.identityPoolId(id)), "ResourceNotFoundException", 400);
        assertAwsError(() -> other.getIdentityPoolRoles(r -> r.identityPoolId(id)), "ResourceNotFoundException", 400);
        assertThat(other.listIdentityPools(r -> r.maxResults(60)).identityPools()).isEmpty();
        assertThat(admin.describeIdentityPool(r -> r.identityPoolId(id)).identityPoolName()).isEqualTo("mine");
    }

    @Test
    void callerWhenUnsignedOrWithoutPermissionThenRefused() {
        assertAwsError(() -> IdentityPoolClients.unsigned().listIdentityPools(r -> r.maxResults(10)),
                "MissingAuthenticationTokenException", 400);
        String user = "idp-nobody-" + ThreadLocalRandom.current().nextInt(1_000_000);
        var iam = io.gatehouse.testing.QueryClients.iam();
        iam.createUser(r -> r.userName(user));
        var key = iam.createAccessKey(r -> r.userName(user)).accessKey();
        CognitoIdentityClient nobody = IdentityPoolClients.as(key.accessKeyId(), key.secretAccessKey());
        var denied = assertAwsError(() -> nobody.listIdentityPools(r -> r.maxResults(10)), "AccessDeniedException", 400);
        assertThat(denied.awsErrorDetails().errorMessage()).contains("cognito-identity:ListIdentityPools");
    }

    @Test
    void rolesWhenSetThenReadBackAndValidated() {
        String provider = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Roles1";
        String id = admin.createIdentityPool(r -> r.identityPoolName("roles").allowUnauthenticatedIdentities(true)
                .cognitoIdentityProviders(CognitoIdentityProvider.builder().providerName(provider).clientId("app1").build()))
                .identityPoolId();
        RoleMapping rules = RoleMapping.builder().type(RoleMappingType.RULES)
                .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                .rulesConfiguration(RulesConfigurationType.builder().rules(MappingRule.builder().claim("custom:tier")
                        .matchType(MappingRuleMatchType.EQUALS).value("gold").roleARN(ROLE).build()).build()).build();
        admin.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of("authenticated", ROLE, "unauthenticated", ROLE))
                .roleMappings(Map.of(provider + ":app1", rules)));
        GetIdentityPoolRolesResponse read = admin.getIdentityPoolRoles(r -> r.identityPoolId(id));
        assertThat(read.identityPoolId()).isEqualTo(id);
        assertThat(read.roles()).containsEntry("authenticated", ROLE).containsEntry("unauthenticated", ROLE);
        assertThat(read.roleMappings().get(provider + ":app1").rulesConfiguration().rules()).singleElement()
                .satisfies(rule -> {
                    assertThat(rule.claim()).isEqualTo("custom:tier");
                    assertThat(rule.matchTypeAsString()).isEqualTo("Equals");
                    assertThat(rule.roleARN()).isEqualTo(ROLE);
                });

        assertAwsError(() -> admin.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of("admin", ROLE))),
                "InvalidParameterException", 400);
        assertAwsError(() -> admin.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of("authenticated", "not-an-arn"))),
                "InvalidParameterException", 400);
        assertAwsError(() -> admin.setIdentityPoolRoles(r -> r.identityPoolId(id)
                .roleMappings(Map.of("accounts.google.com", rules))), "InvalidParameterException", 400);
        assertAwsError(() -> admin.setIdentityPoolRoles(r -> r.identityPoolId(id).roleMappings(Map.of(provider,
                RoleMapping.builder().type(RoleMappingType.RULES).ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                        .build()))), "InvalidParameterException", 400);
    }

    @Test
    void principalTagMapWhenSetThenReadBack() {
        String provider = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Tags1";
        String id = admin.createIdentityPool(r -> r.identityPoolName("ptags").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(CognitoIdentityProvider.builder().providerName(provider).clientId("app1").build()))
                .identityPoolId();
        var defaults = admin.getPrincipalTagAttributeMap(r -> r.identityPoolId(id).identityProviderName(provider));
        assertThat(defaults.useDefaults()).isTrue();
        var set = admin.setPrincipalTagAttributeMap(r -> r.identityPoolId(id).identityProviderName(provider)
                .useDefaults(false).principalTags(Map.of("department", "custom:department")));
        assertThat(set.principalTags()).containsEntry("department", "custom:department");
        var read = admin.getPrincipalTagAttributeMap(r -> r.identityPoolId(id).identityProviderName(provider));
        assertThat(read.useDefaults()).isFalse();
        assertThat(read.principalTags()).containsExactlyEntriesOf(Map.of("department", "custom:department"));
        assertAwsError(() -> admin.setPrincipalTagAttributeMap(r -> r.identityPoolId(id)
                .identityProviderName("unknown.example.com").useDefaults(true)), "InvalidParameterException", 400);
    }

    static CognitoIdentityClient newAccount() {
        String accountId = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
        String keyId = "AKIAIDP" + accountId.substring(3);
        String secret = "idp-secret-" + accountId + "-0000000000000000";
        TestAccounts.root(accountId, keyId, secret);
        return IdentityPoolClients.as(keyId, secret);
    }

    static String unique(String prefix) {
        return PoolFixtures.unique(prefix).replace('-', '_');
    }
}
