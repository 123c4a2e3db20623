package io.gatehouse.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.userpool.ClientSpec;
import io.gatehouse.userpool.ResourceScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shape checks of realm files: every problem is found before anything is written, with its path. */
class RealmFileTest {

    private static final String FILE = "test.json";

    @Test
    void parseWhenDemoFileThenDeclaresItsPoolClientsGroupsAndUsers() throws IOException {
        RealmFile demo = RealmFile.parse("demo.json", Files.readString(Path.of("realms/demo.json")));

        assertNull(demo.accountId());
        RealmUserPool pool = demo.userPools().get(0);
        assertEquals("us-east-1_DemoPool1", pool.id());
        assertEquals("demo", pool.name());
        assertEquals(List.of(new ResourceScope("read", "Read access to the demo API"),
                new ResourceScope("write", "Write access to the demo API")), pool.resourceServers().get(0).scopes());
        RealmClient web = pool.clients().get(0);
        assertEquals("demo-web", web.clientId());
        assertFalse(web.confidential());
        assertEquals(List.of("http://localhost:8089/callback"), web.callbackUrls());
        RealmClient service = pool.clients().get(1);
        assertEquals("demo-service", service.clientId());
        assertTrue(service.confidential());
        assertEquals(List.of("https://api.demo.local/read", "https://api.demo.local/write"), service.scopes());
        assertEquals(List.of("admins"), pool.users().get(0).groups());
        assertEquals(Map.of("email", "bob@example.com", "email_verified", "true"), pool.users().get(1).attributes());
    }

    @Test
    void parseWhenExampleOfDocsThenSameAsShippedDemoRealm() throws IOException {
        String docs = Files.readString(Path.of("docs/realms.md"));
        int start = docs.indexOf("```json", docs.indexOf("## Example")) + "```json".length();
        String example = docs.substring(start, docs.indexOf("```", start));

        assertEquals(RealmFile.parse("demo.json", Files.readString(Path.of("realms/demo.json"))),
                RealmFile.parse("docs", example));
    }

    @Test
    void parseWhenInvalidJsonThenRootPathWithLine() {
        RealmFileException e = fails("{\n  \"userPools\": [\n    {\"name\": \"x\",}\n  ]\n}");

        assertEquals(FILE, e.file());
        assertEquals("$", e.path().toString());
        assertTrue(e.problem().startsWith("invalid JSON at line 3"), e.problem());
    }

    @Test
    void parseWhenEmptyThenRejected() {
        assertEquals("the file is empty", fails("  ").problem());
    }

    @Test
    void parseWhenRootIsArrayThenRejected() {
        assertEquals("must be an object, not an array", fails("[]").problem());
    }

    @Test
    void parseWhenTrailingContentThenRejected() {
        assertEquals("$", fails("{} {}").path().toString());
    }

    @Test
    void parseWhenDuplicateJsonKeyThenRejected() {
        assertTrue(fails("{\"accountId\": \"000000000000\", \"accountId\": \"000000000001\"}").problem()
                .contains("Duplicate field 'accountId'"));
    }

    @Test
    void parseWhenScopesIsStringThenPathOfScopes() {
        RealmFileException e = fails(pool("\"clients\": [{\"clientId\": \"a\"}, {\"clientId\": \"b\", \"scopes\": \"x\"}]"));

        assertEquals("$.userPools[0].clients[1].scopes", e.path().toString());
        assertEquals("must be an array, not a string", e.problem());
        assertEquals("test.json: $.userPools[0].clients[1].scopes: must be an array, not a string", e.getMessage());
    }

    @Test
    void parseWhenListItemIsNumberThenPathOfItem() {
        RealmFileException e = fails(pool("\"clients\": [{\"clientId\": \"a\", \"callbackUrls\": [\"https://a.example\", 5]}]"));

        assertEquals("$.userPools[0].clients[0].callbackUrls[1]", e.path().toString());
        assertEquals("must be a string, not a number", e.problem());
    }

    @Test
    void parseWhenRequiredFieldMissingThenPathOfField() {
        RealmFileException e = fails(pool("\"users\": [{\"username\": \"a\"}, {\"password\": \"P@ssw0rd!\"}]"));

        assertEquals("$.userPools[0].users[1].username", e.path().toString());
        assertEquals("is required", e.problem());
    }

    @Test
    void parseWhenRequiredFieldIsNullThenMissing() {
        assertEquals("$.userPools[0].name", fails("{\"userPools\": [{\"name\": null}]}").path().toString());
    }

    @Test
    void parseWhenUnknownTopLevelKeyThenRejectedWithAllowedKeys() {
        RealmFileException e = fails("{\"identityPool\": []}");

        assertEquals("$.identityPool", e.path().toString());
        assertEquals("unknown key; allowed here: accountId, iam, identityPools, userPools", e.problem());
    }

    @Test
    void parseWhenMisspelledNestedKeyThenRejected() {
        RealmFileException e = fails(pool("\"clients\": [{\"clientId\": \"a\", \"callbackUrl\": [\"https://a.example\"]}]"));

        assertEquals("$.userPools[0].clients[0].callbackUrl", e.path().toString());
        assertTrue(e.problem().startsWith("unknown key"), e.problem());
    }

    @Test
    void parseWhenAttributeValueIsBooleanThenPathOfAttribute() {
        RealmFileException e = fails(pool("\"users\": [{\"username\": \"a\", \"attributes\": {\"custom:vip\": true}}]"));

        assertEquals("$.userPools[0].users[0].attributes['custom:vip']", e.path().toString());
        assertEquals("must be a string, not a boolean", e.problem());
    }

    @Test
    void parseWhenValidityIsFractionThenRejected() {
        RealmFileException e = fails(pool("\"clients\": [{\"clientId\": \"a\", \"accessTokenValiditySeconds\": 3600.5}]"));

        assertEquals("$.userPools[0].clients[0].accessTokenValiditySeconds", e.path().toString());
        assertEquals("must be an integer, not a number", e.problem());
    }

    @Test
    void parseWhenEnabledIsStringThenRejected() {
        RealmFileException e = fails(pool("\"users\": [{\"username\": \"a\", \"enabled\": \"yes\"}]"));

        assertEquals("must be true or false, not a string", e.problem());
    }

    @Test
    void parseWhenAccountIdNotTwelveDigitsThenRejected() {
        RealmFileException e = fails("{\"accountId\": \"12345\"}");

        assertEquals("$.accountId", e.path().toString());
        assertEquals("must be 12 digits", e.problem());
    }

    @Test
    void parseWhenDuplicateListValueThenPathOfSecond() {
        RealmFileException e = fails(pool("\"clients\": [{\"clientId\": \"a\", \"scopes\": [\"openid\", \"email\", \"openid\"]}]"));

        assertEquals("$.userPools[0].clients[0].scopes[2]", e.path().toString());
    }

    @Test
    void parseWhenClientIdDeclaredInTwoPoolsThenRejected() {
        RealmFileException e = fails("""
                {"userPools": [
                  {"id": "us-east-1_A", "name": "a", "clients": [{"clientId": "same"}]},
                  {"id": "us-east-1_B", "name": "b", "clients": [{"clientId": "other"}, {"clientId": "same"}]}]}""");

        assertEquals("$.userPools[1].clients[1]", e.path().toString());
        assertEquals("duplicate clientId \"same\" (first declared at $.userPools[0].clients[0])", e.problem());
    }

    @Test
    void parseWhenUsernamesDifferOnlyInCaseThenRejected() {
        RealmFileException e = fails(pool("\"users\": [{\"username\": \"Alice\"}, {\"username\": \"alice\"}]"));

        assertEquals("$.userPools[0].users[1]", e.path().toString());
    }

    @Test
    void parseWhenPoolIdDeclaredTwiceThenRejected() {
        RealmFileException e = fails("{\"userPools\": [{\"id\": \"us-east-1_A\", \"name\": \"a\"}, {\"id\": \"us-east-1_A\", \"name\": \"b\"}]}");

        assertEquals("$.userPools[1]", e.path().toString());
    }

    @Test
    void parseWhenRoleArnTooLongThenRejected() {
        RealmFileException e = fails(pool("\"groups\": [{\"name\": \"g\", \"roleArn\": \"" + "a".repeat(2049) + "\"}]"));

        assertEquals("$.userPools[0].groups[0].roleArn", e.path().toString());
    }

    @Test
    void parseWhenNullFieldThenSameAsAbsent() {
        RealmFile realm = RealmFile.parse(FILE, pool("\"clients\": [{\"clientId\": \"a\", \"scopes\": null}], \"users\": null"));

        assertNull(realm.userPools().get(0).clients().get(0).scopes());
        assertTrue(realm.userPools().get(0).users().isEmpty());
    }

    @Test
    void toJsonWhenParsedAgainThenEqual() throws IOException {
        RealmFile demo = RealmFile.parse("demo.json", Files.readString(Path.of("realms/demo.json")));
        RealmFile full = RealmFile.parse(FILE, """
                {"accountId": "123456789012", "userPools": [{"name": "no id",
                  "resourceServers": [{"identifier": "urn:api", "name": "api", "scopes": []}],
                  "clients": [{"clientId": "c", "accessTokenValiditySeconds": 600, "idTokenValiditySeconds": 900,
                               "refreshTokenValiditySeconds": 86400, "logoutUrls": []}],
                  "groups": [{"name": "g", "description": "d", "precedence": 3, "roleArn": "arn:aws:iam::123456789012:role/R"}],
                  "users": [{"username": "u", "enabled": false, "attributes": {"custom:dept": "x"}}]}]}""");

        assertEquals(demo, RealmFile.parse("demo.json", demo.toJson()));
        assertEquals(full, RealmFile.parse(FILE, full.toJson()));
    }

    @Test
    void toStringWhenSecretsDeclaredThenNotShown() throws IOException {
        String text = RealmFile.parse("demo.json", Files.readString(Path.of("realms/demo.json"))).toString();

        assertFalse(text.contains("demo-service-secret"));
        assertFalse(text.contains("Alice-Passw0rd!"));
    }

    @Test
    void specOverWhenCreatingThenNameDefaultsToClientIdAndLifetimesToNull() {
        RealmClient client = new RealmClient("c1", null, null, List.of("authorization_code"), null, null, null, null, null, null, null);

        assertEquals(new ClientSpec("c1", Set.of("authorization_code"), null, null, null, null, null, null, null), client.specOver(null));
    }

    @Test
    void specOverWhenFieldsAbsentThenStoredValuesKept() {
        ClientSpec stored = new ClientSpec("web", Set.of("authorization_code"), List.of("openid"),
                List.of("https://a.example/cb"), List.of(), 3600L, 3600L, 2592000L, "{\"keys\":[]}");
        RealmClient client = new RealmClient("c1", null, null, null, null, List.of("https://b.example/cb"), null, 600L, null, null, null);

        assertEquals(new ClientSpec("web", Set.of("authorization_code"), List.of("openid"),
                List.of("https://b.example/cb"), List.of(), 600L, 3600L, 2592000L, "{\"keys\":[]}"), client.specOver(stored));
    }

    private static RealmFileException fails(String json) {
        return assertThrows(RealmFileException.class, () -> RealmFile.parse(FILE, json));
    }

    private static String pool(String members) {
        return "{\"userPools\": [{\"id\": \"us-east-1_Test\", \"name\": \"t\", " + members + "}]}";
    }
}
