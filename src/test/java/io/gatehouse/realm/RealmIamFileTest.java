package io.gatehouse.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shape checks of a realm file's IAM section, including policy documents, before anything is written. */
class RealmIamFileTest {

    private static final String FILE = "iam.json";
    private static final String DOC = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:Get*", "Resource": "*"}]}""";
    private static final String TRUST = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
              "Principal": {"AWS": "arn:aws:iam::000000000000:root"}, "Action": "sts:AssumeRole"}]}""";

    @Test
    void parseWhenDemoFileThenDeclaresDevelopersAndDev() throws IOException {
        RealmIam iam = RealmFile.parse("demo.json", Files.readString(Path.of("realms/demo.json"))).iam();

        assertEquals(List.of(new RealmIamGroup("developers", null, Map.of(),
                List.of("arn:aws:iam::aws:policy/AmazonCognitoReadOnly"))), iam.groups());
        RealmIamUser dev = iam.users().get(0);
        assertEquals("dev", dev.name());
        assertEquals(List.of("developers"), dev.groups());
        assertEquals("Dev-Passw0rd!", dev.password());
        assertFalse(dev.toString().contains("Dev-Passw0rd!"));
    }

    @Test
    void parseWhenDocumentIsObjectOrStringThenBothKeptAsJsonText() {
        RealmIam iam = iam("\"policies\": [{\"name\": \"a\", \"document\": " + DOC + "},"
                + " {\"name\": \"b\", \"document\": " + quoted(DOC) + "}]");

        assertTrue(RealmPolicyDocument.same(iam.policies().get(0).document(), iam.policies().get(1).document()));
        assertEquals(DOC, iam.policies().get(1).document());
    }

    @Test
    void parseWhenPolicyDocumentMalformedThenPathOfDocument() {
        RealmFileException e = fails("\"policies\": [{\"name\": \"a\", \"document\": "
                + "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Perhaps\", \"Action\": \"*\", \"Resource\": \"*\"}]}}]");

        assertEquals("$.iam.policies[0].document", e.path().toString());
        assertTrue(e.problem().startsWith("malformed policy document: "), e.problem());
        assertTrue(e.problem().contains("Effect \"Perhaps\" is not valid"), e.problem());
    }

    @Test
    void parseWhenDocumentHasNoStatementThenEngineMessage() {
        RealmFileException e = fails("\"policies\": [{\"name\": \"a\", \"document\": {\"Version\": \"2012-10-17\"}}]");

        assertEquals("iam.json: $.iam.policies[0].document: malformed policy document: Policy: missing Statement",
                e.getMessage());
    }

    @Test
    void parseWhenInlinePolicyMalformedThenPathOfPolicyName() {
        RealmFileException e = fails("\"users\": [{\"name\": \"u\", \"inlinePolicies\": {\"ok\": " + DOC
                + ", \"bad name\": {\"Statement\": []}}}]");

        assertEquals("$.iam.users[0].inlinePolicies['bad name']", e.path().toString());
    }

    @Test
    void parseWhenTrustPolicyHasNoPrincipalThenRejected() {
        RealmFileException e = fails("\"roles\": [{\"name\": \"r\", \"trustPolicy\": " + DOC + "}]");

        assertEquals("$.iam.roles[0].trustPolicy", e.path().toString());
    }

    @Test
    void parseWhenRoleWithoutTrustPolicyThenRequired() {
        assertEquals("$.iam.roles[0].trustPolicy", fails("\"roles\": [{\"name\": \"r\"}]").path().toString());
    }

    @Test
    void parseWhenDocumentIsNumberThenRejected() {
        RealmFileException e = fails("\"policies\": [{\"name\": \"a\", \"document\": 5}]");

        assertEquals("must be a policy document (an object, or a string), not a number", e.problem());
    }

    @Test
    void parseWhenUnknownIamKeyThenRejected() {
        RealmFileException e = fails("\"users\": [{\"name\": \"u\", \"accessKeys\": []}]");

        assertEquals("$.iam.users[0].accessKeys", e.path().toString());
        assertTrue(e.problem().startsWith("unknown key"), e.problem());
        assertEquals("$.iam.identityPools", fails("\"identityPools\": []").path().toString());
    }

    @Test
    void parseWhenGroupsIsStringThenPathOfGroups() {
        RealmFileException e = fails("\"users\": [{\"name\": \"u\", \"groups\": \"developers\"}]");

        assertEquals("iam.json: $.iam.users[0].groups: must be an array, not a string", e.getMessage());
    }

    @Test
    void parseWhenManagedPolicyNameNotDeclaredThenPathOfReference() {
        RealmFileException e = fails("\"policies\": [{\"name\": \"Declared\", \"document\": " + DOC + "}],"
                + " \"groups\": [{\"name\": \"g\", \"managedPolicies\": [\"Declared\", \"Missing\"]}]");

        assertEquals("$.iam.groups[0].managedPolicies[1]", e.path().toString());
        assertTrue(e.problem().contains("\"Missing\""), e.problem());
    }

    @Test
    void parseWhenBoundaryNameNotDeclaredThenPathOfBoundary() {
        RealmFileException e = fails("\"roles\": [{\"name\": \"r\", \"trustPolicy\": " + TRUST
                + ", \"permissionsBoundary\": \"Missing\"}]");

        assertEquals("$.iam.roles[0].permissionsBoundary", e.path().toString());
    }

    @Test
    void parseWhenUserNamesDifferOnlyInCaseThenRejected() {
        assertEquals("$.iam.users[1]", fails("\"users\": [{\"name\": \"Dev\"}, {\"name\": \"dev\"}]").path().toString());
    }

    @Test
    void parseWhenResetRequiredWithoutPasswordThenRejected() {
        RealmFileException e = fails("\"users\": [{\"name\": \"u\", \"passwordResetRequired\": true}]");

        assertEquals("$.iam.users[0].passwordResetRequired", e.path().toString());
    }

    @Test
    void toJsonWhenIamDeclaredThenParsedAgainEqual() {
        RealmFile full = RealmFile.parse(FILE, "{\"iam\": {"
                + "\"policies\": [{\"name\": \"P\", \"path\": \"/x/\", \"description\": \"d\", \"document\": " + DOC + "}],"
                + "\"groups\": [{\"name\": \"g\", \"inlinePolicies\": {\"i\": " + DOC + "}, \"managedPolicies\": [\"P\"]}],"
                + "\"users\": [{\"name\": \"u\", \"tags\": {\"team\": \"a\"}, \"groups\": [\"g\"], \"password\": \"Pw-1234567!\","
                + " \"passwordResetRequired\": true, \"permissionsBoundary\": \"P\"}],"
                + "\"roles\": [{\"name\": \"r\", \"trustPolicy\": " + TRUST + ", \"maxSessionDuration\": 7200,"
                + " \"managedPolicies\": [\"arn:aws:iam::aws:policy/ReadOnlyAccess\"], \"tags\": {\"k\": \"v\"}}]}}");

        assertEquals(full, RealmFile.parse(FILE, full.toJson()));
    }

    private static RealmIam iam(String members) {
        return RealmFile.parse(FILE, "{\"iam\": {" + members + "}}").iam();
    }

    private static RealmFileException fails(String members) {
        return assertThrows(RealmFileException.class, () -> RealmFile.parse(FILE, "{\"iam\": {" + members + "}}"));
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
