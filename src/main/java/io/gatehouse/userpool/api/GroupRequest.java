package io.gatehouse.userpool.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of creating or replacing a group, e.g. {@code {"name": "admins", "precedence": 1}}. On
 * replace, {@code name} may be left out; if given it must equal the one in the path.
 */
@Schema(name = "GroupRequest")
public record GroupRequest(
        @Schema(example = "admins") String name,
        String description,
        @Schema(description = "Lower wins when a user's groups map to several roles", example = "1") Integer precedence,
        @Schema(example = "arn:aws:iam::000000000000:role/Admin") String roleArn) {
}
