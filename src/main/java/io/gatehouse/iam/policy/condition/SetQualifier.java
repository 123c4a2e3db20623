package io.gatehouse.iam.policy.condition;

/**
 * The set operators that compare multivalued keys: {@code ForAllValues:} is true when every request
 * value satisfies the operator (and, as AWS warns, when the key is missing or empty);
 * {@code ForAnyValue:} when at least one does (false when the key is missing).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html">Single-valued vs. multivalued context keys</a>
 */
public enum SetQualifier {
    NONE(""),
    FOR_ALL_VALUES("ForAllValues:"),
    FOR_ANY_VALUE("ForAnyValue:");

    private final String prefix;

    SetQualifier(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix as written before the operator name. */
    public String prefix() {
        return prefix;
    }

    /** The qualifier that {@code operator} starts with ({@link #NONE} when it has none). */
    static SetQualifier of(String operator) {
        if (operator.startsWith(FOR_ALL_VALUES.prefix)) {
            return FOR_ALL_VALUES;
        }
        return operator.startsWith(FOR_ANY_VALUE.prefix) ? FOR_ANY_VALUE : NONE;
    }
}
