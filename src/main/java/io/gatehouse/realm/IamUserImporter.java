package io.gatehouse.realm;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.IamGroup;
import io.gatehouse.iam.IamGroupService;
import io.gatehouse.iam.IamUser;
import io.gatehouse.iam.IamUserService;
import io.gatehouse.iam.LoginProfileService;
import io.gatehouse.iam.PrincipalType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates a declared IAM user with its console password, or updates the path and tags the file
 * declares; then joins the declared groups and applies the user's policies. The password is set
 * only when the user is created, like a user-pool user's: never reset, never recreated.
 */
@ApplicationScoped
class IamUserImporter {

    private final IamUserService users;
    private final LoginProfileService loginProfiles;
    private final IamGroupService groups;
    private final IamPrincipalPolicies policies;

    IamUserImporter(IamUserService users, LoginProfileService loginProfiles, IamGroupService groups,
                    IamPrincipalPolicies policies) {
        this.users = Objects.requireNonNull(users, "users");
        this.loginProfiles = Objects.requireNonNull(loginProfiles, "loginProfiles");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    void apply(ImportContext ctx, RealmIamUser declared, Map<String, String> declaredArns, JsonPath at) {
        Optional<IamUser> existing = users.find(ctx.accountId(), declared.name());
        IamUser user = existing.isPresent() ? existing.get() : create(ctx, declared, at);
        boolean changed = existing.isPresent() && update(ctx, declared, user, at);
        changed |= join(ctx, declared, user, at);
        changed |= policies.apply(ctx, new IamPrincipalPolicies.Principal(PrincipalType.USER, user.id(), user.name()),
                declared.inlinePolicies(), declared.managedPolicies(), declared.permissionsBoundary(),
                user.permissionsBoundary(), declaredArns, at);
        ctx.count(existing.isEmpty() ? Change.CREATED : Change.of(changed));
    }

    private IamUser create(ImportContext ctx, RealmIamUser declared, JsonPath at) {
        IamUser user;
        try {
            user = users.create(ctx.accountId(), ctx.actor(), declared.name(), declared.path(), null, declared.tags());
        } catch (GatehouseException e) {
            throw ctx.fail(at, e);
        }
        if (declared.password() != null) {
            try {
                loginProfiles.create(ctx.accountId(), ctx.actor(), user.name(), declared.password(),
                        Boolean.TRUE.equals(declared.passwordResetRequired()));
            } catch (GatehouseException e) {
                throw ctx.fail(at.child("password"), e);
            }
        }
        return user;
    }

    private boolean update(ImportContext ctx, RealmIamUser declared, IamUser current, JsonPath at) {
        boolean moved = declared.path() != null && !declared.path().equals(current.path());
        try {
            if (moved) {
                users.update(ctx.accountId(), ctx.actor(), current.name(), null, declared.path());
            }
        } catch (GatehouseException e) {
            throw ctx.fail(at.child("path"), e);
        }
        Map<String, String> changedTags = IamPrincipalPolicies.changedTags(declared.tags(), current.tags());
        try {
            if (!changedTags.isEmpty()) {
                users.tag(ctx.accountId(), ctx.actor(), current.name(), changedTags);
            }
        } catch (GatehouseException e) {
            throw ctx.fail(at.child("tags"), e);
        }
        return moved || !changedTags.isEmpty();
    }

    private boolean join(ImportContext ctx, RealmIamUser declared, IamUser user, JsonPath at) {
        List<String> wanted = declared.groups();
        Set<String> current = wanted.isEmpty() ? Set.of() : groups.groupsOf(ctx.accountId(), user.name()).stream()
                .map(IamUserImporter::lower).collect(Collectors.toSet());
        boolean joined = false;
        for (int i = 0; i < wanted.size(); i++) {
            if (current.contains(wanted.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            try {
                groups.addUser(ctx.accountId(), ctx.actor(), wanted.get(i), user.name());
                joined = true;
            } catch (GatehouseException e) {
                throw ctx.fail(at.child("groups").index(i), e);
            }
        }
        return joined;
    }

    private static String lower(IamGroup group) {
        return group.name().toLowerCase(Locale.ROOT);
    }
}
