package io.gatehouse.iam.policy.condition;

import io.gatehouse.iam.policy.match.ArnMatcher;
import java.util.List;
import java.util.Map;

/**
 * The ARN operators. {@code ArnEquals} and {@code ArnLike} behave the same: case-sensitive,
 * component by component, with {@code *} and {@code ?} in any component. Values may hold policy variables.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN">Amazon Resource Name (ARN) condition operators</a>
 */
final class ArnCondition implements OperatorFamily {

    @Override
    public Map<String, Boolean> operators() {
        return Map.of("ArnEquals", false, "ArnLike", false, "ArnNotEquals", true, "ArnNotLike", true);
    }

    @Override
    public ValueTest compile(String operator, List<String> values, boolean variables) {
        ArnMatcher[] matchers = values.stream().map(value -> ArnMatcher.compile(value, variables))
                .toArray(ArnMatcher[]::new);
        return (requestValue, source) -> {
            for (ArnMatcher matcher : matchers) {
                if (matcher.matches(requestValue, source)) {
                    return true;
                }
            }
            return false;
        };
    }
}
