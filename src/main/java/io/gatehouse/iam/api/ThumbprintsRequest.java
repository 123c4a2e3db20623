package io.gatehouse.iam.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of replacing an OIDC provider's certificate thumbprints, e.g. {@code {"thumbprints": []}}. */
@Schema(name = "ThumbprintsRequest")
public record ThumbprintsRequest(
        @Schema(description = "0 to 5 SHA-1 thumbprints, 40 hex digits each") List<String> thumbprints) {
}
