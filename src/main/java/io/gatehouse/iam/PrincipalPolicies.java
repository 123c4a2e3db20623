package io.gatehouse.iam;

import io.gatehouse.iam.policy.Policy;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What IAM knows about a user or role at request time: its compiled identity policies (inline and
 * attached, including those of the user's groups), its permissions boundary (null when none), and
 * its tags (for {@code aws:PrincipalTag/*}).
 */
public record PrincipalPolicies(List<Policy> identityPolicies, Policy permissionsBoundary, Map<String, String> tags) {

    public PrincipalPolicies {
        identityPolicies = List.copyOf(Objects.requireNonNull(identityPolicies, "identityPolicies"));
        tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
    }
}
