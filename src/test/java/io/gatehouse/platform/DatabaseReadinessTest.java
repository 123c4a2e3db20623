package io.gatehouse.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.gatehouse.testing.Awaits;
import io.gatehouse.testing.ClusterListener;
import io.gatehouse.testing.GatehouseTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readiness answers at once even when every pooled connection is busy serving requests, from what
 * the cluster event listener last heard from the database, and says DOWN while that connection is lost.
 */
@GatehouseTest
class DatabaseReadinessTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ClusterEvents events;

    @Inject
    EntityManager em;

    @Test
    void readyWhenDatabaseReachableThenUpWithTheDatabaseCheck() {
        JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();

        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getList("checks.name", String.class)).containsExactly(DatabaseReadiness.NAME);
        assertThat(health.getString("checks[0].status")).isEqualTo("UP");
    }

    @Test
    void readyWhenEveryPooledConnectionIsBorrowedThenStillUpWithoutWaitingForThePool() throws Exception {
        int poolSize = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                borrowed.add(dataSource.getConnection());
            }
            long started = System.nanoTime();

            JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();

            assertThat(health.getString("status")).isEqualTo("UP");
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
        } finally {
            for (Connection c : borrowed) {
                c.close();
            }
        }
    }

    @Test
    void readyWhenListenerConnectionLostThenDownUntilItReconnects() {
        Awaits.until(Duration.ofSeconds(10), () -> {
            terminateListenerBackend();
            Response response = given().get("/q/health/ready");
            return response.statusCode() == 503 && "DOWN".equals(response.jsonPath().getString("checks[0].status"))
                    && response.jsonPath().getString("checks[0].data.error").startsWith("no answer from the database");
        });

        ClusterListener.awaitListening(events);
        Awaits.until(Duration.ofSeconds(10), () -> given().get("/q/health/ready").statusCode() == 200);
        assertThat(given().get("/q/health/ready").jsonPath().getString("checks[0].status")).isEqualTo("UP");
    }

    private void terminateListenerBackend() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?1")
                .setParameter(1, ClusterEvents.APPLICATION_NAME).getResultList());
    }
}
