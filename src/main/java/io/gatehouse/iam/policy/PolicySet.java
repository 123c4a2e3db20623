package io.gatehouse.iam.policy;

import java.util.List;
import java.util.Objects;

/**
 * Every policy that bears on one request, by the role it plays in AWS's evaluation logic.
 *
 * @param identityPolicies   the principal's identity-based policies (inline and attached, from groups too)
 * @param resourcePolicies   resource-based policies of the resource (a role's trust policy, a key policy); often empty
 * @param permissionsBoundary the principal's permissions boundary, or null when it has none
 * @param sessionPolicies    session policies of a temporary session; empty when none were passed
 *                           (empty means "no session policy applies", not "deny all")
 * @param scpLevels          the SCPs attached at each level from the organization root down to the
 *                           account, one list per level; each level must allow. Empty when the account
 *                           is not in an organization or is its management account.
 * @param accountRoot        true when the principal is the root user of the account, which is allowed
 *                           everything in its own account by identity
 * @param resourceAccountId  the account that owns the resource, or null when it is the principal's own
 *                           (a cross-account request needs both an identity and a resource policy allow)
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy evaluation logic</a>
 */
public record PolicySet(List<Policy> identityPolicies, List<Policy> resourcePolicies, Policy permissionsBoundary,
                        List<Policy> sessionPolicies, List<List<Policy>> scpLevels, boolean accountRoot,
                        String resourceAccountId) {

    public PolicySet {
        identityPolicies = List.copyOf(Objects.requireNonNull(identityPolicies, "identityPolicies"));
        resourcePolicies = List.copyOf(Objects.requireNonNull(resourcePolicies, "resourcePolicies"));
        sessionPolicies = List.copyOf(Objects.requireNonNull(sessionPolicies, "sessionPolicies"));
        scpLevels = Objects.requireNonNull(scpLevels, "scpLevels").stream().map(List::copyOf).toList();
    }
}
