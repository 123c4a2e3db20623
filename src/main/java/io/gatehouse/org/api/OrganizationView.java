package io.gatehouse.org.api;

import io.gatehouse.org.Organization;
import io.gatehouse.org.Root;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's organization, its management account and the policy types enabled on its root. */
@Schema(name = "Organization")
public record OrganizationView(
        @Schema(example = "o-a1b2c3d4e5") String id,
        @Schema(example = "arn:aws:organizations::111111111111:organization/o-a1b2c3d4e5") String arn,
        @Schema(example = "ALL") String featureSet,
        String managementAccountId,
        String managementAccountEmail,
        @Schema(example = "[\"SERVICE_CONTROL_POLICY\"]") List<String> enabledPolicyTypes,
        Instant createdAt) {

    static OrganizationView of(Organization org, Root root) {
        return new OrganizationView(org.id(), org.arn(), org.featureSet(), org.managementAccountId(),
                org.managementAccountEmail(), root.enabledPolicyTypes().stream().sorted().toList(), org.createdAt());
    }
}
