package io.gatehouse.identitypool;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The roles of an identity pool (SetIdentityPoolRoles): the default {@code authenticated} and
 * {@code unauthenticated} role ARNs, and per provider a {@link RoleMapping} that picks the role
 * from the sign-in token instead.
 */
public record PoolRoles(Map<String, String> roles, Map<String, RoleMapping> mappings) {

    public static final String AUTHENTICATED = "authenticated";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final PoolRoles NONE = new PoolRoles(Map.of(), Map.of());

    public PoolRoles {
        roles = Map.copyOf(Objects.requireNonNull(roles, "roles"));
        mappings = Map.copyOf(Objects.requireNonNull(mappings, "mappings"));
    }

    /**
     * How one provider's users map to roles: {@code Token} takes {@code cognito:preferred_role}
     * (or the single {@code cognito:roles} entry), {@code Rules} takes the role of the first rule
     * whose claim matches; when neither decides, {@code AmbiguousRoleResolution} says whether the
     * default authenticated role applies ({@code AuthenticatedRole}) or the request fails ({@code Deny}).
     */
    public record RoleMapping(String type, String ambiguousRoleResolution, List<MappingRule> rules) {

        public static final String TOKEN = "Token";
        public static final String RULES = "Rules";
        public static final String DENY = "Deny";

        public RoleMapping {
            Objects.requireNonNull(type, "type");
            rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        }
    }

    /** One rule: the role when claim {@code claim} matches {@code value} by {@code matchType}. */
    public record MappingRule(String claim, String matchType, String value, String roleArn) {

        public static final List<String> MATCH_TYPES = List.of("Equals", "Contains", "StartsWith", "NotEqual");

        public MappingRule {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(matchType, "matchType");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(roleArn, "roleArn");
        }
    }
}
