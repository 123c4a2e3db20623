package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.AuthenticatorApp;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/**
 * TOTP MFA (enrolment by access token and inside a sign-in, the SOFTWARE_TOKEN_MFA challenge,
 * code replay), refresh-token rotation and reuse detection, RevokeToken, GlobalSignOut,
 * ChangePassword and DeleteUser through the AWS SDK's Cognito client.
 */
@GatehouseTest
class MfaAndTokensSdkTest {

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
    void signInWhenTotpEnrolledThenSoftwareTokenChallengeAndMfaAmr() throws ParseException {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "OPTIONAL"));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "totp", Map.of());
        AuthenticatorApp authenticator = enroll(client, username);

        InitiateAuthResponse challenge = passwordSignIn(client, username);
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
        assertThat(challenge.authenticationResult()).isNull();
        AuthenticationResultType tokens = app.respondToAuthChallenge(r -> r.clientId(client.clientId())
                .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", username, "SOFTWARE_TOKEN_MFA_CODE",
                        authenticator.code(Instant.now(), 1)))).authenticationResult();

        assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getStringListClaim("amr"))
                .containsExactly("pwd", "mfa", "otp");
        var me = app.getUser(r -> r.accessToken(tokens.accessToken()));
        assertThat(me.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
        assertThat(me.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
        var adminView = admin.adminGetUser(r -> r.userPoolId(pool).username(username));
        assertThat(adminView.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
        assertThat(adminView.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
    }

    @Test
    void signInWhenTotpCodeReusedOrWrongThenCodeMismatch() {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "OPTIONAL"));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "replay", Map.of());
        AuthenticatorApp authenticator = enroll(client, username);
        String code = authenticator.code(Instant.now(), 1);
        InitiateAuthResponse first = passwordSignIn(client, username);
        answerTotp(client, username, first.session(), code);

        InitiateAuthResponse second = passwordSignIn(client, username);
        assertAwsError(() -> answerTotp(client, username, second.session(), code), "CodeMismatchException", 400);
        InitiateAuthResponse third = passwordSignIn(client, username);
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertAwsError(() -> answerTotp(client, username, third.session(), wrong), "CodeMismatchException", 400);
        assertAwsError(() -> answerTotp(client, username, third.session(), authenticator.code()),
                "NotAuthorizedException", 400);
    }

    @Test
    void signInWhenMfaOnAndNotEnrolledThenMfaSetupWithSessionThenTokens() throws ParseException {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "ON"));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "setup", Map.of());

        InitiateAuthResponse challenge = passwordSignIn(client, username);
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
        assertThat(challenge.challengeParameters()).containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");
        assertAwsError(() -> app.respondToAuthChallenge(r -> r.clientId(client.clientId())
                .challengeName(ChallengeNameType.MFA_SETUP).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", username))), "InvalidParameterException", 400);

        InitiateAuthResponse retry = passwordSignIn(client, username);
        var associated = app.associateSoftwareToken(r -> r.session(retry.session()));
        AuthenticatorApp authenticator = new AuthenticatorApp(associated.secretCode());
        var verified = app.verifySoftwareToken(r -> r.session(associated.session()).userCode(authenticator.code()));
        assertThat(verified.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
        AuthenticationResultType tokens = app.respondToAuthChallenge(r -> r.clientId(client.clientId())
                .challengeName(ChallengeNameType.MFA_SETUP).session(verified.session())
                .challengeResponses(Map.of("USERNAME", username))).authenticationResult();

        assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getStringListClaim("amr")).contains("mfa");
        assertThat(passwordSignIn(client, username).challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
    }

    @Test
    void verifySoftwareTokenWhenCodeWrongThenEnableSoftwareTokenMfaExceptionAndPreferenceRefused() {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "OPTIONAL"));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "wrongcode", Map.of());
        String access = passwordSignIn(client, username).authenticationResult().accessToken();
        String secret = app.associateSoftwareToken(r -> r.accessToken(access)).secretCode();
        String right = new AuthenticatorApp(secret).code();

        assertAwsError(() -> app.verifySoftwareToken(r -> r.accessToken(access)
                .userCode(right.equals("123456") ? "654321" : "123456")), "EnableSoftwareTokenMFAException", 400);
        assertAwsError(() -> app.setUserMFAPreference(r -> r.accessToken(access)
                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true))), "InvalidParameterException", 400);
        assertThat(passwordSignIn(client, username).authenticationResult()).isNotNull();
    }

    @Test
    void adminSetUserMfaPreferenceWhenDisabledThenSignInWithoutChallenge() {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "OPTIONAL"));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "adminmfa", Map.of());
        enroll(client, username);
        assertThat(passwordSignIn(client, username).challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);

        admin.adminSetUserMFAPreference(r -> r.userPoolId(pool).username(username)
                .softwareTokenMfaSettings(s -> s.enabled(false).preferredMfa(false)));

        assertThat(passwordSignIn(client, username).authenticationResult()).isNotNull();
    }

    @Test
    void refreshTokenAuthWhenUsedThenRotatedAndReuseRevokesFamily() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "refresh", Map.of());
        AuthenticationResultType first = passwordSignIn(client, username).authenticationResult();

        AuthenticationResultType second = refresh(client, first.refreshToken()).authenticationResult();
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(second.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());

        assertAwsError(() -> refresh(client, first.refreshToken()), "NotAuthorizedException", 400);
        assertAwsError(() -> refresh(client, second.refreshToken()), "NotAuthorizedException", 400);
        assertAwsError(() -> app.getUser(r -> r.accessToken(second.accessToken())), "NotAuthorizedException", 400);
    }

    @Test
    void refreshTokenAuthWhenAnotherClientsTokenOrGarbageThenNotAuthorized() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        PoolFixtures.Client other = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "otherclient", Map.of());
        String refreshToken = passwordSignIn(client, username).authenticationResult().refreshToken();

        assertAwsError(() -> refresh(other, refreshToken), "NotAuthorizedException", 400);
        assertAwsError(() -> refresh(client, "not-a-refresh-token"), "NotAuthorizedException", 400);
        assertThat(refresh(client, refreshToken).authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void revokeTokenWhenRefreshTokenRevokedThenItAndItsAccessTokensStop() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "revoke", Map.of());
        AuthenticationResultType tokens = passwordSignIn(client, username).authenticationResult();

        app.revokeToken(r -> r.clientId(client.clientId()).token(tokens.refreshToken()));

        assertAwsError(() -> refresh(client, tokens.refreshToken()), "NotAuthorizedException", 400);
        assertAwsError(() -> app.getUser(r -> r.accessToken(tokens.accessToken())), "NotAuthorizedException", 400);
        assertAwsError(() -> app.revokeToken(r -> r.clientId(client.clientId()).token(tokens.accessToken())),
                "UnsupportedTokenTypeException", 400);
    }

    @Test
    void globalSignOutWhenCalledThenEveryTokenOfTheUserStops() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "signout", Map.of());
        AuthenticationResultType phone = passwordSignIn(client, username).authenticationResult();
        AuthenticationResultType laptop = passwordSignIn(client, username).authenticationResult();

        app.globalSignOut(r -> r.accessToken(phone.accessToken()));

        assertAwsError(() -> app.getUser(r -> r.accessToken(laptop.accessToken())), "NotAuthorizedException", 400);
        assertAwsError(() -> refresh(client, laptop.refreshToken()), "NotAuthorizedException", 400);
        assertThat(passwordSignIn(client, username).authenticationResult()).isNotNull();
    }

    @Test
    void adminUserGlobalSignOutWhenCalledThenUsersTokensStop() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "adminout", Map.of());
        AuthenticationResultType tokens = passwordSignIn(client, username).authenticationResult();

        admin.adminUserGlobalSignOut(r -> r.userPoolId(pool).username(username));

        assertAwsError(() -> app.getUser(r -> r.accessToken(tokens.accessToken())), "NotAuthorizedException", 400);
    }

    @Test
    void changePasswordWhenPreviousRightThenNewWorksAndWrongPreviousRefused() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "change", Map.of());
        String access = passwordSignIn(client, username).authenticationResult().accessToken();

        assertAwsError(() -> app.changePassword(r -> r.accessToken(access).previousPassword("Wrong-Passw0rd!")
                .proposedPassword("Changed-Passw0rd!")), "NotAuthorizedException", 400);
        assertAwsError(() -> app.changePassword(r -> r.accessToken(access).previousPassword(PoolFixtures.PASSWORD)
                .proposedPassword("weak")), "InvalidPasswordException", 400);
        app.changePassword(r -> r.accessToken(access).previousPassword(PoolFixtures.PASSWORD)
                .proposedPassword("Changed-Passw0rd!"));

        assertAwsError(() -> passwordSignIn(client, username), "NotAuthorizedException", 400);
        assertThat(app.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", "Changed-Passw0rd!")))
                .authenticationResult()).isNotNull();
    }

    @Test
    void deleteUserWhenCalledThenUserGoneAndTokenDead() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "delete", Map.of());
        String access = passwordSignIn(client, username).authenticationResult().accessToken();

        app.deleteUser(r -> r.accessToken(access));

        assertAwsError(() -> admin.adminGetUser(r -> r.userPoolId(pool).username(username)), "UserNotFoundException", 400);
        assertAwsError(() -> app.getUser(r -> r.accessToken(access)), "NotAuthorizedException", 400);
    }

    @Test
    void getUserWhenTokenForgedOrMissingScopeThenNotAuthorized() {
        String pool = AppFixtures.pool(Map.of());
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "forged", Map.of());
        String access = passwordSignIn(client, username).authenticationResult().accessToken();
        String[] parts = access.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertAwsError(() -> app.getUser(r -> r.accessToken(tampered)), "NotAuthorizedException", 400);
        assertAwsError(() -> app.getUser(r -> r.accessToken("not.a.jwt")), "NotAuthorizedException", 400);
        String id = passwordSignIn(client, username).authenticationResult().idToken();
        assertAwsError(() -> app.getUser(r -> r.accessToken(id)), "NotAuthorizedException", 400);
    }

    @Test
    void signInWhenEmailMfaPreferredThenCodeMailedAndCompletesWithMfa() throws ParseException {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "OPTIONAL",
                "mfaTypes", java.util.List.of("SOFTWARE_TOKEN_MFA", "EMAIL_OTP")));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String email = AccountFixtures.email("otp");
        String username = PoolFixtures.createUser(pool, "otp", Map.of("email", email, "email_verified", "true"));
        String access = passwordSignIn(client, username).authenticationResult().accessToken();
        app.setUserMFAPreference(r -> r.accessToken(access).emailMfaSettings(s -> s.enabled(true).preferredMfa(true)));

        InitiateAuthResponse challenge = passwordSignIn(client, username);
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
        assertThat(challenge.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL")
                .hasEntrySatisfying("CODE_DELIVERY_DESTINATION", d -> assertThat(d).contains("***").doesNotContain(email));
        String code = AccountFixtures.latestCode(pool, "mfa.email", email);
        AuthenticationResultType tokens = app.respondToAuthChallenge(r -> r.clientId(client.clientId())
                .challengeName(ChallengeNameType.EMAIL_OTP).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", username, "EMAIL_OTP_CODE", code))).authenticationResult();

        assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getStringListClaim("amr"))
                .containsExactly("pwd", "mfa", "otp");
        assertThat(app.getUser(r -> r.accessToken(tokens.accessToken())).preferredMfaSetting()).isEqualTo("EMAIL_OTP");
        InitiateAuthResponse again = passwordSignIn(client, username);
        assertAwsError(() -> app.respondToAuthChallenge(r -> r.clientId(client.clientId())
                .challengeName(ChallengeNameType.EMAIL_OTP).session(again.session())
                .challengeResponses(Map.of("USERNAME", username, "EMAIL_OTP_CODE", code))), "CodeMismatchException", 400);
    }

    @Test
    void signInWhenTwoFactorsAndNoPreferenceThenSelectMfaTypeThenChosenChallenge() {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "OPTIONAL",
                "mfaTypes", java.util.List.of("SOFTWARE_TOKEN_MFA", "EMAIL_OTP")));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "select",
                Map.of("email", AccountFixtures.email("select"), "email_verified", "true"));
        AuthenticatorApp authenticator = enroll(client, username);
        String access = app.respondToAuthChallenge(r -> r.clientId(client.clientId())
                .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA).session(passwordSignIn(client, username).session())
                .challengeResponses(Map.of("USERNAME", username, "SOFTWARE_TOKEN_MFA_CODE",
                        authenticator.code(Instant.now(), 1)))).authenticationResult().accessToken();
        app.setUserMFAPreference(r -> r.accessToken(access)
                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(false))
                .emailMfaSettings(s -> s.enabled(true).preferredMfa(false)));

        InitiateAuthResponse select = passwordSignIn(client, username);
        assertThat(select.challengeName()).isEqualTo(ChallengeNameType.SELECT_MFA_TYPE);
        assertThat(select.challengeParameters().get("MFAS_CAN_CHOOSE")).contains("SOFTWARE_TOKEN_MFA", "EMAIL_OTP");
        assertAwsError(() -> app.respondToAuthChallenge(r -> r.clientId(client.clientId())
                .challengeName(ChallengeNameType.SELECT_MFA_TYPE).session(passwordSignIn(client, username).session())
                .challengeResponses(Map.of("USERNAME", username, "ANSWER", "SMS_MFA"))), "InvalidParameterException", 400);
        var chosen = app.respondToAuthChallenge(r -> r.clientId(client.clientId())
                .challengeName(ChallengeNameType.SELECT_MFA_TYPE).session(select.session())
                .challengeResponses(Map.of("USERNAME", username, "ANSWER", "SOFTWARE_TOKEN_MFA")));

        assertThat(chosen.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
    }

    @Test
    void setUserMfaPreferenceWhenEmailUnverifiedThenInvalidParameter() {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "OPTIONAL", "mfaTypes", java.util.List.of("EMAIL_OTP")));
        PoolFixtures.Client client = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(pool, "unverified", Map.of("email", AccountFixtures.email("unv")));
        String access = passwordSignIn(client, username).authenticationResult().accessToken();

        assertAwsError(() -> app.setUserMFAPreference(r -> r.accessToken(access)
                .emailMfaSettings(s -> s.enabled(true).preferredMfa(true))), "InvalidParameterException", 400);
    }

    private AuthenticatorApp enroll(PoolFixtures.Client client, String username) {
        String access = passwordSignIn(client, username).authenticationResult().accessToken();
        AuthenticatorApp authenticator = new AuthenticatorApp(
                app.associateSoftwareToken(r -> r.accessToken(access)).secretCode());
        assertThat(app.verifySoftwareToken(r -> r.accessToken(access).userCode(authenticator.code(Instant.now(), -1)))
                .status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
        app.setUserMFAPreference(r -> r.accessToken(access)
                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));
        return authenticator;
    }

    private void answerTotp(PoolFixtures.Client client, String username, String session, String code) {
        app.respondToAuthChallenge(r -> r.clientId(client.clientId()).challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA)
                .session(session).challengeResponses(Map.of("USERNAME", username, "SOFTWARE_TOKEN_MFA_CODE", code)));
    }

    private InitiateAuthResponse passwordSignIn(PoolFixtures.Client client, String username) {
        return app.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD)));
    }

    private InitiateAuthResponse refresh(PoolFixtures.Client client, String refreshToken) {
        return app.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", refreshToken)));
    }
}
