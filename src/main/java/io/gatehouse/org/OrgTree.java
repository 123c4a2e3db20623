package io.gatehouse.org;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds roots, OUs and accounts of one organization by id, whatever kind the id is: the parents
 * that OUs and accounts hang from, the targets policies attach to, and the path from the root
 * down to an OU or account. An id of another organization is not found.
 */
@ApplicationScoped
public class OrgTree {

    /** AWS's limit on nesting: OUs may go five levels below the root. */
    public static final int MAX_DEPTH = 5;

    private final OrgStore store;

    public OrgTree(OrgStore store) {
        this.store = store;
    }

    /** A root or OU of the organization. */
    public Optional<OrgNode> parent(Organization org, String id) {
        if (OrgIds.isRoot(id)) {
            Root root = store.rootOf(org.id());
            return root.id().equals(id) ? Optional.of(rootNode(org, root)) : Optional.empty();
        }
        if (OrgIds.isUnit(id)) {
            return unit(org, id).map(ou -> unitNode(org, ou));
        }
        return Optional.empty();
    }

    /** A root, OU or account of the organization. */
    public Optional<OrgNode> target(Organization org, String id) {
        if (OrgIds.isAccount(id)) {
            return member(org, id).map(m -> accountNode(org, m));
        }
        return parent(org, id);
    }

    public Optional<OrganizationalUnit> unit(Organization org, String ouId) {
        return store.findUnit(ouId).filter(ou -> ou.orgId().equals(org.id()));
    }

    public Optional<MemberAccount> member(Organization org, String accountId) {
        return store.findMember(accountId).filter(m -> m.orgId().equals(org.id()));
    }

    /** How many OUs lie between the root and {@code parentId} inclusive: 0 for the root. */
    public int depth(String parentId) {
        int depth = 0;
        String id = parentId;
        while (OrgIds.isUnit(id)) {
            depth++;
            id = store.findUnit(id).map(OrganizationalUnit::parentId).orElseThrow();
        }
        return depth;
    }

    /** The ids from the root down to {@code parentId} inclusive. */
    public List<String> pathTo(String parentId) {
        List<String> path = new ArrayList<>();
        String id = parentId;
        while (OrgIds.isUnit(id)) {
            path.add(id);
            id = store.findUnit(id).map(OrganizationalUnit::parentId).orElseThrow();
        }
        path.add(id);
        Collections.reverse(path);
        return path;
    }

    public static OrgNode rootNode(Organization org, Root root) {
        return new OrgNode(root.id(), OrgNode.ROOT, OrgArns.root(org.managementAccountId(), org.id(), root.id()),
                root.name());
    }

    public static OrgNode unitNode(Organization org, OrganizationalUnit ou) {
        return new OrgNode(ou.id(), OrgNode.ORGANIZATIONAL_UNIT,
                OrgArns.unit(org.managementAccountId(), org.id(), ou.id()), ou.name());
    }

    public static OrgNode accountNode(Organization org, MemberAccount member) {
        return new OrgNode(member.accountId(), OrgNode.ACCOUNT,
                OrgArns.account(org.managementAccountId(), org.id(), member.accountId()), member.name());
    }
}
