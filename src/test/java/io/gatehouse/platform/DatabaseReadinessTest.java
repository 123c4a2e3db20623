package io.gatehouse.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.gatehouse.testing.GatehouseTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readiness answers at once even when every pooled connection is busy serving requests. */
@GatehouseTest
class DatabaseReadinessTest {

    @Inject
    AgroalDataSource dataSource;

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
}
