package io.gatehouse.iam.policy.condition;

import io.gatehouse.iam.policy.match.WildcardPattern;
import java.util.List;
import java.util.Map;

/**
 * The string operators: exact ({@code StringEquals}), case-insensitive ({@code StringEqualsIgnoreCase})
 * and wildcard ({@code StringLike}, "a multi-character match wildcard (*) and a single-character
 * match wildcard (?) anywhere in the string"), each with its negation. Values may hold policy variables.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String">String condition operators</a>
 */
final class StringCondition implements OperatorFamily {

    @Override
    public Map<String, Boolean> operators() {
        return Map.of("StringEquals", false, "StringNotEquals", true,
                "StringEqualsIgnoreCase", false, "StringNotEqualsIgnoreCase", true,
                "StringLike", false, "StringNotLike", true);
    }

    @Override
    public ValueTest compile(String operator, List<String> values, boolean variables) {
        boolean like = operator.endsWith("Like");
        boolean ignoreCase = operator.endsWith("IgnoreCase");
        WildcardPattern.Mode mode = like ? WildcardPattern.Mode.WILDCARD : WildcardPattern.Mode.LITERAL;
        WildcardPattern[] patterns = values.stream()
                .map(value -> WildcardPattern.compile(value, mode, ignoreCase, variables))
                .toArray(WildcardPattern[]::new);
        return (requestValue, source) -> {
            for (WildcardPattern pattern : patterns) {
                if (pattern.matches(requestValue, source)) {
                    return true;
                }
            }
            return false;
        };
    }
}
