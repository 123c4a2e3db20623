package io.gatehouse.iam.policy.condition;

import java.util.List;

/**
 * {@code Null}: "Use a Null condition operator to check if a condition key is absent at the time of
 * authorization. In the policy statement, use either true (the key doesn't exist — it is null) or
 * false (the key exists and its value is not null)."
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null">Condition operator to check existence of condition keys</a>
 */
final class NullCondition implements Condition {

    static final String OPERATOR = "Null";

    private final String key;
    private final boolean acceptAbsent;
    private final boolean acceptPresent;

    private NullCondition(String key, boolean acceptAbsent, boolean acceptPresent) {
        this.key = key;
        this.acceptAbsent = acceptAbsent;
        this.acceptPresent = acceptPresent;
    }

    static NullCondition compile(String key, List<String> values) {
        boolean absent = false;
        boolean present = false;
        for (String value : values) {
            if (value.equalsIgnoreCase("true")) {
                absent = true;
            } else if (value.equalsIgnoreCase("false")) {
                present = true;
            } else {
                throw new IllegalArgumentException("\"" + value + "\" is not true or false");
            }
        }
        return new NullCondition(key, absent, present);
    }

    @Override
    public boolean evaluate(ConditionContext context) {
        return context.values(key).isEmpty() ? acceptAbsent : acceptPresent;
    }
}
