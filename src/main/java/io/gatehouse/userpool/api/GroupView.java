package io.gatehouse.userpool.api;

import io.gatehouse.userpool.Group;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A group of a pool; tokens list a user's groups in {@code cognito:groups}. */
@Schema(name = "Group")
public record GroupView(
        @Schema(example = "admins") String name,
        String poolId,
        String description,
        Integer precedence,
        String roleArn,
        Instant createdAt) {

    static GroupView of(Group group) {
        return new GroupView(group.name(), group.poolId(), group.description(), group.precedence(), group.roleArn(),
                group.createdAt());
    }
}
