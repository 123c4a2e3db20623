package io.gatehouse.realm;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies the IAM section of a realm file in the order of what depends on what: policies before
 * the principals they attach to or bound, groups before the users that join them.
 */
@ApplicationScoped
class IamImporter {

    private final IamPolicyImporter policies;
    private final IamGroupImporter groups;
    private final IamUserImporter users;
    private final IamRoleImporter roles;

    IamImporter(IamPolicyImporter policies, IamGroupImporter groups, IamUserImporter users, IamRoleImporter roles) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.users = Objects.requireNonNull(users, "users");
        this.roles = Objects.requireNonNull(roles, "roles");
    }

    void apply(ImportContext ctx, RealmIam iam, JsonPath at) {
        Map<String, String> declaredArns = new HashMap<>();
        List<RealmIamPolicy> declared = iam.policies();
        for (int i = 0; i < declared.size(); i++) {
            declaredArns.put(declared.get(i).name(), policies.apply(ctx, declared.get(i), at.child("policies").index(i)));
        }
        for (int i = 0; i < iam.groups().size(); i++) {
            groups.apply(ctx, iam.groups().get(i), declaredArns, at.child("groups").index(i));
        }
        for (int i = 0; i < iam.users().size(); i++) {
            users.apply(ctx, iam.users().get(i), declaredArns, at.child("users").index(i));
        }
        for (int i = 0; i < iam.roles().size(); i++) {
            roles.apply(ctx, iam.roles().get(i), declaredArns, at.child("roles").index(i));
        }
    }
}
