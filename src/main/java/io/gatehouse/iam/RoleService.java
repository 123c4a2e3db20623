package io.gatehouse.iam;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import io.gatehouse.core.Page;
import io.gatehouse.iam.policy.PolicyKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Administration of IAM roles: creation with a trust policy, updates, tags and deletion, which IAM
 * refuses while the role still has policies.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html">DeleteRole</a>
 */
@ApplicationScoped
public class RoleService {

    public static final int DEFAULT_MAX_SESSION = 3600;
    public static final int MAX_MAX_SESSION = 43_200;

    private final RoleStore store;
    private final ManagedPolicyService policies;
    private final PrincipalPolicyReferences references;
    private final IdentityPolicyCache cache;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    public RoleService(RoleStore store, ManagedPolicyService policies, PrincipalPolicyReferences references,
                       IdentityPolicyCache cache, AuditLog audit, Ids ids, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.references = references;
        this.cache = cache;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public IamRole create(String accountId, String actor, NewRole spec) {
        IamInputRules.name(spec.name(), "roleName", 64);
        String path = IamInputRules.path(spec.path());
        PolicyDocuments.validate(spec.trustPolicy(), "assumeRolePolicyDocument", PolicyKind.TRUST);
        IamInputRules.description(spec.description());
        int maxSession = maxSessionDuration(spec.maxSessionDuration());
        Map<String, String> tags = IamTagRules.merge(Map.of(), spec.tags() == null ? Map.of() : spec.tags());
        String boundary = spec.permissionsBoundary() == null ? null
                : policies.requireAttachable(accountId, spec.permissionsBoundary()).arn();
        if (store.find(accountId, spec.name()).isPresent()) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "Role with name " + spec.name() + " already exists.");
        }
        IamRole role = new IamRole("AROA" + ids.upperAlnum(17), accountId, spec.name(), path, spec.description(),
                spec.trustPolicy(), maxSession, boundary, tags, clock.instant(), null);
        store.insert(role);
        audit.record(entry("iam.role.create", accountId, actor, role.arn()));
        return role;
    }

    public IamRole get(String accountId, String name) {
        IamInputRules.name(name, "roleName", 64);
        return store.find(accountId, name)
                .orElseThrow(() -> new GatehouseException(IamError.NO_SUCH_ENTITY, PrincipalType.ROLE.notFound(name)));
    }

    public Page<IamRole> list(String accountId, String pathPrefix, String cursor, int limit) {
        String prefix = IamInputRules.pathPrefix(pathPrefix);
        List<IamRole> fetched = store.list(accountId, prefix, IamPages.afterKey(cursor), IamPages.fetchSize(limit));
        return IamPages.page(fetched, limit, r -> r.name().toLowerCase(Locale.ROOT));
    }

    /** UpdateRole: a null argument leaves that setting unchanged. */
    @Transactional
    public IamRole update(String accountId, String actor, String name, String description, Integer maxSessionDuration) {
        IamRole role = get(accountId, name);
        if (description != null) {
            role = role.withDescription(IamInputRules.description(description));
        }
        if (maxSessionDuration != null) {
            role = role.withMaxSessionDuration(maxSessionDuration(maxSessionDuration));
        }
        store.update(role);
        audit.record(entry("iam.role.update", accountId, actor, role.arn()));
        return role;
    }

    @Transactional
    public IamRole updateTrustPolicy(String accountId, String actor, String name, String document) {
        IamRole role = get(accountId, name);
        PolicyDocuments.validate(document, "policyDocument", PolicyKind.TRUST);
        IamRole updated = role.withTrustPolicy(document);
        store.update(updated);
        audit.record(entry("iam.role.trust-policy.update", accountId, actor, role.arn()));
        return updated;
    }

    @Transactional
    public void delete(String accountId, String actor, String name) {
        IamRole role = get(accountId, name);
        if (references.hasAttached(PrincipalType.ROLE, role.id())) {
            throw new GatehouseException(IamError.DELETE_CONFLICT, "Cannot delete entity, must detach all policies first.");
        }
        if (references.hasInline(PrincipalType.ROLE, role.id())) {
            throw new GatehouseException(IamError.DELETE_CONFLICT, "Cannot delete entity, must delete policies first.");
        }
        store.delete(role.id());
        cache.invalidateAccount(accountId);
        audit.record(entry("iam.role.delete", accountId, actor, role.arn()));
    }

    @Transactional
    public void tag(String accountId, String actor, String name, Map<String, String> tags) {
        IamRole role = get(accountId, name);
        store.update(role.withTags(IamTagRules.merge(role.tags(), tags)));
        cache.invalidateAccount(accountId);
        audit.record(entry("iam.role.tag", accountId, actor, role.arn()));
    }

    @Transactional
    public void untag(String accountId, String actor, String name, List<String> keys) {
        IamRole role = get(accountId, name);
        store.update(role.withTags(IamTagRules.remove(role.tags(), keys)));
        cache.invalidateAccount(accountId);
        audit.record(entry("iam.role.untag", accountId, actor, role.arn()));
    }

    private static int maxSessionDuration(Integer value) {
        if (value == null) {
            return DEFAULT_MAX_SESSION;
        }
        if (value < DEFAULT_MAX_SESSION || value > MAX_MAX_SESSION) {
            throw IamInputRules.invalid("Value '" + value + "' at 'maxSessionDuration' failed to satisfy constraint: "
                    + "Member must have value between " + DEFAULT_MAX_SESSION + " and " + MAX_MAX_SESSION);
        }
        return value;
    }

    private static AuditEntry entry(String action, String accountId, String actor, String target) {
        return AuditEntry.success(action).withAccount(accountId).withActor(actor).withTarget(target);
    }

    /** The parameters of CreateRole; path, description, session duration, boundary and tags may be null. */
    public record NewRole(String name, String path, String trustPolicy, String description, Integer maxSessionDuration,
                          String permissionsBoundary, Map<String, String> tags) {
    }
}
