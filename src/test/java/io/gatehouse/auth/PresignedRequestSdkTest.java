package io.gatehouse.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.Presigner;
import io.gatehouse.testing.Presigner.Presigned;
import io.gatehouse.testing.QueryClients;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Presigned-URL (query-string) authentication end to end, with URLs presigned by the AWS SDK's own
 * signer: the native REST API and the AWS query protocol (IAM, STS), by GET and by POST, with
 * long-term keys and with temporary credentials; and every way a presigned URL can be wrong, each
 * answered in the protocol's own error format (the native API answers a malformed signature 401,
 * the query protocol 400 as IAM and STS do). A presigned POST's body is covered by the signature:
 * the SHA-256 of the body received goes into the canonical request, as for every AWS service but S3.
 */
@GatehouseTest
class PresignedRequestSdkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIST_USERS = "/?Action=ListUsers&Version=2010-05-08";
    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";

    private static Presigner iam() {
        return Presigner.root().service("iam");
    }

    private static Presigner session() {
        try (StsClient sts = QueryClients.sts()) {
            Credentials c = sts.getSessionToken().credentials();
            return Presigner.withSession(c.accessKeyId(), c.secretAccessKey(), c.sessionToken());
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("title").asText()).isEqualTo(title);
        assertThat(problem.path("detail").asText()).contains(detail);
    }

    private static void assertQueryError(HttpResponse<String> response, int status, String code, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("<ErrorResponse").contains("<Code>" + code + "</Code>")
                .contains(message).contains("<RequestId>");
    }

    private static Presigned replaceInUrl(Presigned presigned, String from, String to) {
        String url = presigned.uri().toString();
        assertThat(url).contains(from);
        return presigned.withUri(url.replace(from, to));
    }

    @Test
    void presignedWhenLongTermKeyThenNativeGetAndQueryGetAndPostServed() {
        HttpResponse<String> rest = Presigner.root().presign("GET", "/api/v1/iam/users?limit=5", null, null).send();
        HttpResponse<String> get = iam().presign("GET", LIST_USERS, null, null).send();
        byte[] form = "Action=ListUsers&Version=2010-05-08".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> post = iam().presign("POST", "/", FORM, form).send();

        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        assertThat(json(rest).path("items").isArray()).isTrue();
        assertThat(get.statusCode()).as(get.body()).isEqualTo(200);
        assertThat(get.body()).contains("<ListUsersResponse").contains("<ListUsersResult>");
        assertThat(post.statusCode()).as(post.body()).isEqualTo(200);
        assertThat(post.body()).contains("<ListUsersResponse");
    }

    @Test
    void presignedWhenTemporaryCredentialsThenSessionTokenInQueryAuthenticates() {
        Presigner session = session();
        Presigned rest = session.presign("GET", "/api/v1/iam/users", null, null);
        Presigned identity = session.service("sts").presign("GET", "/?Action=GetCallerIdentity&Version=2011-06-15",
                null, null);

        assertThat(rest.uri().getRawQuery()).contains("X-Amz-Security-Token=");
        HttpResponse<String> restResponse = rest.send();
        assertThat(restResponse.statusCode()).as(restResponse.body()).isEqualTo(200);
        HttpResponse<String> identityResponse = identity.send();
        assertThat(identityResponse.statusCode()).as(identityResponse.body()).isEqualTo(200);
        assertThat(identityResponse.body()).contains("<Arn>arn:aws:iam::000000000000:root</Arn>");
        assertProblem(replaceInUrl(rest, "X-Amz-Security-Token=", "X-Amz-Security-Token=x").send(), 401,
                "InvalidClientTokenId", "security token");
    }

    @Test
    void presignedWhenExpiredThenRefusedInEachProtocolsFormat() {
        Clock hourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        Presigner expired = Presigner.root().signedBy(hourAgo).expires(Duration.ofMinutes(5));

        assertProblem(expired.presign("GET", "/api/v1/iam/users", null, null).send(), 403,
                "SignatureDoesNotMatch", "Request has expired");
        assertQueryError(expired.service("iam").presign("GET", LIST_USERS, null, null).send(), 403,
                "SignatureDoesNotMatch", "Request has expired");
        HttpResponse<String> stillValid = Presigner.root().signedBy(hourAgo).expires(Duration.ofHours(2))
                .presign("GET", "/api/v1/iam/users", null, null).send();
        assertThat(stillValid.statusCode()).as(stillValid.body()).isEqualTo(200);
    }

    @Test
    void presignedWhenExpiresOutOfRangeOrNotANumberThenIncompleteSignature() {
        Presigned rest = Presigner.root().presign("GET", "/api/v1/iam/users", null, null);
        Presigned query = iam().presign("GET", LIST_USERS, null, null);

        for (String bad : new String[] {"604801", "0", "-1", "abc", "1e3", ""}) {
            assertProblem(replaceInUrl(rest, "X-Amz-Expires=300", "X-Amz-Expires=" + bad).send(), 401,
                    "IncompleteSignature", "X-Amz-Expires");
            assertQueryError(replaceInUrl(query, "X-Amz-Expires=300", "X-Amz-Expires=" + bad).send(), 400,
                    "IncompleteSignature", "X-Amz-Expires");
        }
    }

    @Test
    void presignedWhenAlteredAfterSigningThenSignatureDoesNotMatch() {
        Presigned rest = Presigner.root().presign("GET", "/api/v1/iam/users?limit=5", null, null);
        Presigned query = iam().presign("GET", LIST_USERS, null, null);
        String signature = rest.uri().getRawQuery().replaceAll(".*X-Amz-Signature=([0-9a-f]{64}).*", "$1");
        String flipped = signature.substring(0, 63) + (signature.endsWith("0") ? "1" : "0");

        assertProblem(replaceInUrl(rest, signature, flipped).send(), 403, "SignatureDoesNotMatch",
                "signature we calculated does not match");
        assertProblem(rest.withUri(rest.uri() + "&pathPrefix=%2F").send(), 403, "SignatureDoesNotMatch",
                "signature we calculated does not match");
        assertProblem(replaceInUrl(rest, "limit=5", "limit=6").send(), 403, "SignatureDoesNotMatch",
                "signature we calculated does not match");
        assertQueryError(query.withUri(query.uri() + "&MaxItems=1").send(), 403, "SignatureDoesNotMatch",
                "signature we calculated does not match");
        assertQueryError(replaceInUrl(query, "Action=ListUsers", "Action=ListRoles").send(), 403,
                "SignatureDoesNotMatch", "signature we calculated does not match");
    }

    @Test
    void presignedWhenHeaderAuthAlsoPresentOrCredentialMissingThenIncompleteSignature() {
        Presigned rest = Presigner.root().presign("GET", "/api/v1/iam/users", null, null);
        Presigned query = iam().presign("GET", LIST_USERS, null, null);
        String header = "AWS4-HMAC-SHA256 Credential=AKIATESTROOTKEY00001/20260101/us-east-1/gatehouse/aws4_request, "
                + "SignedHeaders=host, Signature=" + "0".repeat(64);
        String credential = rest.uri().getRawQuery().replaceAll(".*(X-Amz-Credential=[^&]*&?).*", "$1");

        assertProblem(rest.withHeader("Authorization", header).send(), 401, "IncompleteSignature",
                "Only one auth mechanism allowed");
        assertQueryError(query.withHeader("Authorization", header).send(), 400, "IncompleteSignature",
                "Only one auth mechanism allowed");
        assertProblem(replaceInUrl(rest, credential, "").send(), 401, "IncompleteSignature", "X-Amz-Credential");
        String queryCredential = query.uri().getRawQuery().replaceAll(".*(X-Amz-Credential=[^&]*&?).*", "$1");
        assertQueryError(replaceInUrl(query, queryCredential, "").send(), 400, "IncompleteSignature",
                "X-Amz-Credential");
    }

    @Test
    void presignedPostWhenBodyChangedAfterSigningThenRefused() {
        String name = "presign-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] body = ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
        Presigned create = Presigner.root().presign("POST", "/api/v1/iam/users", "application/json", body);
        byte[] form = "Action=ListUsers&Version=2010-05-08".getBytes(StandardCharsets.UTF_8);
        Presigned list = iam().presign("POST", "/", FORM, form);

        Presigned swapped = new Presigned("POST", create.uri(), create.headers(),
                ("{\"name\":\"" + name + "x\"}").getBytes(StandardCharsets.UTF_8));
        assertProblem(swapped.send(), 403, "SignatureDoesNotMatch", "signature we calculated does not match");
        assertQueryError(new Presigned("POST", list.uri(), list.headers(),
                "Action=ListRoles&Version=2010-05-08".getBytes(StandardCharsets.UTF_8)).send(), 403,
                "SignatureDoesNotMatch", "signature we calculated does not match");
        assertProblem(create.withHeader("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD").send(), 403,
                "SignatureDoesNotMatch", "signature we calculated does not match");
        HttpResponse<String> created = create.send();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).path("name").asText()).isEqualTo(name);
    }
}
