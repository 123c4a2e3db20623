package io.gatehouse.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every client_credentials token is audited: the {@code token.issue} event is queued on the hot
 * path and written by the batch with the request's origin, as if it had been written in the request.
 */
@GatehouseTest
class TokenIssueAuditTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditStore store;

    @Test
    void clientCredentialsWhenTokensIssuedThenOneTokenIssueEventEachWithTheRequestsOrigin() {
        String pool = PoolFixtures.createPool("cc-audit");
        PoolFixtures.Client service = PoolFixtures.serviceClient(pool,
                PoolFixtures.createResourceServer(pool, "https://api.audit.test", "read"));
        Response first = issue(service, "audit-test/1");
        Response second = issue(service, "audit-test/2");

        audit.flush();

        List<AuditEvent> written = QuarkusTransaction.requiringNew().call(() -> store.query(
                new AuditStore.AuditQuery(null, pool, "token.issue", null, null, null, null), null, 10));
        assertThat(written).hasSize(2);
        assertThat(written).extracting(AuditEvent::requestId)
                .containsExactly(second.header("X-Request-Id"), first.header("X-Request-Id"));
        assertThat(written).extracting(AuditEvent::userAgent).containsExactly("audit-test/2", "audit-test/1");
        assertThat(written).allSatisfy(e -> {
            assertThat(e.accountId()).isEqualTo(SignedRequests.ACCOUNT_ID);
            assertThat(e.actor()).isEqualTo(service.clientId());
            assertThat(e.target()).isEqualTo(service.clientId());
            assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
            assertThat(e.reason()).isNull();
            assertThat(e.sourceIp()).isNotBlank();
            assertThat(e.occurredAt()).isNotNull();
        });
    }

    private static Response issue(PoolFixtures.Client client, String userAgent) {
        Response response = given().auth().preemptive().basic(client.clientId(), client.secret())
                .header("User-Agent", userAgent).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post("/" + client.poolId() + "/oauth2/token");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-Request-Id")).isNotBlank();
        return response;
    }
}
