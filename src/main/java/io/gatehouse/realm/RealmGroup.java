package io.gatehouse.realm;

import java.util.Objects;
import java.util.Set;

/**
 * A group declared by a realm file. Fields left out (null) stay as they are on update.
 * {@code roleArn} is bounded here because the group service stores it unchecked.
 */
public record RealmGroup(String name, String description, Integer precedence, String roleArn) {

    static final Set<String> KEYS = Set.of("name", "description", "precedence", "roleArn");
    private static final int MAX_ROLE_ARN = 2048;

    public RealmGroup {
        Objects.requireNonNull(name, "name");
    }

    static RealmGroup parse(JsonObjectReader in) {
        String name = in.requiredString("name");
        String description = in.optionalString("description");
        Integer precedence = in.optionalInt("precedence");
        String roleArn = in.optionalString("roleArn");
        if (roleArn != null && roleArn.length() > MAX_ROLE_ARN) {
            throw in.error("roleArn", "must be at most " + MAX_ROLE_ARN + " characters");
        }
        return new RealmGroup(name, description, precedence, roleArn);
    }
}
