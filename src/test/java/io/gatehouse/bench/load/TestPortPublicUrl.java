package io.gatehouse.bench.load;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The test server on a fixed free port with its public URL on that port, so that the issuer's
 * discovery document names endpoints the load generator can reach, as on a real deployment (the
 * default test profile's public URL is {@code http://localhost:8080}, where nothing of the test
 * listens).
 */
public class TestPortPublicUrl implements QuarkusTestProfile {

    /** Chosen once per class loader, so every read of the overrides agrees. */
    private static final int PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.test-port", Integer.toString(PORT),
                "gatehouse.public-url", "http://127.0.0.1:" + PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
