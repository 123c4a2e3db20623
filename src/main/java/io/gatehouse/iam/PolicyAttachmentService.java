package io.gatehouse.iam;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Attaching managed policies (the account's own or Gatehouse-managed) to users, groups and roles,
 * at most ten per principal, and listing the attachments from either side.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html">AttachRolePolicy</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html">ListEntitiesForPolicy</a>
 */
@ApplicationScoped
public class PolicyAttachmentService {

    /** IAM's default quota of managed policies attached to one user, group or role. */
    public static final int MAX_ATTACHED = 10;

    private final AttachmentStore store;
    private final PrincipalDirectory principals;
    private final ManagedPolicyService policies;
    private final IdentityPolicyCache cache;
    private final AuditLog audit;

    public PolicyAttachmentService(AttachmentStore store, PrincipalDirectory principals, ManagedPolicyService policies,
                                   IdentityPolicyCache cache, AuditLog audit) {
        this.store = store;
        this.principals = principals;
        this.policies = policies;
        this.cache = cache;
        this.audit = audit;
    }

    @Transactional
    public void attach(String accountId, String actor, PrincipalType type, String principalName, String policyArn) {
        PrincipalRef principal = principals.require(accountId, type, principalName);
        ManagedPolicy policy = policies.requireAttachable(accountId, policyArn);
        principals.lock(principal);
        List<String> attached = store.attached(type, principal.id());
        if (attached.contains(policy.arn())) {
            return;
        }
        if (attached.size() >= MAX_ATTACHED) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED, "Cannot exceed quota for Policies"
                    + "Per" + capitalized(type) + ": " + MAX_ATTACHED);
        }
        store.attach(type, principal.id(), policy.arn());
        cache.invalidateAccount(accountId);
        audit.record(entry("iam." + type.stored() + ".policy.attach", accountId, actor, principal, policyArn));
    }

    @Transactional
    public void detach(String accountId, String actor, PrincipalType type, String principalName, String policyArn) {
        PrincipalRef principal = principals.require(accountId, type, principalName);
        IamInputRules.arn(policyArn, "policyArn");
        if (!store.detach(type, principal.id(), policyArn)) {
            throw new GatehouseException(IamError.NO_SUCH_ENTITY, "Policy " + policyArn + " was not found.");
        }
        cache.invalidateAccount(accountId);
        audit.record(entry("iam." + type.stored() + ".policy.detach", accountId, actor, principal, policyArn));
    }

    /** The principal's attached policies whose path starts with {@code pathPrefix}, by ARN. */
    public Page<AttachedPolicy> attached(String accountId, PrincipalType type, String principalName, String pathPrefix,
                                         String cursor, int limit) {
        PrincipalRef principal = principals.require(accountId, type, principalName);
        String prefix = IamInputRules.pathPrefix(pathPrefix);
        String after = IamPages.afterKey(cursor);
        List<AttachedPolicy> fetched = store.attached(type, principal.id()).stream()
                .filter(arn -> PolicyArns.parse(arn).map(p -> p.path().startsWith(prefix)).orElse(false))
                .filter(arn -> after == null || arn.compareTo(after) > 0)
                .limit(IamPages.fetchSize(limit)).map(AttachedPolicy::of).toList();
        return IamPages.page(fetched, limit, AttachedPolicy::policyArn);
    }

    /** The account's users, groups and roles the policy is attached to, optionally of one type only. */
    public List<PrincipalRef> entitiesFor(String accountId, String policyArn, PrincipalType only) {
        ManagedPolicy policy = policies.requireAttachable(accountId, policyArn);
        return principals.attachedTo(accountId, policy.arn()).stream()
                .filter(p -> only == null || p.type() == only).toList();
    }

    private static String capitalized(PrincipalType type) {
        String s = type.stored();
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static AuditEntry entry(String action, String accountId, String actor, PrincipalRef principal,
                                    String policyArn) {
        return AuditEntry.success(action).withAccount(accountId).withActor(actor)
                .withTarget(principal.type().stored() + "/" + principal.name() + " " + policyArn);
    }
}
