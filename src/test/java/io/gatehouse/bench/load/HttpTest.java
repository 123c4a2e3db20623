package io.gatehouse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generator's bare HTTP/1.1 client against the JDK's own HTTP server. */
class HttpTest {

    private HttpServer server;
    private String base;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fixed", exchange -> answer(exchange, 200, "fixed " + exchange.getRequestMethod(), false));
        server.createContext("/chunked", exchange -> answer(exchange, 200, "x".repeat(20_000), true));
        server.createContext("/echo", exchange -> answer(exchange, 201,
                exchange.getRequestHeaders().getFirst("Content-Type") + "|"
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), false));
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:9999/callback?code=abc");
            exchange.getResponseHeaders().add("Set-Cookie", "a=1");
            exchange.getResponseHeaders().add("Set-Cookie", "b=2");
            answer(exchange, 302, "", false);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fixedLengthAnswersWhenRepeatedThenOneConnectionServesThem() throws Exception {
        try (Http http = new Http()) {
            for (int i = 0; i < 3; i++) {
                assertThat(http.get(base + "/fixed").body()).isEqualTo("fixed GET");
            }
        }
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void chunkedAnswerWhenReadThenWholeBody() throws Exception {
        try (Http http = new Http()) {
            assertThat(http.get(base + "/chunked").body()).hasSize(20_000);
            assertThat(http.get(base + "/fixed").body()).isEqualTo("fixed GET");
        }
    }

    @Test
    void formPostWhenSentThenBodyAndContentTypeArrive() throws Exception {
        try (Http http = new Http()) {
            var response = http.postForm(base + "/echo", Map.of("a b", "c&d"));
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.body()).isEqualTo("application/x-www-form-urlencoded|a+b=c%26d");
            var built = http.send(Http.request(base + "/echo", "Content-Type", "text/plain")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("signed body")).build());
            assertThat(built.body()).isEqualTo("text/plain|signed body");
        }
    }

    @Test
    void redirectWhenAnsweredThenReturnedWithItsHeaders() throws Exception {
        try (Http http = new Http()) {
            var response = http.get(base + "/redirect");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("location")).hasValue("http://127.0.0.1:9999/callback?code=abc");
            assertThat(response.headers().allValues("Set-Cookie")).containsExactly("a=1", "b=2");
        }
    }

    @Test
    void unexpectedStatusWhenExpectedThenFailureNamesStatusAndErrorCode() throws Exception {
        try (Http http = new Http()) {
            var response = http.get(base + "/redirect");
            assertThatThrownBy(() -> Http.expect("step", response, 200)).isInstanceOf(LoadFailure.class)
                    .hasMessage("step: HTTP 302");
        }
    }

    @Test
    void httpsUrlWhenSentThenRefused() {
        try (Http http = new Http()) {
            assertThatThrownBy(() -> http.get("https://127.0.0.1/")).isInstanceOf(IOException.class)
                    .hasMessageContaining("only http");
        }
    }

    private void answer(HttpExchange exchange, int status, String body, boolean chunked) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
