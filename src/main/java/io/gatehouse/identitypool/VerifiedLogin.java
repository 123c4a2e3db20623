package io.gatehouse.identitypool;

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
        claims = Map.copyOf(Objects.requireNonNull(claims, "claims"));
        Objects.requireNonNull(amrEntry, "amrEntry");
    }

    /** The role-mapping key of this login: {@code <provider>:<clientId>} for user pools, else the provider. */
    public List<String> mappingKeys() {
        return clientId == null ? List.of(provider) : List.of(provider + ":" + clientId, provider);
    }
}
