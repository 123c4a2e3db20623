package io.gatehouse.iam.api;

import io.gatehouse.iam.IamRole;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An IAM role; the trust policy is returned as the text it was created with. */
@Schema(name = "Role")
public record RoleView(
        @Schema(example = "AROAEXAMPLE2345ABCDEF") String id,
        @Schema(example = "Deployer") String name,
        String path,
        @Schema(example = "arn:aws:iam::000000000000:role/Deployer") String arn,
        String description,
        String assumeRolePolicyDocument,
        int maxSessionDuration,
        String permissionsBoundary,
        Map<String, String> tags,
        Instant createdAt,
        Instant lastUsedAt) {

    static RoleView of(IamRole role) {
        return new RoleView(role.id(), role.name(), role.path(), role.arn(), role.description(), role.trustPolicy(),
                role.maxSessionDuration(), role.permissionsBoundary(), new TreeMap<>(role.tags()), role.createdAt(),
                role.lastUsedAt());
    }
}
