package io.gatehouse.oidc.message;

import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import java.util.List;
import java.util.Map;

/**
 * Reads single-valued OAuth parameters: "Request and response parameters MUST NOT be included
 * more than once" (RFC 6749 §3.1), empty values count as absent, and oversized values are refused.
 */
public final class FormParameters {

    private static final int MAX_VALUE = 4096;

    private final Map<String, List<String>> values;

    public FormParameters(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    public String optional(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Parameter " + name + " is included more than once");
        }
        String value = v.get(0);
        if (value.length() > MAX_VALUE) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Parameter " + name + " is too long");
        }
        return value.isEmpty() ? null : value;
    }

    public String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Missing parameter " + name);
        }
        return value;
    }
}
