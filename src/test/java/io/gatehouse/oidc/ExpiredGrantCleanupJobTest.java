package io.gatehouse.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.userpool.UserStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@GatehouseTest
class ExpiredGrantCleanupJobTest {

    private static final String POOL = "us-east-1_DemoPool1";

    @Inject
    ExpiredGrantCleanupJob job;
    @Inject
    AuthorizationCodeStore codes;
    @Inject
    TokenFamilyStore families;
    @Inject
    UserStore users;

    @Test
    void deleteExpiredWhenPastGraceThenOldGrantsGoneAndRecentOnesKept() {
        UUID alice = QuarkusTransaction.requiringNew().call(() -> users.findByUsername(POOL, "alice").orElseThrow().sub());
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            codes.save(code("old-code-hash-" + now, alice, now.minus(Duration.ofDays(2))));
            codes.save(code("recent-code-hash-" + now, alice, now.minus(Duration.ofHours(1))));
            families.create(family("old-family-" + now, alice, now.minus(Duration.ofDays(2))));
            families.create(family("recent-family-" + now, alice, now.minus(Duration.ofHours(1))));
        });

        job.deleteExpired(now);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(codes.consume("old-code-hash-" + now, now, "f1")).isInstanceOf(AuthorizationCodeStore.Consumed.Unknown.class);
            assertThat(codes.consume("recent-code-hash-" + now, now, "f2")).isNotInstanceOf(AuthorizationCodeStore.Consumed.Unknown.class);
            assertThat(families.find("old-family-" + now)).isEmpty();
            assertThat(families.find("recent-family-" + now)).isPresent();
        });
    }

    private static AuthorizationCode code(String hash, UUID sub, Instant expiresAt) {
        return new AuthorizationCode(hash, POOL, "demo-web", sub, "http://localhost:8089/callback", "openid", null, null,
                expiresAt.minusSeconds(300), List.of("pwd"), expiresAt, null);
    }

    private static TokenFamily family(String id, UUID sub, Instant expiresAt) {
        return new TokenFamily(id, POOL, "demo-web", sub, "openid", expiresAt.minusSeconds(3600), List.of("pwd"),
                expiresAt.minusSeconds(3600), expiresAt, null);
    }
}
