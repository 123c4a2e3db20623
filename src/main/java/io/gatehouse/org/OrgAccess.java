package io.gatehouse.org;

import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may do what in an organization, as AWS decides before any policy: member accounts may only
 * describe their organization; everything else is for the management account. An account outside
 * any organization gets {@code AWSOrganizationsNotInUseException}.
 */
@ApplicationScoped
public class OrgAccess {

    static final String NOT_IN_USE = "Your account is not a member of an organization.";
    static final String DENIED = "You don't have permissions to access this resource.";

    private final OrgStore store;

    public OrgAccess(OrgStore store) {
        this.store = store;
    }

    /** The organization the calling account belongs to. */
    public Organization membership(String callerAccountId) {
        return store.findMember(callerAccountId).flatMap(m -> store.findOrganization(m.orgId()))
                .orElseThrow(() -> new GatehouseException(OrgError.NOT_IN_USE, NOT_IN_USE));
    }

    /** The organization the calling account manages. */
    public Organization managed(String callerAccountId) {
        Organization org = membership(callerAccountId);
        if (!org.managementAccountId().equals(callerAccountId)) {
            throw new GatehouseException(OrgError.ACCESS_DENIED, DENIED);
        }
        return org;
    }
}
