package io.gatehouse.iam.policy.condition;

import java.util.List;
import java.util.Map;

/**
 * The {@code Bool} operator: the request value, {@code true} or {@code false} in any case, equals a
 * policy value.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean">Boolean condition operators</a>
 */
final class BoolCondition implements OperatorFamily {

    @Override
    public Map<String, Boolean> operators() {
        return Map.of("Bool", false);
    }

    @Override
    public ValueTest compile(String operator, List<String> values, boolean variables) {
        boolean matchTrue = false;
        boolean matchFalse = false;
        for (String value : values) {
            if (value.equalsIgnoreCase("true")) {
                matchTrue = true;
            } else if (value.equalsIgnoreCase("false")) {
                matchFalse = true;
            } else {
                throw new IllegalArgumentException("\"" + value + "\" is not true or false");
            }
        }
        boolean acceptTrue = matchTrue;
        boolean acceptFalse = matchFalse;
        return (requestValue, source) -> acceptTrue && requestValue.equalsIgnoreCase("true")
                || acceptFalse && requestValue.equalsIgnoreCase("false");
    }
}
