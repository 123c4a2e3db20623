package io.gatehouse.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL 17, started on a thread of its own while Quarkus boots: its start (about
 * a third of a second, most of it waiting for the server to accept connections) then overlaps
 * the framework's start instead of preceding it. The port is chosen before the start so the JDBC
 * URL is known to Quarkus from the beginning; the first connection, Flyway's migration, waits for
 * the server through {@link EmbeddedDatabaseGate}.
 */
final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static volatile CompletableFuture<EmbeddedPostgres> starting;

    private EmbeddedDatabase() {
    }

    /** Starts the server in the background and points the datasource at it. */
    static void startInBackground(Path pgDir) {
        int port = freePort();
        CompletableFuture<EmbeddedPostgres> future = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                future.complete(start(pgDir, port));
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
        starting = future;
        System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres");
        System.setProperty("quarkus.datasource.username", "postgres");
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
    }

    /** Blocks until the embedded server accepts connections; returns at once when there is none. */
    static void awaitStarted() {
        CompletableFuture<EmbeddedPostgres> future = starting;
        if (future == null) {
            return;
        }
        try {
            future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static EmbeddedPostgres start(Path pgDir, int port) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s", postgres.getPort(), pgDir);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + pgDir, e);
        }
    }

    private static void stop() {
        EmbeddedPostgres postgres;
        try {
            postgres = starting.join();
        } catch (CompletionException e) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port for the embedded PostgreSQL", e);
        }
    }
}
