package io.gatehouse.realm;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.IamRole;
import io.gatehouse.iam.PrincipalType;
import io.gatehouse.iam.RoleService;
import io.gatehouse.iam.RoleStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a declared IAM role, or updates the description, session duration, trust policy and tags
 * the file declares when they differ; then applies the role's policies. A role's path cannot change
 * in IAM, so a different declared path is an error.
 */
@ApplicationScoped
class IamRoleImporter {

    private final RoleService roles;
    private final RoleStore store;
    private final IamPrincipalPolicies policies;

    IamRoleImporter(RoleService roles, RoleStore store, IamPrincipalPolicies policies) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.store = Objects.requireNonNull(store, "store");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    void apply(ImportContext ctx, RealmIamRole declared, Map<String, String> declaredArns, JsonPath at) {
        Optional<IamRole> existing = store.find(ctx.accountId(), declared.name());
        IamRole role;
        boolean changed;
        try {
            role = existing.isPresent() ? existing.get() : roles.create(ctx.accountId(), ctx.actor(),
                    new RoleService.NewRole(declared.name(), declared.path(), declared.trustPolicy(),
                            declared.description(), declared.maxSessionDuration(), null, declared.tags()));
            changed = existing.isPresent() && update(ctx, declared, role, at);
        } catch (GatehouseException e) {
            throw ctx.fail(at, e);
        }
        changed |= policies.apply(ctx, new IamPrincipalPolicies.Principal(PrincipalType.ROLE, role.id(), role.name()),
                declared.inlinePolicies(), declared.managedPolicies(), declared.permissionsBoundary(),
                role.permissionsBoundary(), declaredArns, at);
        ctx.count(existing.isEmpty() ? Change.CREATED : Change.of(changed));
    }

    private boolean update(ImportContext ctx, RealmIamRole declared, IamRole current, JsonPath at) {
        if (declared.path() != null && !declared.path().equals(current.path())) {
            throw ctx.fail(at.child("path"), "the role's path is \"" + current.path()
                    + "\" and IAM cannot change it; delete the role to recreate it");
        }
        String description = differs(declared.description(), current.description());
        Integer maxSession = differs(declared.maxSessionDuration(), current.maxSessionDuration());
        if (description != null || maxSession != null) {
            roles.update(ctx.accountId(), ctx.actor(), current.name(), description, maxSession);
        }
        boolean trustEdited = !RealmPolicyDocument.same(declared.trustPolicy(), current.trustPolicy());
        if (trustEdited) {
            roles.updateTrustPolicy(ctx.accountId(), ctx.actor(), current.name(), declared.trustPolicy());
        }
        Map<String, String> changedTags = IamPrincipalPolicies.changedTags(declared.tags(), current.tags());
        if (!changedTags.isEmpty()) {
            roles.tag(ctx.accountId(), ctx.actor(), current.name(), changedTags);
        }
        return description != null || maxSession != null || trustEdited || !changedTags.isEmpty();
    }

    /** The declared value when it is declared and differs from the stored one, else null. */
    private static <T> T differs(T declared, T stored) {
        return declared != null && !declared.equals(stored) ? declared : null;
    }
}
