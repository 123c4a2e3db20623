package io.gatehouse.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.audit.AuditEvent;
import io.gatehouse.audit.AuditStore;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AppClientService;
import io.gatehouse.userpool.Group;
import io.gatehouse.userpool.GroupService;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolService;
import io.gatehouse.userpool.UserPoolStore;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Realm import against the real services and PostgreSQL: demo realm, idempotency, edits, all-or-nothing. */
@GatehouseTest
class RealmImporterTest {

    private static final String ACCOUNT = "000000000000";
    private static final String DEMO_POOL = "us-east-1_DemoPool1";

    @Inject
    RealmImporter importer;
    @Inject
    UserPoolService pools;
    @Inject
    UserPoolStore poolStore;
    @Inject
    AppClientService clients;
    @Inject
    UserService users;
    @Inject
    GroupService groups;
    @Inject
    AuditStore audit;
    @Inject
    PasswordHasher hasher;

    @Test
    void startWhenDemoRealmShippedThenPoolClientsGroupsAndUsersExist() {
        assertEquals("demo", read(() -> pools.get(ACCOUNT, DEMO_POOL)).name());
        AppClient web = read(() -> clients.get(ACCOUNT, DEMO_POOL, "demo-web"));
        assertFalse(web.isConfidential());
        assertEquals(Set.of("authorization_code", "refresh_token"), web.grantTypes());
        assertEquals(List.of("openid", "email", "profile"), web.scopes());
        assertEquals(List.of("http://localhost:8089/callback"), web.callbackUrls());
        assertEquals(List.of("http://localhost:8089/"), web.logoutUrls());
        AppClient service = read(() -> clients.get(ACCOUNT, DEMO_POOL, "demo-service"));
        assertTrue(hasher.verify("demo-service-secret", service.secretHash()));
        assertEquals(Set.of("client_credentials"), service.grantTypes());
        assertEquals(List.of("https://api.demo.local/read", "https://api.demo.local/write"), service.scopes());
        assertEquals("demo api", read(() -> pools.getResourceServer(ACCOUNT, DEMO_POOL, "https://api.demo.local")).name());
        PoolUser alice = read(() -> users.get(ACCOUNT, DEMO_POOL, "alice"));
        assertEquals(UserStatus.CONFIRMED, alice.status());
        assertTrue(hasher.verify("Alice-Passw0rd!", alice.passwordHash()));
        assertEquals("alice@example.com", alice.attribute("email"));
        assertEquals("true", alice.attribute("email_verified"));
        assertEquals(List.of("admins"), groupNames(DEMO_POOL, "alice"));
        PoolUser bob = read(() -> users.get(ACCOUNT, DEMO_POOL, "bob"));
        assertEquals("bob@example.com", bob.attribute("email"));
        assertEquals(List.of(), groupNames(DEMO_POOL, "bob"));
        assertEquals("realm-import:demo.json", lastEventBy("realm-import:demo.json").actor());
    }

    @Test
    void importFileWhenDemoUnchangedThenNothingChanges() {
        long lastEvent = lastEventId();
        AppClient web = read(() -> clients.get(ACCOUNT, DEMO_POOL, "demo-web"));
        AppClient service = read(() -> clients.get(ACCOUNT, DEMO_POOL, "demo-service"));
        PoolUser alice = read(() -> users.get(ACCOUNT, DEMO_POOL, "alice"));
        UserPool pool = read(() -> pools.get(ACCOUNT, DEMO_POOL));

        ImportResult result = importer.importFile(Path.of("realms/demo.json"));

        assertTrue(result.changedNothing(), result.toString());
        assertEquals(9, result.unchanged(), "7 user-pool resources, the IAM group and the IAM user");
        assertEquals(lastEvent, lastEventId());
        assertEquals(web, read(() -> clients.get(ACCOUNT, DEMO_POOL, "demo-web")));
        assertEquals(service, read(() -> clients.get(ACCOUNT, DEMO_POOL, "demo-service")));
        assertEquals(alice, read(() -> users.get(ACCOUNT, DEMO_POOL, "alice")));
        assertEquals(pool, read(() -> pools.get(ACCOUNT, DEMO_POOL)));
    }

    @Test
    void importJsonWhenFileEditedThenDeclaredSettingsUpdatedAndTheRestKept() {
        importer.importJson("edit.json", editable("realm test", "http://localhost:9000/cb", "first-secret-1",
                "Carol-Passw0rd!", "carol@example.com", "\"email_verified\": \"true\"", 1, true));
        PoolUser before = read(() -> users.get(ACCOUNT, "us-east-1_RealmTest1", "carol"));

        ImportResult edited = importer.importJson("edit.json", editable("realm test 2", "http://localhost:9000/callback2",
                "second-secret-2", "Changed-Passw0rd!", "carol@new.example.com", "\"given_name\": \"Carol\"", 5, false));

        assertEquals(0, edited.created());
        assertEquals("realm test 2", read(() -> pools.get(ACCOUNT, "us-east-1_RealmTest1")).name());
        AppClient web = read(() -> clients.get(ACCOUNT, "us-east-1_RealmTest1", "realm-test-web"));
        assertEquals(List.of("http://localhost:9000/callback2"), web.callbackUrls());
        AppClient svc = read(() -> clients.get(ACCOUNT, "us-east-1_RealmTest1", "realm-test-svc"));
        assertTrue(hasher.verify("second-secret-2", svc.secretHash()));
        assertEquals(5, read(() -> groups.get(ACCOUNT, "us-east-1_RealmTest1", "staff")).precedence());
        PoolUser after = read(() -> users.get(ACCOUNT, "us-east-1_RealmTest1", "carol"));
        assertEquals("carol@new.example.com", after.attribute("email"));
        assertEquals("Carol", after.attribute("given_name"));
        assertNull(after.attribute("email_verified"), "a changed email is verified again, as in Cognito");
        assertEquals(before.passwordHash(), after.passwordHash(), "a later import never resets a password");
        assertFalse(after.enabled());
        assertEquals(List.of("staff"), groupNames("us-east-1_RealmTest1", "carol"));
        ImportResult again = importer.importJson("edit.json", editable("realm test 2", "http://localhost:9000/callback2",
                "second-secret-2", "Changed-Passw0rd!", "carol@new.example.com", "\"given_name\": \"Carol\"", 5, false));
        assertTrue(again.changedNothing(), again.toString());
    }

    @Test
    void importJsonWhenInvalidJsonThenRootPathAndNothingImported() {
        RealmFileException e = fails("bad-json.json", "{\"userPools\": [{\"id\": \"us-east-1_RealmBad1\", \"name\": \"x\"");

        assertEquals("$", e.path().toString());
        assertTrue(e.getMessage().startsWith("bad-json.json: $: invalid JSON"), e.getMessage());
        assertAbsent("us-east-1_RealmBad1");
    }

    @Test
    void importJsonWhenWrongTypeThenPathOfFieldAndNothingImported() {
        RealmFileException e = fails("bad-type.json", """
                {"userPools": [{"id": "us-east-1_RealmBad2", "name": "x",
                  "clients": [{"clientId": "bad-type-a"}, {"clientId": "bad-type-b", "scopes": "x"}]}]}""");

        assertEquals("bad-type.json: $.userPools[0].clients[1].scopes: must be an array, not a string", e.getMessage());
        assertAbsent("us-east-1_RealmBad2");
    }

    @Test
    void importJsonWhenRequiredFieldMissingThenPathOfFieldAndNothingImported() {
        RealmFileException e = fails("bad-missing.json", """
                {"userPools": [{"id": "us-east-1_RealmBad3", "name": "x", "groups": [{"description": "no name"}]}]}""");

        assertEquals("bad-missing.json: $.userPools[0].groups[0].name: is required", e.getMessage());
        assertAbsent("us-east-1_RealmBad3");
    }

    @Test
    void importJsonWhenUnknownKeyThenPathOfKeyAndNothingImported() {
        RealmFileException e = fails("bad-key.json", """
                {"userPools": [{"id": "us-east-1_RealmBad4", "name": "x"}], "identityPool": []}""");

        assertEquals("$.identityPool", e.path().toString());
        assertTrue(e.getMessage().startsWith("bad-key.json: $.identityPool: unknown key"), e.getMessage());
        assertAbsent("us-east-1_RealmBad4");
    }

    @Test
    void importJsonWhenServiceRejectsCallbackWithFragmentThenPathOfClientAndNothingImported() {
        long lastEvent = lastEventId();

        RealmFileException e = fails("bad-fragment.json", """
                {"userPools": [{"id": "us-east-1_RealmBad5", "name": "x",
                  "groups": [{"name": "g"}],
                  "clients": [{"clientId": "bad-fragment-ok", "grantTypes": ["authorization_code"],
                               "callbackUrls": ["https://app.example.com/cb"]},
                              {"clientId": "bad-fragment-web", "grantTypes": ["authorization_code"],
                               "callbackUrls": ["https://app.example.com/cb#frag"]}]}]}""");

        assertEquals("$.userPools[0].clients[1]", e.path().toString());
        assertTrue(e.problem().contains("without a fragment"), e.problem());
        assertAbsent("us-east-1_RealmBad5");
        assertEquals(lastEvent, lastEventId(), "the audit events of the rolled-back writes are gone too");
    }

    @Test
    void importJsonWhenUserJoinsUnknownGroupThenPathOfGroupAndNothingImported() {
        RealmFileException e = fails("bad-group.json", """
                {"userPools": [{"id": "us-east-1_RealmBad6", "name": "x",
                  "users": [{"username": "dave", "password": "Dave-Passw0rd!", "groups": ["nope"]}]}]}""");

        assertEquals("$.userPools[0].users[0].groups[0]", e.path().toString());
        assertAbsent("us-east-1_RealmBad6");
    }

    @Test
    void importJsonWhenPasswordTooWeakThenPathOfPasswordWithoutTheValue() {
        RealmFileException e = fails("bad-password.json", """
                {"userPools": [{"id": "us-east-1_RealmBad7", "name": "x",
                  "users": [{"username": "erin", "password": "weakling"}]}]}""");

        assertEquals("$.userPools[0].users[0].password", e.path().toString());
        assertFalse(e.getMessage().contains("weakling"));
        assertAbsent("us-east-1_RealmBad7");
    }

    @Test
    void importJsonWhenClientTypeChangesThenRejected() {
        importer.importJson("type.json", """
                {"userPools": [{"id": "us-east-1_RealmType1", "name": "x", "clients": [{"clientId": "type-public"}]}]}""");

        RealmFileException e = fails("type.json", """
                {"userPools": [{"id": "us-east-1_RealmType1", "name": "x",
                  "clients": [{"clientId": "type-public", "secret": "now-secret"}]}]}""");

        assertEquals("$.userPools[0].clients[0].secret", e.path().toString());
        assertFalse(read(() -> clients.get(ACCOUNT, "us-east-1_RealmType1", "type-public")).isConfidential());
    }

    @Test
    void importJsonWhenAccountUnknownThenRejected() {
        RealmFileException e = fails("other.json", """
                {"accountId": "999999999999", "userPools": [{"id": "us-east-1_RealmAcct1", "name": "x"}]}""");

        assertEquals("$.accountId", e.path().toString());
        assertAbsent("us-east-1_RealmAcct1");
    }

    @Test
    void importJsonWhenPoolHasNoIdThenMatchedByName() {
        String json = "{\"userPools\": [{\"name\": \"realm no id\", \"groups\": [{\"name\": \"g\"}]}]}";

        ImportResult first = importer.importJson("noid.json", json);
        ImportResult second = importer.importJson("noid.json", json);

        assertEquals(2, first.created());
        assertTrue(second.changedNothing(), second.toString());
    }

    /**
     * Reads in a transaction of its own: outside one, reads share the test's request-scoped session,
     * whose cached entities would hide what the import committed.
     */
    private static <T> T read(Supplier<T> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }

    private RealmFileException fails(String file, String json) {
        RealmFileException e = assertThrows(RealmFileException.class, () -> importer.importJson(file, json));
        assertEquals(file, e.file());
        return e;
    }

    private List<String> groupNames(String poolId, String username) {
        return read(() -> groups.groupsOf(ACCOUNT, poolId, username)).stream().map(Group::name).toList();
    }

    private void assertAbsent(String poolId) {
        assertTrue(read(() -> poolStore.find(poolId)).isEmpty(), poolId + " should not exist");
    }

    private long lastEventId() {
        return audit.query(new AuditStore.AuditQuery(null, null, null, null, null, null, null), null, 1)
                .stream().mapToLong(AuditEvent::id).findFirst().orElse(0);
    }

    private AuditEvent lastEventBy(String actor) {
        return audit.query(new AuditStore.AuditQuery(null, null, null, actor, null, null, null), null, 1).get(0);
    }

    private static String editable(String poolName, String callback, String secret, String password, String email,
                                   String extraAttribute, int precedence, boolean enabled) {
        return """
                {"userPools": [{"id": "us-east-1_RealmTest1", "name": "%s",
                  "resourceServers": [{"identifier": "urn:realm-test", "name": "realm test api", "scopes": [{"name": "read"}]}],
                  "clients": [
                    {"clientId": "realm-test-web", "grantTypes": ["authorization_code"], "callbackUrls": ["%s"]},
                    {"clientId": "realm-test-svc", "secret": "%s", "grantTypes": ["client_credentials"],
                     "scopes": ["urn:realm-test/read"]}],
                  "groups": [{"name": "staff", "precedence": %d}],
                  "users": [{"username": "carol", "password": "%s", "enabled": %s, "groups": ["staff"],
                             "attributes": {"email": "%s", %s}}]}]}"""
                .formatted(poolName, callback, secret, precedence, password, enabled, email, extraAttribute);
    }
}
