package io.gatehouse.oidc.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.kms.SigningKeyService;
import io.gatehouse.oidc.message.ClaimNames;
import io.gatehouse.platform.ClusterEvents;
import io.gatehouse.testing.ForgedTokens;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A token presented again is answered from the node's memory of its signature check, but only
 * while everything the full check would look at still holds: the pool, the token use, the time
 * window and the key that verified it.
 */
@GatehouseTest
class TokenVerifierTest {

    @Inject
    TokenVerifier verifier;
    @Inject
    JwtSigner signer;
    @Inject
    Issuer issuer;
    @Inject
    SigningKeyService keys;
    @Inject
    ClusterEvents events;
    @Inject
    EntityManager em;

    private String pool;
    private String token;

    @BeforeEach
    void issue() {
        pool = PoolFixtures.createPool("verify");
        token = accessToken(pool, Instant.now().plusSeconds(600));
    }

    @Test
    void verifyWhenPresentedAgainThenSameClaimsWithoutAnotherParse() {
        JWTClaimsSet first = verifier.verify(pool, token, ClaimNames.USE_ACCESS).orElseThrow();

        JWTClaimsSet again = verifier.verify(pool, token, ClaimNames.USE_ACCESS).orElseThrow();

        assertThat(again).isSameAs(first);
        assertThat(again.getIssuer()).isEqualTo(issuer.of(pool));
    }

    @Test
    void verifyWhenRememberedTokenPresentedAsIdTokenThenEmpty() {
        assertThat(verifier.verify(pool, token, ClaimNames.USE_ACCESS)).isPresent();

        assertThat(verifier.verify(pool, token, ClaimNames.USE_ID)).isEmpty();
    }

    @Test
    void verifyWhenRememberedTokenPresentedToAnotherPoolThenEmpty() {
        String other = PoolFixtures.createPool("verify-other");
        assertThat(verifier.verify(pool, token, ClaimNames.USE_ACCESS)).isPresent();

        assertThat(verifier.verify(other, token, ClaimNames.USE_ACCESS)).isEmpty();
    }

    @Test
    void verifyWhenRememberedTokenTamperedThenEmpty() {
        assertThat(verifier.verify(pool, token, ClaimNames.USE_ACCESS)).isPresent();

        assertThat(verifier.verify(pool, ForgedTokens.tampered(token, Map.of("sub", UUID.randomUUID().toString())),
                ClaimNames.USE_ACCESS)).isEmpty();
        assertThat(verifier.verify(pool, ForgedTokens.signedByOtherKey(token), ClaimNames.USE_ACCESS)).isEmpty();
    }

    /** Nimbus's 60-second skew: a token that expired 58 s ago still verifies, and is remembered, for 2 s more. */
    @Test
    void verifyWhenRememberedTokenOutlivesSkewThenEmpty() throws Exception {
        Instant expiresAt = Instant.now().minusSeconds(58);
        String expiring = accessToken(pool, expiresAt);
        assertThat(verifier.verify(pool, expiring, ClaimNames.USE_ACCESS)).isPresent();

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiresAt.plusSeconds(60)).toMillis() + 50));

        assertThat(verifier.verify(pool, expiring, ClaimNames.USE_ACCESS)).isEmpty();
    }

    @Test
    void verifyWhenKeyNoLongerPublishedThenRememberedTokenEmpty() throws Exception {
        assertThat(verifier.verify(pool, token, ClaimNames.USE_ACCESS)).isPresent();
        String kid = SignedJWT.parse(token).getHeader().getKeyID();

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE signing_key SET publish_until = now() - interval '1 second' WHERE kid = ?1")
                    .setParameter(1, kid).executeUpdate();
            events.publish("keys", pool);
        });

        assertThat(keys.jwks(pool).getKeyByKeyId(kid)).isNull();
        assertThat(verifier.verify(pool, token, ClaimNames.USE_ACCESS)).isEmpty();
    }

    private String accessToken(String poolId, Instant expiresAt) {
        return signer.sign(poolId, new JWTClaimsSet.Builder().issuer(issuer.of(poolId))
                .subject(UUID.randomUUID().toString()).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(expiresAt.minusSeconds(3600))).expirationTime(Date.from(expiresAt))
                .claim(ClaimNames.TOKEN_USE, ClaimNames.USE_ACCESS).build());
    }
}
