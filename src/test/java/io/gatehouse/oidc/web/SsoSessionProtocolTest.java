package io.gatehouse.oidc.web;

import static io.gatehouse.oidc.web.OidcWebAssertions.redirectError;
import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gatehouse.audit.AuditEvent;
import io.gatehouse.audit.AuditStore;
import io.gatehouse.audit.AuditStore.AuditQuery;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.OidcFlows.Browser;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.UserStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SSO session across requests: it ends with its user, and every silent sign-in is audited. */
@GatehouseTest
class SsoSessionProtocolTest {

    @Inject
    UserStore users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditStore audit;

    @Test
    void authorizeWhenSessionUserDisabledThenLoginRequired() {
        String username = "sso-" + System.nanoTime();
        String password = "Sso-Passw0rd!";
        Instant now = Instant.now();
        PoolUser user = new PoolUser(UUID.randomUUID(), DEMO_POOL, username, true, UserStatus.CONFIRMED,
                hasher.hash(password), Map.of(), now, now);
        QuarkusTransaction.requiringNew().run(() -> users.insert(user));
        Browser browser = OidcFlows.browser();
        browser.signIn(DEMO_POOL, DEMO_WEB, DEMO_CALLBACK, "openid", username, password);
        assertEquals(302, browser.authorize(DEMO_POOL, promptNone()).statusCode());

        QuarkusTransaction.requiringNew().run(() -> users.update(user.withEnabled(false, Instant.now())));

        assertEquals("login_required", redirectError(browser.authorize(DEMO_POOL, promptNone())).get("error"));
    }

    @Test
    void authorizeWhenAnsweredFromSessionThenSsoSignInAndCodeIssueAudited() {
        Instant from = Instant.now().minusSeconds(1);
        Browser browser = OidcWebAssertions.signedInBrowser();

        assertEquals(302, browser.authorize(DEMO_POOL, promptNone()).statusCode());

        List<AuditEvent> sso = audit.query(new AuditQuery(null, DEMO_POOL, "signin.sso", DEMO_WEB, null, from, null), null, 10);
        List<AuditEvent> codes = audit.query(
                new AuditQuery(null, DEMO_POOL, "authorize.code.issue", DEMO_WEB, null, from, null), null, 10);
        assertFalse(sso.isEmpty());
        assertEquals(ALICE, sso.get(0).target());
        assertFalse(codes.size() < 2);
    }

    @Test
    void authorizeWhenErrorReturnedToClientThenFailureAudited() {
        Instant from = Instant.now().minusSeconds(1);
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("code_challenge_method", "plain");

        redirectError(OidcFlows.browser().authorize(DEMO_POOL, params));

        List<AuditEvent> failures = audit.query(
                new AuditQuery(null, DEMO_POOL, "authorize", DEMO_WEB, AuditEvent.Outcome.FAILURE, from, null), null, 10);
        assertEquals("invalid_request", failures.get(0).reason());
    }

    private static Map<String, String> promptNone() {
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce());
        params.put("prompt", "none");
        return params;
    }
}
