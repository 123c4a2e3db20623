package io.gatehouse.sts;

import io.gatehouse.auth.CallerSession;
import io.gatehouse.core.GatehouseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The session tags of a new role session: the tags the request passes plus the transitive tags of
 * the session that assumes the role (role chaining), which the request may not override. At most 50
 * tags, keys of 1 to 128 and values of 0 to 256 characters, keys unique regardless of case; the
 * transitive keys must name passed tags.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html">Passing session tags in AWS STS</a>
 */
record SessionTags(Map<String, String> tags, Set<String> transitiveKeys) {

    static final int MAX_TAGS = 50;
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}");
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{0,256}");

    /** The tags of a session started by {@code request}, inheriting from {@code caller} (null when none). */
    static SessionTags of(RoleSessionRequest request, CallerSession caller) {
        Map<String, String> passed = request.tags();
        Set<String> lowerKeys = lowerKeys(passed);
        for (String key : request.transitiveTagKeys()) {
            if (!passed.containsKey(key)) {
                throw invalid("TransitiveTagKeys must name tags passed in Tags: " + key);
            }
        }
        Map<String, String> inherited = caller == null ? Map.of() : caller.transitiveTags();
        Map<String, String> tags = new HashMap<>(passed);
        inherited.forEach((key, value) -> {
            if (lowerKeys.contains(key.toLowerCase(Locale.ROOT))) {
                throw invalid("The session tag '" + key + "' is transitive from the calling session and cannot be"
                        + " set again");
            }
            tags.put(key, value);
        });
        if (tags.size() > MAX_TAGS) {
            throw invalid("A session may have at most " + MAX_TAGS + " tags, transitive ones included");
        }
        Set<String> transitive = new HashSet<>(request.transitiveTagKeys());
        transitive.addAll(inherited.keySet());
        return new SessionTags(Map.copyOf(tags), Set.copyOf(transitive));
    }

    /** The tags of a federated user session (GetFederationToken): none inherited, none transitive. */
    static SessionTags of(Map<String, String> passed) {
        lowerKeys(passed);
        return new SessionTags(Map.copyOf(passed), Set.of());
    }

    /** The passed tags' keys in lower case, after checking count, syntax, reserved prefix and uniqueness. */
    private static Set<String> lowerKeys(Map<String, String> passed) {
        if (passed.size() > MAX_TAGS) {
            throw invalid("Tags must have at most " + MAX_TAGS + " members");
        }
        Set<String> lowerKeys = new HashSet<>();
        passed.forEach((key, value) -> {
            if (key == null || !KEY.matcher(key).matches() || value == null || !VALUE.matcher(value).matches()) {
                throw invalid("Tag keys must have 1 to 128 and values 0 to 256 characters matching "
                        + KEY.pattern().replace("{1,128}", "*"));
            }
            if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                throw invalid("Tag keys beginning with 'aws:' are reserved");
            }
            if (!lowerKeys.add(key.toLowerCase(Locale.ROOT))) {
                throw invalid("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            }
        });
        return lowerKeys;
    }

    /** Characters of keys and values, which count against the packed-policy allowance. */
    int plaintextLength() {
        return tags.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(StsError.VALIDATION_ERROR, message);
    }
}
