package io.gatehouse.mail;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** SMTP configured, but on a port of 127.0.0.1 nothing listens on: every delivery is refused. */
public class SmtpDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gatehouse.mail.smtp.host", "127.0.0.1",
                "gatehouse.mail.smtp.port", Integer.toString(closedPort()),
                "gatehouse.mail.smtp.start-tls", "DISABLED");
    }

    /** A port that was free a moment ago, now closed again. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
