package io.gatehouse.aws.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Service control policies over the AWS JSON protocol: documents, attachments and their rules. */
@GatehouseTest
class ServiceControlPolicyWireTest {

    static final String DENY_S3 = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}""";
    private static final String SCP = "SERVICE_CONTROL_POLICY";

    private OrganizationsWire management;
    private String orgId;
    private String rootId;

    @BeforeEach
    void organizationWithScps() {
        management = OrganizationsWire.newAccount();
        orgId = management.ok("CreateOrganization", "{}").getString("Organization.Id");
        rootId = management.ok("ListRoots", "{}").getString("Roots[0].Id");
        management.ok("EnablePolicyType", Map.of("RootId", rootId, "PolicyType", SCP));
    }

    @Test
    void createWhenValidThenDescribedAndListedBesideFullAwsAccess() {
        JsonPath created = management.ok("CreatePolicy", Map.of("Name", "DenyS3", "Description", "No S3",
                "Content", DENY_S3, "Type", SCP));
        String policyId = created.getString("Policy.PolicySummary.Id");

        assertThat(policyId).matches("p-[0-9a-zA-Z_]{8,128}");
        assertThat(created.getString("Policy.PolicySummary.Arn")).isEqualTo("arn:aws:organizations::"
                + management.accountId + ":policy/" + orgId + "/service_control_policy/" + policyId);
        assertThat(created.getString("Policy.PolicySummary.Name")).isEqualTo("DenyS3");
        assertThat(created.getString("Policy.PolicySummary.Description")).isEqualTo("No S3");
        assertThat(created.getString("Policy.PolicySummary.Type")).isEqualTo(SCP);
        assertThat(created.getBoolean("Policy.PolicySummary.AwsManaged")).isFalse();
        assertThat(created.getString("Policy.Content")).isEqualTo(DENY_S3);
        assertThat(management.ok("DescribePolicy", Map.of("PolicyId", policyId)).getString("Policy.Content"))
                .isEqualTo(DENY_S3);
        JsonPath list = management.ok("ListPolicies", Map.of("Filter", SCP));
        assertThat(list.getList("Policies.Id")).containsExactlyInAnyOrder("p-FullAWSAccess", policyId);
        JsonPath full = management.ok("DescribePolicy", Map.of("PolicyId", "p-FullAWSAccess"));
        assertThat(full.getBoolean("Policy.PolicySummary.AwsManaged")).isTrue();
        assertThat(full.getString("Policy.PolicySummary.Arn"))
                .isEqualTo("arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess");
    }

    @Test
    void createWhenDocumentMalformedThenMalformedPolicyDocumentAndNothingStored() {
        management.error("CreatePolicy", policy("Broken", "{\"Statement\":"), "MalformedPolicyDocumentException");
        management.error("CreatePolicy", policy("WithPrincipal", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}"""),
                "MalformedPolicyDocumentException");

        assertThat(management.ok("ListPolicies", Map.of("Filter", SCP)).getList("Policies.Id"))
                .containsExactly("p-FullAWSAccess");
    }

    @Test
    void createWhenInputInvalidThenInvalidInput() {
        Map<String, Object> noDescription = new HashMap<>(policy("P", DENY_S3));
        noDescription.remove("Description");
        management.error("CreatePolicy", noDescription, "InvalidInputException", "INPUT_REQUIRED");
        Map<String, Object> badType = new HashMap<>(policy("P", DENY_S3));
        badType.put("Type", "MAGIC_POLICY");
        management.error("CreatePolicy", badType, "InvalidInputException", "INVALID_ENUM");
        badType.put("Type", "TAG_POLICY");
        management.error("CreatePolicy", badType, "InvalidInputException", "INVALID_ENUM");
        management.error("CreatePolicy", policy("n".repeat(129), DENY_S3), "InvalidInputException", "MAX_LENGTH_EXCEEDED");
        management.ok("CreatePolicy", policy("Same", DENY_S3));
        management.error("CreatePolicy", policy("Same", DENY_S3), "DuplicatePolicyException");
    }

    @Test
    void attachWhenTargetsValidThenListedBothWaysAndDetachable() {
        String policyId = create("DenyS3");
        String ouId = management.ok("CreateOrganizationalUnit", Map.of("ParentId", rootId, "Name", "Prod"))
                .getString("OrganizationalUnit.Id");
        String memberId = management.ok("CreateAccount", Map.of("Email", PoolFixtures.unique("s") + "@example.com",
                "AccountName", "Member")).getString("CreateAccountStatus.AccountId");

        management.ok("AttachPolicy", Map.of("PolicyId", policyId, "TargetId", ouId));
        management.ok("AttachPolicy", Map.of("PolicyId", policyId, "TargetId", memberId));

        JsonPath targets = management.ok("ListTargetsForPolicy", Map.of("PolicyId", policyId));
        assertThat(targets.getList("Targets.TargetId")).containsExactlyInAnyOrder(ouId, memberId);
        assertThat(targets.getList("Targets.Type")).containsExactlyInAnyOrder("ORGANIZATIONAL_UNIT", "ACCOUNT");
        assertThat(targets.getList("Targets.Name")).containsExactlyInAnyOrder("Prod", "Member");
        assertThat(management.ok("ListPoliciesForTarget", Map.of("TargetId", ouId, "Filter", SCP))
                .getList("Policies.Id")).containsExactlyInAnyOrder("p-FullAWSAccess", policyId);
        management.error("AttachPolicy", Map.of("PolicyId", policyId, "TargetId", ouId),
                "DuplicatePolicyAttachmentException");
        management.error("DeletePolicy", Map.of("PolicyId", policyId), "PolicyInUseException");

        management.ok("DetachPolicy", Map.of("PolicyId", policyId, "TargetId", ouId));
        management.ok("DetachPolicy", Map.of("PolicyId", policyId, "TargetId", memberId));
        management.error("DetachPolicy", Map.of("PolicyId", policyId, "TargetId", ouId), "PolicyNotAttachedException");
        assertThat(management.ok("ListTargetsForPolicy", Map.of("PolicyId", policyId)).getList("Targets")).isEmpty();
        management.ok("DeletePolicy", Map.of("PolicyId", policyId));
        management.error("DescribePolicy", Map.of("PolicyId", policyId), "PolicyNotFoundException");
    }

    @Test
    void detachWhenLastScpOfTargetThenConstraintViolation() {
        management.error("DetachPolicy", Map.of("PolicyId", "p-FullAWSAccess", "TargetId", rootId),
                "ConstraintViolationException", "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED");
        String policyId = create("Other");
        management.ok("AttachPolicy", Map.of("PolicyId", policyId, "TargetId", rootId));

        management.ok("DetachPolicy", Map.of("PolicyId", "p-FullAWSAccess", "TargetId", rootId));

        assertThat(management.ok("ListPoliciesForTarget", Map.of("TargetId", rootId, "Filter", SCP))
                .getList("Policies.Id")).containsExactly(policyId);
    }

    @Test
    void attachWhenScpsDisabledThenPolicyTypeNotEnabled() {
        String policyId = create("DenyS3");
        management.ok("DisablePolicyType", Map.of("RootId", rootId, "PolicyType", SCP));

        management.error("AttachPolicy", Map.of("PolicyId", policyId, "TargetId", rootId), "PolicyTypeNotEnabledException");
        management.error("DetachPolicy", Map.of("PolicyId", "p-FullAWSAccess", "TargetId", rootId),
                "PolicyTypeNotEnabledException");
    }

    @Test
    void attachWhenIdsUnknownOrMalformedThenAwsErrors() {
        String policyId = create("DenyS3");

        management.error("AttachPolicy", Map.of("PolicyId", "p-00000000", "TargetId", rootId), "PolicyNotFoundException");
        management.error("AttachPolicy", Map.of("PolicyId", policyId, "TargetId", "ou-zzzz-zzzzzzzz"),
                "TargetNotFoundException");
        management.error("AttachPolicy", Map.of("PolicyId", policyId, "TargetId", "999999999999"),
                "TargetNotFoundException");
        management.error("AttachPolicy", Map.of("PolicyId", "policy", "TargetId", rootId), "InvalidInputException",
                "INVALID_SYNTAX_POLICY_ID");
        management.error("AttachPolicy", Map.of("PolicyId", policyId, "TargetId", "target"), "InvalidInputException",
                "INVALID_PATTERN_TARGET_ID");
        management.error("AttachPolicy", Map.of("PolicyId", policyId), "InvalidInputException", "INPUT_REQUIRED");
        management.error("ListPoliciesForTarget", Map.of("TargetId", rootId), "InvalidInputException", "INPUT_REQUIRED");
        management.error("ListPolicies", "{}", "InvalidInputException", "INPUT_REQUIRED");
    }

    @Test
    void updateWhenMembersGivenThenOnlyThoseChange() {
        String policyId = create("DenyS3");
        String allowAll = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

        JsonPath updated = management.ok("UpdatePolicy", Map.of("PolicyId", policyId, "Content", allowAll));

        assertThat(updated.getString("Policy.PolicySummary.Name")).isEqualTo("DenyS3");
        assertThat(updated.getString("Policy.Content")).isEqualTo(allowAll);
        assertThat(management.ok("UpdatePolicy", Map.of("PolicyId", policyId, "Name", "Renamed"))
                .getString("Policy.Content")).isEqualTo(allowAll);
        management.error("UpdatePolicy", Map.of("PolicyId", policyId, "Content", "{"), "MalformedPolicyDocumentException");
        assertThat(management.ok("DescribePolicy", Map.of("PolicyId", policyId)).getString("Policy.PolicySummary.Name"))
                .isEqualTo("Renamed");
    }

    @Test
    void changeWhenAwsManagedThenImmutable() {
        management.error("UpdatePolicy", Map.of("PolicyId", "p-FullAWSAccess", "Name", "Mine"), "InvalidInputException",
                "IMMUTABLE_POLICY");
        management.error("DeletePolicy", Map.of("PolicyId", "p-FullAWSAccess"), "InvalidInputException",
                "IMMUTABLE_POLICY");
    }

    @Test
    void policiesWhenOfAnotherOrganizationThenNotFound() {
        String policyId = create("Private");
        OrganizationsWire other = OrganizationsWire.newAccount();
        other.ok("CreateOrganization", "{}");

        other.error("DescribePolicy", Map.of("PolicyId", policyId), "PolicyNotFoundException");
        other.error("DeletePolicy", Map.of("PolicyId", policyId), "PolicyNotFoundException");
        assertThat(other.ok("ListPolicies", Map.of("Filter", SCP)).getList("Policies.Id")).doesNotContain(policyId);
    }

    private String create(String name) {
        return management.ok("CreatePolicy", policy(name, DENY_S3)).getString("Policy.PolicySummary.Id");
    }

    private static Map<String, Object> policy(String name, String content) {
        return Map.of("Name", name, "Description", "d", "Content", content, "Type", SCP);
    }
}
