package io.gatehouse.realm;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.IamGroup;
import io.gatehouse.iam.IamGroupService;
import io.gatehouse.iam.IamGroupStore;
import io.gatehouse.iam.PrincipalType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Creates a declared IAM group, or moves it to the declared path; then applies its policies. */
@ApplicationScoped
class IamGroupImporter {

    private final IamGroupService groups;
    private final IamGroupStore store;
    private final IamPrincipalPolicies policies;

    IamGroupImporter(IamGroupService groups, IamGroupStore store, IamPrincipalPolicies policies) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.store = Objects.requireNonNull(store, "store");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    void apply(ImportContext ctx, RealmIamGroup declared, Map<String, String> declaredArns, JsonPath at) {
        Optional<IamGroup> existing = store.find(ctx.accountId(), declared.name());
        IamGroup group;
        boolean changed;
        try {
            group = existing.isPresent() ? existing.get()
                    : groups.create(ctx.accountId(), ctx.actor(), declared.name(), declared.path());
            changed = existing.isPresent() && declared.path() != null && !declared.path().equals(group.path());
            if (changed) {
                groups.update(ctx.accountId(), ctx.actor(), group.name(), null, declared.path());
            }
        } catch (GatehouseException e) {
            throw ctx.fail(at, e);
        }
        changed |= policies.apply(ctx, new IamPrincipalPolicies.Principal(PrincipalType.GROUP, group.id(), group.name()),
                declared.inlinePolicies(), declared.managedPolicies(), null, null, declaredArns, at);
        ctx.count(existing.isEmpty() ? Change.CREATED : Change.of(changed));
    }
}
