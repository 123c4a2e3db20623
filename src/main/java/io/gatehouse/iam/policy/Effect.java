package io.gatehouse.iam.policy;

/**
 * A statement's effect, spelled as in the policy ({@code "Effect": "Allow"}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html">IAM JSON policy elements: Effect</a>
 */
public enum Effect {
    ALLOW("Allow"),
    DENY("Deny");

    private final String policyName;

    Effect(String policyName) {
        this.policyName = policyName;
    }

    /** The value as written in a policy. */
    public String policyName() {
        return policyName;
    }
}
