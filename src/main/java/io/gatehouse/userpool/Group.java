package io.gatehouse.userpool;

import java.time.Instant;

/** A group of a pool; precedence and role ARN feed the {@code cognito:preferred_role} claim. */
public record Group(String poolId, String name, String description, Integer precedence, String roleArn, Instant createdAt) {
}
