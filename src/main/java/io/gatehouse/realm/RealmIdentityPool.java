package io.gatehouse.realm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An identity pool declared by a realm file, in the shape of CreateIdentityPool, SetIdentityPoolRoles
 * and SetPrincipalTagAttributeMap. With an {@code id} ({@code <region>:<uuid>}, so that apps can
 * hard-code it) the pool is found by id; without one by name within the account. A field left out
 * (null) takes its default at creation and is left alone later ({@code allowUnauthenticatedIdentities}
 * is required, as in AWS); a declared list or map replaces the stored one, except {@code tags} and {@code principalTags}, which are set and others kept. A role is
 * named by ARN or by the name of a role declared in the same file's {@code iam.roles}.
 */
public record RealmIdentityPool(String id, String name, boolean allowUnauthenticatedIdentities, Boolean allowClassicFlow,
                                List<Provider> cognitoIdentityProviders, List<String> openIdConnectProviderArns,
                                String developerProviderName, Map<String, String> roles,
                                Map<String, RoleMapping> roleMappings, Map<String, PrincipalTags> principalTags,
                                Map<String, String> tags) {

    static final Set<String> KEYS = Set.of("id", "name", "allowUnauthenticatedIdentities", "allowClassicFlow",
            "cognitoIdentityProviders", "openIdConnectProviderArns", "developerProviderName", "roles", "roleMappings",
            "principalTags", "tags");
    static final Set<String> ROLE_KEYS = Set.of("authenticated", "unauthenticated");
    private static final Pattern ID =
            Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public RealmIdentityPool {
        Objects.requireNonNull(name, "name");
        cognitoIdentityProviders = cognitoIdentityProviders == null ? null : List.copyOf(cognitoIdentityProviders);
        openIdConnectProviderArns = openIdConnectProviderArns == null ? null : List.copyOf(openIdConnectProviderArns);
        roles = roles == null ? null : RealmIam.copy(roles);
        roleMappings = roleMappings == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(roleMappings));
        principalTags = Collections.unmodifiableMap(new LinkedHashMap<>(principalTags));
        tags = RealmIam.copy(tags);
    }

    static RealmIdentityPool parse(JsonObjectReader in) {
        String id = in.optionalString("id");
        if (id != null && !ID.matcher(id).matches()) {
            throw in.error("id", "must look like <region>:<lowercase uuid>, e.g. us-east-1:0b5e4c1a-8f3d-4b6e-9a2c-7d1e5f3a9b40");
        }
        Boolean guests = in.optionalBoolean("allowUnauthenticatedIdentities");
        if (guests == null) {
            throw in.error("allowUnauthenticatedIdentities", "is required");
        }
        List<Provider> providers = in.optionalObjects("cognitoIdentityProviders", Provider.KEYS, Provider::parse);
        if (providers != null) {
            in.requireUnique("cognitoIdentityProviders", providers, p -> p.userPool() + " " + p.clientId(),
                    "user pool and client");
        }
        return new RealmIdentityPool(id, in.requiredString("name"), guests,
                in.optionalBoolean("allowClassicFlow"), providers, in.optionalStrings("openIdConnectProviderArns"),
                in.optionalString("developerProviderName"), roles(in),
                in.optionalNode("roleMappings") == null ? null : in.objectMembers("roleMappings", RoleMapping.KEYS, RoleMapping::parse),
                in.objectMembers("principalTags", PrincipalTags.KEYS, PrincipalTags::parse), in.stringMap("tags"));
    }

    private static Map<String, String> roles(JsonObjectReader in) {
        if (in.optionalNode("roles") == null) {
            return null;
        }
        Map<String, String> roles = in.stringMap("roles");
        for (String key : roles.keySet()) {
            if (!ROLE_KEYS.contains(key)) {
                throw in.error(in.path().child("roles").child(key), "unknown key; allowed here: authenticated, unauthenticated");
            }
        }
        return roles;
    }

    /** A user pool's app client whose ID tokens sign identities in; {@code userPool} is a user pool id. */
    public record Provider(String userPool, String clientId, boolean serverSideTokenCheck) {

        static final Set<String> KEYS = Set.of("userPool", "clientId", "serverSideTokenCheck");
        private static final Pattern POOL_ID = Pattern.compile("[\\w-]+_[0-9a-zA-Z]+");

        public Provider {
            Objects.requireNonNull(userPool, "userPool");
            Objects.requireNonNull(clientId, "clientId");
        }

        static Provider parse(JsonObjectReader in) {
            String pool = in.requiredString("userPool");
            if (!POOL_ID.matcher(pool).matches()) {
                throw in.error("userPool", "must be a user pool id such as us-east-1_DemoPool1");
            }
            return new Provider(pool, in.requiredString("clientId"),
                    Boolean.TRUE.equals(in.optionalBoolean("serverSideTokenCheck")));
        }
    }

    /** How one provider's users map to roles (Token or Rules), as SetIdentityPoolRoles' RoleMappings. */
    public record RoleMapping(String type, String ambiguousRoleResolution, List<Rule> rules) {

        static final Set<String> KEYS = Set.of("type", "ambiguousRoleResolution", "rules");

        public RoleMapping {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(ambiguousRoleResolution, "ambiguousRoleResolution");
            rules = List.copyOf(rules);
        }

        static RoleMapping parse(JsonObjectReader in) {
            return new RoleMapping(in.requiredString("type"), in.requiredString("ambiguousRoleResolution"),
                    in.objects("rules", Rule.KEYS, Rule::parse));
        }
    }

    /** One mapping rule: {@code role} when claim {@code claim} matches {@code value} by {@code matchType}. */
    public record Rule(String claim, String matchType, String value, String role) {

        static final Set<String> KEYS = Set.of("claim", "matchType", "value", "role");

        public Rule {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(matchType, "matchType");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(role, "role");
        }

        static Rule parse(JsonObjectReader in) {
            return new Rule(in.requiredString("claim"), in.requiredString("matchType"), in.requiredString("value"),
                    in.requiredString("role"));
        }
    }

    /** Which token claims become principal tags for one provider, as SetPrincipalTagAttributeMap. */
    public record PrincipalTags(boolean useDefaults, Map<String, String> tags) {

        static final Set<String> KEYS = Set.of("useDefaults", "tags");

        public PrincipalTags {
            tags = RealmIam.copy(tags);
        }

        static PrincipalTags parse(JsonObjectReader in) {
            return new PrincipalTags(Boolean.TRUE.equals(in.optionalBoolean("useDefaults")), in.stringMap("tags"));
        }
    }
}
