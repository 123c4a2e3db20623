package io.gatehouse.oidc;

import static io.gatehouse.testing.OAuthAssertions.assertNoStoreJson;
import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.platform.ClusterEvents;
import io.gatehouse.testing.AuthorizationCodes;
import io.gatehouse.testing.ClusterListener;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.OidcFlows.Authorization;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.PoolJwks;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Introspection and UserInfo answer "is this family revoked" from memory
 * ({@link FamilyRevocationCheck}): every revocation path must make a token that was just seen
 * active be refused at once, the memory is pruned, and a lost cluster listener reads the database.
 */
@GatehouseTest
class FamilyRevocationCheckTest {

    static final String TOKEN = "/" + DEMO_POOL + "/oauth2/token";
    static final String USERINFO = "/" + DEMO_POOL + "/oauth2/userInfo";
    static final Map<String, Object> INACTIVE = Map.of("active", false);

    @Inject
    FamilyRevocationCheck check;

    @Inject
    ClusterEvents events;

    @Inject
    TokenFamilyStore families;

    @Inject
    EntityManager em;

    @Test
    void revokeEndpointWhenTokenSeenActiveThenRefusedAtOnce() {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();
        String access = seenActive(tokens);

        assertNoStoreJson(given().contentType(ContentType.URLENC).formParam("token", tokens.get("refresh_token"))
                .formParam("client_id", DEMO_WEB).post("/" + DEMO_POOL + "/oauth2/revoke"));

        assertRefused(access);
    }

    @Test
    void refreshTokenReusedWhenTokenSeenActiveThenRefusedAtOnce() {
        Map<String, Object> tokens = OidcFlows.demoWebTokens();
        String access = seenActive(tokens);
        String rotated = (String) tokens.get("refresh_token");
        refresh(rotated).then().statusCode(200);

        assertOAuthError(refresh(rotated), 400, "invalid_grant");

        assertRefused(access);
    }

    @Test
    void codeReplayedWhenTokenSeenActiveThenRefusedAtOnce() {
        Authorization auth = AuthorizationCodes.alice();
        String access = seenActive(OidcFlows.exchange(auth));

        assertOAuthError(OidcFlows.redeem(given(), auth), 400, "invalid_grant");

        assertRefused(access);
    }

    @Test
    void userDisabledWhenTokenSeenActiveThenRefusedAtOnce() {
        String username = PoolFixtures.createUser(DEMO_POOL, "revcheck-disabled", Map.of("email", "d@example.com"));
        String access = seenActive(OidcFlows.demoWebTokens(username, PoolFixtures.PASSWORD));

        PoolFixtures.disableUser(DEMO_POOL, username);

        assertRefused(access);
    }

    /** The user's families are deleted with the user; the node must not keep remembering them as active. */
    @Test
    void userDeletedWhenTokenSeenActiveThenRefusedAtOnce() {
        String username = PoolFixtures.createUser(DEMO_POOL, "revcheck-deleted", Map.of("email", "x@example.com"));
        String access = seenActive(OidcFlows.demoWebTokens(username, PoolFixtures.PASSWORD));

        SignedRequests.root().delete("/api/v1/user-pools/" + DEMO_POOL + "/users/" + username).then().statusCode(204);

        assertRefused(access);
    }

    @Test
    void familyLongExpiredWhenPrunedThenForgottenAndActiveOnesKept() {
        Instant now = Instant.now();
        TokenFamily expired = family(now.minus(Duration.ofDays(3)));
        TokenFamily current = family(now.plus(Duration.ofDays(1)));
        assertThat(check.isRevoked(expired.id())).isFalse();
        assertThat(check.isRevoked(current.id())).isFalse();
        assertThat(check.remembers(expired.id())).isTrue();

        check.prune();

        assertThat(check.remembers(expired.id())).isFalse();
        assertThat(check.remembers(current.id())).isTrue();
    }

    @Test
    void familyUnknownThenRevokedAndNotRemembered() {
        String unknown = UUID.randomUUID().toString();

        assertThat(check.isRevoked(unknown)).isTrue();
        assertThat(check.remembers(unknown)).isFalse();
    }

    /**
     * A revocation whose notification never arrived (here: a bare UPDATE, published nowhere) is
     * still honoured once the listener connection drops: while it is down the database answers,
     * and its reconnection forgets everything remembered.
     */
    @Test
    void listenerLostWhenNotificationMissedThenDatabaseAnswers() {
        TokenFamily family = family(Instant.now().plus(Duration.ofDays(1)));
        assertThat(check.isRevoked(family.id())).isFalse();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE token_family SET revoked_at = now() WHERE id = ?1").setParameter(1, family.id()).executeUpdate());
        assertThat(check.isRevoked(family.id())).as("the missed notification, while listening").isFalse();

        ClusterListener.terminate(em, events);

        assertThat(check.isRevoked(family.id())).isTrue();
        ClusterListener.awaitListening(events);
        assertThat(check.isRevoked(family.id())).isTrue();
        assertThat(check.remembers(family.id())).isFalse();
    }

    /** Introspection and UserInfo both accept the access token, so its family is remembered as active. */
    private String seenActive(Map<String, Object> tokens) {
        String access = (String) tokens.get("access_token");
        assertThat(assertNoStoreJson(IntrospectionProtocolTest.introspect(access, null)).getMap(""))
                .containsEntry("active", true);
        given().auth().oauth2(access).get(USERINFO).then().statusCode(200);
        assertThat(check.remembers(familyId(access))).isTrue();
        return access;
    }

    private static void assertRefused(String access) {
        assertThat(assertNoStoreJson(IntrospectionProtocolTest.introspect(access, null)).getMap("")).isEqualTo(INACTIVE);
        assertOAuthError(given().auth().oauth2(access).get(USERINFO), 401, "invalid_token");
    }

    private static String familyId(String access) {
        try {
            JWTClaimsSet claims = PoolJwks.verify(DEMO_POOL, access);
            return claims.getStringClaim("origin_jti");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Response refresh(String refreshToken) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).formParam("client_id", DEMO_WEB).post(TOKEN);
    }

    private TokenFamily family(Instant expiresAt) {
        UUID sub = UUID.fromString(AuthorizationCodes.sub(DEMO_POOL, OidcFlows.ALICE));
        TokenFamily family = new TokenFamily(UUID.randomUUID().toString(), DEMO_POOL, DEMO_WEB, sub, "openid",
                expiresAt.minus(Duration.ofDays(30)), List.of("pwd"), expiresAt.minus(Duration.ofDays(30)), expiresAt, null);
        QuarkusTransaction.requiringNew().run(() -> families.create(family));
        return family;
    }
}
