package io.gatehouse.org;

import java.util.Set;

/** The top of an organization's tree ({@code r-…}) and the policy types enabled on it. */
public record Root(String id, String orgId, String name, Set<String> enabledPolicyTypes) {

    public static final String DEFAULT_NAME = "Root";

    public Root {
        enabledPolicyTypes = Set.copyOf(enabledPolicyTypes);
    }

    public boolean scpEnabled() {
        return enabledPolicyTypes.contains(OrgPolicy.SERVICE_CONTROL_POLICY);
    }
}
