package io.gatehouse.identitypool;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Cognito Identity API reference's constraints on client input, with its validation messages
 * ({@code 1 validation error detected: Value 'x' at 'identityPoolName' failed to satisfy constraint: …}).
 * Every violation is an {@code InvalidParameterException}.
 */
public final class IdentityPoolRules {

    public static final Pattern ID = Pattern.compile("[\\w-]+:[0-9a-f-]+");
    private static final Pattern POOL_NAME = Pattern.compile("[\\w\\s+=,.@-]+");
    private static final Pattern DEVELOPER_PROVIDER = Pattern.compile("[\\w._-]+");
    private static final Pattern COGNITO_PROVIDER = Pattern.compile("[\\w._:/-]+");
    private static final Pattern CLIENT_ID = Pattern.compile("[\\w_]+");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]+");
    private static final Pattern CLAIM = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    public static final int MAX_LOGINS = 10;
    public static final int MAX_TAGS = 50;

    private IdentityPoolRules() {
    }

    /** An identity pool id or identity id: {@code <region>:<guid>}, at most 55 characters. */
    public static String id(String value, String member) {
        return matching(required(value, member), member, ID, 1, 55);
    }

    public static String poolName(String value) {
        return matching(required(value, "identityPoolName"), "identityPoolName", POOL_NAME, 1, 128);
    }

    public static String developerProviderName(String value, String member) {
        return value == null ? null : matching(value, member, DEVELOPER_PROVIDER, 1, 128);
    }

    public static String cognitoProviderName(String value) {
        return matching(required(value, "providerName"), "providerName", COGNITO_PROVIDER, 1, 128);
    }

    public static String clientId(String value) {
        return matching(required(value, "clientId"), "clientId", CLIENT_ID, 1, 128);
    }

    public static String arn(String value, String member) {
        return length(required(value, member), member, 20, 2048);
    }

    public static String roleArn(String value, String member) {
        return matching(required(value, member), member, ROLE_ARN, 20, 2048);
    }

    public static String claim(String value) {
        return matching(required(value, "claim"), "claim", CLAIM, 1, 64);
    }

    public static <T extends Collection<?>> T size(T values, String member, int max) {
        if (values != null && values.size() > max) {
            throw invalid("Value at '" + member + "' failed to satisfy constraint: Member must have length less than or equal to " + max);
        }
        return values;
    }

    public static <K, V> Map<K, V> size(Map<K, V> values, String member, int min, int max) {
        if (values != null && (values.size() < min || values.size() > max)) {
            throw invalid("Value at '" + member + "' failed to satisfy constraint: Member must have length "
                    + (values.size() > max ? "less than or equal to " + max : "greater than or equal to " + min));
        }
        return values;
    }

    /** Tags: at most 50, keys 1–128 and values 0–256 characters. */
    public static Map<String, String> tags(Map<String, String> tags, String member) {
        size(tags, member, 0, MAX_TAGS);
        tags.forEach((k, v) -> {
            length(k, member + ".key", 1, 128);
            length(v, member + ".value", 0, 256);
        });
        return tags;
    }

    public static String required(String value, String member) {
        if (value == null) {
            throw invalid("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    public static String length(String value, String member, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw invalid("Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must have length "
                    + (value.length() > max ? "less than or equal to " + max : "greater than or equal to " + min));
        }
        return value;
    }

    private static String matching(String value, String member, Pattern pattern, int min, int max) {
        length(value, member, min, max);
        if (!pattern.matcher(value).matches()) {
            throw invalid("Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        return value;
    }

    public static GatehouseException invalid(String detail) {
        return new GatehouseException(CommonError.INVALID_PARAMETER, "1 validation error detected: " + detail);
    }
}
