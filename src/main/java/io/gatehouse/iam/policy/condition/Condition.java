package io.gatehouse.iam.policy.condition;

/**
 * One compiled condition: an operator applied to one condition key and its policy values. A
 * statement's conditions are ANDed: "If you specify multiple condition operators, or multiple keys
 * attached to a single condition operator, the conditions are evaluated using a logical AND."
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html">Create a condition with multiple context keys or values</a>
 */
public interface Condition {

    /** True when the request satisfies this condition. */
    boolean evaluate(ConditionContext context);
}
