package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The tags of an IAM user: at most 50, keys 1 to 128 and values 0 to 256 characters of
 * "[\p{L}\p{Z}\p{N}_.:/=+\-@]", keys unique regardless of case and never starting with
 * {@code aws:}. Tagging with a key already present (in any case) replaces its value.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html#id_tags_rules">Tag naming rules</a>
 */
public final class PrincipalTags {

    public static final int MAX_TAGS = 50;
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private PrincipalTags() {
    }

    /** Validated tags of a create request, in key order; null means none. */
    public static Map<String, String> of(Map<String, String> requested) {
        return merge(Map.of(), requested);
    }

    /** {@code current} with {@code added} set; more than 50 in all is {@code LimitExceeded}. */
    public static Map<String, String> merge(Map<String, String> current, Map<String, String> added) {
        TreeMap<String, String> result = new TreeMap<>(current);
        if (added == null) {
            return Collections.unmodifiableMap(result);
        }
        if (added.size() > MAX_TAGS) {
            throw IamInput.violation("tags", added.size() + " tags", "Member must have length less than or equal to 50");
        }
        added.forEach((key, value) -> {
            validate(key, value);
            result.keySet().removeIf(existing -> existing.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)));
            result.put(key, value);
        });
        if (result.size() > MAX_TAGS) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED, "The number of tags has reached the maximum limit.");
        }
        return Collections.unmodifiableMap(result);
    }

    /** {@code current} without {@code keys} (matched regardless of case); unknown keys are ignored, as in AWS. */
    public static Map<String, String> remove(Map<String, String> current, Collection<String> keys) {
        if (keys.size() > MAX_TAGS) {
            throw IamInput.violation("tagKeys", keys.size() + " keys", "Member must have length less than or equal to 50");
        }
        TreeMap<String, String> result = new TreeMap<>(current);
        for (String key : keys) {
            checkKey(key);
            result.keySet().removeIf(existing -> existing.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)));
        }
        return Collections.unmodifiableMap(result);
    }

    private static void validate(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw IamInput.violation("tags.member.value", "null", "Member must not be null");
        }
        if (value.length() > 256 || !VALUE.matcher(value).matches()) {
            throw IamInput.violation("tags.member.value", value,
                    "Member must have length less than or equal to 256 and satisfy regular expression pattern: " + VALUE);
        }
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw IamInput.violation("tags.member.key", "null", "Member must not be null");
        }
        if (key.isEmpty() || key.length() > 128 || !KEY.matcher(key).matches()) {
            throw IamInput.violation("tags.member.key", key,
                    "Member must have length between 1 and 128 and satisfy regular expression pattern: " + KEY);
        }
        if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
            throw new GatehouseException(IamError.INVALID_INPUT, "Tag keys starting with 'aws:' are reserved for AWS use.");
        }
    }
}
