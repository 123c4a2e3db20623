package io.gatehouse.iam.policy.condition;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code BinaryEquals}: "The policy value is a base-64 encoded binary value"; the request value,
 * also base64, matches when the decoded bytes are equal.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals">Binary condition operators</a>
 */
final class BinaryCondition implements OperatorFamily {

    @Override
    public Map<String, Boolean> operators() {
        return Map.of("BinaryEquals", false);
    }

    @Override
    public ValueTest compile(String operator, List<String> values, boolean variables) {
        byte[][] expected = values.stream().map(BinaryCondition::bytes).toArray(byte[][]::new);
        return (requestValue, source) -> {
            byte[] actual = decode(requestValue);
            if (actual == null) {
                return false;
            }
            for (byte[] value : expected) {
                if (Arrays.equals(value, actual)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static byte[] bytes(String value) {
        byte[] decoded = decode(value);
        if (decoded == null) {
            throw new IllegalArgumentException("\"" + value + "\" is not base64");
        }
        return decoded;
    }

    private static byte[] decode(String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
