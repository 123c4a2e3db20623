package io.gatehouse.realm;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.audit.AuditEvent;
import io.gatehouse.audit.AuditStore;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetUserResponse;
import software.amazon.awssdk.services.iam.model.Group;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * The IAM section of realm files against the real IAM services, checked over the AWS SDK: creation,
 * idempotent re-import, edited documents as new default versions, all-or-nothing failures with the
 * JSON path, and console sign-in with a declared password.
 */
@GatehouseTest
class RealmIamImporterTest {

    private static final String ACCOUNT = "000000000000";
    private static final String COGNITO_READ_ONLY = "arn:aws:iam::aws:policy/AmazonCognitoReadOnly";

    @Inject
    RealmImporter importer;
    @Inject
    AuditStore audit;

    @Test
    void startWhenDemoRealmShippedThenDevIsInDevelopersAndSignsIn() {
        try (IamClient iam = QueryClients.iam()) {
            assertThat(iam.listGroupsForUser(r -> r.userName("dev")).groups()).extracting(Group::groupName)
                    .containsExactly("developers");
            assertThat(iam.listAttachedGroupPolicies(r -> r.groupName("developers")).attachedPolicies())
                    .extracting(AttachedPolicy::policyArn).containsExactly(COGNITO_READ_ONLY);
            assertThat(iam.getLoginProfile(r -> r.userName("dev")).loginProfile().passwordResetRequired()).isFalse();
        }
        signIn("dev", "Dev-Passw0rd!").then().statusCode(200)
                .body("principalArn", equalTo("arn:aws:iam::" + ACCOUNT + ":user/dev"));
    }

    @Test
    void importJsonWhenIamDeclaredThenEverythingCreatedAndReimportChangesNothing() {
        String json = full("ri-full", "iam:Get*");

        ImportResult first = importer.importJson("iam-full.json", json);

        assertEquals(4, first.created(), first.toString());
        try (IamClient iam = QueryClients.iam()) {
            String policyArn = "arn:aws:iam::" + ACCOUNT + ":policy/ri/ri-full-Policy";
            assertThat(iam.getPolicy(r -> r.policyArn(policyArn)).policy().description()).isEqualTo("reads IAM");
            assertThat(document(iam.getPolicyVersion(r -> r.policyArn(policyArn).versionId("v1")).policyVersion()))
                    .contains("iam:Get*");
            assertThat(iam.listAttachedGroupPolicies(r -> r.groupName("ri-full-group")).attachedPolicies())
                    .extracting(AttachedPolicy::policyArn).containsExactly(policyArn);
            assertThat(URLDecoder.decode(iam.getGroupPolicy(r -> r.groupName("ri-full-group").policyName("inline"))
                    .policyDocument(), StandardCharsets.UTF_8)).contains("sts:GetCallerIdentity");
            GetUserResponse user = iam.getUser(r -> r.userName("ri-full-user"));
            assertThat(user.user().path()).isEqualTo("/staff/");
            assertThat(user.user().tags()).containsExactly(Tag.builder().key("team").value("identity").build());
            assertThat(user.user().permissionsBoundary().permissionsBoundaryArn()).isEqualTo(policyArn);
            assertThat(iam.listGroupsForUser(r -> r.userName("ri-full-user")).groups()).extracting(Group::groupName)
                    .containsExactly("ri-full-group");
            assertThat(iam.listAttachedUserPolicies(r -> r.userName("ri-full-user")).attachedPolicies())
                    .extracting(AttachedPolicy::policyArn).containsExactly(COGNITO_READ_ONLY);
            assertThat(iam.getLoginProfile(r -> r.userName("ri-full-user")).loginProfile().passwordResetRequired())
                    .isTrue();
            Role role = iam.getRole(r -> r.roleName("ri-full-role")).role();
            assertThat(role.maxSessionDuration()).isEqualTo(7200);
            assertThat(role.description()).isEqualTo("deploys");
            assertThat(role.permissionsBoundary().permissionsBoundaryArn()).isEqualTo(policyArn);
            assertThat(URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8))
                    .contains("sts:AssumeRole");
            assertThat(iam.listRolePolicies(r -> r.roleName("ri-full-role")).policyNames()).containsExactly("kms");
            assertThat(iam.listAttachedRolePolicies(r -> r.roleName("ri-full-role")).attachedPolicies())
                    .extracting(AttachedPolicy::policyArn).containsExactly(policyArn);
        }
        long lastEvent = lastEventId();

        ImportResult again = importer.importJson("iam-full.json", json);

        assertEquals(true, again.changedNothing(), again.toString());
        assertEquals(4, again.unchanged());
        assertEquals(lastEvent, lastEventId(), "an unchanged file records no audit event");
        try (IamClient iam = QueryClients.iam()) {
            assertThat(iam.listPolicyVersions(r -> r.policyArn("arn:aws:iam::" + ACCOUNT + ":policy/ri/ri-full-Policy"))
                    .versions()).hasSize(1);
        }
    }

    @Test
    void importJsonWhenPolicyDocumentEditedThenNewDefaultVersionAndAtMostFive() {
        String arn = "arn:aws:iam::" + ACCOUNT + ":policy/ri/ri-ver-Policy";
        importer.importJson("iam-ver.json", full("ri-ver", "iam:Get*"));

        ImportResult edited = importer.importJson("iam-ver.json", full("ri-ver", "iam:List*"));

        assertEquals(1, edited.updated(), edited.toString());
        try (IamClient iam = QueryClients.iam()) {
            assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().defaultVersionId()).isEqualTo("v2");
            assertThat(document(iam.getPolicyVersion(r -> r.policyArn(arn).versionId("v2")).policyVersion()))
                    .contains("iam:List*");
        }
        for (String action : new String[] {"iam:ListUsers", "iam:ListRoles", "iam:ListGroups", "iam:ListPolicies"}) {
            importer.importJson("iam-ver.json", full("ri-ver", action));
        }
        try (IamClient iam = QueryClients.iam()) {
            assertThat(iam.listPolicyVersions(r -> r.policyArn(arn)).versions()).extracting(PolicyVersion::versionId)
                    .containsExactlyInAnyOrder("v2", "v3", "v4", "v5", "v6");
            assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().defaultVersionId()).isEqualTo("v6");
        }
        assertEquals(true, importer.importJson("iam-ver.json", full("ri-ver", "iam:ListPolicies")).changedNothing());
    }

    @Test
    void importJsonWhenPasswordEditedThenNeverReset() {
        importer.importJson("iam-pw.json", user("ri-pw", "First-Passw0rd!"));

        ImportResult again = importer.importJson("iam-pw.json", user("ri-pw", "Second-Passw0rd!"));

        assertEquals(true, again.changedNothing(), again.toString());
        signIn("ri-pw", "First-Passw0rd!").then().statusCode(200);
        signIn("ri-pw", "Second-Passw0rd!").then().statusCode(401);
    }

    @Test
    void importJsonWhenUserJoinsUnknownGroupThenPathOfGroupAndNothingImported() {
        long lastEvent = lastEventId();

        RealmFileException e = fails("iam-bad-group.json", """
                {"iam": {"groups": [{"name": "ri-bad-known"}],
                  "users": [{"name": "ri-bad-user", "password": "Bad-Passw0rd!", "groups": ["ri-bad-known", "ri-nope"]}]}}""");

        assertEquals("$.iam.users[0].groups[1]", e.path().toString());
        assertNoIamOf("ri-bad-known", "ri-bad-user");
        assertEquals(lastEvent, lastEventId(), "the audit events of the rolled-back writes are gone too");
    }

    @Test
    void importJsonWhenPolicyDocumentMalformedThenPathOfDocumentAndNothingImported() {
        RealmFileException e = fails("iam-bad-doc.json", """
                {"iam": {"groups": [{"name": "ri-doc-group"}],
                  "policies": [{"name": "ri-doc-Policy", "document": {"Version": "2012-10-17",
                    "Statement": [{"Effect": "Allow", "Action": "iam:Get*"}]}}]}}""");

        assertEquals("$.iam.policies[0].document", e.path().toString());
        assertThat(e.getMessage()).startsWith("iam-bad-doc.json: $.iam.policies[0].document: malformed policy document: ");
        assertNoIamOf("ri-doc-group", "ri-doc-user");
    }

    @Test
    void importJsonWhenUnknownFieldOrWrongTypeThenPathAndNothingImported() {
        RealmFileException unknown = fails("iam-bad-key.json", """
                {"iam": {"groups": [{"name": "ri-key-group"}], "users": [{"name": "ri-key-user", "passwrd": "x"}]}}""");
        RealmFileException wrongType = fails("iam-bad-type.json", """
                {"iam": {"groups": [{"name": "ri-key-group"}], "users": [{"name": "ri-key-user", "tags": ["x"]}]}}""");

        assertEquals("$.iam.users[0].passwrd", unknown.path().toString());
        assertEquals("iam-bad-type.json: $.iam.users[0].tags: must be an object, not an array", wrongType.getMessage());
        assertNoIamOf("ri-key-group", "ri-key-user");
    }

    @Test
    void importJsonWhenPasswordTooWeakThenPathOfPasswordWithoutTheValue() {
        RealmFileException e = fails("iam-weak.json", user("ri-weak", "x"));

        assertEquals("$.iam.users[0].password", e.path().toString());
        assertThat(e.getMessage()).doesNotContain("\"x\"");
        assertNoIamOf("ri-weak-group", "ri-weak");
    }

    @Test
    void importJsonWhenPolicyPathChangedThenRejected() {
        importer.importJson("iam-path.json", """
                {"iam": {"policies": [{"name": "ri-path-Policy", "document": {"Version": "2012-10-17",
                  "Statement": [{"Effect": "Allow", "Action": "iam:Get*", "Resource": "*"}]}}]}}""");

        RealmFileException e = fails("iam-path.json", """
                {"iam": {"policies": [{"name": "ri-path-Policy", "path": "/moved/", "document": {"Version": "2012-10-17",
                  "Statement": [{"Effect": "Allow", "Action": "iam:Get*", "Resource": "*"}]}}]}}""");

        assertEquals("$.iam.policies[0].path", e.path().toString());
    }

    @Test
    void importJsonWhenAttachedArnDoesNotExistThenPathOfReference() {
        RealmFileException e = fails("iam-bad-arn.json", """
                {"iam": {"groups": [{"name": "ri-arn-group",
                  "managedPolicies": ["arn:aws:iam::aws:policy/AmazonCognitoReadOnly", "arn:aws:iam::aws:policy/Nope"]}]}}""");

        assertEquals("$.iam.groups[0].managedPolicies[1]", e.path().toString());
        assertNoIamOf("ri-arn-group", "ri-arn-user");
    }

    private static io.restassured.response.Response signIn(String user, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("account", ACCOUNT, "userName", user, "password", password))
                .when().post("/api/v1/console/sign-in");
    }

    private static String document(PolicyVersion version) {
        return URLDecoder.decode(version.document(), StandardCharsets.UTF_8);
    }

    private RealmFileException fails(String file, String json) {
        RealmFileException e = assertThrows(RealmFileException.class, () -> importer.importJson(file, json));
        assertEquals(file, e.file());
        return e;
    }

    private static void assertNoIamOf(String group, String user) {
        try (IamClient iam = QueryClients.iam()) {
            assertAwsError(() -> iam.getGroup(r -> r.groupName(group)), "NoSuchEntity", 404);
            assertAwsError(() -> iam.getUser(r -> r.userName(user)), "NoSuchEntity", 404);
        }
    }

    private long lastEventId() {
        return audit.query(new AuditStore.AuditQuery(null, null, null, null, null, null, null), null, 1)
                .stream().mapToLong(AuditEvent::id).findFirst().orElse(0);
    }

    private static String user(String name, String password) {
        return """
                {"iam": {"groups": [{"name": "%s-group"}],
                  "users": [{"name": "%s", "password": "%s", "groups": ["%s-group"]}]}}"""
                .formatted(name, name, password, name);
    }

    /** One of each IAM resource, using every field; {@code action} is what the managed policy allows. */
    private static String full(String prefix, String action) {
        return """
                {"iam": {
                  "policies": [{"name": "%1$s-Policy", "path": "/ri/", "description": "reads IAM",
                    "document": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "%2$s", "Resource": "*"}]}}],
                  "groups": [{"name": "%1$s-group", "managedPolicies": ["%1$s-Policy"],
                    "inlinePolicies": {"inline": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"sts:GetCallerIdentity\\", \\"Resource\\": \\"*\\"}]}"}}],
                  "users": [{"name": "%1$s-user", "path": "/staff/", "tags": {"team": "identity"}, "groups": ["%1$s-group"],
                    "managedPolicies": ["arn:aws:iam::aws:policy/AmazonCognitoReadOnly"], "permissionsBoundary": "%1$s-Policy",
                    "password": "Full-Passw0rd!", "passwordResetRequired": true}],
                  "roles": [{"name": "%1$s-role", "description": "deploys", "maxSessionDuration": 7200,
                    "trustPolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                      "Principal": {"AWS": "arn:aws:iam::000000000000:root"}, "Action": "sts:AssumeRole"}]},
                    "inlinePolicies": {"kms": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Describe*", "Resource": "*"}]}},
                    "managedPolicies": ["%1$s-Policy"], "permissionsBoundary": "%1$s-Policy", "tags": {"k": "v"}}]}}"""
                .formatted(prefix, action);
    }
}
