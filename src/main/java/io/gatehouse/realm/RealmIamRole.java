package io.gatehouse.realm;

import io.gatehouse.iam.PrincipalType;
import io.gatehouse.iam.policy.PolicyKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An IAM role declared by a realm file with its trust policy. Description, session duration,
 * boundary and trust policy are updated when declared differently; tags set, inline policies put
 * and managed policies attached, others kept. IAM cannot change a role's path.
 */
public record RealmIamRole(String name, String path, String description, String trustPolicy, Integer maxSessionDuration,
                           Map<String, String> inlinePolicies, List<String> managedPolicies, String permissionsBoundary,
                           Map<String, String> tags) {

    static final Set<String> KEYS = Set.of("name", "path", "description", "trustPolicy", "maxSessionDuration",
            "inlinePolicies", "managedPolicies", "permissionsBoundary", "tags");

    public RealmIamRole {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trustPolicy, "trustPolicy");
        inlinePolicies = RealmIam.copy(inlinePolicies);
        managedPolicies = List.copyOf(managedPolicies);
        tags = RealmIam.copy(tags);
    }

    static RealmIamRole parse(JsonObjectReader in) {
        return new RealmIamRole(in.requiredString("name"), in.optionalString("path"), in.optionalString("description"),
                RealmPolicyDocument.required(in, "trustPolicy", PolicyKind.TRUST), in.optionalInt("maxSessionDuration"),
                RealmPolicyDocument.named(in, "inlinePolicies", PrincipalType.ROLE.inlineKind()),
                RealmIam.strings(in, "managedPolicies"), in.optionalString("permissionsBoundary"),
                in.stringMap("tags"));
    }
}
