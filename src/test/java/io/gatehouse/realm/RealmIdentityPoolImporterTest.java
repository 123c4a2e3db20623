package io.gatehouse.realm;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.audit.AuditEvent;
import io.gatehouse.audit.AuditStore;
import io.gatehouse.aws.cognitoidentity.IdentityPoolClients;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Identity pools in realm files against the real identity-pool services, checked over the AWS SDK:
 * creation with a user pool and roles of the same file, idempotent re-import, edits, all-or-nothing
 * failures with the JSON path, and a guest of the imported pool getting credentials.
 */
@GatehouseTest
class RealmIdentityPoolImporterTest {

    private static final String ACCOUNT = "000000000000";

    @Inject
    RealmImporter importer;
    @Inject
    AuditStore audit;

    @Test
    void importJsonWhenIdentityPoolDeclaredThenCreatedAndReimportChangesNothing() {
        Realm realm = new Realm("RipFull1");
        String json = realm.json(true, realm.prefix + "-guest");

        ImportResult first = importer.importJson("ip-full.json", json);

        assertEquals(5, first.created(), first.toString());
        try (CognitoIdentityClient admin = IdentityPoolClients.root()) {
            DescribeIdentityPoolResponse pool = admin.describeIdentityPool(r -> r.identityPoolId(realm.identityPoolId));
            assertThat(pool.identityPoolName()).isEqualTo(realm.prefix);
            assertThat(pool.allowUnauthenticatedIdentities()).isTrue();
            assertThat(pool.allowClassicFlow()).isTrue();
            assertThat(pool.cognitoIdentityProviders()).containsExactly(CognitoIdentityProvider.builder()
                    .providerName(realm.provider()).clientId(realm.clientId).serverSideTokenCheck(true).build());
            assertThat(pool.identityPoolTags()).isEqualTo(Map.of("team", "mobile"));
            GetIdentityPoolRolesResponse roles = admin.getIdentityPoolRoles(r -> r.identityPoolId(realm.identityPoolId));
            assertThat(roles.roles()).isEqualTo(Map.of("authenticated", realm.arn("user"),
                    "unauthenticated", realm.arn("guest")));
            assertThat(roles.roleMappings().get(realm.provider() + ":" + realm.clientId).typeAsString()).isEqualTo("Token");
            assertThat(roles.roleMappings().get(realm.provider() + ":" + realm.clientId)
                    .ambiguousRoleResolutionAsString()).isEqualTo("AuthenticatedRole");
            var tags = admin.getPrincipalTagAttributeMap(r -> r.identityPoolId(realm.identityPoolId)
                    .identityProviderName(realm.provider()));
            assertThat(tags.useDefaults()).isFalse();
            assertThat(tags.principalTags()).isEqualTo(Map.of("dept", "custom:dept"));
        }
        long lastEvent = lastEventId();

        ImportResult again = importer.importJson("ip-full.json", json);

        assertTrue(again.changedNothing(), again.toString());
        assertEquals(5, again.unchanged());
        assertEquals(lastEvent, lastEventId(), "an unchanged file records no audit event");
        assertThat(poolsNamed(realm.prefix)).extracting(IdentityPoolShortDescription::identityPoolId)
                .containsExactly(realm.identityPoolId);
    }

    @Test
    void importJsonWhenGuestOfImportedPoolThenGetIdAndCredentialsThroughTheSdk() {
        Realm realm = new Realm("RipGuest1");
        importer.importJson("ip-guest.json", realm.json(true, realm.prefix + "-guest"));

        try (CognitoIdentityClient app = IdentityPoolClients.unsigned()) {
            String identityId = app.getId(r -> r.identityPoolId(realm.identityPoolId)).identityId();
            Credentials credentials = app.getCredentialsForIdentity(r -> r.identityId(identityId)).credentials();

            assertThat(credentials.accessKeyId()).startsWith("ASIA");
            String arn = QueryClients.stsWithSession(credentials.accessKeyId(), credentials.secretKey(),
                    credentials.sessionToken()).getCallerIdentity().arn();
            assertThat(arn).isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/" + realm.prefix
                    + "-guest/CognitoIdentityCredentials");
            CognitoIdentityProviderClient signed = CognitoClients.withSession(credentials.accessKeyId(),
                    credentials.secretKey(), credentials.sessionToken());
            assertThat(signed.listUserPools(r -> r.maxResults(60)).userPools()).isNotEmpty();
        }
    }

    @Test
    void importJsonWhenGuestAccessAndRoleEditedThenPoolUpdated() {
        Realm realm = new Realm("RipEdit1");
        importer.importJson("ip-edit.json", realm.json(true, realm.prefix + "-guest"));

        ImportResult edited = importer.importJson("ip-edit.json", realm.json(false, realm.prefix + "-user"));

        assertEquals(1, edited.updated(), edited.toString());
        assertEquals(4, edited.unchanged(), edited.toString());
        try (CognitoIdentityClient admin = IdentityPoolClients.root(); CognitoIdentityClient app = IdentityPoolClients.unsigned()) {
            assertThat(admin.describeIdentityPool(r -> r.identityPoolId(realm.identityPoolId))
                    .allowUnauthenticatedIdentities()).isFalse();
            assertThat(admin.getIdentityPoolRoles(r -> r.identityPoolId(realm.identityPoolId)).roles())
                    .containsEntry("unauthenticated", realm.arn("user"));
            assertAwsError(() -> app.getId(r -> r.identityPoolId(realm.identityPoolId)), "NotAuthorizedException", 400);
        }
        assertTrue(importer.importJson("ip-edit.json", realm.json(false, realm.prefix + "-user")).changedNothing());
        assertThat(poolsNamed(realm.prefix)).hasSize(1);
    }

    @Test
    void importJsonWhenNoIdAndRulesMappingThenFoundByNameAndUndeclaredTagsKept() {
        String name = "RipRules1";
        String provider = "cognito-idp.us-east-1.amazonaws.com/us-east-1_" + name;

        importer.importJson("ip-rules.json", rules(name, "mobile"));
        String poolId = poolsNamed(name).get(0).identityPoolId();
        try (CognitoIdentityClient admin = IdentityPoolClients.root()) {
            admin.tagResource(r -> r.resourceArn(arn(poolId)).tags(Map.of("owner", "ops")));
        }

        assertTrue(importer.importJson("ip-rules.json", rules(name, "mobile")).changedNothing());
        ImportResult edited = importer.importJson("ip-rules.json", rules(name, "web"));

        assertEquals(1, edited.updated(), edited.toString());
        try (CognitoIdentityClient admin = IdentityPoolClients.root()) {
            assertThat(admin.describeIdentityPool(r -> r.identityPoolId(poolId)).identityPoolTags())
                    .isEqualTo(Map.of("team", "web", "owner", "ops"));
            var mapping = admin.getIdentityPoolRoles(r -> r.identityPoolId(poolId)).roleMappings()
                    .get(provider + ":" + name.toLowerCase());
            assertThat(mapping.typeAsString()).isEqualTo("Rules");
            assertThat(mapping.ambiguousRoleResolutionAsString()).isEqualTo("Deny");
            assertThat(mapping.rulesConfiguration().rules()).singleElement().satisfies(rule -> {
                assertThat(rule.claim()).isEqualTo("cognito:groups");
                assertThat(rule.matchTypeAsString()).isEqualTo("Contains");
                assertThat(rule.value()).isEqualTo("admins");
                assertThat(rule.roleARN()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/" + name + "-admin");
            });
        }
        assertThat(poolsNamed(name)).hasSize(1);
    }

    @Test
    void importJsonWhenIdMalformedOrRoleUnknownThenPathAndNothingImported() {
        Realm realm = new Realm("RipBad1");
        String good = realm.json(true, realm.prefix + "-guest");

        RealmFileException badId = fails("ip-bad-id.json", good.replace(realm.identityPoolId, "us-east-1:not-a-uuid"));
        RealmFileException unknownRole = fails("ip-bad-role.json", realm.json(true, "NoSuchRole"));
        RealmFileException wrongType = fails("ip-bad-type.json",
                good.replace("\"allowUnauthenticatedIdentities\": true", "\"allowUnauthenticatedIdentities\": \"yes\""));
        RealmFileException unknownKey = fails("ip-bad-key.json",
                good.replace("\"roles\": {\"authenticated\"", "\"role\": {\"authenticated\""));

        assertEquals("$.identityPools[0].id", badId.path().toString());
        assertThat(badId.getMessage()).startsWith("ip-bad-id.json: $.identityPools[0].id: must look like <region>:<lowercase uuid>");
        assertEquals("ip-bad-role.json: $.identityPools[0].roles.unauthenticated: no role named \"NoSuchRole\" is declared "
                + "in this file's iam.roles; name other roles by ARN", unknownRole.getMessage());
        assertEquals("ip-bad-type.json: $.identityPools[0].allowUnauthenticatedIdentities: must be true or false, "
                + "not a string", wrongType.getMessage());
        assertEquals("$.identityPools[0].role", unknownKey.path().toString());
        assertNothingOf(realm);
    }

    @Test
    void importJsonWhenUserPoolOrClientUnknownThenPathAndNothingImported() {
        Realm realm = new Realm("RipRef1");
        String good = realm.json(true, realm.prefix + "-guest");
        long lastEvent = lastEventId();

        RealmFileException pool = fails("ip-bad-pool.json", good.replace("\"userPool\": \"" + realm.userPoolId + "\"",
                "\"userPool\": \"us-east-1_NoSuchPool\""));
        RealmFileException client = fails("ip-bad-client.json", good.replace("\"clientId\": \"" + realm.clientId + "\", \"server",
                "\"clientId\": \"nosuchclient\", \"server"));
        RealmFileException mapping = fails("ip-bad-mapping.json", good.replace("\"type\": \"Token\"", "\"type\": \"Magic\""));

        assertEquals("ip-bad-pool.json: $.identityPools[0].cognitoIdentityProviders[0].userPool: no user pool "
                + "us-east-1_NoSuchPool in account " + ACCOUNT + "; declare it in this file's userPools or create it first",
                pool.getMessage());
        assertEquals("$.identityPools[0].cognitoIdentityProviders[0].clientId", client.path().toString());
        assertEquals("$.identityPools[0].roleMappings", mapping.path().toString());
        assertThat(mapping.problem()).contains("Magic");
        assertNothingOf(realm);
        assertEquals(lastEvent, lastEventId(), "the audit events of the rolled-back writes are gone too");
    }

    /** A pool without id whose Rules mapping names a role of the file; {@code team} is its tag. */
    private static String rules(String name, String team) {
        return """
                {"userPools": [{"id": "us-east-1_%1$s", "name": "%1$s", "clients": [{"clientId": "%2$s"}]}],
                 "iam": {"roles": [{"name": "%1$s-admin", "trustPolicy": {"Version": "2012-10-17", "Statement": [{
                   "Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                   "Action": "sts:AssumeRoleWithWebIdentity"}]}}]},
                 "identityPools": [{"name": "%1$s", "allowUnauthenticatedIdentities": false,
                   "cognitoIdentityProviders": [{"userPool": "us-east-1_%1$s", "clientId": "%2$s"}],
                   "roleMappings": {"cognito-idp.us-east-1.amazonaws.com/us-east-1_%1$s:%2$s": {"type": "Rules",
                     "ambiguousRoleResolution": "Deny", "rules": [{"claim": "cognito:groups", "matchType": "Contains",
                       "value": "admins", "role": "%1$s-admin"}]}},
                   "tags": {"team": "%3$s"}}]}"""
                .formatted(name, name.toLowerCase(), team);
    }

    private static String arn(String poolId) {
        return "arn:aws:cognito-identity:us-east-1:" + ACCOUNT + ":identitypool/" + poolId;
    }

    private RealmFileException fails(String file, String json) {
        RealmFileException e = assertThrows(RealmFileException.class, () -> importer.importJson(file, json));
        assertEquals(file, e.file());
        return e;
    }

    private static void assertNothingOf(Realm realm) {
        assertThat(poolsNamed(realm.prefix)).isEmpty();
        try (IamClient iam = QueryClients.iam()) {
            assertAwsError(() -> iam.getRole(r -> r.roleName(realm.prefix + "-guest")), "NoSuchEntity", 404);
        }
        assertAwsError(() -> CognitoClients.root().describeUserPool(r -> r.userPoolId(realm.userPoolId)),
                "ResourceNotFoundException", 400);
    }

    private static java.util.List<IdentityPoolShortDescription> poolsNamed(String name) {
        try (CognitoIdentityClient admin = IdentityPoolClients.root()) {
            return admin.listIdentityPools(r -> r.maxResults(60)).identityPools().stream()
                    .filter(p -> p.identityPoolName().equals(name)).toList();
        }
    }

    private long lastEventId() {
        return audit.query(new AuditStore.AuditQuery(null, null, null, null, null, null, null), null, 1)
                .stream().mapToLong(AuditEvent::id).findFirst().orElse(0);
    }

    /** A realm with a user pool and client, a guest and a user role, and an identity pool using them. */
    private static final class Realm {

        final String prefix;
        final String userPoolId;
        final String clientId;
        final String identityPoolId = "us-east-1:" + UUID.randomUUID();

        Realm(String prefix) {
            this.prefix = prefix;
            this.userPoolId = "us-east-1_" + prefix;
            this.clientId = prefix.toLowerCase() + "client";
        }

        String provider() {
            return "cognito-idp.us-east-1.amazonaws.com/" + userPoolId;
        }

        String arn(String role) {
            return "arn:aws:iam::" + ACCOUNT + ":role/" + prefix + "-" + role;
        }

        /** The realm file; {@code guestRole} is the name of the role guests get. */
        String json(boolean guests, String guestRole) {
            return """
                    {"userPools": [{"id": "%1$s", "name": "%3$s", "clients": [{"clientId": "%2$s"}]}],
                     "iam": {"roles": [%5$s, %6$s]},
                     "identityPools": [{"id": "%4$s", "name": "%3$s", "allowUnauthenticatedIdentities": %7$s,
                       "allowClassicFlow": true,
                       "cognitoIdentityProviders": [{"userPool": "%1$s", "clientId": "%2$s", "serverSideTokenCheck": true}],
                       "roles": {"authenticated": "%3$s-user", "unauthenticated": "%8$s"},
                       "roleMappings": {"cognito-idp.us-east-1.amazonaws.com/%1$s:%2$s":
                         {"type": "Token", "ambiguousRoleResolution": "AuthenticatedRole"}},
                       "principalTags": {"cognito-idp.us-east-1.amazonaws.com/%1$s": {"tags": {"dept": "custom:dept"}}},
                       "tags": {"team": "mobile"}}]}"""
                    .formatted(userPoolId, clientId, prefix, identityPoolId, role("guest", "unauthenticated"),
                            role("user", "authenticated"), guests, guestRole);
        }

        private String role(String suffix, String amr) {
            return """
                    {"name": "%1$s-%2$s",
                     "trustPolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                       "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                       "Action": ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"],
                       "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "%3$s"},
                                     "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "%4$s"}}}]},
                     "inlinePolicies": {"list": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                       "Action": "cognito-idp:ListUserPools", "Resource": "*"}]}}}"""
                    .formatted(prefix, suffix, identityPoolId, amr);
        }
    }
}
