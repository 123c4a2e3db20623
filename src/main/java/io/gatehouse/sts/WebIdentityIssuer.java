package io.gatehouse.sts;

/**
 * An issuer of web identity tokens that Gatehouse runs itself and that is not an IAM OpenID Connect
 * provider, such as identity pools (GetOpenIdToken, the basic flow): AssumeRoleWithWebIdentity asks
 * each such issuer whether a token's {@code iss} is its own before verifying the token against the
 * IAM OIDC providers of the role's account. Implemented by the feature that issues the tokens, so
 * that {@code sts} does not depend on it (that feature depends on {@code sts} to start sessions).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html">Identity pools authentication flow</a>
 */
public interface WebIdentityIssuer {

    /** Whether {@code issuer} (a token's unverified {@code iss}) is this issuer's. */
    boolean issues(String issuer);

    /**
     * The federated principal the token proves, after verifying its signature, issuer and expiry;
     * a token that fails is a {@code GatehouseException} with
     * {@link io.gatehouse.webidentity.WebIdentityError#INVALID_IDENTITY_TOKEN} (or {@code EXPIRED_TOKEN}).
     */
    WebIdentityPrincipal principal(String token);
}
