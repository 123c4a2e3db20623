package io.gatehouse.identitypool;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.identitypool.PoolRoles.MappingRule;
import io.gatehouse.identitypool.PoolRoles.RoleMapping;
import java.util.List;
import java.util.Map;

/**
 * Picks the role of GetCredentialsForIdentity, as Cognito does. A guest gets the unauthenticated
 * role. An authenticated identity gets, for the first login whose provider has a role mapping:
 * with {@code Token}, the requested {@code CustomRoleArn} (which must be one of the token's
 * {@code cognito:roles}), else {@code cognito:preferred_role}, else the only entry of
 * {@code cognito:roles}; with {@code Rules}, the role of the first matching rule. When the mapping
 * does not decide, {@code AmbiguousRoleResolution} gives the authenticated role or denies. Without
 * a mapping the default authenticated role applies. No role at all is the pool's misconfiguration.
 */
public final class RoleSelector {

    static final String PREFERRED_ROLE = "cognito:preferred_role";
    static final String ROLES = "cognito:roles";

    private RoleSelector() {
    }

    /** The role ARN for the logins ({@code logins} empty: a guest). */
    public static String select(PoolRoles roles, List<VerifiedLogin> logins, String customRoleArn) {
        if (logins.isEmpty()) {
            return required(roles.roles().get(PoolRoles.UNAUTHENTICATED));
        }
        for (VerifiedLogin login : logins) {
            for (String key : login.mappingKeys()) {
                RoleMapping mapping = roles.mappings().get(key);
                if (mapping != null) {
                    return required(fromMapping(roles, mapping, login, customRoleArn));
                }
            }
        }
        if (customRoleArn != null) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER,
                    "CustomRoleArn requires a token-based role mapping for the login's provider.");
        }
        return required(roles.roles().get(PoolRoles.AUTHENTICATED));
    }

    private static String fromMapping(PoolRoles roles, RoleMapping mapping, VerifiedLogin login, String customRoleArn) {
        String role = RoleMapping.TOKEN.equals(mapping.type())
                ? fromToken(login.claims(), customRoleArn) : fromRules(mapping.rules(), login.claims(), customRoleArn);
        if (role != null) {
            return role;
        }
        if (RoleMapping.DENY.equals(mapping.ambiguousRoleResolution())) {
            throw new GatehouseException(CommonError.NOT_AUTHORIZED,
                    "The ambiguous role mapping rules for: " + login.provider() + " denied this request.");
        }
        return roles.roles().get(PoolRoles.AUTHENTICATED);
    }

    private static String fromToken(Map<String, Object> claims, String customRoleArn) {
        List<String> tokenRoles = values(claims.get(ROLES));
        if (customRoleArn != null) {
            if (!tokenRoles.contains(customRoleArn)) {
                throw new GatehouseException(CommonError.INVALID_PARAMETER,
                        "CustomRoleArn " + customRoleArn + " is not one of the roles in the token's cognito:roles claim.");
            }
            return customRoleArn;
        }
        if (claims.get(PREFERRED_ROLE) instanceof String preferred) {
            return preferred;
        }
        return tokenRoles.size() == 1 ? tokenRoles.get(0) : null;
    }

    private static String fromRules(List<MappingRule> rules, Map<String, Object> claims, String customRoleArn) {
        if (customRoleArn != null) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER,
                    "CustomRoleArn requires a token-based role mapping for the login's provider.");
        }
        for (MappingRule rule : rules) {
            if (matches(rule, values(claims.get(rule.claim())))) {
                return rule.roleArn();
            }
        }
        return null;
    }

    /** A rule on a multi-valued claim (e.g. {@code cognito:groups}) matches when one value does; an absent claim never matches. */
    static boolean matches(MappingRule rule, List<String> claim) {
        if (claim.isEmpty()) {
            return false;
        }
        String value = rule.value();
        return switch (rule.matchType()) {
            case "Equals" -> claim.contains(value);
            case "Contains" -> claim.stream().anyMatch(c -> c.contains(value));
            case "StartsWith" -> claim.stream().anyMatch(c -> c.startsWith(value));
            case "NotEqual" -> !claim.contains(value);
            default -> false;
        };
    }

    private static List<String> values(Object claim) {
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(claim));
    }

    private static String required(String role) {
        if (role == null) {
            throw new GatehouseException(IdentityPoolError.INVALID_CONFIGURATION,
                    "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
        }
        return role;
    }
}
