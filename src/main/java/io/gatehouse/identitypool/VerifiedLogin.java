package io.gatehouse.identitypool;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a request's {@code Logins} map after its token was verified: the canonical provider
 * name (a Gatehouse issuer URL is folded into its {@code cognito-idp.<region>.amazonaws.com/<poolId>}
 * name), the subject, the app client (user pools) or audience, the token's claims, and the
 * {@code amr} entry naming the user ({@code <provider>:CognitoSignIn:<sub>} for user pools,
 * {@code <provider>:<identity pool id>:<sub>} for the others).
 */
public record VerifiedLogin(String provider, String subject, String clientId, Map<String, Object> claims,
                            String amrEntry) {

    public VerifiedLogin {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(subject, "subject");
        claims = withoutNulls(Objects.requireNonNull(claims, "claims"));
        Objects.requireNonNull(amrEntry, "amrEntry");
    }

    /** The claims without JSON {@code null} values, which match no rule and make no tag. */
    private static Map<String, Object> withoutNulls(Map<String, Object> claims) {
        Map<String, Object> copy = new HashMap<>();
        claims.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    /** The role-mapping key of this login: {@code <provider>:<clientId>} for user pools, else the provider. */
    public List<String> mappingKeys() {
        return clientId == null ? List.of(provider) : List.of(provider + ":" + clientId, provider);
    }
}
