package io.gatehouse.org.api;

import io.gatehouse.org.OrgArns;
import io.gatehouse.org.Organization;
import io.gatehouse.org.OrganizationalUnit;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organizational unit and its parent (the root or another OU). */
@Schema(name = "OrganizationalUnit")
public record OrganizationalUnitView(
        @Schema(example = "ou-ab12-cdefgh34") String id,
        String arn,
        @Schema(example = "Prod") String name,
        String parentId,
        Instant createdAt) {

    static OrganizationalUnitView of(Organization org, OrganizationalUnit ou) {
        return new OrganizationalUnitView(ou.id(), OrgArns.unit(org.managementAccountId(), org.id(), ou.id()),
                ou.name(), ou.parentId(), ou.createdAt());
    }
}
