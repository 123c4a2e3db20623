package io.gatehouse.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque paging cursor: the last key of the previous page, base64url encoded so clients
 * treat it as a token rather than something to construct.
 */
public record Cursor(String afterKey) {

    public static Cursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            return new Cursor(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "Invalid pagination cursor");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(afterKey.getBytes(StandardCharsets.UTF_8));
    }
}
