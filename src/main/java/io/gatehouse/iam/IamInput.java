package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;
import java.util.regex.Pattern;

/**
 * The length and pattern constraints of IAM request parameters, checked before any rule. A
 * violation is a {@code ValidationError} worded as AWS's request validation words it.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html">CreateUser</a>
 */
public final class IamInput {

    /** {@code UserName}, {@code GroupName}, {@code VirtualMFADeviceName}: "[\w+=,.@-]+". */
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");
    /** "(\u002F)|(\u002F[\u0021-\u007E]+\u002F)". */
    private static final Pattern PATH = Pattern.compile("/|/[\\u0021-\\u007E]+/");
    /** "\u002F[\u0021-\u007F]*". */
    private static final Pattern PATH_PREFIX = Pattern.compile("/[\\u0021-\\u007F]*");
    /** {@code SerialNumber}: "[\w+=/:,.@-]+", 9 to 256. */
    private static final Pattern SERIAL = Pattern.compile("[\\w+=/:,.@-]+");
    /** {@code AccessKeyId}: "[\w]+", 16 to 128. */
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\w+");
    /** Passwords: "[\u0009\u000A\u000D\u0020-\u00FF]+". */
    private static final Pattern PASSWORD = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    /** The boundary is a policy ARN, 20 to 2048 characters. */
    private static final Pattern POLICY_ARN = Pattern.compile("arn:aws:iam::(aws|\\d{12}):policy/[\\u0021-\\u007E]+");

    public static final int USER_NAME_MAX = 64;
    public static final int GROUP_NAME_MAX = 128;
    public static final int MFA_NAME_MAX = 226;
    public static final int PATH_MAX = 512;

    private IamInput() {
    }

    public static String userName(String value, String field) {
        return matching(required(value, field), field, NAME, 1, USER_NAME_MAX);
    }

    public static String groupName(String value, String field) {
        return matching(required(value, field), field, NAME, 1, GROUP_NAME_MAX);
    }

    public static String mfaDeviceName(String value) {
        return matching(required(value, "virtualMFADeviceName"), "virtualMFADeviceName", NAME, 1, MFA_NAME_MAX);
    }

    /** A path, "/" when absent. */
    public static String path(String value, String field) {
        return value == null ? "/" : matching(value, field, PATH, 1, PATH_MAX);
    }

    /** A path prefix, "/" (everything) when absent. */
    public static String pathPrefix(String value) {
        return value == null ? "/" : matching(value, "pathPrefix", PATH_PREFIX, 1, PATH_MAX);
    }

    public static String serialNumber(String value) {
        return matching(required(value, "serialNumber"), "serialNumber", SERIAL, 9, 256);
    }

    public static String accessKeyId(String value) {
        return matching(required(value, "accessKeyId"), "accessKeyId", ACCESS_KEY_ID, 16, 128);
    }

    /** A password: checked like any parameter, but the error never repeats the value. */
    public static String password(String value, String field) {
        required(value, field);
        if (value.isEmpty() || value.length() > 128 || !PASSWORD.matcher(value).matches()) {
            throw new GatehouseException(IamError.VALIDATION_ERROR, "1 validation error detected: Value at '" + field
                    + "' failed to satisfy constraint: Member must have length between 1 and 128 and satisfy regular "
                    + "expression pattern: " + PASSWORD.pattern());
        }
        return value;
    }

    /** An optional permissions boundary: a managed policy ARN. */
    public static String permissionsBoundary(String value) {
        if (value == null) {
            return null;
        }
        matching(value, "permissionsBoundary", Pattern.compile("[\\u0021-\\u007E]+"), 20, 2048);
        if (!POLICY_ARN.matcher(value).matches()) {
            throw new GatehouseException(IamError.INVALID_INPUT, "ARN " + value + " is not valid.");
        }
        return value;
    }

    /** {@code MaxItems}: 1 to 1000, 100 when absent. */
    public static int maxItems(Integer value) {
        if (value == null) {
            return 100;
        }
        if (value < 1 || value > 1000) {
            throw violation("maxItems", value.toString(), "Member must have value between 1 and 1000");
        }
        return value;
    }

    public static String required(String value, String field) {
        if (value == null) {
            throw violation(field, "null", "Member must not be null");
        }
        return value;
    }

    static GatehouseException violation(String field, String value, String constraint) {
        String shown = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return new GatehouseException(IamError.VALIDATION_ERROR, "1 validation error detected: Value '" + shown
                + "' at '" + field + "' failed to satisfy constraint: " + constraint);
    }

    private static String matching(String value, String field, Pattern pattern, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw violation(field, value, "Member must have length between " + min + " and " + max);
        }
        if (!pattern.matcher(value).matches()) {
            throw violation(field, value, "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        return value;
    }
}
