package io.gatehouse.iam.policy;

/**
 * How a statement's Principal element matched the caller, which decides whether a same-account
 * resource-based allow can bypass an implicit deny: only a policy that names the principal's own
 * ARN (a user, a role session, a federated user session) does.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html">How AWS enforcement code logic evaluates requests</a>
 */
enum PrincipalMatch {
    /** The statement does not apply to the request. */
    NONE,
    /** Applies without naming anyone: identity policies, {@code "*"}, NotPrincipal. */
    ANYONE,
    /** Named the principal's account. */
    ACCOUNT,
    /** Named what the principal stands for: the role of a role session, the identity provider. */
    ISSUER,
    /** Named the principal's own ARN. */
    DIRECT
}
