package io.gatehouse.auth.sigv4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request as the verifier sees it: the method, the path exactly as sent on the wire
 * (percent-encoded once by the client), the query parameters decoded, the headers with lower
 * case names and the body. Example: {@code GET /api/v1/user-pools/p/users/j%C3%BCrgen} with
 * query {@code {"limit": ["10"]}} and headers {@code {"host": ["localhost:8080"], ...}}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-canonical-request">Create a canonical request</a>
 */
public record SignedRequest(
        String method,
        String rawPath,
        Map<String, List<String>> query,
        Map<String, List<String>> headers,
        byte[] body) {

    public SignedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        query = copy(query == null ? Map.of() : query, false);
        headers = copy(headers == null ? Map.of() : headers, true);
        body = body == null ? new byte[0] : body.clone();
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The values of a header, matched case-insensitively; empty when absent. */
    public List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The decoded values of a query parameter, matched exactly; empty when absent. */
    public List<String> queryParameter(String name) {
        return query.getOrDefault(name, List.of());
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source, boolean lowerCaseNames) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        source.forEach((name, values) -> {
            String key = lowerCaseNames ? name.toLowerCase(Locale.ROOT) : name;
            List<String> all = new ArrayList<>(merged.getOrDefault(key, List.of()));
            all.addAll(values == null ? List.of() : values);
            merged.put(key, List.copyOf(all));
        });
        return Map.copyOf(merged);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedRequest that
                && method.equals(that.method)
                && rawPath.equals(that.rawPath)
                && query.equals(that.query)
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, rawPath, query, headers) * 31 + Arrays.hashCode(body);
    }

    /** Names only: header and query values carry signatures and session tokens. */
    @Override
    public String toString() {
        return "SignedRequest[" + method + " " + rawPath + ", query=" + query.keySet()
                + ", headers=" + headers.keySet() + ", body=" + body.length + " bytes]";
    }
}
