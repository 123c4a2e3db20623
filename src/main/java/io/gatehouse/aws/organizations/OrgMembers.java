package io.gatehouse.aws.organizations;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonPage;
import io.gatehouse.org.OrgException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Request members as Organizations checks them: a missing required member is
 * {@code InvalidInputException} with reason {@code INPUT_REQUIRED}, an unknown enum value
 * {@code INVALID_ENUM}, {@code MaxResults} outside 1–20 {@code MIN_VALUE_EXCEEDED} or
 * {@code MAX_VALUE_EXCEEDED}. Lists are paged here, in id order, with opaque {@code NextToken}s.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccounts.html">ListAccounts paging</a>
 */
final class OrgMembers {

    static final String NEXT_TOKEN = "NextToken";
    private static final int MAX_RESULTS = 20;

    private OrgMembers() {
    }

    static String required(JsonInput in, String member) {
        String value = in.string(member);
        if (value == null) {
            throw OrgException.invalid("INPUT_REQUIRED",
                    "You must specify a value for all required parameters: " + member + ".");
        }
        return value;
    }

    static String requiredEnum(JsonInput in, String member, List<String> allowed) {
        required(in, member);
        return optionalEnum(in, member, allowed);
    }

    /** An enum member, or null when absent. */
    static String optionalEnum(JsonInput in, String member, List<String> allowed) {
        String value = in.string(member);
        if (value != null && !allowed.contains(value)) {
            throw OrgException.invalid("INVALID_ENUM",
                    "You specified an invalid value for " + member + ": must be one of " + allowed + ".");
        }
        return value;
    }

    /** A list of enum values, or null when absent. */
    static List<String> enumList(JsonInput in, String member, List<String> allowed) {
        List<String> values = in.strings(member);
        if (values != null && !allowed.containsAll(values)) {
            throw OrgException.invalid("INVALID_ENUM",
                    "You specified an invalid value for " + member + ": each must be one of " + allowed + ".");
        }
        return values;
    }

    /** One page of {@code all} after the request's {@code NextToken}, in {@code key} order. */
    static <T> JsonPage<T> page(JsonInput in, List<T> all, Function<T, String> key) {
        Integer requested = in.integer("MaxResults");
        if (requested != null && requested < 1) {
            throw OrgException.invalid("MIN_VALUE_EXCEEDED", "MaxResults must be at least 1.");
        }
        if (requested != null && requested > MAX_RESULTS) {
            throw OrgException.invalid("MAX_VALUE_EXCEEDED", "MaxResults must be at most " + MAX_RESULTS + ".");
        }
        int limit = requested == null ? MAX_RESULTS : requested;
        String after = JsonPage.afterKey(in.string(NEXT_TOKEN));
        List<T> fetched = all.stream().filter(item -> after == null || key.apply(item).compareTo(after) > 0)
                .sorted(Comparator.comparing(key)).limit(limit + 1L).toList();
        return JsonPage.of(fetched, limit, key);
    }
}
