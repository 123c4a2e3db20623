package io.gatehouse.api;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.Cursor;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Page;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code limit} and {@code cursor} query parameters of a listing. Limits follow Cognito's
 * list operations: 1 to 60, default 50. The cursor is opaque to clients ({@link Cursor}); a
 * listing fetches one item more than the limit to learn whether another page exists.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsers.html">ListUsers Limit</a>
 */
public record PageRequest(int limit, String afterKey) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 60;

    /** Parses the raw query parameters; either may be null. */
    public static PageRequest parse(String limit, String cursor) {
        Cursor decoded = Cursor.decode(cursor);
        return new PageRequest(parseLimit(limit), decoded == null ? null : decoded.afterKey());
    }

    /** How many items to fetch: one more than the limit. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * The page of {@code fetched} (at most {@link #fetchSize()} items in key order): the first
     * {@code limit} items as views, and a cursor after the last of them when more were fetched.
     */
    public <T, V> Page<V> page(List<T> fetched, Function<T, String> key, Function<T, V> view) {
        List<T> items = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
        String next = fetched.size() > limit ? new Cursor(key.apply(items.get(items.size() - 1))).encode() : null;
        return new Page<>(items.stream().map(view).toList(), next);
    }

    /** Pages a whole list in memory by {@code key} order, for small collections the store returns unpaged. */
    public <T, V> Page<V> pageInMemory(List<T> all, Function<T, String> key, Function<T, V> view) {
        List<T> after = all.stream().filter(item -> afterKey == null || key.apply(item).compareTo(afterKey) > 0)
                .sorted(Comparator.comparing(key)).limit(fetchSize()).toList();
        return page(after, key, view);
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the allowed range
        }
        throw new GatehouseException(CommonError.INVALID_PARAMETER, "limit must be an integer from 1 to " + MAX_LIMIT);
    }
}
