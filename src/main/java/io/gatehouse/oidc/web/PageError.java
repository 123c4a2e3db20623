package io.gatehouse.oidc.web;

/**
 * The error table of the hosted pages: failures that must not, or cannot, be sent back to the
 * client's redirect URI (RFC 6749 §4.1.2.1: "If the request fails due to a missing, invalid, or
 * mismatching redirection URI, or if the client identifier is missing or invalid, the
 * authorization server SHOULD inform the resource owner of the error and MUST NOT automatically
 * redirect"). Each carries its HTTP status, the audit action it is recorded under (null: not
 * audited) and a message for the user that reveals nothing about accounts.
 */
enum PageError {
    UNKNOWN_CLIENT(400, "authorize", "Sign-in error",
            "The application is not registered with this sign-in service. Contact the application's administrator."),
    INVALID_REDIRECT_URI(400, "authorize", "Sign-in error",
            "The application asked to return to an address that is not registered. Contact the application's administrator."),
    LOGIN_EXPIRED(400, null, "Sign-in expired",
            "Your sign-in session expired; go back to the application and try again."),
    COOKIES_REQUIRED(400, null, "Cookies required",
            "Your browser must allow cookies from this site to sign in. Allow them, then go back to the application and try again."),
    CSRF_MISMATCH(403, "signin", "Sign-in error",
            "The sign-in form could not be verified. Go back to the application and try again."),
    INVALID_LOGOUT_REQUEST(400, "signout", "Sign-out error",
            "The sign-out request is malformed."),
    INVALID_ID_TOKEN_HINT(400, "signout", "Sign-out error",
            "The sign-out request carries an ID token that was not issued by this sign-in service."),
    LOGOUT_CLIENT_MISMATCH(400, "signout", "Sign-out error",
            "The sign-out request names an application other than the one its ID token was issued to."),
    INVALID_LOGOUT_REDIRECT(400, "signout", "Sign-out error",
            "The application asked to return to an address that is not registered for sign-out."),
    MALFORMED_FORM(400, null, "Sign-in error",
            "The form could not be read. Go back to the application and try again.");

    private final int status;
    private final String auditAction;
    private final String title;
    private final String message;

    PageError(int status, String auditAction, String title, String message) {
        this.status = status;
        this.auditAction = auditAction;
        this.title = title;
        this.message = message;
    }

    int status() {
        return status;
    }

    String auditAction() {
        return auditAction;
    }

    String title() {
        return title;
    }

    String message() {
        return message;
    }
}
