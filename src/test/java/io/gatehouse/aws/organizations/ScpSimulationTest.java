package io.gatehouse.aws.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;

/** SimulatePrincipalPolicy in a member account includes the SCPs of the organization. */
@GatehouseTest
class ScpSimulationTest {

    private static final String DENY_DELETE = """
            {"Version":"2012-10-17","Statement":[{"Sid":"NoDeletes","Effect":"Deny","Action":"s3:DeleteObject",\
            "Resource":"*"}]}""";

    @Test
    void simulatePrincipalPolicyWhenMemberAccountScpDeniesThenExplicitDenyNotAllowedByOrganizations() {
        OrganizationsWire.ScpOrganization org = OrganizationsWire.organizationWithScps("AKIASIM");
        OrganizationsWire management = org.management();
        String memberId = org.memberId();
        String keyId = org.keyId();
        String secret = org.secret();
        String denyId = management.createScp("NoDeletes", DENY_DELETE);
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
