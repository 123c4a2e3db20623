package io.gatehouse.iam.policy;

import java.util.List;

/**
 * AWS's policy evaluation logic over compiled policies: an explicit deny in any policy wins; then
 * every SCP level must allow, the resource-based or identity-based policies must allow (both for a
 * cross-account request), and the permissions boundary and session policies, where present, must
 * allow too; anything else is an implicit deny. Within one account a resource-based policy that
 * names the principal's own ARN (a user, a role session, a federated user session) grants access
 * even where the boundary or session policies say nothing. Stateless and thread-safe.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy evaluation logic</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html">How AWS enforcement code logic evaluates requests</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html">Cross-account policy evaluation logic</a>
 */
public final class PolicyEvaluator {

    public Decision evaluate(PolicySet policies, RequestContext request) {
        Evaluation run = Evaluation.run(policies, request);
        if (run.denyReason() != DenyReason.NONE) {
            return new Decision(Outcome.EXPLICIT_DENY, run.denyReason(), run.denies(), run.allowedByOrganizations());
        }
        if (!run.scpsAllow()) {
            return implicitDeny(DenyReason.NO_SCP_ALLOW, false);
        }
        DenyReason missing = crossAccount(policies, request) ? crossAccountGap(run) : sameAccountGap(run);
        return missing == DenyReason.NONE ? new Decision(Outcome.ALLOWED, DenyReason.NONE, run.allows(), true)
                : implicitDeny(missing, true);
    }

    /**
     * "For requests made from one account to another, the requester in Account A must have an
     * identity-based policy that allows them to make a request to the resource in Account B. Also,
     * the resource-based policy in Account B must allow the requester in Account A."
     */
    private static DenyReason crossAccountGap(Evaluation run) {
        if (!identityAllows(run)) {
            return DenyReason.NO_IDENTITY_ALLOW;
        }
        DenyReason limit = boundaryOrSessionGap(run);
        if (limit != DenyReason.NONE) {
            return limit;
        }
        return run.resourceAllow() == PrincipalMatch.NONE ? DenyReason.NO_RESOURCE_ALLOW : DenyReason.NONE;
    }

    /**
     * Within one account the identity-based and resource-based allows are a union, except that a
     * role trust policy must itself allow, and, when it only names the account, the identity-based
     * policies must allow as well. A resource-based policy naming the principal's own ARN bypasses an
     * implicit deny from identity policies, the permissions boundary and session policies.
     */
    private static DenyReason sameAccountGap(Evaluation run) {
        PrincipalMatch resource = run.resourceAllow();
        boolean trust = isTrustPolicy(run.policies().resourcePolicies());
        if (trust && resource == PrincipalMatch.NONE) {
            return DenyReason.NO_RESOURCE_ALLOW;
        }
        if (resource == PrincipalMatch.DIRECT && namesItself(run.principal())) {
            return DenyReason.NONE;
        }
        boolean identity = identityAllows(run);
        boolean resourceSuffices = trust ? resource.compareTo(PrincipalMatch.ACCOUNT) > 0
                : resource != PrincipalMatch.NONE;
        if (!identity && !resourceSuffices) {
            return DenyReason.NO_IDENTITY_ALLOW;
        }
        return boundaryOrSessionGap(run);
    }

    private static boolean isTrustPolicy(List<Policy> resourcePolicies) {
        for (Policy policy : resourcePolicies) {
            if (policy.kind() == PolicyKind.TRUST) {
                return true;
            }
        }
        return false;
    }

    private static DenyReason boundaryOrSessionGap(Evaluation run) {
        if (run.hasPermissionsBoundary() && !run.boundaryAllows()) {
            return DenyReason.NO_BOUNDARY_ALLOW;
        }
        if (!run.policies().sessionPolicies().isEmpty() && !run.sessionAllows()) {
            return DenyReason.NO_SESSION_ALLOW;
        }
        return DenyReason.NONE;
    }

    private static boolean identityAllows(Evaluation run) {
        return run.policies().accountRoot() || run.identityAllow() != PrincipalMatch.NONE;
    }

    /** Users, role sessions and federated user sessions: the principals a direct grant lets through. */
    private static boolean namesItself(RequestPrincipal principal) {
        String arn = principal.arn();
        return arn.contains(":user/") || arn.contains(":assumed-role/") || arn.contains(":federated-user/");
    }

    private static boolean crossAccount(PolicySet policies, RequestContext request) {
        String owner = policies.resourceAccountId();
        return owner != null && !owner.equals(request.principal().accountId());
    }

    private static Decision implicitDeny(DenyReason reason, boolean allowedByOrganizations) {
        return new Decision(Outcome.IMPLICIT_DENY, reason, List.of(), allowedByOrganizations);
    }
}
