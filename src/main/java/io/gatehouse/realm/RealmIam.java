package io.gatehouse.realm;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The IAM section of a realm file: the account's customer managed policies, groups, users and
 * roles. A managed policy or permissions boundary is named by ARN or by the name of a policy
 * declared in the same file; a name that is not declared here is a parse error.
 */
public record RealmIam(List<RealmIamPolicy> policies, List<RealmIamGroup> groups, List<RealmIamUser> users,
                       List<RealmIamRole> roles) {

    static final Set<String> KEYS = Set.of("policies", "groups", "users", "roles");
    static final RealmIam EMPTY = new RealmIam(List.of(), List.of(), List.of(), List.of());
    private static final String ARN = "arn:";

    public RealmIam {
        policies = List.copyOf(policies);
        groups = List.copyOf(groups);
        users = List.copyOf(users);
        roles = List.copyOf(roles);
    }

    static RealmIam parse(JsonObjectReader in) {
        List<RealmIamPolicy> policies = in.objects("policies", RealmIamPolicy.KEYS, RealmIamPolicy::parse);
        // IAM names are unique per account regardless of case.
        in.requireUnique("policies", policies, p -> lower(p.name()), "policy name");
        List<RealmIamGroup> groups = in.objects("groups", RealmIamGroup.KEYS, RealmIamGroup::parse);
        in.requireUnique("groups", groups, g -> lower(g.name()), "group name");
        List<RealmIamUser> users = in.objects("users", RealmIamUser.KEYS, RealmIamUser::parse);
        in.requireUnique("users", users, u -> lower(u.name()), "user name");
        List<RealmIamRole> roles = in.objects("roles", RealmIamRole.KEYS, RealmIamRole::parse);
        in.requireUnique("roles", roles, r -> lower(r.name()), "role name");
        RealmIam iam = new RealmIam(policies, groups, users, roles);
        iam.checkReferences(in);
        return iam;
    }

    /** The ARN a reference names: itself when it is an ARN, else that of the same file's policy. */
    static String resolve(String reference, Map<String, String> declaredArns) {
        return reference.startsWith(ARN) ? reference : declaredArns.get(reference);
    }

    private void checkReferences(JsonObjectReader in) {
        Set<String> names = new HashSet<>();
        policies.forEach(p -> names.add(p.name()));
        for (int i = 0; i < groups.size(); i++) {
            checkAll(in, names, groups.get(i).managedPolicies(), in.path().child("groups").index(i));
        }
        for (int i = 0; i < users.size(); i++) {
            JsonPath at = in.path().child("users").index(i);
            checkAll(in, names, users.get(i).managedPolicies(), at);
            check(in, names, users.get(i).permissionsBoundary(), at.child("permissionsBoundary"));
        }
        for (int i = 0; i < roles.size(); i++) {
            JsonPath at = in.path().child("roles").index(i);
            checkAll(in, names, roles.get(i).managedPolicies(), at);
            check(in, names, roles.get(i).permissionsBoundary(), at.child("permissionsBoundary"));
        }
    }

    private static void checkAll(JsonObjectReader in, Set<String> names, List<String> references, JsonPath principal) {
        for (int i = 0; i < references.size(); i++) {
            check(in, names, references.get(i), principal.child("managedPolicies").index(i));
        }
    }

    private static void check(JsonObjectReader in, Set<String> names, String reference, JsonPath at) {
        if (reference != null && !reference.startsWith(ARN) && !names.contains(reference)) {
            throw in.error(at, "no policy named \"" + reference + "\" is declared in this file; "
                    + "name other policies by ARN");
        }
    }

    static List<String> strings(JsonObjectReader in, String key) {
        List<String> values = in.optionalStrings(key);
        return values == null ? List.of() : values;
    }

    static Map<String, String> copy(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
