package io.gatehouse.aws.iam;

import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.IamError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * IAM's {@code Marker}/{@code MaxItems} paging: at most {@code MaxItems} (1 to 1000, default 100)
 * items, {@code IsTruncated} and, when truncated, a {@code Marker} to pass back. The marker is
 * opaque: the base64url of the last key returned.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html">ListUsers</a>
 */
record IamPaging(String afterKey, int maxItems) {

    static IamPaging parse(QueryInput input) {
        String marker = input.string("Marker", 1, 320);
        Integer max = input.integer("MaxItems", 1, 1000);
        return new IamPaging(decode(marker), max == null ? 100 : max);
    }

    /** How many to fetch: one more than {@code maxItems}, to learn whether the list is truncated. */
    int fetchSize() {
        return maxItems + 1;
    }

    /** Adds {@code listName} with the first {@code maxItems} of {@code fetched}, {@code IsTruncated} and {@code Marker}. */
    <T> QueryResult write(QueryResult result, String listName, List<T> fetched, Function<T, String> key,
                          Function<T, QueryResult> each) {
        boolean truncated = fetched.size() > maxItems;
        List<T> page = truncated ? fetched.subList(0, maxItems) : fetched;
        result.addList(listName, page, each).add("IsTruncated", truncated);
        if (truncated) {
            result.add("Marker", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(key.apply(page.get(page.size() - 1)).getBytes(StandardCharsets.UTF_8)));
        }
        return result;
    }

    /** Pages a complete, key-ordered list in memory. */
    <T> QueryResult writeAll(QueryResult result, String listName, List<T> all, Function<T, String> key,
                             Function<T, QueryResult> each) {
        List<T> after = all.stream().filter(item -> afterKey == null || key.apply(item).compareTo(afterKey) > 0)
                .limit(fetchSize()).toList();
        return write(result, listName, after, key, each);
    }

    private static String decode(String marker) {
        if (marker == null) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new GatehouseException(IamError.INVALID_INPUT, "Invalid Marker.");
        }
    }
}
