package io.gatehouse.oidc.message;

import java.util.Optional;

/**
 * How the authorization response reaches the client: appended to the redirect URI's query
 * (the default of the {@code code} response type) or POSTed by an auto-submitting HTML form.
 *
 * @see <a href="https://openid.net/specs/oauth-v2-multiple-response-types-1_0.html#ResponseModes">Multiple Response Types §2.1</a>
 * @see <a href="https://openid.net/specs/oauth-v2-form-post-response-mode-1_0.html">Form Post Response Mode</a>
 */
public enum ResponseMode {
    QUERY("query"),
    FORM_POST("form_post");

    private final String value;

    ResponseMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<ResponseMode> parse(String value) {
        for (ResponseMode mode : values()) {
            if (mode.value.equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
