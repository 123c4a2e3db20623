package io.gatehouse.iam.policy.condition;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registry of condition operators: reads an operator name ({@code ForAnyValue:StringLikeIfExists})
 * into its set qualifier, family and {@code IfExists} flag, and compiles a condition for one key.
 * The only place that knows operator names.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">IAM JSON policy elements: Condition operators</a>
 */
public final class ConditionOperators {

    private static final String IF_EXISTS = "IfExists";
    private static final List<OperatorFamily> FAMILIES = List.of(new StringCondition(), new NumericCondition(),
            new DateCondition(), new BoolCondition(), new BinaryCondition(), new IpAddressCondition(),
            new ArnCondition());
    private static final Map<String, OperatorFamily> BY_NAME = byName();

    private ConditionOperators() {
    }

    /** True when {@code operator} is a known operator name, with any qualifier and IfExists suffix. */
    public static boolean isKnown(String operator) {
        String base = base(operator, SetQualifier.of(operator));
        if (base.equals(NullCondition.OPERATOR)) {
            return operator.equals(NullCondition.OPERATOR);
        }
        return BY_NAME.containsKey(base);
    }

    /**
     * Compiles one condition.
     *
     * @param operator  the operator as written, known per {@link #isKnown}
     * @param key       the condition key as written (compared case-insensitively)
     * @param values    the policy values as strings (at least one)
     * @param variables true when policy variables are read (version 2012-10-17)
     * @throws IllegalArgumentException naming the value that is not valid for the operator
     */
    public static Condition compile(String operator, String key, List<String> values, boolean variables) {
        String lowerKey = key.toLowerCase(Locale.ROOT);
        if (operator.equals(NullCondition.OPERATOR)) {
            return NullCondition.compile(lowerKey, values);
        }
        SetQualifier qualifier = SetQualifier.of(operator);
        String base = base(operator, qualifier);
        OperatorFamily family = BY_NAME.get(base);
        boolean ifExists = operator.endsWith(IF_EXISTS);
        return new KeyCondition(lowerKey, qualifier, family.operators().get(base), ifExists,
                family.compile(base, values, variables));
    }

    private static String base(String operator, SetQualifier qualifier) {
        String unqualified = operator.substring(qualifier.prefix().length());
        return unqualified.endsWith(IF_EXISTS) ? unqualified.substring(0, unqualified.length() - IF_EXISTS.length())
                : unqualified;
    }

    private static Map<String, OperatorFamily> byName() {
        Map<String, OperatorFamily> byName = new HashMap<>();
        for (OperatorFamily family : FAMILIES) {
            family.operators().keySet().forEach(name -> byName.put(name, family));
        }
        return Map.copyOf(byName);
    }
}
