package io.gatehouse.iam.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of adding a policy version, e.g. {@code {"document": {...}, "setAsDefault": true}}. */
@Schema(name = "PolicyVersionRequest")
public record PolicyVersionRequest(@Schema(description = "A JSON object or a string holding one") JsonNode document,
                                   Boolean setAsDefault) {
}
