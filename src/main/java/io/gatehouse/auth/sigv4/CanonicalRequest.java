package io.gatehouse.auth.sigv4;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the SigV4 canonical request as AWS does for every service but S3:
 * <pre>
 * HTTPMethod \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n HashedPayload
 * </pre>
 * The canonical URI is the normalized wire path with each segment encoded a second time
 * ({@code j%C3%BCrgen} becomes {@code j%25C3%25BCrgen}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-canonical-request">Create a canonical request</a>
 */
final class CanonicalRequest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CanonicalRequest() {
    }

    static String build(SignedRequest request, List<String> signedHeaders, String payloadHash) {
        return request.method() + "\n"
                + canonicalUri(request.rawPath()) + "\n"
                + canonicalQuery(request.query()) + "\n"
                + canonicalHeaders(request, signedHeaders) + "\n"
                + String.join(";", signedHeaders) + "\n"
                + payloadHash;
    }

    /**
     * "Normalize URI paths according to RFC 3986. Remove redundant and relative path components.
     * Each path segment must be URI-encoded twice" (empty and {@code .} segments are dropped,
     * {@code ..} removes the previous one, a trailing slash is kept).
     */
    static String canonicalUri(String rawPath) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : rawPath.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(UriEncoding.encode(segment));
            }
        }
        String joined = String.join("/", segments);
        boolean trailingSlash = !segments.isEmpty() && rawPath.endsWith("/");
        return "/" + joined + (trailingSlash ? "/" : "");
    }

    /**
     * "URI-encode each parameter name and value ... Sort the encoded parameters by name, then by
     * value", joined with {@code &}; the signature parameter itself is left out.
     */
    static String canonicalQuery(Map<String, List<String>> query) {
        List<String[]> pairs = new ArrayList<>();
        query.forEach((name, values) -> {
            if (!name.equals(SigV4Names.QUERY_SIGNATURE)) {
                String encodedName = UriEncoding.encode(name);
                values.forEach(value -> pairs.add(new String[] {encodedName, UriEncoding.encode(value)}));
            }
        });
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        return pairs.stream().map(pair -> pair[0] + "=" + pair[1]).collect(Collectors.joining("&"));
    }

    /**
     * One {@code name:value\n} line per signed header, in SignedHeaders order. "Trim any leading or
     * trailing spaces, convert sequential spaces to a single space"; repeated headers are joined
     * with commas.
     */
    static String canonicalHeaders(SignedRequest request, List<String> signedHeaders) {
        StringBuilder out = new StringBuilder();
        for (String name : signedHeaders) {
            String value = request.header(name).stream()
                    .map(v -> WHITESPACE.matcher(v.strip()).replaceAll(" "))
                    .collect(Collectors.joining(","));
            out.append(name).append(':').append(value).append('\n');
        }
        return out.toString();
    }
}
