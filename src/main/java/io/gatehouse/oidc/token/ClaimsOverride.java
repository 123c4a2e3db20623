package io.gatehouse.oidc.token;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes asked of a user's tokens by a {@link ClaimsCustomizer}: per-token claim edits, and
 * replacements for the group claims ({@code cognito:groups} in both tokens, {@code cognito:roles}
 * and {@code cognito:preferred_role} in the ID token). A null group member leaves the claim as
 * issued; an empty list removes it.
 */
public record ClaimsOverride(Edits idToken, Edits accessToken, List<String> groups, List<String> roles,
                             String preferredRole) {

    public static final ClaimsOverride NONE = new ClaimsOverride(Edits.NONE, Edits.NONE, null, null, null);

    public ClaimsOverride {
        idToken = idToken == null ? Edits.NONE : idToken;
        accessToken = accessToken == null ? Edits.NONE : accessToken;
        groups = groups == null ? null : List.copyOf(groups);
        roles = roles == null ? null : List.copyOf(roles);
    }

    /** Claims to add or replace, claims to remove, and (access token only) scopes to add or remove. */
    public record Edits(Map<String, Object> addOrOverride, Set<String> suppress, List<String> scopesToAdd,
                        List<String> scopesToSuppress) {
        public static final Edits NONE = new Edits(Map.of(), Set.of(), List.of(), List.of());

        public Edits {
            addOrOverride = Map.copyOf(addOrOverride);
            suppress = Set.copyOf(suppress);
            scopesToAdd = List.copyOf(scopesToAdd);
            scopesToSuppress = List.copyOf(scopesToSuppress);
        }
    }
}
