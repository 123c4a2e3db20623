package io.gatehouse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OIDC load scenarios against the test server, as the load generator runs them: a pool with a
 * confidential code client and a service client like the bench realm, users {@code <prefix>0..1},
 * prepare() and a few operations of each; then wrong answers (revoked tokens, a wrong password)
 * must fail the operation with a {@link LoadFailure}.
 */
@GatehouseTest
class OidcScenariosTest {

    private static final String CALLBACK = "http://127.0.0.1:9999/callback";
    private static final List<String> OIDC = List.of("code_flow", "refresh", "introspect", "userinfo");

    @TestHTTPResource("/")
    URL base;

    private String pool;
    private PoolFixtures.Client app;
    private PoolFixtures.Client service;

    @BeforeEach
    void realm() {
        pool = PoolFixtures.createPool("load");
        app = PoolFixtures.confidentialCodeClient(pool, CALLBACK);
        service = PoolFixtures.serviceClient(pool,
                PoolFixtures.createResourceServer(pool, "https://api.load.test", "read"));
    }

    @Test
    void scenariosWhenGatehouseThenEveryOperationSucceeds() throws Exception {
        Target target = target(users(2), 2, PoolFixtures.PASSWORD, Map.of());
        assertThat(ScenarioCatalog.names(target)).containsAll(OIDC);
        try (Http http = new Http()) {
            for (String name : OIDC) {
                Scenario scenario = ScenarioCatalog.create(name, target);
                assertThat(scenario.name()).isEqualTo(name);
                scenario.prepare(http);
                for (int i = 0; i < 3; i++) {
                    scenario.operate(http);
                }
            }
        }
    }

    @Test
    void codeFlowWhenGatehouseThenFourExchanges() throws Exception {
        assertThat(ScenarioCatalog.create("code_flow", target(users(1), 1, PoolFixtures.PASSWORD, Map.of())).exchanges())
                .isEqualTo(4);
    }

    @Test
    void preparedTokensWhenOlderThanMaxAgeThenRefreshedBeforeUse() throws Exception {
        Target target = target(users(1), 1, PoolFixtures.PASSWORD, Map.of("tokens.max-age-seconds", "0"));
        try (Http http = new Http()) {
            for (String name : List.of("userinfo", "introspect")) {
                Scenario scenario = ScenarioCatalog.create(name, target);
                scenario.prepare(http);
                for (int i = 0; i < 3; i++) {
                    scenario.operate(http);
                }
            }
        }
    }

    @Test
    void operateWhenTokensRevokedThenLoadFailure() throws Exception {
        String prefix = users(1);
        Target target = target(prefix, 1, PoolFixtures.PASSWORD, Map.of());
        try (Http http = new Http()) {
            Scenario userInfo = ScenarioCatalog.create("userinfo", target);
            Scenario introspect = ScenarioCatalog.create("introspect", target);
            Scenario refresh = ScenarioCatalog.create("refresh", target);
            userInfo.prepare(http);
            introspect.prepare(http);
            refresh.prepare(http);
            userInfo.operate(http);
            introspect.operate(http);

            PoolFixtures.disableUser(pool, prefix + "0");

            assertThatThrownBy(() -> userInfo.operate(http)).isInstanceOf(LoadFailure.class)
                    .hasMessageStartingWith("userinfo: HTTP 401");
            assertThatThrownBy(() -> introspect.operate(http)).isInstanceOf(LoadFailure.class)
                    .hasMessage("introspect: the token is not active");
            assertThatThrownBy(() -> refresh.operate(http)).isInstanceOf(LoadFailure.class)
                    .hasMessageStartingWith("refresh: HTTP 400");
        }
    }

    @Test
    void codeFlowWhenWrongPasswordThenLoadFailure() throws Exception {
        Scenario codeFlow = ScenarioCatalog.create("code_flow", target(users(1), 1, "Wrong-Passw0rd!", Map.of()));
        try (Http http = new Http()) {
            assertThatThrownBy(() -> codeFlow.operate(http)).isInstanceOf(LoadFailure.class)
                    .hasMessage("login: HTTP 200");
        }
    }

    /** Creates users {@code <prefix>0..count-1} in the pool; returns the prefix. */
    private String users(int count) {
        String prefix = PoolFixtures.unique("load") + "u";
        for (int i = 0; i < count; i++) {
            SignedRequests.root().post("/api/v1/user-pools/" + pool + "/users", Map.of("username", prefix + i,
                    "password", PoolFixtures.PASSWORD, "attributes", Map.of("email", prefix + i + "@example.com")))
                    .then().statusCode(201);
        }
        return prefix;
    }

    private Target target(String userPrefix, int users, String password, Map<String, String> extra) {
        String origin = base.toString().replaceAll("/$", "");
        Properties p = new Properties();
        p.setProperty("kind", "gatehouse");
        p.setProperty("base-url", origin);
        p.setProperty("issuer", origin + "/" + pool);
        p.setProperty("users.prefix", userPrefix);
        p.setProperty("users.digits", "1");
        p.setProperty("users.count", String.valueOf(users));
        p.setProperty("users.password", password);
        p.setProperty("cc.client-id", service.clientId());
        p.setProperty("cc.client-secret", service.secret());
        p.setProperty("app.client-id", app.clientId());
        p.setProperty("app.client-secret", app.secret());
        p.setProperty("app.redirect-uri", CALLBACK);
        p.setProperty("app.scope", "openid email profile");
        p.setProperty("tokens.count", "2");
        extra.forEach(p::setProperty);
        return new Target(p);
    }
}
