package io.gatehouse.org.api;

import io.gatehouse.org.OrgPolicy;
import io.gatehouse.org.Organization;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service control policy with its document. */
@Schema(name = "ServiceControlPolicy")
public record PolicyView(
        @Schema(example = "p-a1b2c3d4") String id,
        String arn,
        @Schema(example = "DenyS3") String name,
        String description,
        @Schema(example = "SERVICE_CONTROL_POLICY") String type,
        boolean awsManaged,
        @Schema(description = "The policy document (IAM policy grammar)") String content) {

    static PolicyView of(Organization org, OrgPolicy p) {
        return new PolicyView(p.id(), p.arn(org.managementAccountId(), org.id()), p.name(), p.description(), p.type(),
                p.awsManaged(), p.content());
    }
}
