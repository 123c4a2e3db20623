package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.TriggerReceiver;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * The custom message trigger before every code and invitation mail (texts read back from the dev
 * outbox) and user migration for ForgotPassword, through the AWS SDK against a real webhook
 * receiver on loopback.
 */
@GatehouseTest
class CustomMessageTriggerSdkTest {

    private static final String PASSWORD = PoolFixtures.PASSWORD;
    private static final String NEW_PASSWORD = "New-Passw0rd!x";
    private static final Map<String, String> METADATA = Map.of("campaign", "spring");

    private TriggerReceiver hooks;
    private CognitoIdentityProviderClient cognito;
    private CognitoIdentityProviderClient admin;

    @BeforeEach
    void start() {
        hooks = TriggerReceiver.start();
        cognito = CognitoClients.unsigned();
        admin = CognitoClients.root();
    }

    @AfterEach
    void close() {
        cognito.close();
        admin.close();
        hooks.close();
    }

    @Test
    void signUpWhenCustomMessageThenMailSubjectAndTextReplacedWithCode() {
        String pool = pool(Map.of("customMessage", hooks.url("/message")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        hooks.editEvent("/message", event -> ((ObjectNode) event.get("response"))
                .put("emailSubject", "Welcome aboard")
                .put("emailMessage", "Hi " + event.at("/request/userAttributes/email").asText() + ", your code: "
                        + event.at("/request/codeParameter").asText()));

        String email = signUpWithMetadata(app, "gus");

        Map<String, Object> mail = AccountFixtures.latestMail(pool, AccountFixtures.SIGN_UP, email);
        assertThat(mail.get("subject")).isEqualTo("Welcome aboard");
        assertThat(String.valueOf(mail.get("textBody"))).matches("Hi " + java.util.regex.Pattern.quote(email)
                + ", your code: \\d{6}");
        ObjectNode event = hooks.calls("/message").get(0).event();
        assertThat(event.get("triggerSource").asText()).isEqualTo("CustomMessage_SignUp");
        assertThat(event.at("/request/codeParameter").asText()).isEqualTo("{####}");
        assertThat(event.at("/request/clientMetadata/campaign").asText()).isEqualTo("spring");
        cognito.confirmSignUp(r -> r.clientId(app.clientId()).username("gus")
                .confirmationCode(AccountFixtures.code(String.valueOf(mail.get("textBody")))));
    }

    @Test
    void signUpWhenCustomMessageDropsCodePlaceholderThenInvalidLambdaResponseAndNothingStored() {
        String pool = pool(Map.of("customMessage", hooks.url("/message")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        hooks.editEvent("/message", event -> ((ObjectNode) event.get("response")).put("emailMessage", "No code here"));

        assertAwsError(() -> signUp(app, "hal"), "InvalidLambdaResponseException", 400);

        assertThat(AccountFixtures.outbox(pool)).isEmpty();
        assertAwsError(() -> admin.adminGetUser(r -> r.userPoolId(pool).username("hal")), "UserNotFoundException", 400);
    }

    @Test
    void resendAndForgotPasswordWhenCustomMessageThenTheirSources() {
        String pool = pool(Map.of("customMessage", hooks.url("/message")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        signUp(app, "ida");
        String email = AccountFixtures.email("jo");
        String username = PoolFixtures.createUser(pool, "jo", Map.of("email", email, "email_verified", "true"));

        cognito.resendConfirmationCode(r -> r.clientId(app.clientId()).username("ida"));
        cognito.forgotPassword(r -> r.clientId(app.clientId()).username(username).clientMetadata(METADATA));

        assertThat(hooks.calls("/message")).extracting(c -> c.event().get("triggerSource").asText())
                .containsExactly("CustomMessage_SignUp", "CustomMessage_ResendCode", "CustomMessage_ForgotPassword");
        assertThat(hooks.calls("/message").get(2).event().at("/request/clientMetadata/campaign").asText())
                .isEqualTo("spring");
    }

    @Test
    void adminCreateUserWhenCustomMessageKeepsPlaceholdersThenInvitationReplaced() {
        String pool = pool(Map.of("customMessage", hooks.url("/message")));
        hooks.editEvent("/message", event -> ((ObjectNode) event.get("response"))
                .put("emailMessage", "Sign in as {username} with {####}").put("emailSubject", "Your account"));
        String email = AccountFixtures.email("kim");

        admin.adminCreateUser(r -> r.userPoolId(pool).username("kim").temporaryPassword("Temp-Passw0rd!")
                .userAttributes(email(email)));

        Map<String, Object> mail = AccountFixtures.latestMail(pool, AccountFixtures.INVITATION, email);
        assertThat(mail.get("subject")).isEqualTo("Your account");
        assertThat(mail.get("textBody")).isEqualTo("Sign in as kim with Temp-Passw0rd!");
        assertThat(hooks.calls("/message").get(0).event().get("triggerSource").asText())
                .isEqualTo("CustomMessage_AdminCreateUser");
    }

    @Test
    void adminCreateUserWhenCustomMessageDropsUsernameThenInvalidLambdaResponse() {
        String pool = pool(Map.of("customMessage", hooks.url("/message")));
        hooks.editEvent("/message", event -> ((ObjectNode) event.get("response")).put("emailMessage", "Code {####}"));

        assertAwsError(() -> admin.adminCreateUser(r -> r.userPoolId(pool).username("lee")
                .userAttributes(email(AccountFixtures.email("lee")))), "InvalidLambdaResponseException", 400);

        assertAwsError(() -> admin.adminGetUser(r -> r.userPoolId(pool).username("lee")), "UserNotFoundException", 400);
    }

    @Test
    void forgotPasswordWhenUnknownUserMigratedThenCreatedResetRequiredAndCodeMailed() {
        String pool = pool(Map.of("userMigration", hooks.url("/migrate")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        String email = AccountFixtures.email("legacy");
        hooks.editEvent("/migrate", event -> event.set("response", event.objectNode()
                .put("finalUserStatus", "RESET_REQUIRED").put("messageAction", "SUPPRESS")
                .set("userAttributes", event.objectNode().put("email", email).put("email_verified", "true"))));
        String legacy = PoolFixtures.unique("legacy");

        cognito.forgotPassword(r -> r.clientId(app.clientId()).username(legacy).clientMetadata(METADATA));

        ObjectNode event = hooks.calls("/migrate").get(0).event();
        assertThat(event.get("triggerSource").asText()).isEqualTo("UserMigration_ForgotPassword");
        assertThat(event.at("/request").has("password")).isFalse();
        assertThat(event.at("/request/clientMetadata/campaign").asText()).isEqualTo("spring");
        assertThat(admin.adminGetUser(r -> r.userPoolId(pool).username(legacy)).userStatus())
                .isEqualTo(UserStatusType.RESET_REQUIRED);
        cognito.confirmForgotPassword(r -> r.clientId(app.clientId()).username(legacy).password(NEW_PASSWORD)
                .confirmationCode(AccountFixtures.latestCode(pool, AccountFixtures.PASSWORD_RESET, email)));
        assertThat(SignUpSdkTest.passwordSignIn(cognito, app, legacy, NEW_PASSWORD).authenticationResult()).isNotNull();
    }

    @Test
    void emailMfaWhenCustomMessageThenAuthenticationSourceAndReplacedTextCarryTheCode() {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "OPTIONAL", "mfaTypes", java.util.List.of("EMAIL_OTP"),
                "triggers", Map.of("customMessage", hooks.url("/message"))));
        PoolFixtures.Client app = AppFixtures.publicClient(pool, AppFixtures.ALL_FLOWS);
        String email = AccountFixtures.email("mfamsg");
        String username = PoolFixtures.createUser(pool, "mfamsg", Map.of("email", email, "email_verified", "true"));
        String access = passwordSignIn(app, username).authenticationResult().accessToken();
        cognito.setUserMFAPreference(r -> r.accessToken(access).emailMfaSettings(m -> m.enabled(true).preferredMfa(true)));
        hooks.editEvent("/message", event -> ((ObjectNode) event.get("response"))
                .put("emailSubject", "Your sign-in").put("emailMessage", "Sign-in code " + event.at("/request/codeParameter").asText()));

        var challenge = passwordSignIn(app, username);

        assertThat(challenge.challengeNameAsString()).isEqualTo("EMAIL_OTP");
        Map<String, Object> mail = AccountFixtures.latestMail(pool, "mfa.email", email);
        assertThat(mail.get("subject")).isEqualTo("Your sign-in");
        assertThat(String.valueOf(mail.get("textBody"))).matches("Sign-in code \\d{6}");
        assertThat(hooks.calls("/message").get(0).event().get("triggerSource").asText())
                .isEqualTo("CustomMessage_Authentication");
        var tokens = cognito.respondToAuthChallenge(r -> r.clientId(app.clientId()).challengeName("EMAIL_OTP")
                .session(challenge.session()).challengeResponses(Map.of("USERNAME", username,
                        "EMAIL_OTP_CODE", AccountFixtures.code(String.valueOf(mail.get("textBody"))))));
        assertThat(tokens.authenticationResult().idToken()).isNotBlank();
    }

    private software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse passwordSignIn(
            PoolFixtures.Client app, String username) {
        return cognito.initiateAuth(r -> r.clientId(app.clientId()).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", username, "PASSWORD", PASSWORD)));
    }

    private String pool(Map<String, Object> triggers) {
        Map<String, Object> settings = new HashMap<>(AccountFixtures.EMAIL_VERIFIED);
        settings.put("triggers", triggers);
        return AccountFixtures.pool(settings);
    }

    private String signUp(PoolFixtures.Client app, String username) {
        String email = AccountFixtures.email(username);
        cognito.signUp(r -> r.clientId(app.clientId()).username(username).password(PASSWORD).userAttributes(email(email)));
        return email;
    }

    private String signUpWithMetadata(PoolFixtures.Client app, String username) {
        String email = AccountFixtures.email(username);
        cognito.signUp(r -> r.clientId(app.clientId()).username(username).password(PASSWORD).userAttributes(email(email))
                .clientMetadata(METADATA));
        return email;
    }

    private static AttributeType email(String address) {
        return AttributeType.builder().name("email").value(address).build();
    }
}
