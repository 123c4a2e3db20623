package io.gatehouse.userpool.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of setting a user's password as an administrator, e.g.
 * {@code {"password": "Correct-Horse-2", "permanent": false}}; the counterpart of AdminSetUserPassword.
 */
@Schema(name = "SetPasswordRequest")
public record SetPasswordRequest(
        @Schema(required = true, example = "Correct-Horse-2") String password,
        @Schema(description = "Default true; false makes the user change it at next sign-in", defaultValue = "true")
        Boolean permanent) {

    boolean permanentOrDefault() {
        return permanent == null || permanent;
    }
}
