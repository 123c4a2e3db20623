package io.gatehouse.aws.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.QueryClients;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;

/** SimulatePrincipalPolicy in a member account includes the SCPs of the organization. */
@GatehouseTest
class ScpSimulationTest {

    private static final String SCP = "SERVICE_CONTROL_POLICY";
    private static final String DENY_DELETE = """
            {"Version":"2012-10-17","Statement":[{"Sid":"NoDeletes","Effect":"Deny","Action":"s3:DeleteObject",\
            "Resource":"*"}]}""";

    @Test
    void simulatePrincipalPolicyWhenMemberAccountScpDeniesThenExplicitDenyNotAllowedByOrganizations() {
        OrganizationsWire management = OrganizationsWire.newAccount();
        management.ok("CreateOrganization", "{}");
        String rootId = management.ok("ListRoots", "{}").getString("Roots[0].Id");
        management.ok("EnablePolicyType", Map.of("RootId", rootId, "PolicyType", SCP));
        String memberId = management.ok("CreateAccount", Map.of("Email", PoolFixtures.unique("sim") + "@example.com",
                "AccountName", "Member")).getString("CreateAccountStatus.AccountId");
        String keyId = "AKIASIM" + memberId.substring(3);
        String secret = "sim-member-secret-" + memberId;
        TestAccounts.root(memberId, keyId, secret);
        String denyId = management.ok("CreatePolicy", Map.of("Name", "NoDeletes", "Description", "deny",
                "Content", DENY_DELETE, "Type", SCP)).getString("Policy.PolicySummary.Id");
        management.ok("AttachPolicy", Map.of("PolicyId", denyId, "TargetId", memberId));

        try (IamClient member = QueryClients.iamAs(keyId, secret)) {
            member.createUser(r -> r.userName("dev"));
            member.attachUserPolicy(r -> r.userName("dev").policyArn("arn:aws:iam::aws:policy/AdministratorAccess"));
            String userArn = "arn:aws:iam::" + memberId + ":user/dev";

            var results = member.simulatePrincipalPolicy(r -> r.policySourceArn(userArn)
                    .actionNames("s3:DeleteObject", "s3:GetObject")).evaluationResults();

            EvaluationResult delete = results.get(0);
            assertThat(delete.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.EXPLICIT_DENY);
            assertThat(delete.organizationsDecisionDetail().allowedByOrganizations()).isFalse();
            assertThat(delete.matchedStatements()).singleElement().satisfies(s -> {
                assertThat(s.sourcePolicyId()).isEqualTo("scp/" + denyId);
                assertThat(s.sourcePolicyTypeAsString()).isEqualTo("none");
            });
            EvaluationResult get = results.get(1);
            assertThat(get.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
            assertThat(get.organizationsDecisionDetail().allowedByOrganizations()).isTrue();
            assertThat(get.matchedStatements()).extracting(s -> s.sourcePolicyId())
                    .contains("arn:aws:iam::aws:policy/AdministratorAccess");
            assertThat(get.matchedStatements()).extracting(s -> s.sourcePolicyTypeAsString()).contains("aws-managed");
        }
    }
}
