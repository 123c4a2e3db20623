package io.gatehouse.bench.load;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The cookie jar of one simulated browser, for one sign-in: {@link Http} has no cookie handler, so
 * every code flow starts with no cookies, as a new visitor would. Keeps name and value only; all
 * requests go to one host, and sending a cookie on a path it was not set for is harmless here.
 */
final class Cookies {

    private final Map<String, String> values = new LinkedHashMap<>();

    /** Takes in the response's {@code Set-Cookie} headers; an empty value or {@code Max-Age=0} deletes. */
    HttpResponse<String> keep(HttpResponse<String> response) {
        for (String header : response.headers().allValues("set-cookie")) {
            String[] attributes = header.split(";");
            int eq = attributes[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = attributes[0].substring(0, eq).trim();
            String value = attributes[0].substring(eq + 1).trim();
            if (value.isEmpty() || deletes(attributes)) {
                values.remove(name);
            } else {
                values.put(name, value);
            }
        }
        return response;
    }

    /** The {@code Cookie} header name and value, for {@link Http}'s header pairs. */
    String[] header() {
        if (values.isEmpty()) {
            return new String[0];
        }
        StringJoiner joined = new StringJoiner("; ");
        values.forEach((name, value) -> joined.add(name + "=" + value));
        return new String[] {"Cookie", joined.toString()};
    }

    private static boolean deletes(String[] attributes) {
        for (int i = 1; i < attributes.length; i++) {
            if (attributes[i].trim().toLowerCase(Locale.ROOT).replace(" ", "").equals("max-age=0")) {
                return true;
            }
        }
        return false;
    }
}
