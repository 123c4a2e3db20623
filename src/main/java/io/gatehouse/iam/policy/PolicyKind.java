package io.gatehouse.iam.policy;

/**
 * Where a policy document is used, which decides what its grammar allows and how large it may be.
 * Sizes are AWS's quotas in characters, whitespace excluded (IAM and STS quotas; Organizations
 * quotas for SCPs).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS quotas</a>
 */
public enum PolicyKind {
    /** A customer managed policy: no Principal allowed. */
    MANAGED_IDENTITY(6_144, false),
    /** An inline policy on a user: no Principal allowed. */
    INLINE_USER(2_048, false),
    /** An inline policy on a group. */
    INLINE_GROUP(5_120, false),
    /** An inline policy on a role. */
    INLINE_ROLE(10_240, false),
    /** A role's trust policy: a resource-based policy, Principal required. */
    TRUST(2_048, true),
    /** A resource-based policy other than a trust policy (e.g. a KMS key policy): Principal required. */
    RESOURCE(20_480, true),
    /** A service control policy: no Principal allowed. */
    SERVICE_CONTROL(5_120, false),
    /** A session policy passed to STS: no Principal allowed. */
    SESSION(2_048, false);

    private final int maxCharacters;
    private final boolean principalRequired;

    PolicyKind(int maxCharacters, boolean principalRequired) {
        this.maxCharacters = maxCharacters;
        this.principalRequired = principalRequired;
    }

    /** The largest document accepted, counted without whitespace as AWS counts it. */
    public int maxCharacters() {
        return maxCharacters;
    }

    /** True for resource-based policies, where every statement must name a Principal or NotPrincipal. */
    public boolean principalRequired() {
        return principalRequired;
    }
}
