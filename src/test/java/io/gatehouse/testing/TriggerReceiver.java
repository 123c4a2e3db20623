package io.gatehouse.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real webhook receiver for trigger tests: a JDK HTTP server on a free loopback port that
 * records every call (path, headers, raw body) and answers with the handler set for the path;
 * by default it returns the event unchanged, as a Lambda that does nothing.
 * <pre>{@code
 * try (TriggerReceiver hooks = TriggerReceiver.start()) {
 *     hooks.answer("/pre-auth", call -> TriggerReceiver.Reply.json(400, "{\"message\": \"blocked\"}"));
 *     ... hooks.url("/pre-auth") ... hooks.calls("/pre-auth")
 * }
 * }</pre>
 */
public final class TriggerReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded call. */
    public record Call(String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public ObjectNode event() {
            try {
                return (ObjectNode) JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What the receiver sends back; {@code delayMillis} before answering. */
    public record Reply(int status, String body, long delayMillis, String location) {
        public static Reply json(int status, String body) {
            return new Reply(status, body, 0, null);
        }
    }

    private final HttpServer server;
    private final Map<String, Function<Call, Reply>> handlers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private TriggerReceiver(HttpServer server) {
        this.server = server;
    }

    public static TriggerReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TriggerReceiver receiver = new TriggerReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(String path, Function<Call, Reply> handler) {
        handlers.put(path, handler);
    }

    /** Answers with the event after {@code edit} changed it (the Lambda's "return event"). */
    public void editEvent(String path, java.util.function.Consumer<ObjectNode> edit) {
        answer(path, call -> {
            ObjectNode event = call.event();
            edit.accept(event);
            return Reply.json(200, event.toString());
        });
    }

    public List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Call call = new Call(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body);
            calls.add(call);
            Reply reply = handlers.getOrDefault(call.path(), c -> Reply.json(200, new String(c.body(), StandardCharsets.UTF_8)))
                    .apply(call);
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (reply.location() != null) {
                exchange.getResponseHeaders().add("Location", reply.location());
            }
            byte[] out = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
        } catch (IOException e) {
            // the caller gave up (timeout tests): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
