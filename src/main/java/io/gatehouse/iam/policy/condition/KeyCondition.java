package io.gatehouse.iam.policy.condition;

import java.util.List;

/**
 * A condition that compares a key's request values with the policy values. Missing keys follow
 * AWS: a {@code ...IfExists} operator is true; {@code ForAllValues:} is true and
 * {@code ForAnyValue:} false; otherwise a negated operator ({@code StringNotEquals}) is true and a
 * positive one false. Negated operators are the NOR of their values.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">IAM JSON policy elements: Condition operators</a>
 */
final class KeyCondition implements Condition {

    private final String key;
    private final SetQualifier qualifier;
    private final boolean negated;
    private final boolean ifExists;
    private final ValueTest test;

    KeyCondition(String key, SetQualifier qualifier, boolean negated, boolean ifExists, ValueTest test) {
        this.key = key;
        this.qualifier = qualifier;
        this.negated = negated;
        this.ifExists = ifExists;
        this.test = test;
    }

    @Override
    public boolean evaluate(ConditionContext context) {
        List<String> values = context.values(key);
        if (values.isEmpty()) {
            return missing();
        }
        return switch (qualifier) {
            case NONE -> anyMatches(values, context) != negated;
            case FOR_ANY_VALUE -> someSatisfies(values, context);
            case FOR_ALL_VALUES -> allSatisfy(values, context);
        };
    }

    private boolean missing() {
        if (ifExists) {
            return true;
        }
        return switch (qualifier) {
            case FOR_ALL_VALUES -> true;
            case FOR_ANY_VALUE -> false;
            case NONE -> negated;
        };
    }

    private boolean anyMatches(List<String> values, ConditionContext context) {
        for (int i = 0; i < values.size(); i++) {
            if (test.test(values.get(i), context)) {
                return true;
            }
        }
        return false;
    }

    private boolean someSatisfies(List<String> values, ConditionContext context) {
        for (int i = 0; i < values.size(); i++) {
            if (test.test(values.get(i), context) != negated) {
                return true;
            }
        }
        return false;
    }

    private boolean allSatisfy(List<String> values, ConditionContext context) {
        for (int i = 0; i < values.size(); i++) {
            if (test.test(values.get(i), context) == negated) {
                return false;
            }
        }
        return true;
    }
}
