package io.gatehouse.aws.organizations;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.QueryClients;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Service control policies stop every principal of a member account, its root user included, and
 * never the management account; a new member account gets the cross-account role the management
 * account administers it through.
 */
@GatehouseTest
class ScpEnforcementTest {

    private static final String DENY_CREATE_POOL = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"cognito-idp:CreateUserPool",\
            "Resource":"*"}]}""";

    @Test
    void memberRootWhenScpDeniesThenStoppedAndManagementAccountNot() {
        OrganizationsWire.ScpOrganization org = OrganizationsWire.organizationWithScps("AKIASCP");
        OrganizationsWire management = org.management();
        String memberId = org.memberId();
        String keyId = org.keyId();
        String secret = org.secret();
        String denyId = management.createScp("NoNewPools", DENY_CREATE_POOL);
        management.ok("AttachPolicy", Map.of("PolicyId", denyId, "TargetId", org.rootId()));

        try (CognitoIdentityProviderClient member = CognitoClients.as(keyId, secret)) {
            AwsServiceException denied = assertAwsError(() -> member.createUserPool(r -> r.poolName("x")),
                    "AccessDeniedException", 400);
            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + memberId
                    + ":root is not authorized to perform: cognito-idp:CreateUserPool on resource: * with an explicit "
                    + "deny in a service control policy");
            assertThat(member.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();

            management.ok("AttachPolicy", Map.of("PolicyId", denyId, "TargetId", memberId));
            management.ok("DetachPolicy", Map.of("PolicyId", "p-FullAWSAccess", "TargetId", memberId));
            AwsServiceException implicit = assertAwsError(() -> member.listUserPools(r -> r.maxResults(1)),
                    "AccessDeniedException", 400);
            assertThat(implicit.awsErrorDetails().errorMessage()).endsWith(
                    "because no service control policy allows the cognito-idp:ListUserPools action");
        }
        try (CognitoIdentityProviderClient managementRoot = CognitoClients.as(management.accessKeyId(),
                management.secretAccessKey())) {
            assertThat(managementRoot.createUserPool(r -> r.poolName("mgmt-pool")).userPool().id()).isNotBlank();
        }
    }

    @Test
    void createAccountWhenMemberThenOrganizationAccessRoleTrustsManagement() {
        OrganizationsWire management = OrganizationsWire.newAccount();
        management.ok("CreateOrganization", "{}");
        String memberId = management.ok("CreateAccount", Map.of("Email", PoolFixtures.unique("r") + "@example.com",
                "AccountName", "Member")).getString("CreateAccountStatus.AccountId");
        String keyId = "AKIAROLE" + memberId.substring(4);
        String secret = "role-member-secret-" + memberId;
        TestAccounts.root(memberId, keyId, secret);

        try (IamClient member = QueryClients.iamAs(keyId, secret)) {
            var role = member.getRole(r -> r.roleName("OrganizationAccountAccessRole")).role();
            assertThat(URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8))
                    .contains("arn:aws:iam::" + management.accountId + ":root");
            assertThat(member.listAttachedRolePolicies(r -> r.roleName("OrganizationAccountAccessRole"))
                    .attachedPolicies()).extracting(p -> p.policyArn())
                    .containsExactly("arn:aws:iam::aws:policy/AdministratorAccess");
        }
    }
}
