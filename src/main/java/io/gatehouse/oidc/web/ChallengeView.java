package io.gatehouse.oidc.web;

import io.quarkus.qute.TemplateData;

/**
 * A challenge step of the hosted login (new password, authenticator code, authenticator setup,
 * choice of factor): the sign-in session it answers, carried in the form with the login
 * transaction and CSRF token. {@code action} is the absolute path of the challenge endpoint: the page
 * is shown both at the login path and at the challenge path, so no relative URL fits both. Every
 * value is HTML-escaped by Qute when rendered.
 */
@TemplateData
public record ChallengeView(String nonce, String action, String poolName, String clientName, String transaction,
                            String csrfToken, String session, String challenge, String title, String secret,
                            String otpauthUri, String message) {

    public ChallengeView {
        secret = secret == null ? "" : secret;
        otpauthUri = otpauthUri == null ? "" : otpauthUri;
        message = message == null ? "" : message;
    }

    ChallengeView withNonce(String value) {
        return new ChallengeView(value, action, poolName, clientName, transaction, csrfToken, session, challenge, title,
                secret, otpauthUri, message);
    }
}
