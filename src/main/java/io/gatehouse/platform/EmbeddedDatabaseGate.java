package io.gatehouse.platform;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Holds Flyway, the first to connect at start, until the embedded PostgreSQL started in the
 * background accepts connections. Does nothing with an external database.
 */
@Singleton
public class EmbeddedDatabaseGate implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        EmbeddedDatabase.awaitStarted();
    }
}
