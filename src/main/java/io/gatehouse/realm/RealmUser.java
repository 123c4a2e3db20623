package io.gatehouse.realm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A user declared by a realm file. The password is the user's permanent password, set only when
 * the user is created: users may have changed it since. Declared attributes are set (others are
 * kept), declared groups are joined (others are kept), and {@code enabled} applies when given.
 */
public record RealmUser(String username, String password, Map<String, String> attributes, List<String> groups,
                        Boolean enabled) {

    static final Set<String> KEYS = Set.of("username", "password", "attributes", "groups", "enabled");

    public RealmUser {
        Objects.requireNonNull(username, "username");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        groups = List.copyOf(groups);
    }

    static RealmUser parse(JsonObjectReader in) {
        String username = in.requiredString("username");
        String password = in.optionalString("password");
        Map<String, String> attributes = in.stringMap("attributes");
        List<String> groups = in.optionalStrings("groups");
        return new RealmUser(username, password, attributes, groups == null ? List.of() : groups,
                in.optionalBoolean("enabled"));
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "RealmUser[username=" + username + ", attributes=" + attributes.keySet() + ", groups=" + groups
                + ", enabled=" + enabled + "]";
    }
}
