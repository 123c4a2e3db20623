package io.gatehouse.webidentity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.OidcProvider;
import io.gatehouse.iam.OidcProviderService;
import io.gatehouse.kms.SigningKeyService;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Verifies a web identity token (AssumeRoleWithWebIdentity's {@code WebIdentityToken}) the way STS
 * does, as a list of steps: size (at most 20,000 characters, STS's limit), a signed JWT, an
 * asymmetric algorithm, an issuer registered as an IAM OIDC provider in the account, a signature
 * by one of the issuer's keys (a user pool's own keys, read locally, for a pool of this deployment;
 * otherwise the issuer's published key set, fetched and cached by {@link RemoteKeySets}), expiry,
 * not-before, and an audience the provider accepts. Tokens of Gatehouse user pools must be ID
 * tokens ({@code token_use=id}): their access tokens carry no {@code aud}, as Cognito's do.
 *
 * <p>{@code exp} is enforced to the second with no leeway (a token is expired from its {@code exp}
 * instant on); {@code nbf} is allowed {@link #NOT_BEFORE_SKEW} of clock skew, as issuers' clocks run
 * slightly ahead.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html">AssumeRoleWithWebIdentity</a>
 */
@ApplicationScoped
public class WebIdentityVerifier {

    public static final int MAX_TOKEN_LENGTH = 20_000;
    static final Duration NOT_BEFORE_SKEW = Duration.ofSeconds(30);

    private final OidcProviderService providers;
    private final SigningKeyService poolKeys;
    private final RemoteKeySets remoteKeys;
    private final Clock clock;

    public WebIdentityVerifier(OidcProviderService providers, SigningKeyService poolKeys, RemoteKeySets remoteKeys,
                               Clock clock) {
        this.providers = providers;
        this.poolKeys = poolKeys;
        this.remoteKeys = remoteKeys;
        this.clock = clock;
    }

    /**
     * Verifies signature (keys of the Gatehouse pool, or the provider's JWKS), expiry (clock),
     * issuer (an IAM OIDC provider registered in {@code accountId}) and audience (in the provider's
     * client id list). Throws GatehouseException with {@link WebIdentityError}.
     */
    public WebIdentity verify(String accountId, String token) {
        SignedJWT jwt = parse(token);
        JWTClaimsSet claims = claims(jwt);
        String issuer = claims.getIssuer();
        OidcProvider provider = providers.findByIssuer(accountId, issuer)
                .orElseThrow(() -> invalid("No OpenIDConnect provider found in your account for " + issuer));
        checkSignature(jwt, provider);
        checkTimes(claims);
        if (provider.userPoolId() != null && !"id".equals(claims.getClaim("token_use"))) {
            throw invalid("Only ID tokens (token_use=id) of a user pool are accepted");
        }
        String audience = audience(claims, providers.audiences(provider));
        if (claims.getSubject() == null || claims.getSubject().isEmpty()) {
            throw invalid("The token has no subject (sub)");
        }
        return new WebIdentity(provider.arn(), provider.name(), issuer, cognitoAlias(provider), claims.getSubject(),
                audience, claims.getAudience(), strings(claims.getClaim("amr")), claims.toJSONObject(),
                claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant(),
                claims.getExpirationTime().toInstant());
    }

    private static SignedJWT parse(String token) {
        if (token == null || token.isEmpty()) {
            throw invalid("The web identity token is missing");
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw invalid("The web identity token is longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw invalid("The web identity token is not a signed JWT");
        }
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (!TokenSignature.ALGORITHMS.contains(alg)) {
            throw invalid("Unsupported token signing algorithm " + alg + "; RS*, PS* and ES* are accepted");
        }
        return jwt;
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (claims.getIssuer() == null || claims.getExpirationTime() == null) {
                throw invalid("The token must have the claims iss and exp");
            }
            return claims;
        } catch (ParseException e) {
            throw invalid("The web identity token's claims are not a valid JSON object");
        }
    }

    private void checkSignature(SignedJWT jwt, OidcProvider provider) {
        TokenSignature.Result result;
        if (provider.userPoolId() != null) {
            result = TokenSignature.check(jwt, poolKeys.jwks(provider.userPoolId()));
        } else {
            result = TokenSignature.check(jwt, remoteKeys.keys(provider.url()));
            if (result == TokenSignature.Result.NO_KEY) {
                JWKSet refetched = remoteKeys.refetch(provider.url());
                result = TokenSignature.check(jwt, refetched);
            }
        }
        if (result == TokenSignature.Result.NO_KEY) {
            throw invalid("No key of the issuer has the token's kid " + jwt.getHeader().getKeyID()
                    + " and fits its algorithm " + jwt.getHeader().getAlgorithm());
        }
        if (result != TokenSignature.Result.VALID) {
            throw invalid("Couldn't verify the token's signature");
        }
    }

    private void checkTimes(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Instant expiry = claims.getExpirationTime().toInstant();
        if (!now.isBefore(expiry)) {
            throw new GatehouseException(WebIdentityError.EXPIRED_TOKEN, "Token expired: current date/time " + now
                    + " must be before the expiration date/time " + expiry);
        }
        if (claims.getNotBeforeTime() != null && claims.getNotBeforeTime().toInstant().isAfter(now.plus(NOT_BEFORE_SKEW))) {
            throw invalid("The token is not valid before " + claims.getNotBeforeTime().toInstant());
        }
    }

    /** {@code azp} when present, else the first {@code aud} value; it must be one the provider accepts. */
    private static String audience(JWTClaimsSet claims, Set<String> accepted) {
        Object azp = claims.getClaim("azp");
        if (azp instanceof String authorizedParty) {
            if (accepted.contains(authorizedParty)) {
                return authorizedParty;
            }
        } else {
            for (String aud : claims.getAudience()) {
                if (accepted.contains(aud)) {
                    return aud;
                }
            }
        }
        throw invalid("Incorrect token audience");
    }

    private static String cognitoAlias(OidcProvider provider) {
        String poolId = provider.userPoolId();
        if (poolId == null) {
            return null;
        }
        return "cognito-idp." + poolId.substring(0, poolId.indexOf('_')) + ".amazonaws.com/" + poolId;
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof String single) {
            return List.of(single);
        }
        if (claim instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(WebIdentityError.INVALID_IDENTITY_TOKEN, message);
    }
}
