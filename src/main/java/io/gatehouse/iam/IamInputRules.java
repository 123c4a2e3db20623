package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;
import java.util.regex.Pattern;

/**
 * The length and pattern constraints of IAM's API reference for names, paths, descriptions, policy
 * documents and paging; a violation is a {@code ValidationError} worded as IAM words it.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole request parameters</a>
 */
public final class IamInputRules {

    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");
    private static final Pattern PATH = Pattern.compile("(/)|(/[\\u0021-\\u007E]+/)");
    private static final Pattern PATH_PREFIX = Pattern.compile("/[\\u0021-\\u007F]*");
    private static final Pattern DESCRIPTION = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");
    private static final Pattern DOCUMENT = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    private static final Pattern VERSION_ID = Pattern.compile("v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");
    private static final Pattern ARN = Pattern.compile("arn:[\\u0021-\\u007E]+");
    /** Largest document IAM accepts on the wire before its per-kind quota applies. */
    private static final int MAX_DOCUMENT = 131_072;
    public static final int MAX_ITEMS = 1000;
    public static final int DEFAULT_ITEMS = 100;

    private IamInputRules() {
    }

    /** A role, user or group name of 1 to {@code max} characters of {@code [\w+=,.@-]}. */
    public static String name(String value, String field, int max) {
        return matching(required(value, field), field, NAME, 1, max);
    }

    /** A path: {@code /} or {@code /a/b/}, at most 512 characters; {@code /} when absent. */
    public static String path(String value) {
        return value == null ? "/" : matching(value, "path", PATH, 1, 512);
    }

    /** A path prefix filter; {@code /} when absent. */
    public static String pathPrefix(String value) {
        return value == null ? "/" : matching(value, "pathPrefix", PATH_PREFIX, 1, 512);
    }

    public static String description(String value) {
        return value == null ? null : matching(value, "description", DESCRIPTION, 0, 1000);
    }

    public static String document(String value, String field) {
        return matching(required(value, field), field, DOCUMENT, 1, MAX_DOCUMENT);
    }

    public static String versionId(String value) {
        return matching(required(value, "versionId"), "versionId", VERSION_ID, 1, 128);
    }

    public static String arn(String value, String field) {
        return matching(required(value, field), field, ARN, 20, 2048);
    }

    /** MaxItems of a listing: 1 to 1000, default 100. */
    public static int maxItems(Integer value) {
        if (value == null) {
            return DEFAULT_ITEMS;
        }
        if (value < 1 || value > MAX_ITEMS) {
            throw invalid("Value '" + value + "' at 'maxItems' failed to satisfy constraint: "
                    + "Member must have value between 1 and " + MAX_ITEMS);
        }
        return value;
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw invalid("Value null at '" + field + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    private static String matching(String value, String field, Pattern pattern, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw invalid("Value at '" + field + "' failed to satisfy constraint: Member must have length between "
                    + min + " and " + max);
        }
        if (!pattern.matcher(value).matches()) {
            throw invalid("Value at '" + field + "' failed to satisfy constraint: Member must satisfy regular "
                    + "expression pattern: " + pattern.pattern());
        }
        return value;
    }

    static GatehouseException invalid(String constraint) {
        return new GatehouseException(IamError.VALIDATION_ERROR, "1 validation error detected: " + constraint);
    }
}
