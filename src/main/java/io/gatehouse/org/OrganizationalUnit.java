package io.gatehouse.org;

import java.time.Instant;

/** An organizational unit ({@code ou-…}) under the root or under another OU. */
public record OrganizationalUnit(String id, String orgId, String parentId, String name, Instant createdAt) {
}
