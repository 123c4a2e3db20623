package io.gatehouse.oidc.message;

/**
 * An error of a bearer-token protected resource (UserInfo): reported in the
 * {@code WWW-Authenticate: Bearer} challenge.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3">RFC 6750 §3</a>
 */
public class BearerTokenException extends OAuthException {

    public BearerTokenException(OAuthError error, String description) {
        super(error, description);
    }
}
