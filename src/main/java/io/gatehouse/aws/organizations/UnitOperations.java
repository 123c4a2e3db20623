package io.gatehouse.aws.organizations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.JsonCall;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOperations;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.org.OrgNode;
import io.gatehouse.org.OrgUnitService;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationService;
import io.gatehouse.org.OrganizationalUnit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Organizational units and the tree: CreateOrganizationalUnit, UpdateOrganizationalUnit,
 * DeleteOrganizationalUnit, DescribeOrganizationalUnit, ListOrganizationalUnitsForParent,
 * ListChildren and ListParents on {@link OrgUnitService}.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListChildren.html">ListChildren</a>
 */
@ApplicationScoped
class UnitOperations implements JsonOperations {

    private static final String OU_ID = "OrganizationalUnitId";

    private final OrgUnitService units;
    private final OrganizationService organizations;

    UnitOperations(OrgUnitService units, OrganizationService organizations) {
        this.units = Objects.requireNonNull(units, "units");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    @Override
    public List<JsonOperation> operations() {
        return List.of(
                Organizations.operation("CreateOrganizationalUnit", this::create),
                Organizations.operation("UpdateOrganizationalUnit", this::update),
                Organizations.operation("DeleteOrganizationalUnit", this::delete),
                Organizations.operation("DescribeOrganizationalUnit", this::describe),
                Organizations.operation("ListOrganizationalUnitsForParent", this::listForParent),
                Organizations.operation("ListChildren", this::children),
                Organizations.operation("ListParents", this::parents));
    }

    private ObjectNode create(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        OrganizationalUnit ou = units.create(caller.accountId(), caller.principalArn(),
                OrgMembers.required(in, "ParentId"), OrgMembers.required(in, "Name"));
        return wrap(call, ou);
    }

    private ObjectNode update(JsonCall call) {
        JsonInput in = call.input();
        Caller caller = call.caller();
        OrganizationalUnit ou = units.update(caller.accountId(), caller.principalArn(), OrgMembers.required(in, OU_ID),
                in.string("Name"));
        return wrap(call, ou);
    }

    private ObjectNode delete(JsonCall call) {
        Caller caller = call.caller();
        units.delete(caller.accountId(), caller.principalArn(), OrgMembers.required(call.input(), OU_ID));
        return JsonOutput.object().toJson();
    }

    private ObjectNode describe(JsonCall call) {
        return wrap(call, units.describe(call.caller().accountId(), OrgMembers.required(call.input(), OU_ID)));
    }

    private ObjectNode listForParent(JsonCall call) {
        List<OrganizationalUnit> all = units.listForParent(call.caller().accountId(),
                OrgMembers.required(call.input(), "ParentId"));
        Organization org = org(call);
        return OrgShapes.page("OrganizationalUnits", OrgMembers.page(call.input(), all, OrganizationalUnit::id),
                ou -> OrgShapes.unit(org, ou));
    }

    private ObjectNode children(JsonCall call) {
        JsonInput in = call.input();
        String parentId = OrgMembers.required(in, "ParentId");
        String childType = OrgMembers.requiredEnum(in, "ChildType",
                List.of(OrgNode.ACCOUNT, OrgNode.ORGANIZATIONAL_UNIT));
        List<OrgNode> all = units.children(call.caller().accountId(), parentId, childType);
        return OrgShapes.page("Children", OrgMembers.page(in, all, OrgNode::id), OrgShapes::node);
    }

    private ObjectNode parents(JsonCall call) {
        List<OrgNode> all = units.parents(call.caller().accountId(), OrgMembers.required(call.input(), "ChildId"));
        return OrgShapes.page("Parents", OrgMembers.page(call.input(), all, OrgNode::id), OrgShapes::node);
    }

    private ObjectNode wrap(JsonCall call, OrganizationalUnit ou) {
        return JsonOutput.object().put("OrganizationalUnit", OrgShapes.unit(org(call), ou)).toJson();
    }

    private Organization org(JsonCall call) {
        return organizations.describe(call.caller().accountId());
    }
}
