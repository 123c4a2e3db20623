package io.gatehouse.oidc.web;

import java.util.List;
import java.util.Map;

/**
 * The hosted login form as submitted: transaction id, CSRF token and credentials. A field that
 * is absent, empty or repeated reads as null, which fails the check that needs it.
 */
record LoginForm(String transaction, String csrfToken, String username, String password) {

    static final String CSRF_TOKEN = "csrf_token";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";

    static LoginForm parse(Map<String, List<String>> form) {
        return new LoginForm(single(form, AuthorizeEndpoint.TRANSACTION), single(form, CSRF_TOKEN),
                single(form, USERNAME), single(form, PASSWORD));
    }

    boolean hasCredentials() {
        return username != null && !username.isBlank() && password != null;
    }

    private static String single(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.size() != 1 || values.get(0).isEmpty() ? null : values.get(0);
    }
}
