package io.gatehouse.aws.organizations;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.QueryClients;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * The cross-account role CreateAccount makes in a new member account
 * ({@code OrganizationAccountAccessRole}): an IAM user of the management account allowed
 * {@code sts:AssumeRole} assumes it with the real StsClient and acts in the member account;
 * the management account's root user cannot assume roles, and a user of another account is refused.
 */
@GatehouseTest
class OrganizationAccessRoleSdkTest {

    @Test
    void assumeRoleWhenManagementUserThenActsInTheMemberAccount() {
        OrganizationsWire management = OrganizationsWire.newAccount();
        management.ok("CreateOrganization", "{}");
        String memberId = management.ok("CreateAccount", Map.of("Email", PoolFixtures.unique("member")
                + "@example.com", "AccountName", "Member")).getString("CreateAccountStatus.AccountId");
        String roleArn = "arn:aws:iam::" + memberId + ":role/OrganizationAccountAccessRole";
        AccessKey operator;
        try (IamClient iam = QueryClients.iamAs(management.accessKeyId(), management.secretAccessKey())) {
            String name = PoolFixtures.unique("operator");
            iam.createUser(r -> r.userName(name));
            iam.putUserPolicy(r -> r.userName(name).policyName("assume").policyDocument("{\"Version\":\"2012-10-17\","
                    + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\""
                    + roleArn + "\"}]}"));
            operator = iam.createAccessKey(r -> r.userName(name)).accessKey();
        }

        try (StsClient sts = QueryClients.stsAs(operator.accessKeyId(), operator.secretAccessKey())) {
            AssumeRoleResponse assumed = sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("admin"));

            assertThat(assumed.assumedRoleUser().arn())
                    .isEqualTo("arn:aws:sts::" + memberId + ":assumed-role/OrganizationAccountAccessRole/admin");
            Credentials session = assumed.credentials();
            try (StsClient asRole = QueryClients.stsWithSession(session.accessKeyId(), session.secretAccessKey(),
                    session.sessionToken())) {
                assertThat(asRole.getCallerIdentity().account()).isEqualTo(memberId);
            }
        }
        try (StsClient root = QueryClients.stsAs(management.accessKeyId(), management.secretAccessKey())) {
            assertAwsError(() -> root.assumeRole(r -> r.roleArn(roleArn).roleSessionName("root")), "AccessDenied", 403);
        }
        AccessKey outsider;
        try (IamClient iam = QueryClients.iam()) {
            String name = PoolFixtures.unique("outsider");
            iam.createUser(r -> r.userName(name));
            iam.putUserPolicy(r -> r.userName(name).policyName("assume").policyDocument("{\"Version\":\"2012-10-17\","
                    + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}"));
            outsider = iam.createAccessKey(r -> r.userName(name)).accessKey();
        }
        try (StsClient stranger = QueryClients.stsAs(outsider.accessKeyId(), outsider.secretAccessKey())) {
            assertAwsError(() -> stranger.assumeRole(r -> r.roleArn(roleArn).roleSessionName("x1")),
                    "AccessDenied", 403);
        }
    }
}
