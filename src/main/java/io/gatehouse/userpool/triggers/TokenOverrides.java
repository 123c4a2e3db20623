package io.gatehouse.userpool.triggers;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a pre token generation trigger asked to change, as read from its answer (V1
 * {@code claimsOverrideDetails} or V2 {@code claimsAndScopeOverrideDetails}). Which claims
 * may really change is the token issuer's rule, not this record's.
 */
public record TokenOverrides(Changes idToken, Changes accessToken, Groups groups) {

    public static final TokenOverrides NONE = new TokenOverrides(Changes.NONE, Changes.NONE, null);

    public TokenOverrides {
        idToken = idToken == null ? Changes.NONE : idToken;
        accessToken = accessToken == null ? Changes.NONE : accessToken;
    }

    /** Claims to add or override (JSON values as Java strings, numbers, booleans, lists, maps), claims to remove, scope edits. */
    public record Changes(Map<String, Object> claimsToAddOrOverride, Set<String> claimsToSuppress,
                          List<String> scopesToAdd, List<String> scopesToSuppress) {
        public static final Changes NONE = new Changes(null, null, null, null);

        public Changes {
            claimsToAddOrOverride = claimsToAddOrOverride == null ? Map.of() : Map.copyOf(claimsToAddOrOverride);
            claimsToSuppress = claimsToSuppress == null ? Set.of() : Set.copyOf(claimsToSuppress);
            scopesToAdd = scopesToAdd == null ? List.of() : List.copyOf(scopesToAdd);
            scopesToSuppress = scopesToSuppress == null ? List.of() : List.copyOf(scopesToSuppress);
        }
    }

    /** {@code groupOverrideDetails}: each non-null member replaces the matching claim (an empty list removes it). */
    public record Groups(List<String> groupsToOverride, List<String> iamRolesToOverride, String preferredRole) {
    }
}
