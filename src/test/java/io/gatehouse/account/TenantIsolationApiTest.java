package io.gatehouse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A second account's root key sees none of the bootstrap account's pools: wrong tenant is "not found". */
@GatehouseTest
class TenantIsolationApiTest {

    private static final String OTHER_ACCOUNT = "111111111111";
    private static final String OTHER_KEY = "AKIAOTHERACCOUNT0001";
    private static final String OTHER_SECRET = "other-account-secret-key-000000000000000";
    private static final String DEMO_POOL = "us-east-1_DemoPool1";

    @Inject
    AccountStore accounts;
    @Inject
    EnvelopeCipher cipher;
    @Inject
    PasswordHasher hasher;

    @BeforeEach
    void createOtherAccount() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (accounts.find(OTHER_ACCOUNT).isEmpty()) {
                accounts.insert(new Account(OTHER_ACCOUNT, "other", "root@other.test", Instant.now()), hasher.hash("Other-Passw0rd!"));
                accounts.insertAccessKey(OTHER_KEY, OTHER_ACCOUNT, "arn:aws:iam::" + OTHER_ACCOUNT + ":root",
                        cipher.seal(OTHER_SECRET, AccountService.keyContext(OTHER_KEY)));
            }
        });
    }

    private static SignedRequests other() {
        return SignedRequests.as(OTHER_KEY, OTHER_SECRET);
    }

    @Test
    void getPoolWhenOtherAccountThenNotFound() {
        other().get("/api/v1/user-pools/" + DEMO_POOL).then().statusCode(404)
                .body("title", equalTo("ResourceNotFoundException"));
    }

    @Test
    void listPoolsWhenOtherAccountThenOnlyItsOwn() {
        List<String> ids = other().get("/api/v1/user-pools").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(ids).doesNotContain(DEMO_POOL);
    }

    @Test
    void mutateWhenOtherAccountThenNotFoundAndNothingChanged() {
        other().post("/api/v1/user-pools/" + DEMO_POOL + "/users",
                Map.of("username", "intruder", "password", "Intruder-Passw0rd!")).then().statusCode(404);
        other().delete("/api/v1/user-pools/" + DEMO_POOL + "/users/alice").then().statusCode(404);
        other().post("/api/v1/user-pools/" + DEMO_POOL + "/signing-keys/rotate", null).then().statusCode(404);

        SignedRequests.root().get("/api/v1/user-pools/" + DEMO_POOL + "/users/intruder").then().statusCode(404);
        SignedRequests.root().get("/api/v1/user-pools/" + DEMO_POOL + "/users/alice").then().statusCode(200);
    }

    @Test
    void auditWhenOtherAccountThenOnlyItsOwnEvents() {
        other().post("/api/v1/user-pools", Map.of("name", "other-account-pool")).then().statusCode(201);

        var events = other().get("/api/v1/audit-events?limit=60").then().statusCode(200).extract().jsonPath();

        assertThat(events.getList("items.action", String.class)).contains("userpool.create");
        assertThat(events.getList("items.accountId", String.class)).isNotEmpty().allMatch(OTHER_ACCOUNT::equals);
    }
}
