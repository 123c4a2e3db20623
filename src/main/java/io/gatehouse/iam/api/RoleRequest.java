package io.gatehouse.iam.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of creating a role, e.g. {@code {"name": "Deployer", "assumeRolePolicyDocument": {"Version":
 * "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:root"},
 * "Action": "sts:AssumeRole"}]}}}.
 */
@Schema(name = "RoleRequest")
public record RoleRequest(
        @Schema(example = "Deployer") String name,
        @Schema(description = "Defaults to /", example = "/app/") String path,
        @Schema(description = "Trust policy: a JSON object or a string holding one") JsonNode assumeRolePolicyDocument,
        String description,
        @Schema(description = "Seconds, 3600 to 43200; default 3600") Integer maxSessionDuration,
        @Schema(description = "ARN of a managed policy used as permissions boundary") String permissionsBoundary,
        Map<String, String> tags) {
}
