package io.gatehouse.iam;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Permissions boundaries of users and roles: a managed policy that caps what the principal's
 * identity policies can grant. Groups have none.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPermissionsBoundary.html">PutUserPermissionsBoundary</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">Permissions boundaries</a>
 */
@ApplicationScoped
public class PermissionsBoundaryService {

    private final PrincipalDirectory principals;
    private final ManagedPolicyService policies;
    private final IdentityPolicyCache cache;
    private final AuditLog audit;

    public PermissionsBoundaryService(PrincipalDirectory principals, ManagedPolicyService policies,
                                      IdentityPolicyCache cache, AuditLog audit) {
        this.principals = principals;
        this.policies = policies;
        this.cache = cache;
        this.audit = audit;
    }

    /** Sets or, with null, removes the boundary of a user or role; removing one that is not set succeeds. */
    @Transactional
    public void set(String accountId, String actor, PrincipalType type, String name, String policyArn) {
        PrincipalRef principal = principals.require(accountId, bounded(type), name);
        String boundary = policyArn == null ? null : policies.requireAttachable(accountId, policyArn).arn();
        principals.setBoundary(principal, boundary);
        cache.invalidateAccount(accountId);
        audit.record(AuditEntry.success("iam." + type.stored() + ".boundary." + (boundary == null ? "delete" : "put"))
                .withAccount(accountId).withActor(actor).withTarget(type.stored() + "/" + principal.name()));
    }

    public Optional<String> get(String accountId, PrincipalType type, String name) {
        return principals.boundary(principals.require(accountId, bounded(type), name));
    }

    private static PrincipalType bounded(PrincipalType type) {
        if (type == PrincipalType.GROUP) {
            throw new GatehouseException(IamError.INVALID_INPUT, "Groups have no permissions boundary.");
        }
        return type;
    }
}
