package io.gatehouse.iam.policy;

/**
 * Parses and validates an IAM policy document once into its immutable compiled form.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy grammar</a>
 */
public final class PolicyParser {

    private PolicyParser() {
    }

    /**
     * Parses {@code json} as a policy of {@code kind}. {@code sourceId} names the policy in
     * decisions and simulator output (a policy ARN, {@code user/alice/inline/Deploy}, {@code scp/p-…}).
     *
     * @throws MalformedPolicyException when the document is not a valid policy of this kind
     */
    public static Policy parse(String sourceId, String json, PolicyKind kind) {
        throw new UnsupportedOperationException("policy engine not built yet");
    }
}
