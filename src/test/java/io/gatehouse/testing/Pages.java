package io.gatehouse.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads every page of an admin API listing, so a test's "present" or "absent" check does not
 * depend on how many objects other tests of the run have created.
 */
public final class Pages {

    private Pages() {
    }

    /** All values of {@code items.<field>} across the pages of {@code path} (which has no query yet). */
    public static List<String> all(SignedRequests api, String path, String field) {
        List<String> values = new ArrayList<>();
        String cursor = null;
        do {
            var page = api.get(path + "?limit=60" + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            values.addAll(page.getList("items." + field, String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return values;
    }
}
