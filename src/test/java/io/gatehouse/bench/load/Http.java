package io.gatehouse.bench.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLSession;

/**
 * One load-generator connection: a plain HTTP/1.1 keep-alive socket used by one thread in a closed
 * loop, as a wrk connection is. It is written on a bare socket rather than the JDK's HttpClient
 * because that client hands every exchange between three threads and cost the generator about ten
 * times the CPU, which on a two-core machine is taken from the server being measured. Redirects are
 * returned, not followed (the code flow reads them). Plain http only: the suite runs on loopback.
 */
public final class Http implements AutoCloseable {

    private static final int TIMEOUT_MS = 30_000;
    private Socket socket;
    private String connectedTo;
    private InputStream in;
    private OutputStream out;

    /** Sends a request built with {@link #request}; its body publisher is drained synchronously. */
    public HttpResponse<String> send(HttpRequest request) throws IOException {
        List<String> headers = new ArrayList<>();
        request.headers().map().forEach((name, values) -> values.forEach(value -> {
            headers.add(name);
            headers.add(value);
        }));
        byte[] body = request.bodyPublisher().map(Http::drain).orElse(null);
        return exchange(request.method(), request.uri(), body, headers.toArray(String[]::new));
    }

    /** GET with optional header name/value pairs. */
    public HttpResponse<String> get(String url, String... headers) throws IOException {
        return exchange("GET", URI.create(url), null, headers);
    }

    /** POST of a body with its content type and optional header name/value pairs. */
    public HttpResponse<String> post(String url, String contentType, String body, String... headers)
            throws IOException {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = contentType;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return exchange("POST", URI.create(url), body.getBytes(StandardCharsets.UTF_8), all);
    }

    /** POST of an {@code application/x-www-form-urlencoded} form. */
    public HttpResponse<String> postForm(String url, Map<String, String> form, String... headers)
            throws IOException {
        return post(url, "application/x-www-form-urlencoded", form(form), headers);
    }

    /** A request for {@link #send}, e.g. to sign it before sending. */
    public static HttpRequest.Builder request(String url, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMillis(TIMEOUT_MS));
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
        disconnect();
    }

    private HttpResponse<String> exchange(String method, URI uri, byte[] body, String... headers) throws IOException {
        if (!"http".equals(uri.getScheme())) {
            throw new IOException("only http URLs are supported: " + uri);
        }
        String hostPort = uri.getHost() + ":" + (uri.getPort() < 0 ? 80 : uri.getPort());
        connect(hostPort, uri);
        try {
            out.write(head(method, uri, hostPort, body, headers));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(uri);
        } catch (IOException e) {
            disconnect();
            throw e;
        }
    }

    private void connect(String hostPort, URI uri) throws IOException {
        if (socket != null && hostPort.equals(connectedTo)) {
            return;
        }
        disconnect();
        Socket opened = new Socket();
        opened.setTcpNoDelay(true);
        opened.setSoTimeout(TIMEOUT_MS);
        opened.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort()), TIMEOUT_MS);
        socket = opened;
        connectedTo = hostPort;
        in = new BufferedInputStream(opened.getInputStream(), 16 * 1024);
        out = opened.getOutputStream();
    }

    private void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the connection is being dropped either way
            }
        }
        socket = null;
        connectedTo = null;
    }

    private static byte[] head(String method, URI uri, String hostPort, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(256).append(method).append(' ')
                .append(uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(hostPort).append("\r\nUser-Agent: gatehouse-load\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private HttpResponse<String> read(URI uri) throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x answer");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.computeIfAbsent(header.substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(header.substring(colon + 1).trim());
        }
        byte[] body = body(status, headers);
        if (first(headers, "Connection").map(v -> v.equalsIgnoreCase("close")).orElse(false)) {
            disconnect();
        }
        return new Response(status, HttpHeaders.of(headers, (a, b) -> true), new String(body, StandardCharsets.UTF_8), uri);
    }

    private byte[] body(int status, Map<String, List<String>> headers) throws IOException {
        if (status == 204 || status == 304 || status / 100 == 1) {
            return new byte[0];
        }
        if (first(headers, "Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                body.write(in.readNBytes(size));
                line();
            }
            skipTrailers();
            return body.toByteArray();
        }
        Optional<String> length = first(headers, "Content-Length");
        if (length.isPresent()) {
            byte[] body = in.readNBytes(Integer.parseInt(length.get()));
            if (body.length != Integer.parseInt(length.get())) {
                throw new EOFException("body shorter than its Content-Length");
            }
            return body;
        }
        byte[] body = in.readAllBytes();
        disconnect();
        return body;
    }

    /** Reads past a chunked body's trailer fields, which carry nothing the scenarios read. */
    private void skipTrailers() throws IOException {
        String trailer;
        do {
            trailer = line();
        } while (!trailer.isEmpty());
    }

    private int chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static byte[] drain(HttpRequest.BodyPublisher publisher) {
        ByteArrayOutputStream collected = new ByteArrayOutputStream();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                collected.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable throwable) {
                throw new IllegalStateException(throwable);
            }

            @Override
            public void onComplete() {
                // the bytes are read after subscribe returns: the JDK's in-memory publishers are synchronous
            }
        });
        return collected.toByteArray();
    }

    /** An answer read from the socket, in the JDK's response type so scenarios read it the usual way. */
    private record Response(int statusCode, HttpHeaders headers, String body, URI uri) implements HttpResponse<String> {

        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(uri).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
