package io.gatehouse.webidentity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A verified web identity token: the IAM OIDC provider it matched (ARN, and its name: the issuer URL
 * without {@code https://}), the Cognito-style alias for Gatehouse user pools
 * ({@code cognito-idp.<region>.amazonaws.com/<poolId>}, null otherwise), subject, audience
 * ({@code azp} when present, else the {@code aud} value the provider accepts), all audiences,
 * {@code amr} values, all claims (JSON values as Java Map/List/String/Number/Boolean), issued-at
 * (null when the token has no {@code iat}) and expiry.
 */
public record WebIdentity(String providerArn, String providerName, String issuer, String cognitoAlias,
                          String subject, String audience, List<String> audiences, List<String> amr,
                          Map<String, Object> claims, Instant issuedAt, Instant expiresAt) {

    public WebIdentity {
        audiences = List.copyOf(audiences);
        amr = List.copyOf(amr);
        claims = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(claims));
    }
}
