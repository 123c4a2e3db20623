package io.gatehouse.org;

import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Organizational units: nested up to {@link OrgTree#MAX_DEPTH} levels below the root, names
 * unique under one parent, deleted only when empty; and the tree queries ListChildren and
 * ListParents over OUs and accounts.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganizationalUnit.html">CreateOrganizationalUnit</a>
 */
@ApplicationScoped
public class OrgUnitService {

    private final OrgStore store;
    private final PolicyStore policies;
    private final OrgAccess access;
    private final OrgTree tree;
    private final OrgIds ids;
    private final OrgChanges changes;
    private final Clock clock;

    public OrgUnitService(OrgStore store, PolicyStore policies, OrgAccess access, OrgTree tree, OrgIds ids,
                          OrgChanges changes, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.access = access;
        this.tree = tree;
        this.ids = ids;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public OrganizationalUnit create(String callerAccountId, String actor, String parentId, String name) {
        Organization org = access.managed(callerAccountId);
        OrgIds.requireParent(parentId, "ParentId");
        OrgInputRules.unitName(name);
        tree.parent(org, parentId).orElseThrow(OrgUnitService::parentNotFound);
        if (tree.depth(parentId) + 1 > OrgTree.MAX_DEPTH) {
            throw OrgException.constraint("OU_DEPTH_LIMIT_EXCEEDED",
                    "You attempted to create an OU tree that is too many levels deep.");
        }
        requireUniqueName(org, parentId, name, null);
        Root root = store.rootOf(org.id());
        OrganizationalUnit ou = new OrganizationalUnit(ids.unitId(root.id()), org.id(), parentId, name, clock.instant());
        store.insertUnit(ou);
        if (root.scpEnabled()) {
            policies.attach(org.id(), OrgPolicy.FULL_AWS_ACCESS, ou.id());
        }
        changes.record("ou.create", callerAccountId, actor, ou.id());
        return ou;
    }

    public OrganizationalUnit describe(String callerAccountId, String ouId) {
        return unit(access.managed(callerAccountId), ouId);
    }

    /** Renames the OU; a null name changes nothing, as in AWS. */
    @Transactional
    public OrganizationalUnit update(String callerAccountId, String actor, String ouId, String name) {
        Organization org = access.managed(callerAccountId);
        OrganizationalUnit ou = unit(org, ouId);
        if (name == null || name.equals(ou.name())) {
            return ou;
        }
        OrgInputRules.unitName(name);
        requireUniqueName(org, ou.parentId(), name, ou.id());
        store.renameUnit(ou.id(), name);
        changes.record("ou.update", callerAccountId, actor, ou.id());
        return new OrganizationalUnit(ou.id(), ou.orgId(), ou.parentId(), name, ou.createdAt());
    }

    @Transactional
    public void delete(String callerAccountId, String actor, String ouId) {
        Organization org = access.managed(callerAccountId);
        OrganizationalUnit ou = unit(org, ouId);
        if (!children(org, ou.id()).isEmpty()) {
            throw new GatehouseException(OrgError.OU_NOT_EMPTY,
                    "The specified OU is not empty. Move all accounts to another root or to other OUs, remove all "
                            + "child OUs, and try the operation again.");
        }
        policies.detachTarget(org.id(), ou.id());
        store.deleteUnit(ou.id());
        changes.record("ou.delete", callerAccountId, actor, ou.id());
    }

    public List<OrganizationalUnit> listForParent(String callerAccountId, String parentId) {
        Organization org = access.managed(callerAccountId);
        OrgIds.requireParent(parentId, "ParentId");
        tree.parent(org, parentId).orElseThrow(OrgUnitService::parentNotFound);
        return store.units(org.id()).stream().filter(ou -> ou.parentId().equals(parentId)).toList();
    }

    /** The OUs or accounts directly under a root or OU, of {@code childType}. */
    public List<OrgNode> children(String callerAccountId, String parentId, String childType) {
        Organization org = access.managed(callerAccountId);
        OrgIds.requireParent(parentId, "ParentId");
        tree.parent(org, parentId).orElseThrow(OrgUnitService::parentNotFound);
        return children(org, parentId).stream().filter(child -> child.type().equals(childType)).toList();
    }

    /** The root or OU directly above an OU or account. */
    public List<OrgNode> parents(String callerAccountId, String childId) {
        Organization org = access.managed(callerAccountId);
        OrgIds.requireChild(childId, "ChildId");
        String parentId = OrgIds.isUnit(childId)
                ? tree.unit(org, childId).map(OrganizationalUnit::parentId).orElseThrow(OrgUnitService::childNotFound)
                : tree.member(org, childId).map(MemberAccount::parentId).orElseThrow(OrgUnitService::childNotFound);
        return List.of(tree.parent(org, parentId).orElseThrow());
    }

    private List<OrgNode> children(Organization org, String parentId) {
        List<OrgNode> children = new ArrayList<>();
        store.units(org.id()).stream().filter(ou -> ou.parentId().equals(parentId))
                .forEach(ou -> children.add(OrgTree.unitNode(org, ou)));
        store.members(org.id()).stream().filter(m -> m.parentId().equals(parentId))
                .forEach(m -> children.add(OrgTree.accountNode(org, m)));
        return children;
    }

    private OrganizationalUnit unit(Organization org, String ouId) {
        OrgIds.requireUnit(ouId, "OrganizationalUnitId");
        return tree.unit(org, ouId).orElseThrow(() -> new GatehouseException(OrgError.OU_NOT_FOUND,
                "We can't find an OU with the OrganizationalUnitId that you specified."));
    }

    private void requireUniqueName(Organization org, String parentId, String name, String exceptId) {
        boolean taken = store.units(org.id()).stream().anyMatch(
                ou -> ou.parentId().equals(parentId) && ou.name().equals(name) && !ou.id().equals(exceptId));
        if (taken) {
            throw new GatehouseException(OrgError.DUPLICATE_OU, "An OU with the same name already exists.");
        }
    }

    static GatehouseException parentNotFound() {
        return new GatehouseException(OrgError.PARENT_NOT_FOUND,
                "We can't find a root or OU with the ParentId that you specified.");
    }

    static GatehouseException childNotFound() {
        return new GatehouseException(OrgError.CHILD_NOT_FOUND,
                "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified.");
    }
}
