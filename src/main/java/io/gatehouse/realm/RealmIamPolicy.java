package io.gatehouse.realm;

import io.gatehouse.iam.policy.PolicyKind;
import java.util.Objects;
import java.util.Set;

/**
 * A customer managed IAM policy declared by a realm file. An edited {@code document} becomes the
 * policy's new default version. IAM cannot change a policy's path or description, so declaring a
 * different one than stored is an error; left out (null), they are {@code /} and none at creation.
 */
public record RealmIamPolicy(String name, String path, String description, String document) {

    static final Set<String> KEYS = Set.of("name", "path", "description", "document");

    public RealmIamPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
    }

    static RealmIamPolicy parse(JsonObjectReader in) {
        return new RealmIamPolicy(in.requiredString("name"), in.optionalString("path"), in.optionalString("description"),
                RealmPolicyDocument.required(in, "document", PolicyKind.MANAGED_IDENTITY));
    }
}
