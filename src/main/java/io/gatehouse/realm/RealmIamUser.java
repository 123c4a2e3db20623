package io.gatehouse.realm;

import io.gatehouse.iam.PrincipalType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An IAM user declared by a realm file. The {@code password} is the user's console password (its
 * login profile), set only when the user is created, as for user-pool users: the user may have
 * changed it since, or an administrator removed console access. Declared tags are set, groups
 * joined, inline policies put and managed policies attached; others are kept. Access keys are
 * never declared: they are secrets Gatehouse generates.
 */
public record RealmIamUser(String name, String path, Map<String, String> tags, List<String> groups,
                           Map<String, String> inlinePolicies, List<String> managedPolicies, String permissionsBoundary,
                           String password, Boolean passwordResetRequired) {

    static final Set<String> KEYS = Set.of("name", "path", "tags", "groups", "inlinePolicies", "managedPolicies",
            "permissionsBoundary", "password", "passwordResetRequired");

    public RealmIamUser {
        Objects.requireNonNull(name, "name");
        tags = RealmIam.copy(tags);
        groups = List.copyOf(groups);
        inlinePolicies = RealmIam.copy(inlinePolicies);
        managedPolicies = List.copyOf(managedPolicies);
    }

    static RealmIamUser parse(JsonObjectReader in) {
        String password = in.optionalString("password");
        Boolean resetRequired = in.optionalBoolean("passwordResetRequired");
        if (resetRequired != null && password == null) {
            throw in.error("passwordResetRequired", "applies only to a user declared with a password");
        }
        return new RealmIamUser(in.requiredString("name"), in.optionalString("path"), in.stringMap("tags"),
                RealmIam.strings(in, "groups"),
                RealmPolicyDocument.named(in, "inlinePolicies", PrincipalType.USER.inlineKind()),
                RealmIam.strings(in, "managedPolicies"), in.optionalString("permissionsBoundary"),
                password, resetRequired);
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "RealmIamUser[name=" + name + ", path=" + path + ", tags=" + tags.keySet() + ", groups=" + groups
                + ", inlinePolicies=" + inlinePolicies.keySet() + ", managedPolicies=" + managedPolicies
                + ", permissionsBoundary=" + permissionsBoundary + ", password=" + (password == null ? "none" : "set")
                + "]";
    }
}
