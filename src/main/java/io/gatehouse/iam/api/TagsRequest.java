package io.gatehouse.iam.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of adding tags, e.g. {@code {"tags": {"team": "platform"}}}; existing keys are overwritten. */
@Schema(name = "TagsRequest")
public record TagsRequest(Map<String, String> tags) {
}
