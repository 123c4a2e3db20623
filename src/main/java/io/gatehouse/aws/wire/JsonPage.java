package io.gatehouse.aws.wire;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.Cursor;
import io.gatehouse.core.GatehouseException;
import java.util.List;
import java.util.function.Function;

/**
 * One page of an AWS list operation: the items and the opaque {@code NextToken} (or
 * {@code PaginationToken}) of the next page, null on the last. Stores are asked for one item more
 * than the limit, so a next token is only handed out when another page exists.
 */
public record JsonPage<T>(List<T> items, String nextToken) {

    public JsonPage {
        items = List.copyOf(items);
    }

    /** The page of {@code fetched} (at most {@code limit + 1} items in key order). */
    public static <T> JsonPage<T> of(List<T> fetched, int limit, Function<T, String> key) {
        if (fetched.size() <= limit) {
            return new JsonPage<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new JsonPage<>(items, new Cursor(key.apply(items.get(items.size() - 1))).encode());
    }

    /** The key after which the page starts, from a token this service handed out; null for the first page. */
    public static String afterKey(String token) {
        Cursor cursor = Cursor.decode(token);
        return cursor == null ? null : cursor.afterKey();
    }

    /**
     * A page size member: absent (or 0 where the operation allows it) means {@code defaultLimit};
     * otherwise it must lie in {@code [min, max]}.
     */
    public static int limit(Integer requested, String member, int min, int max, int defaultLimit) {
        if (requested == null || (requested == 0 && min == 0)) {
            return defaultLimit;
        }
        if (requested < Math.max(min, 1) || requested > max) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "1 validation error detected: Value '"
                    + requested + "' at '" + member + "' failed to satisfy constraint: Member must have value "
                    + (requested > max ? "less than or equal to " + max : "greater than or equal to " + Math.max(min, 1)));
        }
        return requested;
    }
}
