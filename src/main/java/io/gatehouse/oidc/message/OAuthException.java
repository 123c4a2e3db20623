package io.gatehouse.oidc.message;

import java.util.Objects;

/**
 * An OAuth protocol error. The description is shown to the client, so it never contains a
 * secret or token, and where user enumeration must be prevented it is the same for an unknown
 * user as for a wrong password.
 */
public class OAuthException extends RuntimeException {

    private final OAuthError error;

    public OAuthException(OAuthError error, String description) {
        super(description);
        this.error = Objects.requireNonNull(error, "error");
    }

    public OAuthError error() {
        return error;
    }

    public String description() {
        return getMessage();
    }
}
