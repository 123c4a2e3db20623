package io.gatehouse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.platform.PlatformConfig;
import io.gatehouse.realm.RealmImporter;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Gatehouse scenarios of the load suite against the real service: the benchmark realm (five
 * users) imported by the realm importer, the target read from {@code src/bench/targets/gatehouse.properties}
 * with only the address, user count and root key of the test instance changed. Every scenario must
 * prepare and run without a failure, and a wrong answer must fail the operation.
 */
@GatehouseTest
@TestProfile(TestPortPublicUrl.class)
class GatehouseScenariosTest {

    private static final int USERS = 5;
    private static final int OPERATIONS = 3;

    @Inject
    RealmImporter importer;
    @Inject
    PlatformConfig platform;

    @BeforeEach
    void importBenchRealm() {
        importer.importJson("bench.json", BenchRealm.json(USERS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_credentials", "jwks", "discovery", "password", "srp", "assume_role_web_identity",
        "identity_pool", "sigv4_list_users"})
    void operateWhenBenchRealmImportedThenEveryOperationSucceeds(String name) throws Exception {
        Scenario scenario = ScenarioCatalog.create(name, target(Map.of()));

        try (Http http = new Http()) {
            scenario.prepare(http);
            for (int i = 0; i < OPERATIONS; i++) {
                scenario.operate(http);
            }
        }

        assertThat(scenario.name()).isEqualTo(name);
    }

    @Test
    void operateWhenPasswordWrongThenLoadFailureWithCognitoError() throws Exception {
        Scenario scenario = ScenarioCatalog.create("password", target(Map.of("users.password", "Wrong-Passw0rd!")));

        try (Http http = new Http()) {
            assertThatThrownBy(() -> scenario.operate(http)).isInstanceOf(LoadFailure.class)
                    .hasMessageContaining("HTTP 400").hasMessageContaining("NotAuthorizedException")
                    .hasMessageNotContaining("Wrong-Passw0rd!");
        }
    }

    @Test
    void operateWhenSrpUserUnknownThenLoadFailure() throws Exception {
        Scenario scenario = ScenarioCatalog.create("srp", target(Map.of("users.prefix", "nobody")));

        try (Http http = new Http()) {
            assertThatThrownBy(() -> scenario.operate(http)).isInstanceOf(LoadFailure.class)
                    .hasMessageStartingWith("srp ").hasMessageContaining("HTTP 400");
        }
    }

    @Test
    void operateWhenPoolNotGrantedByPoliciesThenAccessDenied() throws Exception {
        Scenario scenario = ScenarioCatalog.create("sigv4_list_users", target(Map.of("pool-id", "us-east-1_DemoPool1")));

        try (Http http = new Http()) {
            scenario.prepare(http);
            assertThatThrownBy(() -> scenario.operate(http)).isInstanceOf(LoadFailure.class)
                    .hasMessageContaining("AccessDeniedException");
        }
    }

    @Test
    void prepareWhenRunTwiceThenOldKeyReplaced() throws Exception {
        Scenario scenario = ScenarioCatalog.create("sigv4_list_users", target(Map.of()));

        try (Http http = new Http()) {
            for (int run = 0; run < 3; run++) {
                scenario.prepare(http);
                scenario.operate(http);
            }
        }
    }

    @Test
    void operateWhenRoleDoesNotTrustPoolThenLoadFailure() throws Exception {
        Scenario scenario = ScenarioCatalog.create("assume_role_web_identity",
                target(Map.of("web-identity.role-arn", "arn:aws:iam::000000000000:role/BenchIdentityUser")));

        try (Http http = new Http()) {
            scenario.prepare(http);
            assertThatThrownBy(() -> scenario.operate(http)).isInstanceOf(LoadFailure.class)
                    .hasMessageContaining("HTTP 403").hasMessageContaining("AccessDenied");
        }
    }

    /** The benchmark target file, pointed at this test instance, with {@code changes} applied. */
    private Target target(Map<String, String> changes) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/bench/targets/gatehouse.properties"))) {
            properties.load(reader);
        }
        String url = platform.baseUrl();
        properties.setProperty("base-url", url);
        properties.setProperty("issuer", url + "/" + BenchRealm.POOL_ID);
        properties.setProperty("users.count", Integer.toString(USERS));
        properties.setProperty("id-tokens.count", "3");
        properties.setProperty("admin.access-key-id", SignedRequests.ACCESS_KEY_ID);
        properties.setProperty("admin.secret-access-key", SignedRequests.SECRET_ACCESS_KEY);
        properties.putAll(changes);
        return new Target(properties);
    }
}
