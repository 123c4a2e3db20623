package io.gatehouse.iam.policy.condition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The numeric operators, comparing the request value with each policy value as a decimal number.
 * A request value that is not a number satisfies no comparison.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric">Numeric condition operators</a>
 */
final class NumericCondition implements OperatorFamily {

    @Override
    public Map<String, Boolean> operators() {
        return Map.of("NumericEquals", false, "NumericNotEquals", true, "NumericLessThan", false,
                "NumericLessThanEquals", false, "NumericGreaterThan", false, "NumericGreaterThanEquals", false);
    }

    @Override
    public ValueTest compile(String operator, List<String> values, boolean variables) {
        Comparison comparison = Comparison.of(operator.substring("Numeric".length()));
        BigDecimal[] numbers = values.stream().map(NumericCondition::number).toArray(BigDecimal[]::new);
        return (requestValue, source) -> {
            BigDecimal actual = parse(requestValue);
            if (actual == null) {
                return false;
            }
            for (BigDecimal number : numbers) {
                if (comparison.holds(actual.compareTo(number))) {
                    return true;
                }
            }
            return false;
        };
    }

    private static BigDecimal number(String value) {
        BigDecimal number = parse(value);
        if (number == null) {
            throw new IllegalArgumentException("\"" + value + "\" is not a number");
        }
        return number;
    }

    private static BigDecimal parse(String value) {
        if (value.isEmpty() || value.length() > 64 || !Character.isDigit(value.charAt(value.length() - 1))) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
