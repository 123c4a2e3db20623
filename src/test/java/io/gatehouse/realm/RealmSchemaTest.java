package io.gatehouse.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/realm.schema.json agrees with the shipped realm and with the parser on what it rejects. */
class RealmSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Files.readString(Path.of("docs/realm.schema.json"))));
    }

    @Test
    void validateWhenDemoRealmThenNoErrors() throws IOException {
        String demo = Files.readString(Path.of("realms/demo.json"));

        assertEquals(Set.of(), validate(demo));
    }

    @Test
    void validateWhenEveryFieldUsedThenNoErrors() {
        String full = """
                {"accountId": "123456789012", "userPools": [{"id": "us-east-1_Full1", "name": "full",
                  "resourceServers": [{"identifier": "urn:api", "name": "api", "scopes": [{"name": "r", "description": "d"}]}],
                  "clients": [{"clientId": "c", "name": "n", "secret": "s", "grantTypes": ["client_credentials"],
                               "scopes": ["urn:api/r"], "callbackUrls": [], "logoutUrls": [],
                               "accessTokenValiditySeconds": 600, "idTokenValiditySeconds": 900,
                               "refreshTokenValiditySeconds": 86400}],
                  "groups": [{"name": "g", "description": "d", "precedence": 3, "roleArn": "arn:aws:iam::123456789012:role/R"}],
                  "users": [{"username": "u", "password": "P", "enabled": false,
                             "attributes": {"custom:dept": "x"}, "groups": ["g"]}]}]}""";

        assertEquals(Set.of(), validate(full));
        RealmFile.parse("full.json", full);
    }

    @Test
    void validateWhenEveryIamFieldUsedThenNoErrors() {
        String full = """
                {"iam": {
                  "policies": [{"name": "P", "path": "/x/", "description": "d",
                    "document": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:Get*", "Resource": "*"}]}}],
                  "groups": [{"name": "g", "path": "/", "managedPolicies": ["P"],
                    "inlinePolicies": {"i": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Deny\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}"}}],
                  "users": [{"name": "u", "path": "/staff/", "tags": {"team": "a"}, "groups": ["g"],
                    "inlinePolicies": {}, "managedPolicies": ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
                    "permissionsBoundary": "P", "password": "Pw-12345678!", "passwordResetRequired": true}],
                  "roles": [{"name": "r", "path": "/svc/", "description": "d", "maxSessionDuration": 7200,
                    "trustPolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                      "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
                    "inlinePolicies": {}, "managedPolicies": ["P"], "permissionsBoundary": "P", "tags": {"k": "v"}}]}}""";

        assertEquals(Set.of(), validate(full));
        RealmFile.parse("full.json", full);
    }

    @Test
    void validateWhenEveryIdentityPoolFieldUsedThenNoErrors() {
        String full = """
                {"iam": {"roles": [{"name": "Guest", "trustPolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                   "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}]}}]},
                 "identityPools": [{"id": "us-east-1:0b5e4c1a-8f3d-4b6e-9a2c-7d1e5f3a9b40", "name": "app",
                   "allowUnauthenticatedIdentities": true, "allowClassicFlow": false,
                   "cognitoIdentityProviders": [{"userPool": "us-east-1_Full1", "clientId": "c", "serverSideTokenCheck": true}],
                   "openIdConnectProviderArns": ["arn:aws:iam::000000000000:oidc-provider/idp.example.com"],
                   "developerProviderName": "login.example",
                   "roles": {"authenticated": "arn:aws:iam::000000000000:role/User", "unauthenticated": "Guest"},
                   "roleMappings": {"cognito-idp.us-east-1.amazonaws.com/us-east-1_Full1:c": {"type": "Rules",
                     "ambiguousRoleResolution": "Deny",
                     "rules": [{"claim": "cognito:groups", "matchType": "Contains", "value": "admins", "role": "Guest"}]}},
                   "principalTags": {"cognito-idp.us-east-1.amazonaws.com/us-east-1_Full1": {"useDefaults": false,
                     "tags": {"dept": "custom:dept"}}},
                   "tags": {"team": "mobile"}}]}""";

        assertEquals(Set.of(), validate(full));
        RealmFile parsed = RealmFile.parse("full.json", full);
        assertEquals(parsed, RealmFile.parse("full.json", parsed.toJson()));
    }

    @Test
    void validateWhenIdentityPoolExampleOfDocsThenNoErrors() throws IOException {
        String docs = Files.readString(Path.of("docs/realms.md"));
        int start = docs.indexOf("```json", docs.indexOf("### Identity pool")) + "```json".length();
        String example = docs.substring(start, docs.indexOf("```", start));

        assertEquals(Set.of(), validate(example));
        assertEquals(1, RealmFile.parse("docs", example).identityPools().size());
    }

    @Test
    void validateWhenIdentityPoolShapeWrongThenSchemaAndParserAgree() {
        for (String bad : new String[] {
                "{\"identityPools\": [{\"name\": \"p\"}]}",
                "{\"identityPools\": [{\"id\": \"us-east-1:nope\", \"name\": \"p\", \"allowUnauthenticatedIdentities\": true}]}",
                "{\"identityPools\": [{\"name\": \"p\", \"allowUnauthenticatedIdentities\": \"yes\"}]}",
                "{\"identityPools\": [{\"name\": \"p\", \"allowUnauthenticatedIdentities\": true, \"roles\": {\"guest\": \"arn:x\"}}]}",
                "{\"identityPools\": [{\"name\": \"p\", \"allowUnauthenticatedIdentities\": true,"
                        + " \"cognitoIdentityProviders\": [{\"userPool\": \"nopool\", \"clientId\": \"c\"}]}]}",
                "{\"identityPools\": [{\"name\": \"p\", \"allowUnauthenticatedIdentities\": true,"
                        + " \"roleMappings\": {\"x\": {\"type\": \"Token\"}}}]}",
                "{\"identityPools\": [{\"name\": \"p\", \"allowUnauthenticatedIdentities\": true,"
                        + " \"principalTags\": {\"x\": {\"tag\": {}}}}]}"}) {
            assertFalse(validate(bad).isEmpty(), bad);
            assertThrows(RealmFileException.class, () -> RealmFile.parse("bad.json", bad), bad);
        }
    }

    @Test
    void validateWhenIamShapeWrongThenSchemaAndParserAgree() {
        for (String bad : new String[] {
                "{\"iam\": {\"users\": [{\"name\": \"u\", \"accessKeys\": []}]}}",
                "{\"iam\": {\"users\": [{\"name\": \"u\", \"groups\": \"g\"}]}}",
                "{\"iam\": {\"users\": [{\"name\": \"u\", \"passwordResetRequired\": true}]}}",
                "{\"iam\": {\"roles\": [{\"name\": \"r\"}]}}",
                "{\"iam\": {\"policies\": [{\"name\": \"p\", \"document\": 5}]}}",
                "{\"iam\": {\"identityPools\": []}}"}) {
            assertFalse(validate(bad).isEmpty(), bad);
            assertThrows(RealmFileException.class, () -> RealmFile.parse("bad.json", bad), bad);
        }
    }

    @Test
    void validateWhenTriggersThenSchemaAndParserAgree() {
        String ok = pool("{\"preAuthentication\": \"https://hooks.example.com/pre\", "
                + "\"userMigration\": \"http://localhost:9000/migrate\", \"preTokenGenerationVersion\": \"V2_0\", "
                + "\"timeoutMillis\": 2000}");
        String plainHttp = pool("{\"preAuthentication\": \"http://hooks.example.com/pre\"}");
        String slow = pool("{\"timeoutMillis\": 60000}");

        assertEquals(Set.of(), validate(ok));
        RealmFile.parse("ok.json", ok);
        assertFalse(validate(plainHttp).isEmpty());
        assertThrows(RealmFileException.class, () -> RealmFile.parse("http.json", plainHttp));
        assertFalse(validate(slow).isEmpty());
        assertThrows(RealmFileException.class, () -> RealmFile.parse("slow.json", slow));
    }

    private static String pool(String triggers) {
        return "{\"userPools\": [{\"id\": \"us-east-1_Trig1\", \"name\": \"t\", \"settings\": {\"triggers\": "
                + triggers + "}}]}";
    }

    @Test
    void validateWhenUnknownKeyThenError() {
        assertFalse(validate("{\"identityPool\": []}").isEmpty());
        assertFalse(validate("{\"userPools\": [{\"name\": \"a\", \"clients\": [{\"clientId\": \"c\", \"callbackUrl\": []}]}]}").isEmpty());
    }

    @Test
    void validateWhenWrongTypeOrMissingFieldThenError() {
        assertFalse(validate("{\"userPools\": [{\"name\": \"a\", \"clients\": [{\"clientId\": \"c\", \"scopes\": \"x\"}]}]}").isEmpty());
        assertFalse(validate("{\"userPools\": [{\"id\": \"us-east-1_A\"}]}").isEmpty());
    }

    private static Set<ValidationMessage> validate(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return schema.validate(node);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
