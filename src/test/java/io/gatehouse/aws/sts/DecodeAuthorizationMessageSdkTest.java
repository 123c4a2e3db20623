package io.gatehouse.aws.sts;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SignedRequests;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * STS DecodeAuthorizationMessage through the real StsClient, with the encoded message of a real
 * denial on the native REST API: decodable by a principal of the same account allowed
 * {@code sts:DecodeAuthorizationMessage}, by nobody else; the AWS wire protocols' AccessDenied
 * messages stay exactly as AWS words them.
 */
@GatehouseTest
class DecodeAuthorizationMessageSdkTest {

    private static final String DENY_USER_READS = """
            {"Version":"2012-10-17","Statement":[{"Sid":"NoUserReads","Effect":"Deny","Action":"iam:ListUsers",
              "Resource":"*"}]}""";

    private record Denied(String userArn, AccessKey key, String encoded) {
    }

    /** A user explicitly denied iam:ListUsers, and the encoded message of its denied REST call. */
    private static Denied denial() {
        String name = "decode-" + UUID.randomUUID().toString().substring(0, 8);
        try (IamClient iam = QueryClients.iam()) {
            String arn = iam.createUser(r -> r.userName(name)).user().arn();
            iam.putUserPolicy(r -> r.userName(name).policyName("deny").policyDocument(DENY_USER_READS));
            AccessKey key = iam.createAccessKey(r -> r.userName(name)).accessKey();
            Response response = SignedRequests.as(key.accessKeyId(), key.secretAccessKey()).get("/api/v1/iam/users");
            assertProblem(response, 403, "AccessDenied");
            String encoded = response.jsonPath().getString("encodedAuthorizationMessage");
            assertThat(encoded).matches("[A-Za-z0-9_-]{100,}");
            return new Denied(arn, key, encoded);
        }
    }

    @Test
    void decodeWhenSameAccountAndPermittedThenDecisionDetails() {
        Denied denied = denial();

        String decoded;
        try (StsClient sts = QueryClients.sts()) {
            decoded = sts.decodeAuthorizationMessage(r -> r.encodedMessage(denied.encoded())).decodedMessage();
        }

        JsonPath message = JsonPath.from(decoded);
        assertThat(message.getBoolean("allowed")).isFalse();
        assertThat(message.getBoolean("explicitDeny")).isTrue();
        assertThat(message.getList("matchedStatements.items.statementId")).containsExactly("NoUserReads");
        assertThat(message.getList("matchedStatements.items.effect")).containsExactly("DENY");
        assertThat(message.getList("failures.items")).isEmpty();
        assertThat(message.getString("context.principal.arn")).isEqualTo(denied.userArn());
        assertThat(message.getString("context.principal.name")).isEqualTo(
                denied.userArn().substring(denied.userArn().lastIndexOf('/') + 1));
        assertThat(message.getString("context.principal.id")).startsWith("AIDA");
        assertThat(message.getString("context.action")).isEqualTo("iam:ListUsers");
        assertThat(message.getString("context.resource")).isEqualTo("*");
        assertThat(message.getList("context.conditions.items.key")).contains("aws:username", "aws:principalarn");
        String rest = SignedRequests.root().post("/api/v1/sts/authorization-messages/decode",
                Map.of("encodedMessage", denied.encoded())).then().statusCode(200).extract().jsonPath()
                .getString("decodedMessage");
        assertThat(rest).isEqualTo(decoded);
    }

    @Test
    void decodeWhenCallerLacksPermissionThenAccessDenied() {
        Denied denied = denial();

        try (StsClient sts = QueryClients.stsAs(denied.key().accessKeyId(), denied.key().secretAccessKey())) {
            var error = assertAwsError(() -> sts.decodeAuthorizationMessage(r -> r.encodedMessage(denied.encoded())),
                    "AccessDenied", 403);
            assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("User: " + denied.userArn()
                    + " is not authorized to perform: sts:DecodeAuthorizationMessage on resource: * because no "
                    + "identity-based policy allows the sts:DecodeAuthorizationMessage action");
        }
        assertProblem(SignedRequests.as(denied.key().accessKeyId(), denied.key().secretAccessKey())
                .post("/api/v1/sts/authorization-messages/decode", Map.of("encodedMessage", denied.encoded())), 403,
                "AccessDenied");
    }

    @Test
    void decodeWhenGarbageAlteredOrAnotherAccountsThenInvalidAuthorizationMessage() {
        Denied denied = denial();
        String account = "6" + String.valueOf(System.nanoTime()).substring(0, 11);
        String keyId = "AKIADECODE" + account.substring(2);
        TestAccounts.root(account, keyId, "decode-secret-" + account).get("/api/v1/iam/users").then().statusCode(200);
        char last = denied.encoded().charAt(denied.encoded().length() - 2);
        String altered = denied.encoded().substring(0, denied.encoded().length() - 2) + (last == 'A' ? 'B' : 'A')
                + denied.encoded().charAt(denied.encoded().length() - 1);

        try (StsClient sts = QueryClients.sts();
             StsClient other = QueryClients.stsAs(keyId, "decode-secret-" + account)) {
            for (String bad : new String[] {"garbage", "not base64 !", altered, "A".repeat(10_240)}) {
                assertAwsError(() -> sts.decodeAuthorizationMessage(r -> r.encodedMessage(bad)),
                        "InvalidAuthorizationMessageException", 400);
            }
            assertAwsError(() -> other.decodeAuthorizationMessage(r -> r.encodedMessage(denied.encoded())),
                    "InvalidAuthorizationMessageException", 400);
            assertAwsError(() -> sts.decodeAuthorizationMessage(r -> r.encodedMessage("A".repeat(10_241))),
                    "ValidationError", 400);
            assertAwsError(() -> sts.decodeAuthorizationMessage(r -> r.encodedMessage("")), "ValidationError", 400);
        }
        assertProblem(SignedRequests.root().post("/api/v1/sts/authorization-messages/decode",
                Map.of("encodedMessage", "garbage")), 400, "InvalidAuthorizationMessageException");
        assertProblem(SignedRequests.root().post("/api/v1/sts/authorization-messages/decode", Map.of()), 400,
                "InvalidParameterException");
    }

    @Test
    void awsWireDenialWhenAccessDeniedThenMessageAsAwsWordsIt() {
        Denied denied = denial();

        try (IamClient iam = QueryClients.iamAs(denied.key().accessKeyId(), denied.key().secretAccessKey())) {
            var error = assertAwsError(iam::listUsers, "AccessDenied", 403);
            assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("User: " + denied.userArn()
                    + " is not authorized to perform: iam:ListUsers on resource: * with an explicit deny in an "
                    + "identity-based policy");
            assertThat(error.awsErrorDetails().rawResponse().asUtf8String()).doesNotContain("ncoded");
        }
    }
}
