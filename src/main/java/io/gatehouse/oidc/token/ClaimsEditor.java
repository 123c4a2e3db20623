package io.gatehouse.oidc.token;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.oidc.message.ClaimNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a {@link ClaimsOverride} to a token's claims before signing. Claims that identify the
 * token, its issuer, audience, lifetime or the authentication (Cognito's excluded claims) are
 * never added, changed or removed: such edits are ignored, as are {@code cognito:*} claims
 * outside the group override. "If a value is both suppressed and replaced, then it will be
 * suppressed": additions are applied first, then suppressions.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html">Pre token generation: excluded claims</a>
 */
public final class ClaimsEditor {

    /** Claims no customizer may touch. */
    public static final Set<String> PROTECTED = Set.of("acr", "amr", "at_hash", "aud", "auth_time", "azp",
            "client_id", "cognito:username", "event_id", "exp", "iat", "identities", "iss", "jti", "nbf", "nonce",
            "origin_jti", "scope", "sub", "token_use", "username", "version", "device_key");
    private static final String COGNITO_PREFIX = "cognito:";

    private ClaimsEditor() {
    }

    /**
     * {@code claims} with the edits and group override applied; {@code idToken} selects which group
     * claims exist. Claims nothing changes are returned as they are: without a pre token generation
     * trigger that is every token, and copying the claims twice was a tenth of a token's Java work
     * besides the signature.
     */
    public static JWTClaimsSet apply(JWTClaimsSet claims, ClaimsOverride.Edits edits, ClaimsOverride override,
                                     boolean idToken) {
        if (changesNothing(edits, override, idToken)) {
            return claims;
        }
        Map<String, Object> out = new LinkedHashMap<>(claims.getClaims());
        edits.addOrOverride().forEach((name, value) -> {
            if (editable(name)) {
                out.put(name, value);
            }
        });
        edits.suppress().stream().filter(ClaimsEditor::editable).forEach(out::remove);
        if (override.groups() != null) {
            replace(out, ClaimNames.COGNITO_GROUPS, override.groups().isEmpty() ? null : override.groups());
        }
        if (idToken && override.roles() != null) {
            replace(out, ClaimNames.COGNITO_ROLES, override.roles().isEmpty() ? null : override.roles());
        }
        if (idToken && override.preferredRole() != null) {
            replace(out, ClaimNames.COGNITO_PREFERRED_ROLE, override.preferredRole().isEmpty() ? null : override.preferredRole());
        }
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        out.forEach(builder::claim);
        return builder.build();
    }

    private static boolean changesNothing(ClaimsOverride.Edits edits, ClaimsOverride override, boolean idToken) {
        return edits.addOrOverride().isEmpty() && edits.suppress().isEmpty() && override.groups() == null
                && (!idToken || override.roles() == null && override.preferredRole() == null);
    }

    private static void replace(Map<String, Object> claims, String name, Object value) {
        if (value == null) {
            claims.remove(name);
        } else {
            claims.put(name, value);
        }
    }

    /** The scope after the edits: additions appended, suppressions removed, order kept, no duplicates. */
    public static String scope(String scope, ClaimsOverride.Edits edits) {
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(scope.split(" ")));
        scopes.addAll(edits.scopesToAdd());
        edits.scopesToSuppress().forEach(scopes::remove);
        List<String> kept = new ArrayList<>(scopes);
        kept.removeIf(String::isEmpty);
        return String.join(" ", kept);
    }

    static boolean editable(String name) {
        return name != null && !name.isEmpty() && !PROTECTED.contains(name) && !name.startsWith(COGNITO_PREFIX);
    }
}
