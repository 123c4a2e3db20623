package io.gatehouse.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.core.Cursor;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Page;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Limits and cursors of listings, as Cognito bounds them (1 to 60, default 50). */
class PageRequestTest {

    @Test
    void parseWhenAbsentThenDefaultLimitAndNoCursor() {
        assertEquals(new PageRequest(50, null), PageRequest.parse(null, null));
    }

    @Test
    void parseWhenLimitOutOfRangeOrNotNumberThenInvalidParameter() {
        for (String limit : List.of("0", "61", "-1", "ten", "1.5")) {
            assertEquals(400, assertThrows(GatehouseException.class, () -> PageRequest.parse(limit, null)).code().status());
        }
    }

    @Test
    void pageWhenMoreThanLimitFetchedThenCursorAfterLastShown() {
        PageRequest request = PageRequest.parse("2", null);
        Page<String> page = request.page(List.of("a", "b", "c"), Function.identity(), String::toUpperCase);
        assertEquals(List.of("A", "B"), page.items());
        assertEquals("b", Cursor.decode(page.nextCursor()).afterKey());
    }

    @Test
    void pageWhenAtMostLimitFetchedThenNoCursor() {
        Page<String> page = PageRequest.parse("2", null).page(List.of("a", "b"), Function.identity(), Function.identity());
        assertNull(page.nextCursor());
    }

    @Test
    void pageInMemoryWhenCursorGivenThenItemsAfterItInKeyOrder() {
        PageRequest request = PageRequest.parse("1", new Cursor("b").encode());
        Page<String> page = request.pageInMemory(List.of("d", "a", "c", "b"), Function.identity(), Function.identity());
        assertEquals(List.of("c"), page.items());
        assertEquals("c", Cursor.decode(page.nextCursor()).afterKey());
    }
}
