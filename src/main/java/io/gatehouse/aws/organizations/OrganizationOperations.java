package io.gatehouse.aws.organizations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationService;
import io.gatehouse.org.Root;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * The organization and its root: CreateOrganization, DescribeOrganization, DeleteOrganization,
 * ListRoots, EnablePolicyType and DisablePolicyType on {@link OrganizationService}.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganization.html">CreateOrganization</a>
 */
@ApplicationScoped
class OrganizationOperations implements JsonOperations {

    static final List<String> POLICY_TYPES = List.of("SERVICE_CONTROL_POLICY", "TAG_POLICY", "BACKUP_POLICY",
            "AISERVICES_OPT_OUT_POLICY", "CHATBOT_POLICY", "DECLARATIVE_POLICY_EC2", "RESOURCE_CONTROL_POLICY");

    private final OrganizationService organizations;

    OrganizationOperations(OrganizationService organizations) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                Organizations.operation("CreateOrganization", this::create),
                Organizations.operation("DescribeOrganization", this::describe),
                Organizations.operation("DeleteOrganization", this::delete),
                Organizations.operation("ListRoots", this::roots),
                Organizations.operation("EnablePolicyType", this::enable),
                Organizations.operation("DisablePolicyType", this::disable));
    }

    private ObjectNode create(JsonCall call) {
        Caller caller = call.caller();
        String featureSet = OrgMembers.optionalEnum(call.input(), "FeatureSet", List.of("ALL", "CONSOLIDATED_BILLING"));
        Organization org = organizations.create(caller.accountId(), caller.principalArn(), featureSet);
        return wrap(org, organizations.rootOf(org));
    }

    private ObjectNode describe(JsonCall call) {
        Organization org = organizations.describe(call.caller().accountId());
        return wrap(org, organizations.rootOf(org));
    }

    private ObjectNode delete(JsonCall call) {
        organizations.delete(call.caller().accountId(), call.caller().principalArn());
        return JsonOutput.object().toJson();
    }

    private ObjectNode roots(JsonCall call) {
        List<Root> roots = organizations.roots(call.caller().accountId());
        Organization org = organizations.describe(call.caller().accountId());
        return OrgShapes.page("Roots", OrgMembers.page(call.input(), roots, Root::id), r -> OrgShapes.root(org, r));
    }

    private ObjectNode enable(JsonCall call) {
        Caller caller = call.caller();
        String rootId = OrgMembers.required(call.input(), "RootId");
        String type = OrgMembers.requiredEnum(call.input(), "PolicyType", POLICY_TYPES);
        Root root = organizations.enablePolicyType(caller.accountId(), caller.principalArn(), rootId, type);
        return rootResponse(caller, root);
    }

    private ObjectNode disable(JsonCall call) {
        Caller caller = call.caller();
        String rootId = OrgMembers.required(call.input(), "RootId");
        String type = OrgMembers.requiredEnum(call.input(), "PolicyType", POLICY_TYPES);
        Root root = organizations.disablePolicyType(caller.accountId(), caller.principalArn(), rootId, type);
        return rootResponse(caller, root);
    }

    private ObjectNode rootResponse(Caller caller, Root root) {
        Organization org = organizations.describe(caller.accountId());
        return JsonOutput.object().put("Root", OrgShapes.root(org, root)).toJson();
    }

    private static ObjectNode wrap(Organization org, Root root) {
        return JsonOutput.object().put("Organization", OrgShapes.organization(org, root)).toJson();
    }
}
