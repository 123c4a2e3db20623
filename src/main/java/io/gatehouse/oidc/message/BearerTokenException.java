package io.gatehouse.oidc.message;

/**
 * An error of a bearer-token protected resource (UserInfo): reported in the
 * {@code WWW-Authenticate: Bearer} challenge.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3">RFC 6750 §3</a>
 */
public class BearerTokenException extends OAuthException {

    private final boolean credentialsMissing;

    public BearerTokenException(OAuthError error, String description) {
        this(error, description, false);
    }

    private BearerTokenException(OAuthError error, String description, boolean credentialsMissing) {
        super(error, description);
        this.credentialsMissing = credentialsMissing;
    }

    /** "If the request lacks any authentication information … the resource server SHOULD NOT include an error code." */
    public static BearerTokenException missing() {
        return new BearerTokenException(OAuthError.INVALID_TOKEN, "Missing access token", true);
    }

    public boolean credentialsMissing() {
        return credentialsMissing;
    }
}
