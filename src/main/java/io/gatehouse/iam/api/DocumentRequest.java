package io.gatehouse.iam.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body carrying one policy document, e.g. {@code {"document": {"Version": "2012-10-17", "Statement": [...]}}}. */
@Schema(name = "PolicyDocumentRequest")
public record DocumentRequest(@Schema(description = "A JSON object or a string holding one") JsonNode document) {
}
