package io.gatehouse.iam.policy;

/**
 * Where a policy document is used, which decides what its grammar allows, how large it may be and
 * which characters it may hold. Sizes are AWS's quotas in characters: IAM and STS count them
 * without whitespace, Organizations counts every character of an SCP ("All characters in your SCP
 * count against its maximum size"). IAM and STS documents may hold only tab, line feed, carriage
 * return and U+0020 to U+00FF; neither the Organizations SCP pages nor a generic resource-based
 * policy (whose rules are the owning service's) state that range, so those two kinds do not apply it.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS quotas</a>
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html">SCP syntax</a>
 */
public enum PolicyKind {
    /** A customer managed policy: no Principal allowed. */
    MANAGED_IDENTITY(6_144, false, false, true),
    /** An inline policy on a user: no Principal allowed. */
    INLINE_USER(2_048, false, false, true),
    /** An inline policy on a group. */
    INLINE_GROUP(5_120, false, false, true),
    /** An inline policy on a role. */
    INLINE_ROLE(10_240, false, false, true),
    /** A role's trust policy: a resource-based policy, Principal required. */
    TRUST(2_048, true, false, true),
    /** A resource-based policy other than a trust policy (e.g. a KMS key policy): Principal required. */
    RESOURCE(20_480, true, false, false),
    /** A service control policy: no Principal allowed; whitespace counts against its size. */
    SERVICE_CONTROL(5_120, false, true, false),
    /** A session policy passed to STS: no Principal allowed. */
    SESSION(2_048, false, false, true);

    private final int maxCharacters;
    private final boolean principalRequired;
    private final boolean whitespaceCounted;
    private final boolean latin1Only;

    PolicyKind(int maxCharacters, boolean principalRequired, boolean whitespaceCounted, boolean latin1Only) {
        this.maxCharacters = maxCharacters;
        this.principalRequired = principalRequired;
        this.whitespaceCounted = whitespaceCounted;
        this.latin1Only = latin1Only;
    }

    /** The largest document accepted, counted as AWS counts it (see {@link #whitespaceCounted()}). */
    public int maxCharacters() {
        return maxCharacters;
    }

    /** True for resource-based policies, where every statement must name a Principal or NotPrincipal. */
    public boolean principalRequired() {
        return principalRequired;
    }

    /** True when whitespace counts against {@link #maxCharacters()} (SCPs); IAM and STS exclude it. */
    public boolean whitespaceCounted() {
        return whitespaceCounted;
    }

    /** True when the document may hold only tab, line feed, carriage return and U+0020 to U+00FF (IAM and STS). */
    public boolean latin1Only() {
        return latin1Only;
    }
}
