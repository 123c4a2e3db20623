package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.CognitoSrpClient;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.signin.AuthSession;
import io.gatehouse.userpool.signin.AuthSessionStore;
import io.gatehouse.userpool.signin.ChallengeName;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * App sign-in through the AWS SDK's Cognito client: USER_PASSWORD_AUTH, USER_SRP_AUTH (with an
 * independent SRP client), ADMIN_USER_PASSWORD_AUTH, NEW_PASSWORD_REQUIRED, SECRET_HASH, and the
 * failures an app must see (wrong password, unknown user, disabled user, replayed session, flow
 * not enabled).
 */
@GatehouseTest
class AppSignInSdkTest {

    private CognitoIdentityProviderClient app;
    private CognitoIdentityProviderClient admin;

    @BeforeEach
    void clients() {
        app = CognitoClients.unsigned();
        admin = CognitoClients.root();
    }

    @AfterEach
    void close() {
        app.close();
        admin.close();
    }

    @Test
    void initiateAuthWhenPasswordRightThenCognitoShapedTokensAndGetUserWorks() throws ParseException {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "pwd", Map.of("email", "pwd@example.com"));

        AuthenticationResultType tokens = passwordSignIn(client, username, PoolFixtures.PASSWORD).authenticationResult();

        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.expiresIn()).isEqualTo(3600);
        assertThat(tokens.refreshToken()).isNotBlank();
        JWTClaimsSet id = SignedJWT.parse(tokens.idToken()).getJWTClaimsSet();
        assertThat(id.getIssuer()).endsWith("/" + pool);
        assertThat(id.getAudience()).containsExactly(client.clientId());
        assertThat(id.getStringClaim("token_use")).isEqualTo("id");
        assertThat(id.getStringClaim("cognito:username")).isEqualTo(username);
        assertThat(id.getStringListClaim("amr")).containsExactly("pwd");
        JWTClaimsSet access = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
        assertThat(access.getStringClaim("scope")).contains("aws.cognito.signin.user.admin");
        var me = app.getUser(r -> r.accessToken(tokens.accessToken()));
        assertThat(me.username()).isEqualTo(username);
        assertThat(me.userAttributes()).extracting(AttributeType::name, AttributeType::value)
                .contains(org.assertj.core.groups.Tuple.tuple("email", "pwd@example.com"),
                        org.assertj.core.groups.Tuple.tuple("sub", id.getSubject()));
    }

    @Test
    void initiateAuthWhenPasswordWrongOrUserUnknownOrDisabledThenSameNotAuthorized() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "fail", Map.of());
        String disabled = PoolFixtures.createUser(pool, "off", Map.of());
        PoolFixtures.disableUser(pool, disabled);

        String wrong = assertAwsError(() -> passwordSignIn(client, username, "Wrong-Passw0rd!"),
                "NotAuthorizedException", 400).awsErrorDetails().errorMessage();
        String unknown = assertAwsError(() -> passwordSignIn(client, "nobody-" + username, PoolFixtures.PASSWORD),
                "NotAuthorizedException", 400).awsErrorDetails().errorMessage();
        String off = assertAwsError(() -> passwordSignIn(client, disabled, PoolFixtures.PASSWORD),
                "NotAuthorizedException", 400).awsErrorDetails().errorMessage();

        assertThat(wrong).isEqualTo("Incorrect username or password.").isEqualTo(unknown).isEqualTo(off);
    }

    @Test
    void initiateAuthWhenFlowNotEnabledForClientThenInvalidParameter() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client srpOnly = AppFixtures.publicClient(pool, List.of("USER_SRP_AUTH"));
        String username = PoolFixtures.createUser(pool, "flow", Map.of());

        assertAwsError(() -> passwordSignIn(srpOnly, username, PoolFixtures.PASSWORD), "InvalidParameterException", 400);
        assertAwsError(() -> app.initiateAuth(r -> r.clientId(srpOnly.clientId())
                        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD))),
                "InvalidParameterException", 400);
        assertAwsError(() -> app.initiateAuth(r -> r.clientId("no-such-client").authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD))),
                "ResourceNotFoundException", 400);
        assertAwsError(() -> app.initiateAuth(r -> r.clientId(srpOnly.clientId()).authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(Map.of("USERNAME", username))), "InvalidParameterException", 400);
    }

    @Test
    void initiateAuthWhenSrpWithIndependentClientThenTokens() throws ParseException {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "srp", Map.of());

        AuthenticationResultType tokens = srpSignIn(pool, client, username, PoolFixtures.PASSWORD).authenticationResult();

        assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getStringClaim("cognito:username"))
                .isEqualTo(username);
        assertThat(tokens.refreshToken()).isNotBlank();
    }

    @Test
    void respondToAuthChallengeWhenSrpPasswordWrongOrUserUnknownThenSameNotAuthorized() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "srpfail", Map.of());

        String wrong = assertAwsError(() -> srpSignIn(pool, client, username, "Wrong-Passw0rd!"),
                "NotAuthorizedException", 400).awsErrorDetails().errorMessage();
        String unknown = assertAwsError(() -> srpSignIn(pool, client, "ghost-" + username, PoolFixtures.PASSWORD),
                "NotAuthorizedException", 400).awsErrorDetails().errorMessage();

        assertThat(wrong).isEqualTo(unknown).isEqualTo("Incorrect username or password.");
    }

    @Test
    void respondToAuthChallengeWhenSessionReplayedThenNotAuthorized() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "replay", Map.of());
        CognitoSrpClient srp = new CognitoSrpClient(pool);
        InitiateAuthResponse challenge = app.initiateAuth(r -> r.clientId(client.clientId())
                .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(Map.of("USERNAME", username, "SRP_A", srp.srpA())));
        Map<String, String> answer = srpAnswer(srp, challenge, PoolFixtures.PASSWORD);
        respond(client, ChallengeNameType.PASSWORD_VERIFIER, challenge.session(), answer);

        assertAwsError(() -> respond(client, ChallengeNameType.PASSWORD_VERIFIER, challenge.session(), answer),
                "NotAuthorizedException", 400);
        assertAwsError(() -> respond(client, ChallengeNameType.PASSWORD_VERIFIER, "made-up-session", answer),
                "NotAuthorizedException", 400);
    }

    @Test
    void respondToAuthChallengeWhenSrpTimestampStaleThenNotAuthorized() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "stale", Map.of());
        CognitoSrpClient srp = new CognitoSrpClient(pool);
        InitiateAuthResponse challenge = app.initiateAuth(r -> r.clientId(client.clientId())
                .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(Map.of("USERNAME", username, "SRP_A", srp.srpA())));
        Map<String, String> p = challenge.challengeParameters();
        CognitoSrpClient.PasswordClaim claim = srp.claim(p.get("USER_ID_FOR_SRP"), PoolFixtures.PASSWORD, p.get("SRP_B"),
                p.get("SALT"), p.get("SECRET_BLOCK"), Instant.now().minusSeconds(3600));

        assertAwsError(() -> respond(client, ChallengeNameType.PASSWORD_VERIFIER, challenge.session(), Map.of(
                "USERNAME", p.get("USER_ID_FOR_SRP"), "PASSWORD_CLAIM_SECRET_BLOCK", p.get("SECRET_BLOCK"),
                "PASSWORD_CLAIM_SIGNATURE", claim.signature(), "TIMESTAMP", claim.timestamp())),
                "NotAuthorizedException", 400);
    }

    @Test
    void adminInitiateAuthWhenAdminPasswordFlowThenTokensAndOtherAccountsCannot() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "adm", Map.of());

        var result = admin.adminInitiateAuth(r -> r.userPoolId(pool).clientId(client.clientId())
                .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD)));

        assertThat(result.authenticationResult().accessToken()).isNotBlank();
        assertAwsError(() -> admin.adminInitiateAuth(r -> r.userPoolId(pool).clientId(client.clientId())
                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD))),
                "InvalidParameterException", 400);
        assertAwsError(() -> app.adminInitiateAuth(r -> r.userPoolId(pool).clientId(client.clientId())
                        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD))),
                "MissingAuthenticationTokenException", 400);
    }

    @Test
    void initiateAuthWhenTemporaryPasswordThenNewPasswordRequiredThenTokens() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.unique("temp");
        admin.adminCreateUser(r -> r.userPoolId(pool).username(username).temporaryPassword("Temp-Passw0rd!")
                .messageAction(MessageActionType.SUPPRESS));

        InitiateAuthResponse challenge = passwordSignIn(client, username, "Temp-Passw0rd!");
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        assertThat(challenge.challengeParameters()).containsEntry("USER_ID_FOR_SRP", username)
                .containsEntry("requiredAttributes", "[]");
        assertAwsError(() -> respond(client, ChallengeNameType.NEW_PASSWORD_REQUIRED, challenge.session(),
                Map.of("USERNAME", username, "NEW_PASSWORD", "short")), "InvalidPasswordException", 400);

        InitiateAuthResponse again = passwordSignIn(client, username, "Temp-Passw0rd!");
        RespondToAuthChallengeResponse done = respond(client, ChallengeNameType.NEW_PASSWORD_REQUIRED, again.session(),
                Map.of("USERNAME", username, "NEW_PASSWORD", "Final-Passw0rd!"));

        assertThat(done.authenticationResult().idToken()).isNotBlank();
        assertThat(admin.adminGetUser(r -> r.userPoolId(pool).username(username)).userStatusAsString())
                .isEqualTo("CONFIRMED");
        assertAwsError(() -> passwordSignIn(client, username, "Temp-Passw0rd!"), "NotAuthorizedException", 400);
        assertThat(srpSignIn(pool, client, username, "Final-Passw0rd!").authenticationResult()).isNotNull();
    }

    @Test
    void initiateAuthWhenTemporaryPasswordOlderThanPolicyThenRefusedEvenAfterAttributeEdits() {
        String pool = AppFixtures.pool(Map.of("passwordPolicy", Map.of("temporaryPasswordValidityDays", 7,
                "requireUppercase", true, "requireLowercase", true, "requireNumbers", true, "requireSymbols", true)));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.unique("stale");
        admin.adminCreateUser(r -> r.userPoolId(pool).username(username).temporaryPassword("Temp-Passw0rd!")
                .messageAction(MessageActionType.SUPPRESS));
        UserStore users = Arc.container().instance(UserStore.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            PoolUser user = users.findByUsername(pool, username).orElseThrow();
            Instant eightDaysAgo = Instant.now().minus(java.time.Duration.ofDays(8));
            users.update(new PoolUser(user.sub(), user.poolId(), user.username(), user.enabled(), user.status(),
                    user.passwordHash(), user.attributes(), user.createdAt(), eightDaysAgo, eightDaysAgo));
        });
        admin.adminUpdateUserAttributes(r -> r.userPoolId(pool).username(username)
                .userAttributes(AttributeType.builder().name("name").value("Stale").build()));

        String message = assertAwsError(() -> passwordSignIn(client, username, "Temp-Passw0rd!"),
                "NotAuthorizedException", 400).awsErrorDetails().errorMessage();

        assertThat(message).isEqualTo("Temporary password has expired and must be reset by an administrator.");
    }

    @Test
    void initiateAuthWhenClientHasSecretThenSecretHashRequiredAndChecked() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.client(pool, true, Map.of("explicitAuthFlows", AppFixtures.ALL_FLOWS));
        String username = PoolFixtures.createUser(pool, "hash", Map.of());

        assertAwsError(() -> passwordSignIn(client, username, PoolFixtures.PASSWORD), "NotAuthorizedException", 400);
        assertAwsError(() -> app.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD,
                                "SECRET_HASH", AccountFixtures.secretHash(new PoolFixtures.Client(pool, client.clientId(), "not-the-secret"), username)))),
                "NotAuthorizedException", 400);

        var ok = app.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD,
                        "SECRET_HASH", AccountFixtures.secretHash(client, username))));

        assertThat(ok.authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void initiateAuthWhenAliasEmailVerifiedThenSignsInByEmail() {
        String pool = AppFixtures.pool(Map.of("aliasAttributes", List.of("email")));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String email = PoolFixtures.unique("alias") + "@example.com";
        String username = PoolFixtures.createUser(pool, "alias", Map.of("email", email, "email_verified", "true"));
        String unverified = PoolFixtures.unique("unv") + "@example.com";
        PoolFixtures.createUser(pool, "unv", Map.of("email", unverified));

        AuthenticationResultType tokens = passwordSignIn(client, email.toUpperCase(java.util.Locale.ROOT),
                PoolFixtures.PASSWORD).authenticationResult();

        assertThat(app.getUser(r -> r.accessToken(tokens.accessToken())).username()).isEqualTo(username);
        assertAwsError(() -> passwordSignIn(client, unverified, PoolFixtures.PASSWORD), "NotAuthorizedException", 400);
    }

    @Test
    void initiateAuthWhenRepeatedWrongPasswordsThenThrottledEvenWithRightPassword() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "throttle", Map.of());
        for (int i = 0; i < 4; i++) {
            assertAwsError(() -> passwordSignIn(client, username, "Wrong-Passw0rd!"), "NotAuthorizedException", 400);
        }

        assertAwsError(() -> passwordSignIn(client, username, PoolFixtures.PASSWORD), "TooManyRequestsException", 400);
        assertAwsError(() -> srpSignIn(pool, client, username, PoolFixtures.PASSWORD), "TooManyRequestsException", 400);
    }

    @Test
    void respondToAuthChallengeWhenSessionExpiredThenNotAuthorized() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "expired", Map.of());
        String session = "expired-session-" + username;
        AuthSessionStore store = Arc.container().instance(AuthSessionStore.class).get();
        QuarkusTransaction.requiringNew().run(() -> store.insert(new AuthSession(SecretDigest.sha256Hex(session), pool,
                client.clientId(), null, ChallengeName.NEW_PASSWORD_REQUIRED, Map.of(), Instant.now().minusSeconds(1))));

        assertAwsError(() -> respond(client, ChallengeNameType.NEW_PASSWORD_REQUIRED, session,
                Map.of("USERNAME", username, "NEW_PASSWORD", "Final-Passw0rd!")), "NotAuthorizedException", 400);
    }

    @Test
    void initiateAuthWhenUserInGroupsThenGroupRolesAndPreferredRoleInIdToken() throws ParseException {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "groups", Map.of());
        String admins = "arn:aws:iam::000000000000:role/Admins";
        String readers = "arn:aws:iam::000000000000:role/Readers";
        admin.createGroup(r -> r.userPoolId(pool).groupName("readers").precedence(10).roleArn(readers));
        admin.createGroup(r -> r.userPoolId(pool).groupName("admins").precedence(1).roleArn(admins));
        admin.adminAddUserToGroup(r -> r.userPoolId(pool).username(username).groupName("readers"));
        admin.adminAddUserToGroup(r -> r.userPoolId(pool).username(username).groupName("admins"));

        AuthenticationResultType tokens = passwordSignIn(client, username, PoolFixtures.PASSWORD).authenticationResult();

        JWTClaimsSet id = SignedJWT.parse(tokens.idToken()).getJWTClaimsSet();
        assertThat(id.getStringListClaim("cognito:groups")).containsExactlyInAnyOrder("admins", "readers");
        assertThat(id.getStringListClaim("cognito:roles")).containsExactlyInAnyOrder(admins, readers);
        assertThat(id.getStringClaim("cognito:preferred_role")).isEqualTo(admins);
        assertThat(SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getStringListClaim("cognito:groups"))
                .containsExactlyInAnyOrder("admins", "readers");
    }

    @Test
    void adminGetUserWhenPoolSignsInWithEmailThenEmailAddressesTheUser() {
        String pool = AppFixtures.pool(Map.of("usernameAttributes", List.of("email")));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String email = PoolFixtures.unique("byemail") + "@example.com";
        admin.adminCreateUser(r -> r.userPoolId(pool).username(email).temporaryPassword("Temp-Passw0rd!")
                .messageAction(MessageActionType.SUPPRESS));

        var user = admin.adminGetUser(r -> r.userPoolId(pool).username(email));

        assertThat(user.username()).matches("[0-9a-f-]{36}");
        assertThat(user.userAttributes()).extracting(AttributeType::name, AttributeType::value)
                .contains(org.assertj.core.groups.Tuple.tuple("email", email),
                        org.assertj.core.groups.Tuple.tuple("sub", user.username()));
        admin.adminSetUserPassword(r -> r.userPoolId(pool).username(email).password("Final-Passw0rd!").permanent(true));
        assertThat(passwordSignIn(client, email, "Final-Passw0rd!").authenticationResult()).isNotNull();
        assertAwsError(() -> admin.adminGetUser(r -> r.userPoolId(pool).username("other-" + email)),
                "UserNotFoundException", 400);
    }

    private InitiateAuthResponse passwordSignIn(PoolFixtures.Client client, String username, String password) {
        return app.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
    }

    private RespondToAuthChallengeResponse srpSignIn(String pool, PoolFixtures.Client client, String username,
                                                     String password) {
        CognitoSrpClient srp = new CognitoSrpClient(pool);
        InitiateAuthResponse challenge = app.initiateAuth(r -> r.clientId(client.clientId())
                .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(Map.of("USERNAME", username, "SRP_A", srp.srpA())));
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
        return respond(client, ChallengeNameType.PASSWORD_VERIFIER, challenge.session(),
                srpAnswer(srp, challenge, password));
    }

    private static Map<String, String> srpAnswer(CognitoSrpClient srp, InitiateAuthResponse challenge, String password) {
        Map<String, String> p = challenge.challengeParameters();
        CognitoSrpClient.PasswordClaim claim = srp.claim(p.get("USER_ID_FOR_SRP"), password, p.get("SRP_B"),
                p.get("SALT"), p.get("SECRET_BLOCK"), Instant.now());
        return Map.of("USERNAME", p.get("USER_ID_FOR_SRP"), "PASSWORD_CLAIM_SECRET_BLOCK", p.get("SECRET_BLOCK"),
                "PASSWORD_CLAIM_SIGNATURE", claim.signature(), "TIMESTAMP", claim.timestamp());
    }

    private RespondToAuthChallengeResponse respond(PoolFixtures.Client client, ChallengeNameType name, String session,
                                                   Map<String, String> answers) {
        return app.respondToAuthChallenge(r -> r.clientId(client.clientId()).challengeName(name).session(session)
                .challengeResponses(answers));
    }
}
