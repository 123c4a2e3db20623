package io.gatehouse.platform;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the database, checked on a connection of its own instead of one borrowed from the
 * request pool. The built-in datasource check borrows: when every pooled connection serves a
 * request, it waited up to the pool's acquisition timeout (5 s), so a node looked slow or down
 * exactly when it was busiest, and an orchestrator would take the busiest nodes out of service.
 * The connection is validated with a round trip on every probe and reopened when it fails.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "Database";
    private static final int TIMEOUT_SECONDS = 2;

    private final String url;
    private final Properties properties = new Properties();
    private Connection connection;

    public DatabaseReadiness(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                             @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "postgres") String username,
                             @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        properties.setProperty("user", username);
        properties.setProperty("password", password.orElse(""));
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "gatehouse readiness");
    }

    @Override
    public synchronized HealthCheckResponse call() {
        try {
            if (connection == null || !connection.isValid(TIMEOUT_SECONDS)) {
                close();
                connection = DriverManager.getConnection(url, properties);
            }
            return HealthCheckResponse.up(NAME);
        } catch (SQLException e) {
            close();
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the connection is being discarded either way
            }
            connection = null;
        }
    }
}
