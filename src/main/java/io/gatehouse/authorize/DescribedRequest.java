package io.gatehouse.authorize;

import io.gatehouse.auth.sigv4.SignedRequest;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A SigV4-signed request as a resource server received it and describes it to Gatehouse: the
 * method, the path exactly as sent on the wire (percent-encoded), the decoded query parameters, the
 * headers, the hex SHA-256 of the body, and the signing name ({@code service}) the resource server
 * accepts in the credential scope, e.g. {@code GET /orders/42} for service {@code orders}. The
 * service may not be one Gatehouse serves itself, so a signature meant for Gatehouse is never
 * accepted as a caller's proof at a resource server, nor the other way round.
 */
public record DescribedRequest(String method, String path, Map<String, List<String>> query,
                               Map<String, List<String>> headers, String bodySha256, String service) {

    /** The signing names of Gatehouse's own APIs. */
    static final Set<String> GATEHOUSE_SERVICES = Set.of("gatehouse", "iam", "sts", "cognito-idp", "cognito-identity",
            "organizations");
    static final int MAX_PATH = 8192;
    static final int MAX_HEADERS = 100;
    static final int MAX_PARAMETERS = 200;
    static final int MAX_VALUE = 16_384;
    private static final Pattern METHOD = Pattern.compile("[A-Z]{1,16}");
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");

    public DescribedRequest {
        method = required(method, "request.method");
        if (!METHOD.matcher(method).matches()) {
            throw invalid("request.method must be an upper-case HTTP method such as GET");
        }
        path = required(path, "request.path");
        if (!path.startsWith("/") || path.length() > MAX_PATH || path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
            throw invalid("request.path must be the path as sent, starting with '/', without '?' or '#', at most "
                    + MAX_PATH + " characters");
        }
        query = checked(query == null ? Map.of() : query, MAX_PARAMETERS, "request.query", false);
        headers = checked(Objects.requireNonNullElse(headers, Map.of()), MAX_HEADERS, "request.headers", true);
        bodySha256 = required(bodySha256, "request.bodySha256").toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(bodySha256).matches()) {
            throw invalid("request.bodySha256 must be the SHA-256 of the body as 64 hexadecimal digits");
        }
        service = required(service, "request.service");
        if (!SERVICE.matcher(service).matches()) {
            throw invalid("request.service must be a signing name of lower-case letters, digits and '-'");
        }
        if (GATEHOUSE_SERVICES.contains(service)) {
            throw invalid("request.service '" + service + "' is a Gatehouse API; a resource server must accept "
                    + "signatures scoped to its own service name");
        }
    }

    /** The request as the SigV4 verifier reads it; the body is known by {@link #bodySha256} only. */
    public SignedRequest toSignedRequest() {
        return new SignedRequest(method, path, query, headers, null);
    }

    private static Map<String, List<String>> checked(Map<String, List<String>> entries, int max, String field,
                                                     boolean headerNames) {
        if (entries.size() > max) {
            throw invalid(field + " has more than " + max + " entries");
        }
        entries.forEach((name, values) -> {
            if (name == null || (headerNames ? !HEADER_NAME.matcher(name).matches() : name.isEmpty())) {
                throw invalid(field + " has an invalid name");
            }
            if (values == null || values.isEmpty() || values.size() > max
                    || values.stream().anyMatch(v -> v == null || v.length() > MAX_VALUE)) {
                throw invalid(field + "." + name + " must be 1 to " + max + " strings of at most " + MAX_VALUE
                        + " characters");
            }
        });
        return Map.copyOf(entries);
    }

    private static String required(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw invalid("Missing required field '" + field + "'");
        }
        return value;
    }

    static GatehouseException invalid(String message) {
        return new GatehouseException(CommonError.INVALID_PARAMETER, message);
    }

    /** Names only: header and query values carry the caller's signature and session token. */
    @Override
    public String toString() {
        return "DescribedRequest[" + method + " " + path + ", service=" + service + ", headers=" + headers.keySet()
                + "]";
    }
}
