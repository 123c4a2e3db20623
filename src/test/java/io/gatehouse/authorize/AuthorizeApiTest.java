package io.gatehouse.authorize;

import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SignedRequests;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * {@code POST /api/v1/authorize} over HTTP: a resource server (an IAM user allowed
 * {@code gatehouse:Authorize}) describes the request its caller signed with the AWS SDK's signer for
 * service {@code orders}, and Gatehouse verifies it and decides with the caller's policies.
 */
@GatehouseTest
class AuthorizeApiTest {

    private static final String ACCOUNT = SignedRequests.ACCOUNT_ID;
    private static final String ORDER = "arn:aws:orders:us-east-1:" + ACCOUNT + ":order/42";
    private static final String CALLER_POLICY = """
            {"Version":"2012-10-17","Statement":[
              {"Sid":"ReadOrders","Effect":"Allow","Action":"orders:GetOrder","Resource":"arn:aws:orders:*:*:order/*"},
              {"Sid":"FromOffice","Effect":"Allow","Action":"orders:CreateOrder","Resource":"*",
               "Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}},
              {"Sid":"Web","Effect":"Allow","Action":"orders:ListOrders","Resource":"*",
               "Condition":{"StringEquals":{"orders:Channel":"web"}}},
              {"Sid":"NoDeletes","Effect":"Deny","Action":"orders:DeleteOrder","Resource":"*"}]}""";
    private static final String AUTHORIZER_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"gatehouse:Authorize","Resource":"*"}]}""";
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private record Principal(String arn, AccessKey key) {
        SignedRequests api() {
            return SignedRequests.as(key.accessKeyId(), key.secretAccessKey());
        }
    }

    private static Principal user(String prefix, String policy) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (IamClient iam = QueryClients.iam()) {
            String arn = iam.createUser(r -> r.userName(name)).user().arn();
            if (policy != null) {
                iam.putUserPolicy(r -> r.userName(name).policyName("p").policyDocument(policy));
            }
            return new Principal(arn, iam.createAccessKey(r -> r.userName(name)).accessKey());
        }
    }

    /** The caller's request to the resource server, signed by the SDK; returns the description. */
    private static Map<String, Object> signed(AwsCredentialsIdentity identity, String method, String pathAndQuery,
                                              byte[] body, String service) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method))
                .uri(URI.create("https://orders.example.com" + pathAndQuery));
        if (body != null) {
            request.putHeader("Content-Type", "application/json");
        }
        SdkHttpRequest signed = SIGNER.sign(r -> r.identity(identity).request(request.build())
                .payload(body == null ? null : ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, SignedRequests.REGION)).request();
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("method", method);
        described.put("path", signed.encodedPath());
        described.put("query", signed.encodedQueryParameters().orElse(""));
        described.put("headers", signed.headers());
        described.put("bodySha256", sha256(body == null ? new byte[0] : body));
        described.put("service", service);
        return described;
    }

    private static Map<String, Object> signed(Principal caller, String method, String pathAndQuery) {
        return signed(AwsCredentialsIdentity.create(caller.key().accessKeyId(), caller.key().secretAccessKey()),
                method, pathAndQuery, null, "orders");
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> question(Map<String, Object> request, String action, String resource,
                                                Map<String, Object> context) {
        Map<String, Object> body = new HashMap<>();
        body.put("request", request);
        body.put("action", action);
        body.put("resource", resource);
        if (context != null) {
            body.put("context", context);
        }
        return body;
    }

    private static JsonPath ask(Principal server, Map<String, Object> body) {
        Response response = server.api().post("/api/v1/authorize", body);
        response.then().statusCode(200);
        return response.jsonPath();
    }

    @Test
    void authorizeWhenSignedCallerAllowedThenAllowWithPrincipalAndStatement() {
        Principal server = user("rs", AUTHORIZER_POLICY);
        Principal caller = user("caller", CALLER_POLICY);

        JsonPath answer = ask(server, question(signed(caller, "GET", "/orders/42?view=full&x=a%20b"),
                "orders:GetOrder", ORDER, null));

        assertThat(answer.getString("decision")).isEqualTo("Allow");
        assertThat(answer.getBoolean("authenticated")).isTrue();
        assertThat(answer.getString("reason")).isEqualTo("Allowed");
        assertThat(answer.getString("principal.arn")).isEqualTo(caller.arn());
        assertThat(answer.getString("principal.accountId")).isEqualTo(ACCOUNT);
        assertThat(answer.getString("principal.type")).isEqualTo("User");
        assertThat(answer.getString("principal.userId")).startsWith("AIDA");
        assertThat(answer.getList("matchedStatements.sid")).containsExactly("ReadOrders");
        assertThat(answer.getList("matchedStatements.sourcePolicyType")).containsExactly("user");
        assertThat(answer.getString("encodedMessage")).isNull();
        Map<String, Object> asMap = signed(caller, "GET", "/orders/42?view=full&x=a%20b");
        asMap.put("query", Map.of("view", "full", "x", List.of("a b")));
        assertThat(ask(server, question(asMap, "orders:GetOrder", ORDER, null)).getString("decision"))
                .isEqualTo("Allow");
    }

    @Test
    void authorizeWhenCallerPresignedUrlThenVerifiedLikeHeaderSignature() {
        Principal server = user("rs", AUTHORIZER_POLICY);
        Principal caller = user("caller", CALLER_POLICY);
        SdkHttpRequest presigned = SIGNER.sign(r -> r.identity(AwsCredentialsIdentity.create(
                        caller.key().accessKeyId(), caller.key().secretAccessKey()))
                .request(SdkHttpRequest.builder().method(SdkHttpMethod.GET)
                        .uri(URI.create("https://orders.example.com/orders/42")).build())
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "orders")
                .putProperty(AwsV4HttpSigner.REGION_NAME, SignedRequests.REGION)
                .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, Duration.ofMinutes(5))).request();
        Map<String, Object> request = new HashMap<>();
        request.put("method", "GET");
        request.put("path", presigned.encodedPath());
        request.put("query", presigned.encodedQueryParameters().orElseThrow());
        request.put("headers", Map.of("host", List.of("orders.example.com")));
        request.put("bodySha256", sha256(new byte[0]));
        request.put("service", "orders");
        Map<String, Object> extended = new HashMap<>(request);
        extended.put("query", presigned.encodedQueryParameters().orElseThrow() + "&admin=true");

        assertThat(ask(server, question(request, "orders:GetOrder", ORDER, null)).getString("principal.arn"))
                .isEqualTo(caller.arn());
        assertThat(ask(server, question(extended, "orders:GetOrder", ORDER, null)).getString("reason"))
                .isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void authorizeWhenPolicyDeniesThenDenyWithReasonAndDecodableMessage() {
        Principal server = user("rs", AUTHORIZER_POLICY);
        Principal caller = user("caller", CALLER_POLICY);

        JsonPath explicit = ask(server, question(signed(caller, "DELETE", "/orders/42"), "orders:DeleteOrder", ORDER,
                null));
        JsonPath implicit = ask(server, question(signed(caller, "PUT", "/orders/42"), "orders:UpdateOrder", ORDER,
                null));

        assertThat(explicit.getString("decision")).isEqualTo("Deny");
        assertThat(explicit.getBoolean("authenticated")).isTrue();
        assertThat(explicit.getString("reason")).isEqualTo("ExplicitDeny");
        assertThat(explicit.getList("matchedStatements.sid")).containsExactly("NoDeletes");
        assertThat(explicit.getList("matchedStatements.effect")).containsExactly("Deny");
        assertThat(implicit.getString("reason")).isEqualTo("ImplicitDeny");
        assertThat(implicit.getString("message")).isEqualTo("User: " + caller.arn() + " is not authorized to perform: "
                + "orders:UpdateOrder on resource: " + ORDER + " because no identity-based policy allows the "
                + "orders:UpdateOrder action");
        String decoded = SignedRequests.root().post("/api/v1/sts/authorization-messages/decode",
                Map.of("encodedMessage", explicit.getString("encodedMessage"))).then().statusCode(200)
                .extract().jsonPath().getString("decodedMessage");
        JsonPath message = JsonPath.from(decoded);
        assertThat(message.getBoolean("allowed")).isFalse();
        assertThat(message.getBoolean("explicitDeny")).isTrue();
        assertThat(message.getString("context.principal.arn")).isEqualTo(caller.arn());
        assertThat(message.getString("context.action")).isEqualTo("orders:DeleteOrder");
        assertThat(message.getString("context.resource")).isEqualTo(ORDER);
        assertThat(message.getList("matchedStatements.items.statementId")).containsExactly("NoDeletes");
    }

    @Test
    void authorizeWhenContextGivenThenConditionsSeeClientFactsAndServiceKeys() {
        Principal server = user("rs", AUTHORIZER_POLICY);
        Principal caller = user("caller", CALLER_POLICY);

        JsonPath office = ask(server, question(signed(caller, "POST", "/orders"), "orders:CreateOrder", "*",
                Map.of("aws:SourceIp", "203.0.113.9")));
        JsonPath home = ask(server, question(signed(caller, "POST", "/orders"), "orders:CreateOrder", "*",
                Map.of("aws:SourceIp", "198.51.100.7")));
        JsonPath noIp = ask(server, question(signed(caller, "POST", "/orders"), "orders:CreateOrder", "*", null));
        JsonPath web = ask(server, question(signed(caller, "GET", "/orders"), "orders:ListOrders", "*",
                Map.of("orders:Channel", List.of("web"))));

        assertThat(office.getString("decision")).isEqualTo("Allow");
        assertThat(home.getString("decision")).isEqualTo("Deny");
        assertThat(noIp.getString("decision")).isEqualTo("Deny");
        assertThat(web.getString("decision")).isEqualTo("Allow");
    }

    @Test
    void authorizeWhenContextForgesGatehouseKeysOrIsMalformedThenBadRequest() {
        Principal server = user("rs", AUTHORIZER_POLICY);
        Principal caller = user("caller", CALLER_POLICY);
        Map<String, Object> request = signed(caller, "GET", "/orders/42");

        for (Map<String, Object> context : List.<Map<String, Object>>of(
                Map.of("aws:PrincipalArn", "arn:aws:iam::1:root"),
                Map.of("AWS:MultiFactorAuthPresent", "true"), Map.of("aws:PrincipalTag/team", "admins"),
                Map.of("aws:CurrentTime", "2020-01-01T00:00:00Z"), Map.of("aws:SourceIp", "example.com"),
                Map.of("aws:SourceIp", List.of("203.0.113.1", "203.0.113.2")), Map.of("nocolon", "x"),
                Map.of("orders:Channel", 5), Map.of("aws:SecureTransport", "yes"))) {
            assertProblem(server.api().post("/api/v1/authorize", question(request, "orders:GetOrder", ORDER, context)),
                    400, "InvalidParameterException").body("detail", not(emptyOrNullString()));
        }
    }

    @Test
    void authorizeWhenSignatureBadThenUnauthenticatedDenyNotError() {
        Principal server = user("rs", AUTHORIZER_POLICY);
        Principal caller = user("caller", CALLER_POLICY);
        Map<String, Object> tampered = signed(caller, "GET", "/orders/42");
        tampered.put("path", "/orders/43");
        Map<String, Object> otherService = signed(caller, "GET", "/orders/42");
        otherService.put("service", "payments");
        byte[] body = "{\"item\":\"book\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> withBody = signed(AwsCredentialsIdentity.create(caller.key().accessKeyId(),
                caller.key().secretAccessKey()), "POST", "/orders", body, "orders");
        Map<String, Object> otherBody = new HashMap<>(withBody);
        otherBody.put("bodySha256", sha256("{\"item\":\"car\"}".getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> unknownKey = signed(AwsCredentialsIdentity.create("AKIAUNKNOWNKEY000001", "x"), "GET",
                "/orders/42", null, "orders");
        Map<String, Object> unsigned = signed(caller, "GET", "/orders/42");
        Map<String, Object> headers = new HashMap<>();
        headers.put("host", List.of("orders.example.com"));
        unsigned.put("headers", headers);

        for (Map<String, Object> request : List.of(tampered, otherService)) {
            JsonPath answer = ask(server, question(request, "orders:GetOrder", ORDER, null));
            assertThat(answer.getString("decision")).isEqualTo("Deny");
            assertThat(answer.getBoolean("authenticated")).isFalse();
            assertThat(answer.getString("reason")).isEqualTo("SignatureDoesNotMatch");
            assertThat(answer.getString("principal")).isNull();
        }
        assertThat(ask(server, question(withBody, "orders:CreateOrder", "*", Map.of("aws:SourceIp", "203.0.113.1")))
                .getString("decision")).isEqualTo("Allow");
        assertThat(ask(server, question(otherBody, "orders:CreateOrder", "*", null)).getString("reason"))
                .isEqualTo("XAmzContentSHA256Mismatch");
        assertThat(ask(server, question(unknownKey, "orders:GetOrder", ORDER, null)).getString("reason"))
                .isEqualTo("InvalidClientTokenId");
        assertThat(ask(server, question(unsigned, "orders:GetOrder", ORDER, null)).getString("reason"))
                .isEqualTo("MissingAuthenticationToken");
    }

    @Test
    void authorizeWhenTemporaryCredentialsOrConsoleSessionThenCallerIsTheUser() {
        Principal server = user("rs", AUTHORIZER_POLICY);
        Principal caller = user("caller", CALLER_POLICY);
        Credentials session;
        try (StsClient sts = QueryClients.stsAs(caller.key().accessKeyId(), caller.key().secretAccessKey())) {
            session = sts.getSessionToken().credentials();
        }
        Map<String, Object> request = signed(AwsSessionCredentialsIdentity.create(session.accessKeyId(),
                session.secretAccessKey(), session.sessionToken()), "GET", "/orders/42", null, "orders");
        Map<String, Object> bearer = new HashMap<>();
        bearer.put("bearer", session.sessionToken());
        bearer.put("action", "orders:GetOrder");
        bearer.put("resource", ORDER);

        JsonPath signed = ask(server, question(request, "orders:GetOrder", ORDER, null));
        JsonPath byToken = ask(server, bearer);
        bearer.put("bearer", session.sessionToken() + "x");
        JsonPath badToken = ask(server, bearer);

        assertThat(signed.getString("decision")).isEqualTo("Allow");
        assertThat(signed.getString("principal.arn")).isEqualTo(caller.arn());
        assertThat(byToken.getString("decision")).isEqualTo("Allow");
        assertThat(byToken.getString("principal.arn")).isEqualTo(caller.arn());
        assertThat(badToken.getBoolean("authenticated")).isFalse();
        assertThat(badToken.getString("reason")).isEqualTo("InvalidClientTokenId");
    }

    /** A pool user whose group maps {@code roleArn}, or no group when null; returns the user's ID token. */
    private static String idToken(String poolId, String clientId, String roleArn) {
        String username = PoolFixtures.createUser(poolId, "jwt", Map.of("email", PoolFixtures.unique("j") + "@example.com"));
        try (CognitoIdentityProviderClient admin = CognitoClients.root();
             CognitoIdentityProviderClient app = CognitoClients.unsigned()) {
            if (roleArn != null) {
                String group = PoolFixtures.unique("g");
                admin.createGroup(r -> r.userPoolId(poolId).groupName(group).roleArn(roleArn).precedence(1));
                admin.adminAddUserToGroup(r -> r.userPoolId(poolId).username(username).groupName(group));
            }
            return app.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD)))
                    .authenticationResult().idToken();
        }
    }

    private static String webIdentityRole(String federated, String permissions) {
        String name = PoolFixtures.unique("jwt-role");
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"Federated\":\"" + federated + "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\"}]}";
        try (IamClient iam = QueryClients.iam()) {
            String arn = iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(trust)).role().arn();
            iam.putRolePolicy(r -> r.roleName(name).policyName("p").policyDocument(permissions));
            return arn;
        }
    }

    @Test
    void authorizeWhenUserPoolIdTokenThenSessionOfItsPreferredRoleDecides() {
        Principal server = user("rs", AUTHORIZER_POLICY);
        String poolId = AppFixtures.pool(Map.of());
        String clientId = AppFixtures.publicClient(poolId, List.of("USER_PASSWORD_AUTH")).clientId();
        String trusted = webIdentityRole("cognito-idp.us-east-1.amazonaws.com/" + poolId, CALLER_POLICY);
        String untrusting = webIdentityRole("cognito-idp.us-east-1.amazonaws.com/us-east-1_Other0001", CALLER_POLICY);
        String token = idToken(poolId, clientId, trusted);
        Map<String, Object> bearer = new HashMap<>();
        bearer.put("bearer", token);
        bearer.put("action", "orders:GetOrder");
        bearer.put("resource", ORDER);

        JsonPath allowed = ask(server, bearer);
        bearer.put("action", "orders:DeleteOrder");
        JsonPath denied = ask(server, bearer);
        bearer.put("bearer", idToken(poolId, clientId, untrusting));
        JsonPath notTrusted = ask(server, bearer);
        bearer.put("bearer", idToken(poolId, clientId, null));
        JsonPath noRole = ask(server, bearer);
        bearer.put("bearer", token.substring(0, token.length() - 4) + "AAAA");
        JsonPath forged = ask(server, bearer);

        String roleName = trusted.substring(trusted.lastIndexOf('/') + 1);
        assertThat(allowed.getString("decision")).isEqualTo("Allow");
        assertThat(allowed.getString("principal.arn")).startsWith("arn:aws:sts::" + ACCOUNT + ":assumed-role/"
                + roleName + "/");
        assertThat(denied.getString("decision")).isEqualTo("Deny");
        assertThat(denied.getString("reason")).isEqualTo("ExplicitDeny");
        assertThat(notTrusted.getBoolean("authenticated")).isFalse();
        assertThat(notTrusted.getString("reason")).isEqualTo("AccessDenied");
        assertThat(noRole.getBoolean("authenticated")).isFalse();
        assertThat(noRole.getString("reason")).isEqualTo("InvalidIdentityToken");
        assertThat(noRole.getString("message")).contains("cognito:preferred_role");
        assertThat(forged.getBoolean("authenticated")).isFalse();
        assertThat(forged.getString("reason")).isEqualTo("InvalidIdentityToken");
    }

    @Test
    void authorizeWhenCallerOfAnotherAccountThenDeniedWithoutEvaluation() {
        Principal server = user("rs", AUTHORIZER_POLICY);
        String account = "5" + String.valueOf(System.nanoTime()).substring(0, 11);
        String keyId = "AKIAAUTHZ" + account.substring(1);
        SignedRequests other = TestAccounts.root(account, keyId, "authz-secret-" + account);
        other.get("/api/v1/iam/users").then().statusCode(200);
        Map<String, Object> request = signed(AwsCredentialsIdentity.create(keyId, "authz-secret-" + account), "GET",
                "/orders/42", null, "orders");

        JsonPath answer = ask(server, question(request, "orders:GetOrder", ORDER, null));

        assertThat(answer.getString("decision")).isEqualTo("Deny");
        assertThat(answer.getBoolean("authenticated")).isTrue();
        assertThat(answer.getString("reason")).isEqualTo("PrincipalInAnotherAccount");
        assertThat(answer.getString("principal.accountId")).isEqualTo(account);
        assertThat(answer.getString("encodedMessage")).isNull();
        assertThat(answer.getList("matchedStatements")).isEmpty();
    }

    @Test
    void authorizeWhenResourceServerLacksPermissionThenAccessDeniedProblemWithEncodedMessage() {
        Principal server = user("rs", null);
        Principal caller = user("caller", CALLER_POLICY);

        Response denied = server.api().post("/api/v1/authorize",
                question(signed(caller, "GET", "/orders/42"), "orders:GetOrder", ORDER, null));

        assertProblem(denied, 403, "AccessDenied").body("detail", equalTo("User: " + server.arn()
                + " is not authorized to perform: gatehouse:Authorize on resource: * because no identity-based policy "
                + "allows the gatehouse:Authorize action"));
        String encoded = denied.jsonPath().getString("encodedAuthorizationMessage");
        String decoded = SignedRequests.root().post("/api/v1/sts/authorization-messages/decode",
                Map.of("encodedMessage", encoded)).then().statusCode(200).extract().jsonPath()
                .getString("decodedMessage");
        assertThat(JsonPath.from(decoded).getString("context.action")).isEqualTo("gatehouse:Authorize");
        assertThat(JsonPath.from(decoded).getString("context.principal.arn")).isEqualTo(server.arn());
    }

    @Test
    void authorizeWhenBodyMalformedThenBadRequest() {
        Principal server = user("rs", AUTHORIZER_POLICY);
        Principal caller = user("caller", CALLER_POLICY);
        Map<String, Object> request = signed(caller, "GET", "/orders/42");
        Map<String, Object> both = question(request, "orders:GetOrder", ORDER, null);
        both.put("bearer", "GHST1.x");
        Map<String, Object> neither = question(null, "orders:GetOrder", ORDER, null);
        Map<String, Object> unknown = question(request, "orders:GetOrder", ORDER, null);
        unknown.put("principal", "arn:aws:iam::" + ACCOUNT + ":root");
        Map<String, Object> badHash = new HashMap<>(request);
        badHash.put("bodySha256", "xyz");
        Map<String, Object> gatehouseService = new HashMap<>(request);
        gatehouseService.put("service", "gatehouse");
        Map<String, Object> relativePath = new HashMap<>(request);
        relativePath.put("path", "orders/42");

        for (Map<String, Object> body : List.of(both, neither, question(badHash, "orders:GetOrder", ORDER, null),
                question(gatehouseService, "orders:GetOrder", ORDER, null),
                question(relativePath, "orders:GetOrder", ORDER, null),
                question(request, "orders:*", ORDER, null), question(request, "GetOrder", ORDER, null),
                question(request, "orders:GetOrder", "order/42", null))) {
            assertProblem(server.api().post("/api/v1/authorize", body), 400, "InvalidParameterException");
        }
        assertThat(server.api().post("/api/v1/authorize", unknown).statusCode()).isEqualTo(400);
    }
}
