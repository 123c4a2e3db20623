package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * IAM's tag rules for roles and policies: at most 50 tags, keys of 1 to 128 and values of 0 to 256
 * characters, keys unique regardless of case (a tag whose key differs only in case replaces the old
 * one), and no keys starting with {@code aws:}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagRole.html">TagRole</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html">Tagging IAM resources</a>
 */
public final class IamTagRules {

    public static final int MAX_TAGS = 50;
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private IamTagRules() {
    }

    /** {@code current} with {@code added} merged in; fails when a key repeats or the result exceeds 50 tags. */
    public static SortedMap<String, String> merge(Map<String, String> current, Map<String, String> added) {
        checkDistinct(added.keySet());
        SortedMap<String, String> result = new TreeMap<>(current);
        added.forEach((key, value) -> {
            validate(key, value);
            result.keySet().removeIf(k -> k.equalsIgnoreCase(key));
            result.put(key, value);
        });
        if (result.size() > MAX_TAGS) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED,
                    "The number of tags has reached the maximum limit of " + MAX_TAGS + ".");
        }
        return result;
    }

    /** {@code current} without the given keys (compared regardless of case); unknown keys are ignored. */
    public static SortedMap<String, String> remove(Map<String, String> current, Collection<String> keys) {
        if (keys.size() > MAX_TAGS) {
            throw IamInputRules.invalid("Value at 'tagKeys' failed to satisfy constraint: Member must have length "
                    + "less than or equal to " + MAX_TAGS);
        }
        SortedMap<String, String> result = new TreeMap<>(current);
        for (String key : keys) {
            validateKey(key);
            result.keySet().removeIf(k -> k.equalsIgnoreCase(key));
        }
        return result;
    }

    private static void checkDistinct(Collection<String> keys) {
        if (keys.stream().map(k -> k.toLowerCase(Locale.ROOT)).distinct().count() != keys.size()) {
            throw new GatehouseException(IamError.INVALID_INPUT,
                    "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
        }
    }

    private static void validate(String key, String value) {
        validateKey(key);
        if (value == null || value.length() > 256 || !VALUE.matcher(value).matches()) {
            throw IamInputRules.invalid("Value at 'tags.value' failed to satisfy constraint: Member must have length "
                    + "less than or equal to 256 and satisfy regular expression pattern: " + VALUE.pattern());
        }
    }

    private static void validateKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 128 || !KEY.matcher(key).matches()) {
            throw IamInputRules.invalid("Value at 'tags.key' failed to satisfy constraint: Member must have length "
                    + "between 1 and 128 and satisfy regular expression pattern: " + KEY.pattern());
        }
        if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
            throw new GatehouseException(IamError.INVALID_INPUT, "Tag keys beginning with 'aws:' are reserved.");
        }
    }
}
