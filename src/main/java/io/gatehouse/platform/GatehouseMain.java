package io.gatehouse.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;

/**
 * Entry point. Without {@code QUARKUS_DATASOURCE_JDBC_URL} it starts an embedded PostgreSQL 17
 * whose data lives under the data directory, so a fresh clone runs with no setup and keeps
 * its data across restarts; with it, Gatehouse uses that server.
 */
@QuarkusMain
public final class GatehouseMain {

    private GatehouseMain() {
    }

    public static void main(String... args) {
        StartupClassPreloader.startInBackground(GatehouseMain.class.getClassLoader());
        if (externalDatabaseUrl() == null) {
            EmbeddedDatabase.startInBackground(dataDirectory().resolve("pg"));
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
}
