package io.gatehouse.iam.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of creating a customer managed policy, e.g. {@code {"name": "S3Read", "document": {"Version":
 * "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:Get*", "Resource": "*"}]}}}.
 */
@Schema(name = "PolicyRequest")
public record PolicyRequest(
        @Schema(example = "ReadIam") String name,
        @Schema(description = "Defaults to /") String path,
        @Schema(description = "A JSON object or a string holding one") JsonNode document,
        String description,
        Map<String, String> tags) {
}
