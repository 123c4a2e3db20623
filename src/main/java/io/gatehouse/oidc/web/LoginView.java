package io.gatehouse.oidc.web;

import io.quarkus.qute.TemplateData;

/**
 * What the hosted login page shows: the pool and application names, the transaction and CSRF
 * token carried by the form, the username to prefill and an optional error message. Every value
 * is HTML-escaped by Qute when rendered.
 */
@TemplateData
public record LoginView(String nonce, String poolName, String clientName, String transaction, String csrfToken,
                        String username, String message) {

    public LoginView {
        username = username == null ? "" : username;
        message = message == null ? "" : message;
    }

    LoginView withNonce(String value) {
        return new LoginView(value, poolName, clientName, transaction, csrfToken, username, message);
    }
}
