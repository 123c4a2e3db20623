package io.gatehouse.iam;

import io.gatehouse.core.Cursor;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Page;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a listing fetched with one item more than asked into a page and the opaque cursor of the
 * next one; the same cursor serves as IAM's {@code Marker} and the native API's {@code cursor}.
 */
public final class IamPages {

    private IamPages() {
    }

    /** The store fetches {@code limit + 1} items so that a full last page is not mistaken for a truncated one. */
    public static int fetchSize(int limit) {
        return limit + 1;
    }

    public static <T> Page<T> page(List<T> fetched, int limit, Function<T, String> key) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, new Cursor(key.apply(items.get(limit - 1))).encode());
    }

    /** The key a cursor carries, or null for the first page. */
    public static String afterKey(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Cursor.decode(cursor).afterKey();
        } catch (GatehouseException e) {
            throw new GatehouseException(IamError.INVALID_INPUT, "Invalid Marker.");
        }
    }
}
