package io.gatehouse.auth.sigv4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a raw query string ({@code a=1&b=x%20y&flag}) into the decoded multi-map
 * {@link SignedRequest} expects. A parameter without {@code =} has the empty value, as in the
 * SigV4 canonical query string; {@code +} is kept as a plus sign.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-canonical-request">Create a canonical request</a>
 */
public final class QueryString {

    private QueryString() {
    }

    /** The decoded parameters of {@code rawQuery} in wire order; empty for null or blank. */
    public static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = UriEncoding.decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : UriEncoding.decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }
}
