package io.gatehouse.iam;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Inline policies of users, groups and roles. IAM limits the total size of a principal's inline
 * policies (whitespace not counted): 2,048 characters for a user, 5,120 for a group and 10,240 for
 * a role.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html">PutRolePolicy</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM quotas</a>
 */
@ApplicationScoped
public class InlinePolicyService {

    private final InlinePolicyStore store;
    private final PrincipalDirectory principals;
    private final IdentityPolicyCache cache;
    private final AuditLog audit;

    public InlinePolicyService(InlinePolicyStore store, PrincipalDirectory principals, IdentityPolicyCache cache,
                               AuditLog audit) {
        this.store = store;
        this.principals = principals;
        this.cache = cache;
        this.audit = audit;
    }

    @Transactional
    public void put(String accountId, String actor, PrincipalType type, String principalName, String policyName,
                    String document) {
        PrincipalRef principal = principals.require(accountId, type, principalName);
        IamInputRules.name(policyName, "policyName", 128);
        PolicyDocuments.validate(document, "policyDocument", type.inlineKind());
        principals.lock(principal);
        Map<String, String> existing = store.all(type, principal.id());
        long total = existing.entrySet().stream().filter(e -> !e.getKey().equals(policyName))
                .mapToLong(e -> countedSize(e.getValue())).sum() + countedSize(document);
        if (total > type.inlineKind().maxCharacters()) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED, "Maximum policy size of "
                    + type.inlineKind().maxCharacters() + " bytes exceeded for " + type.stored() + " " + principal.name());
        }
        store.put(type, principal.id(), policyName, document);
        cache.invalidateAccount(accountId);
        audit.record(entry("iam." + type.stored() + ".policy.put", accountId, actor, principal, policyName));
    }

    public InlinePolicy get(String accountId, PrincipalType type, String principalName, String policyName) {
        PrincipalRef principal = principals.require(accountId, type, principalName);
        IamInputRules.name(policyName, "policyName", 128);
        return store.find(type, principal.id(), policyName)
                .map(document -> new InlinePolicy(type, principal.name(), policyName, document))
                .orElseThrow(() -> noSuchPolicy(type, policyName));
    }

    public Page<String> list(String accountId, PrincipalType type, String principalName, String cursor, int limit) {
        PrincipalRef principal = principals.require(accountId, type, principalName);
        return IamPages.page(store.names(type, principal.id(), IamPages.afterKey(cursor), IamPages.fetchSize(limit)),
                limit, name -> name);
    }

    @Transactional
    public void delete(String accountId, String actor, PrincipalType type, String principalName, String policyName) {
        PrincipalRef principal = principals.require(accountId, type, principalName);
        IamInputRules.name(policyName, "policyName", 128);
        if (!store.delete(type, principal.id(), policyName)) {
            throw noSuchPolicy(type, policyName);
        }
        cache.invalidateAccount(accountId);
        audit.record(entry("iam." + type.stored() + ".policy.delete", accountId, actor, principal, policyName));
    }

    private static long countedSize(String document) {
        return document.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    private static GatehouseException noSuchPolicy(PrincipalType type, String policyName) {
        return new GatehouseException(IamError.NO_SUCH_ENTITY,
                "The " + type.stored() + " policy with name " + policyName + " cannot be found.");
    }

    private static AuditEntry entry(String action, String accountId, String actor, PrincipalRef principal,
                                    String policyName) {
        return AuditEntry.success(action).withAccount(accountId).withActor(actor)
                .withTarget(principal.type().stored() + "/" + principal.name() + "/" + policyName);
    }
}
