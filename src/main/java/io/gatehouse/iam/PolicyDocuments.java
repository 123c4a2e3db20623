package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.policy.MalformedPolicyException;
import io.gatehouse.iam.policy.Policy;
import io.gatehouse.iam.policy.PolicyKind;
import io.gatehouse.iam.policy.PolicyParser;

/**
 * Checks a policy document against the grammar and size quota of where it is used before it is
 * stored, and compiles stored documents. The engine's diagnostic becomes IAM's
 * {@code MalformedPolicyDocument} with the same message.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy grammar</a>
 */
public final class PolicyDocuments {

    private PolicyDocuments() {
    }

    /** Parses {@code document} as a policy of {@code kind}, or fails with {@code MalformedPolicyDocument}. */
    public static Policy compile(String sourceId, String document, PolicyKind kind) {
        try {
            return PolicyParser.parse(sourceId, document, kind);
        } catch (MalformedPolicyException e) {
            throw new GatehouseException(IamError.MALFORMED_POLICY_DOCUMENT, e.getMessage());
        }
    }

    /** Validates a document about to be stored under the field name IAM reports. */
    public static String validate(String document, String field, PolicyKind kind) {
        compile(field, IamInputRules.document(document, field), kind);
        return document;
    }
}
