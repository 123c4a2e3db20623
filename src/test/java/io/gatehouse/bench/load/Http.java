package io.gatehouse.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One load-generator connection: its own JDK {@link HttpClient} (HTTP/1.1, keep-alive, no redirects
 * followed), used by one thread in a closed loop, so each connection is one TCP connection as with
 * wrk. Redirects are returned, not followed, because the code flow must read them.
 */
public final class Http implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient client;

    public Http() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** GET with optional header name/value pairs. */
    public HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        return send(request(url, headers).GET().build());
    }

    /** POST of a body with its content type and optional header name/value pairs. */
    public HttpResponse<String> post(String url, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        return send(request(url, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POST of an {@code application/x-www-form-urlencoded} form. */
    public HttpResponse<String> postForm(String url, Map<String, String> form, String... headers)
            throws IOException, InterruptedException {
        return post(url, "application/x-www-form-urlencoded", form(form), headers);
    }

    public static HttpRequest.Builder request(String url, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    public static String form(Map<String, String> fields) {
        StringJoiner joined = new StringJoiner("&");
        fields.forEach((name, value) -> joined.add(encode(name) + "=" + encode(value)));
        return joined.toString();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The value of an HTTP Basic {@code Authorization} header (RFC 6749 §2.3.1 form-encodes both parts). */
    public static String basic(String clientId, String secret) {
        String pair = encode(clientId) + ":" + encode(secret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the response when its status is the expected one, else fails the operation. */
    public static HttpResponse<String> expect(String step, HttpResponse<String> response, int status)
            throws LoadFailure {
        if (response.statusCode() != status) {
            throw LoadFailure.unexpected(step, response);
        }
        return response;
    }

    @Override
    public void close() {
        // Java 17's HttpClient has no close(); dropping the reference lets its selector thread end.
    }
}
