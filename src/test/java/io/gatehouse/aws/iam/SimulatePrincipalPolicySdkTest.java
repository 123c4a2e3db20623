package io.gatehouse.aws.iam;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.iam.IamPrincipalFixtures;
import io.gatehouse.iam.TestPolicies;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;
import software.amazon.awssdk.services.iam.model.Statement;

/** SimulatePrincipalPolicy and SimulateCustomPolicy through the real AWS SDK's IamClient. */
@GatehouseTest
class SimulatePrincipalPolicySdkTest {

    private static final String ACCOUNT = IamPrincipalFixtures.ACCOUNT_ID;
    private static final String DENY_DELETE = """
            {"Version":"2012-10-17","Statement":[
              {"Sid":"NoDelete","Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}
            ]}""";
    private static final String S3_BOUNDARY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""";

    private final String suffix = IamPrincipalFixtures.suffix();
    private IamClient iam;

    @BeforeEach
    void open() {
        iam = QueryClients.iam();
    }

    @AfterEach
    void close() {
        iam.close();
    }

    @Test
    void simulatePrincipalPolicyWhenUserHasInlineGroupAndBoundaryPoliciesThenEachDecides() {
        String user = "sim-user-" + suffix;
        String group = "sim-group-" + suffix;
        iam.createUser(r -> r.userName(user));
        iam.createGroup(r -> r.groupName(group));
        iam.addUserToGroup(r -> r.groupName(group).userName(user));
        iam.putUserPolicy(r -> r.userName(user).policyName("S3AndIam").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:*\",\"iam:ListUsers\"],"
                        + "\"Resource\":\"*\"}]}"));
        iam.putGroupPolicy(r -> r.groupName(group).policyName("GroupDeny").policyDocument(DENY_DELETE));
        String boundaryArn = iam.createPolicy(r -> r.policyName("sim-boundary-" + suffix)
                .policyDocument(S3_BOUNDARY)).policy().arn();
        iam.putUserPermissionsBoundary(r -> r.userName(user).permissionsBoundary(boundaryArn));
        String userArn = "arn:aws:iam::" + ACCOUNT + ":user/" + user;

        SimulatePrincipalPolicyResponse response = iam.simulatePrincipalPolicy(r -> r.policySourceArn(userArn)
                .actionNames("s3:GetObject", "s3:DeleteObject", "iam:ListUsers"));

        List<EvaluationResult> results = response.evaluationResults();
        assertThat(response.isTruncated()).isFalse();
        assertThat(results).extracting(EvaluationResult::evalActionName)
                .containsExactly("s3:GetObject", "s3:DeleteObject", "iam:ListUsers");
        assertThat(results).extracting(EvaluationResult::evalDecision).containsExactly(
                PolicyEvaluationDecisionType.ALLOWED, PolicyEvaluationDecisionType.EXPLICIT_DENY,
                PolicyEvaluationDecisionType.IMPLICIT_DENY);
        Statement allow = results.get(0).matchedStatements().get(0);
        assertThat(allow.sourcePolicyId()).isEqualTo("S3AndIam");
        assertThat(allow.sourcePolicyTypeAsString()).isEqualTo("user");
        assertThat(allow.startPosition().line()).isEqualTo(1);
        assertThat(allow.endPosition().column()).isGreaterThan(allow.startPosition().column());
        Statement deny = results.get(1).matchedStatements().get(0);
        assertThat(deny.sourcePolicyId()).isEqualTo("GroupDeny");
        assertThat(deny.sourcePolicyTypeAsString()).isEqualTo("group");
        assertThat(deny.startPosition().line()).isEqualTo(2);
        assertThat(results.get(0).permissionsBoundaryDecisionDetail().allowedByPermissionsBoundary()).isTrue();
        assertThat(results.get(2).permissionsBoundaryDecisionDetail().allowedByPermissionsBoundary()).isFalse();
        assertThat(results.get(0).organizationsDecisionDetail()).isNull();
        assertThat(results.get(0).missingContextValues()).isEmpty();
        assertThat(results.get(0).resourceSpecificResults()).singleElement()
                .satisfies(r -> assertThat(r.evalResourceName()).isEqualTo("*"));

        String groupArn = "arn:aws:iam::" + ACCOUNT + ":group/" + group;
        EvaluationResult groupOnly = iam.simulatePrincipalPolicy(r -> r.policySourceArn(groupArn)
                .actionNames("s3:DeleteObject")).evaluationResults().get(0);
        assertThat(groupOnly.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.EXPLICIT_DENY);
    }

    @Test
    void simulatePrincipalPolicyWhenRoleWithContextThenConditionDecidesAndPagesByAction() {
        String role = "sim-role-" + suffix;
        iam.createRole(r -> r.roleName(role).assumeRolePolicyDocument(TestPolicies.trustAccount()));
        iam.putRolePolicy(r -> r.roleName(role).policyName("FromOffice").policyDocument("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*",
                "Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}]}"""));
        String roleArn = "arn:aws:iam::" + ACCOUNT + ":role/" + role;
        ContextEntry office = ContextEntry.builder().contextKeyName("aws:SourceIp").contextKeyType(ContextKeyTypeEnum.IP)
                .contextKeyValues("203.0.113.9").build();

        SimulatePrincipalPolicyResponse first = iam.simulatePrincipalPolicy(r -> r.policySourceArn(roleArn)
                .actionNames("s3:GetObject", "s3:PutObject").contextEntries(office).maxItems(1));
        SimulatePrincipalPolicyResponse second = iam.simulatePrincipalPolicy(r -> r.policySourceArn(roleArn)
                .actionNames("s3:GetObject", "s3:PutObject").contextEntries(office).marker(first.marker()));
        EvaluationResult elsewhere = iam.simulatePrincipalPolicy(r -> r.policySourceArn(roleArn)
                .actionNames("s3:GetObject").resourceArns("arn:aws:s3:::b/k")).evaluationResults().get(0);

        assertThat(first.isTruncated()).isTrue();
        assertThat(first.evaluationResults()).singleElement().satisfies(e -> {
            assertThat(e.evalActionName()).isEqualTo("s3:GetObject");
            assertThat(e.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
            assertThat(e.matchedStatements().get(0).sourcePolicyTypeAsString()).isEqualTo("role");
        });
        assertThat(second.isTruncated()).isFalse();
        assertThat(second.evaluationResults()).extracting(EvaluationResult::evalActionName).containsExactly("s3:PutObject");
        assertThat(elsewhere.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
        assertThat(elsewhere.evalResourceName()).isEqualTo("arn:aws:s3:::b/k");
        assertThat(elsewhere.matchedStatements()).isEmpty();
    }

    @Test
    void simulateCustomPolicyWhenAwsManagedAndInputPoliciesThenMatchedStatementsNameThem() {
        EvaluationResult result = iam.simulateCustomPolicy(r -> r.policyInputList(TestPolicies.allow("s3:*"),
                DENY_DELETE).actionNames("s3:DeleteObject")).evaluationResults().get(0);

        assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.EXPLICIT_DENY);
        assertThat(result.matchedStatements()).singleElement().satisfies(s -> {
            assertThat(s.sourcePolicyId()).isEqualTo("PolicyInputList.2");
            assertThat(s.sourcePolicyTypeAsString()).isEqualTo("none");
            assertThat(s.startPosition().line()).isEqualTo(2);
            assertThat(s.startPosition().column()).isEqualTo(3);
        });
    }

    @Test
    void simulatePrincipalPolicyWhenPrincipalUnknownThenNoSuchEntity() {
        var error = assertAwsError(() -> iam.simulatePrincipalPolicy(r -> r.policySourceArn(
                "arn:aws:iam::" + ACCOUNT + ":user/nobody-" + suffix).actionNames("s3:GetObject")), "NoSuchEntity", 404);
        assertThat(error.awsErrorDetails().errorMessage()).contains("nobody-" + suffix);
    }

    @Test
    void simulatePrincipalPolicyWhenPrincipalOfAnotherAccountThenInvalidInput() {
        var error = assertAwsError(() -> iam.simulatePrincipalPolicy(r -> r.policySourceArn(
                "arn:aws:iam::111122223333:user/alice").actionNames("s3:GetObject")), "InvalidInput", 400);
        assertThat(error.awsErrorDetails().errorMessage()).contains("account " + ACCOUNT);
    }

    @Test
    void simulatePrincipalPolicyWhenPolicyInputMalformedThenMalformedPolicyDocument() {
        String user = "sim-bad-" + suffix;
        iam.createUser(r -> r.userName(user));
        var error = assertAwsError(() -> iam.simulatePrincipalPolicy(r -> r.policySourceArn(
                "arn:aws:iam::" + ACCOUNT + ":user/" + user).policyInputList("{\"Statement\":[")
                .actionNames("s3:GetObject")), "MalformedPolicyDocument", 400);
        assertThat(error.awsErrorDetails().errorMessage()).startsWith("PolicyInputList.1: ");
    }

    @Test
    void simulateWhenActionNamesMissingThenInvalidInput() {
        var custom = assertAwsError(() -> iam.simulateCustomPolicy(r -> r.policyInputList(TestPolicies.allow("s3:*"))),
                "InvalidInput", 400);
        assertThat(custom.awsErrorDetails().errorMessage()).contains("ActionNames");
        assertAwsError(() -> iam.simulateCustomPolicy(r -> r.actionNames("s3:GetObject")), "InvalidInput", 400);
    }

    @Test
    void simulateCustomPolicyWhenContextEntryInvalidOrResourcePolicyWithoutCallerThenInvalidInput() {
        ContextEntry twoValues = ContextEntry.builder().contextKeyName("aws:SourceIp").contextKeyType(ContextKeyTypeEnum.IP)
                .contextKeyValues("203.0.113.9", "203.0.113.10").build();
        var single = assertAwsError(() -> iam.simulateCustomPolicy(r -> r.policyInputList(TestPolicies.allow("s3:*"))
                .actionNames("s3:GetObject").contextEntries(twoValues)), "InvalidInput", 400);
        assertThat(single.awsErrorDetails().errorMessage()).contains("single value");
        var caller = assertAwsError(() -> iam.simulateCustomPolicy(r -> r.policyInputList(TestPolicies.allow("s3:*"))
                .actionNames("s3:GetObject").resourcePolicy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*",\
                        "Resource":"*"}]}""")), "InvalidInput", 400);
        assertThat(caller.awsErrorDetails().errorMessage()).contains("CallerArn");
        assertAwsError(() -> iam.simulateCustomPolicy(r -> r.policyInputList(TestPolicies.allow("s3:*"))
                .actionNames("s3:GetObject").marker("not-a-marker")), "InvalidInput", 400);
    }
}
