package io.gatehouse.org.api;

import io.gatehouse.org.OrgArns;
import io.gatehouse.org.Organization;
import io.gatehouse.org.Root;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The root of the organization's tree and the policy types enabled on it. */
@Schema(name = "OrganizationRoot")
public record RootView(
        @Schema(example = "r-ab12") String id,
        String arn,
        @Schema(example = "Root") String name,
        List<String> enabledPolicyTypes) {

    static RootView of(Organization org, Root root) {
        return new RootView(root.id(), OrgArns.root(org.managementAccountId(), org.id(), root.id()), root.name(),
                root.enabledPolicyTypes().stream().sorted().toList());
    }
}
