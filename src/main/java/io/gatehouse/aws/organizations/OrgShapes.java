package io.gatehouse.aws.organizations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.aws.wire.JsonPage;
import io.gatehouse.org.CreateAccountStatus;
import io.gatehouse.org.MemberAccount;
import io.gatehouse.org.OrgArns;
import io.gatehouse.org.OrgNode;
import io.gatehouse.org.OrgPolicy;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationalUnit;
import io.gatehouse.org.Root;
import java.util.List;
import java.util.function.Function;

/**
 * The Organizations response shapes: Organization, Root, Account, OrganizationalUnit,
 * PolicySummary, Policy, CreateAccountStatus, Child, Parent and PolicyTargetSummary. ARNs are
 * written in the management account's name, as AWS does.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_Types.html">Organizations data types</a>
 */
final class OrgShapes {

    private OrgShapes() {
    }

    static JsonOutput organization(Organization org, Root root) {
        return JsonOutput.object()
                .put("Id", org.id())
                .put("Arn", org.arn())
                .put("FeatureSet", org.featureSet())
                .put("MasterAccountArn", OrgArns.account(org.managementAccountId(), org.id(), org.managementAccountId()))
                .put("MasterAccountId", org.managementAccountId())
                .put("MasterAccountEmail", org.managementAccountEmail())
                .objects("AvailablePolicyTypes", policyTypes(root));
    }

    static JsonOutput root(Organization org, Root root) {
        return JsonOutput.object()
                .put("Id", root.id())
                .put("Arn", OrgArns.root(org.managementAccountId(), org.id(), root.id()))
                .put("Name", root.name())
                .objects("PolicyTypes", policyTypes(root));
    }

    static JsonOutput account(Organization org, MemberAccount member) {
        return JsonOutput.object()
                .put("Id", member.accountId())
                .put("Arn", OrgArns.account(org.managementAccountId(), org.id(), member.accountId()))
                .put("Email", member.email())
                .put("Name", member.name())
                .put("Status", member.status())
                .put("State", member.status())
                .put("JoinedMethod", member.joinedMethod())
                .put("JoinedTimestamp", member.joinedAt());
    }

    static JsonOutput unit(Organization org, OrganizationalUnit ou) {
        return JsonOutput.object()
                .put("Id", ou.id())
                .put("Arn", OrgArns.unit(org.managementAccountId(), org.id(), ou.id()))
                .put("Name", ou.name());
    }

    static JsonOutput policySummary(Organization org, OrgPolicy policy) {
        return JsonOutput.object()
                .put("Id", policy.id())
                .put("Arn", policy.arn(org.managementAccountId(), org.id()))
                .put("Name", policy.name())
                .put("Description", policy.description())
                .put("Type", policy.type())
                .put("AwsManaged", policy.awsManaged());
    }

    static ObjectNode policy(Organization org, OrgPolicy policy) {
        return JsonOutput.object().put("Policy", JsonOutput.object()
                .put("PolicySummary", policySummary(org, policy))
                .put("Content", policy.content())).toJson();
    }

    static JsonOutput createAccountStatus(CreateAccountStatus status) {
        return JsonOutput.object()
                .put("Id", status.id())
                .put("AccountName", status.accountName())
                .put("State", status.state())
                .put("RequestedTimestamp", status.requestedAt())
                .put("CompletedTimestamp", status.completedAt())
                .put("AccountId", status.accountId())
                .put("FailureReason", status.failureReason());
    }

    /** Child and Parent: the id and its type. */
    static JsonOutput node(OrgNode node) {
        return JsonOutput.object().put("Id", node.id()).put("Type", node.type());
    }

    static JsonOutput target(OrgNode node) {
        return JsonOutput.object()
                .put("TargetId", node.id())
                .put("Arn", node.arn())
                .put("Name", node.name())
                .put("Type", node.type());
    }

    /** A list response: the page's items under {@code member} and the next token. */
    static <T> ObjectNode page(String member, JsonPage<T> page, Function<T, JsonOutput> shape) {
        return JsonOutput.object()
                .objects(member, page.items().stream().map(shape).toList())
                .put(OrgMembers.NEXT_TOKEN, page.nextToken()).toJson();
    }

    private static List<JsonOutput> policyTypes(Root root) {
        return root.enabledPolicyTypes().stream().sorted()
                .map(type -> JsonOutput.object().put("Type", type).put("Status", "ENABLED")).toList();
    }
}
