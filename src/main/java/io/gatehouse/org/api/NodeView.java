package io.gatehouse.org.api;

import io.gatehouse.org.OrgNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A root, OU or account as a parent, a child or a policy target. */
@Schema(name = "OrganizationNode")
public record NodeView(
        @Schema(example = "ou-ab12-cdefgh34") String id,
        @Schema(example = "ORGANIZATIONAL_UNIT", enumeration = {"ROOT", "ORGANIZATIONAL_UNIT", "ACCOUNT"}) String type,
        String arn,
        String name) {

    static NodeView of(OrgNode node) {
        return new NodeView(node.id(), node.type(), node.arn(), node.name());
    }
}
