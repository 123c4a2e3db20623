package io.gatehouse.aws.organizations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.org.OrgNode;
import io.gatehouse.org.OrgPolicy;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationService;
import io.gatehouse.org.ScpService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Service control policies: CreatePolicy, DescribePolicy, UpdatePolicy, DeletePolicy,
 * ListPolicies, AttachPolicy, DetachPolicy, ListPoliciesForTarget and ListTargetsForPolicy on
 * {@link ScpService}. Policy types other than {@code SERVICE_CONTROL_POLICY} are valid on the wire
 * but refused by the domain.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreatePolicy.html">CreatePolicy</a>
 */
@ApplicationScoped
class PolicyOperations implements JsonOperations {

    private static final String POLICY_ID = "PolicyId";
    private static final String TARGET_ID = "TargetId";

    private final ScpService policies;
    private final OrganizationService organizations;

    PolicyOperations(ScpService policies, OrganizationService organizations) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                Organizations.operation("CreatePolicy", this::create),
                Organizations.operation("DescribePolicy", this::describe),
                Organizations.operation("UpdatePolicy", this::update),
                Organizations.operation("DeletePolicy", this::delete),
                Organizations.operation("ListPolicies", this::list),
                Organizations.operation("AttachPolicy", this::attach),
                Organizations.operation("DetachPolicy", this::detach),
                Organizations.operation("ListPoliciesForTarget", this::forTarget),
                Organizations.operation("ListTargetsForPolicy", this::targets));
    }

    private ObjectNode create(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        String content = OrgMembers.required(in, "Content");
        String description = OrgMembers.required(in, "Description");
        String name = OrgMembers.required(in, "Name");
        String type = OrgMembers.requiredEnum(in, "Type", OrganizationOperations.POLICY_TYPES);
        OrgPolicy policy = policies.create(caller.accountId(), caller.principalArn(), type, name, description, content);
        return OrgShapes.policy(org(call), policy);
    }

    private ObjectNode describe(JsonCall call) {
        return OrgShapes.policy(org(call), policies.describe(call.caller().accountId(),
                OrgMembers.required(call.input(), POLICY_ID)));
    }

    private ObjectNode update(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        OrgPolicy policy = policies.update(caller.accountId(), caller.principalArn(), OrgMembers.required(in, POLICY_ID),
                in.string("Name"), in.string("Description"), in.string("Content"));
        return OrgShapes.policy(org(call), policy);
    }

    private ObjectNode delete(JsonCall call) {
        Caller caller = call.caller();
        policies.delete(caller.accountId(), caller.principalArn(), OrgMembers.required(call.input(), POLICY_ID));
        return JsonOutput.object().toJson();
    }

    private ObjectNode list(JsonCall call) {
        String filter = OrgMembers.requiredEnum(call.input(), "Filter", OrganizationOperations.POLICY_TYPES);
        return policyPage(call, policies.list(call.caller().accountId(), filter));
    }

    private ObjectNode attach(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        policies.attach(caller.accountId(), caller.principalArn(), OrgMembers.required(in, POLICY_ID),
                OrgMembers.required(in, TARGET_ID));
        return JsonOutput.object().toJson();
    }

    private ObjectNode detach(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        policies.detach(caller.accountId(), caller.principalArn(), OrgMembers.required(in, POLICY_ID),
                OrgMembers.required(in, TARGET_ID));
        return JsonOutput.object().toJson();
    }

    private ObjectNode forTarget(JsonCall call) {
        JsonInput in = call.input();
        String targetId = OrgMembers.required(in, TARGET_ID);
        String filter = OrgMembers.requiredEnum(in, "Filter", OrganizationOperations.POLICY_TYPES);
        return policyPage(call, policies.forTarget(call.caller().accountId(), targetId, filter));
    }

    private ObjectNode targets(JsonCall call) {
        List<OrgNode> all = policies.targets(call.caller().accountId(), OrgMembers.required(call.input(), POLICY_ID));
        return OrgShapes.page("Targets", OrgMembers.page(call.input(), all, OrgNode::id), OrgShapes::target);
    }

    private ObjectNode policyPage(JsonCall call, List<OrgPolicy> all) {
        Organization org = org(call);
        return OrgShapes.page("Policies", OrgMembers.page(call.input(), all, OrgPolicy::id),
                p -> OrgShapes.policySummary(org, p));
    }

    private Organization org(JsonCall call) {
        return organizations.describe(call.caller().accountId());
    }
}
