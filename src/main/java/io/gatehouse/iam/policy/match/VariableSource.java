package io.gatehouse.iam.policy.match;

/**
 * Where policy variables get their values: the request's single-valued condition keys. A key that
 * is missing, or multi-valued, has no value ("If the key is not present ... the variable is not
 * replaced and the policy element does not match").
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html">IAM policy elements: Variables and tags</a>
 */
@FunctionalInterface
public interface VariableSource {

    /** No variable has a value. */
    VariableSource NONE = key -> null;

    /** The value of the lower-cased condition key {@code key}, or null when it has none. */
    String variable(String key);
}
