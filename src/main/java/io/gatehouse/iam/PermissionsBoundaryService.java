package io.gatehouse.iam;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Permissions boundaries of users (roles keep theirs through {@link RoleService}): a managed policy
 * that caps what the user's identity policies can grant.
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

    /** Sets or, with null, removes the user's boundary. */
    @Transactional
    public void setUserBoundary(String accountId, String actor, String userName, String policyArn) {
        PrincipalRef user = principals.require(accountId, PrincipalType.USER, userName);
        String boundary = policyArn == null ? null : policies.requireAttachable(accountId, policyArn).arn();
        principals.setUserBoundary(user.id(), boundary);
        cache.invalidateAccount(accountId);
        audit.record(AuditEntry.success(boundary == null ? "iam.user.boundary.delete" : "iam.user.boundary.put")
                .withAccount(accountId).withActor(actor).withTarget("user/" + user.name()));
    }

    public Optional<String> userBoundary(String accountId, String userName) {
        return principals.userBoundary(principals.require(accountId, PrincipalType.USER, userName).id());
    }
}
