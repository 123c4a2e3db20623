package io.gatehouse.console.api;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.AuthenticatorApp;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SignedRequests;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

/**
 * Console sign-in over HTTP: root by email, IAM users by account id or alias, MFA when enrolled;
 * the session works as SigV4 temporary credentials and as a bearer token, is authorized by the
 * principal's policies, and carries {@code aws:MultiFactorAuthPresent}. Failures do not tell an
 * unknown principal from a wrong password.
 */
@GatehouseTest
class ConsoleSignInTest {

    private static final String PATH = "/api/v1/console/sign-in";
    private static final String PASSWORD = "Console-Passw0rd!";
    private static final String ACCOUNT = SignedRequests.ACCOUNT_ID;

    private static Response signIn(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(PATH);
    }

    private static String userWithPassword(String policy) {
        String user = "console-" + UUID.randomUUID().toString().substring(0, 8);
        try (IamClient root = QueryClients.iam()) {
            root.createUser(r -> r.userName(user));
            root.createLoginProfile(r -> r.userName(user).password(PASSWORD));
            if (policy != null) {
                root.putUserPolicy(r -> r.userName(user).policyName("console").policyDocument(policy));
            }
        }
        return user;
    }

    private static Map<String, Object> userCredentials(String account, String user, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("account", account);
        body.put("userName", user);
        body.put("password", password);
        return body;
    }

    @Test
    void signInWhenIamUserThenSessionSignsAndAuthorizesAsTheUser() {
        String user = userWithPassword("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cognito-idp:ListUserPools",
                  "Resource":"*"}]}""");

        JsonPath session = signIn(userCredentials(ACCOUNT, user, PASSWORD)).then().statusCode(200)
                .body("principalArn", equalTo("arn:aws:iam::" + ACCOUNT + ":user/" + user))
                .body("accountId", equalTo(ACCOUNT))
                .body("multiFactor", equalTo(false))
                .body("credentials.accessKeyId", startsWith("ASIA"))
                .extract().jsonPath();
        String keyId = session.getString("credentials.accessKeyId");
        String secret = session.getString("credentials.secretAccessKey");
        String token = session.getString("credentials.sessionToken");
        assertThat(Instant.parse(session.getString("credentials.expiration"))).isAfter(Instant.now().plusSeconds(3000));

        try (CognitoIdentityProviderClient cognito = CognitoClients.withSession(keyId, secret, token)) {
            assertThat(cognito.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
            assertAwsError(() -> cognito.createUserPool(r -> r.poolName("nope")), "AccessDeniedException", 400);
        }
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/user-pools?limit=1")
                .then().statusCode(200);
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("name", "nope")).when().post("/api/v1/user-pools")
                .then().statusCode(403).body("detail", startsWith("User: arn:aws:iam::" + ACCOUNT + ":user/" + user
                        + " is not authorized to perform: cognito-idp:CreateUserPool"));
        try (var sts = QueryClients.stsAs(keyId, secret)) {
            assertAwsError(sts::getCallerIdentity, "InvalidClientTokenId", 403);
        }
    }

    @Test
    void signInWhenAccountAliasThenSameAsAccountId() {
        String alias = "console-" + UUID.randomUUID().toString().substring(0, 8);
        String account = "4" + String.valueOf(System.nanoTime()).substring(0, 11);
        SignedRequests other = TestAccounts.root(account, "AKIACONSOLE" + account.substring(3), "console-secret-" + account);
        other.post("/api/v1/iam/users", Map.of("name", "carol")).then().statusCode(201);
        other.post("/api/v1/iam/users/carol/login-profile", Map.of("password", PASSWORD)).then().statusCode(201);
        other.put("/api/v1/iam/account/aliases/" + alias, null).then().statusCode(204);

        signIn(userCredentials(alias, "carol", PASSWORD)).then().statusCode(200)
                .body("principalArn", equalTo("arn:aws:iam::" + account + ":user/carol"));
        signIn(userCredentials(account, "CAROL", PASSWORD)).then().statusCode(200);
    }

    @Test
    void signInWhenRootEmailThenRootSession() {
        String account = "5" + String.valueOf(System.nanoTime()).substring(0, 11);
        TestAccounts.root(account, "AKIAROOTC" + account.substring(1), "root-console-secret-" + account);

        String token = signIn(Map.of("email", "ROOT@" + account + ".test", "password", "Other-Passw0rd!"))
                .then().statusCode(200).body("principalArn", equalTo("arn:aws:iam::" + account + ":root"))
                .extract().jsonPath().getString("credentials.sessionToken");

        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("name", "root-console-pool")).when().post("/api/v1/user-pools")
                .then().statusCode(201);
        signIn(Map.of("email", "root@" + account + ".test", "password", "Other-Passw0rd!", "durationSeconds", 7200))
                .then().statusCode(400);
    }

    @Test
    void signInWhenWrongPasswordUnknownUserOrAccountThenSameAnswer() {
        String user = userWithPassword(null);

        String wrongPassword = signIn(userCredentials(ACCOUNT, user, "Wrong-Passw0rd!")).then().statusCode(401)
                .extract().jsonPath().getString("detail");
        String unknownUser = signIn(userCredentials(ACCOUNT, "nobody-" + user, PASSWORD)).then().statusCode(401)
                .extract().jsonPath().getString("detail");
        String unknownAccount = signIn(userCredentials("999999999998", user, PASSWORD)).then().statusCode(401)
                .extract().jsonPath().getString("detail");
        String unknownRoot = signIn(Map.of("email", "nobody@example.com", "password", PASSWORD)).then()
                .statusCode(401).extract().jsonPath().getString("detail");

        assertThat(wrongPassword).isEqualTo("Your authentication information is incorrect. Please try again.")
                .isEqualTo(unknownUser).isEqualTo(unknownAccount).isEqualTo(unknownRoot);
    }

    @Test
    void signInWhenMfaEnrolledThenCodeRequiredAndSessionCarriesMfa() {
        String user = userWithPassword("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cognito-idp:ListUserPools",
                  "Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"},
                  "NumericLessThan":{"aws:MultiFactorAuthAge":"300"}}}]}""");
        AuthenticatorApp app;
        try (IamClient root = QueryClients.iam()) {
            VirtualMFADevice device = root.createVirtualMFADevice(r -> r.virtualMFADeviceName(user)).virtualMFADevice();
            app = new AuthenticatorApp(device.base32StringSeed().asUtf8String());
            Instant now = Instant.now();
            root.enableMFADevice(r -> r.userName(user).serialNumber(device.serialNumber())
                    .authenticationCode1(app.code(now, -1)).authenticationCode2(app.code(now, 0)));
        }

        signIn(userCredentials(ACCOUNT, user, PASSWORD)).then().statusCode(401).body("title", equalTo("MfaRequired"));
        Map<String, Object> wrongCode = userCredentials(ACCOUNT, user, PASSWORD);
        wrongCode.put("mfaCode", "000000".equals(app.code()) ? "111111" : "000000");
        signIn(wrongCode).then().statusCode(401).body("title", equalTo("NotAuthorizedException"));

        Map<String, Object> withCode = userCredentials(ACCOUNT, user, PASSWORD);
        withCode.put("mfaCode", app.code(Instant.now(), 1));
        JsonPath session = signIn(withCode).then().statusCode(200).body("multiFactor", equalTo(true))
                .extract().jsonPath();

        try (CognitoIdentityProviderClient cognito = CognitoClients.withSession(
                session.getString("credentials.accessKeyId"), session.getString("credentials.secretAccessKey"),
                session.getString("credentials.sessionToken"))) {
            assertThat(cognito.listUserPools(r -> r.maxResults(1)).sdkHttpResponse().isSuccessful()).isTrue();
        }
        signIn(withCode).then().statusCode(401);
    }

    @Test
    void signInWhenMalformedThen400() {
        signIn(Map.of("account", ACCOUNT, "userName", "x")).then().statusCode(400);
        signIn(Map.of("email", "a@b.c", "account", ACCOUNT, "password", PASSWORD)).then().statusCode(400);
        signIn(Map.of("email", "a@b.c", "userName", "x", "account", ACCOUNT, "password", PASSWORD)).then()
                .statusCode(400);
        signIn(Map.of("userName", "x", "password", PASSWORD)).then().statusCode(400);
        signIn(Map.of("account", ACCOUNT, "userName", "x", "password", PASSWORD, "durationSeconds", 60)).then()
                .statusCode(400);
        signIn(Map.of("account", ACCOUNT, "userName", "x", "password", PASSWORD, "mfaCode", "12ab56")).then()
                .statusCode(400);
        signIn(Map.of("account", ACCOUNT, "userName", "x", "password", PASSWORD, "extra", true)).then()
                .statusCode(400);
        given().contentType(ContentType.JSON).body("{\"account\": 5}").when().post(PATH).then().statusCode(400);
        given().contentType(ContentType.JSON).body("not json").when().post(PATH).then().statusCode(400);
    }
}
