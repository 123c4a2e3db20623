package io.gatehouse.realm;

import io.gatehouse.iam.PrincipalType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An IAM group declared by a realm file: declared inline policies are put, declared managed
 * policies (ARNs, or names of policies of the same file) attached; others are kept.
 */
public record RealmIamGroup(String name, String path, Map<String, String> inlinePolicies, List<String> managedPolicies) {

    static final Set<String> KEYS = Set.of("name", "path", "inlinePolicies", "managedPolicies");

    public RealmIamGroup {
        Objects.requireNonNull(name, "name");
        inlinePolicies = RealmIam.copy(inlinePolicies);
        managedPolicies = List.copyOf(managedPolicies);
    }

    static RealmIamGroup parse(JsonObjectReader in) {
        return new RealmIamGroup(in.requiredString("name"), in.optionalString("path"),
                RealmPolicyDocument.named(in, "inlinePolicies", PrincipalType.GROUP.inlineKind()),
                RealmIam.strings(in, "managedPolicies"));
    }
}
