package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.TriggerReceiver;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * The pre sign-up and post confirmation triggers and the ClientMetadata bounds, through the AWS
 * SDK against a real webhook receiver on loopback.
 */
@GatehouseTest
class SignUpTriggerSdkTest {

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
    void signUpWhenPreSignUpRejectsThenUserLambdaValidationAndNothingStored() {
        String pool = pool(Map.of("preSignUp", hooks.url("/pre")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        hooks.answer("/pre", call -> TriggerReceiver.Reply.json(400, "{\"message\": \"Domain not allowed\"}"));
        String email = AccountFixtures.email("rejected");

        var e = assertAwsError(() -> cognito.signUp(r -> r.clientId(app.clientId()).username("rejected").password(PASSWORD)
                .userAttributes(email(email)).validationData(AttributeType.builder().name("captcha").value("ok").build())
                .clientMetadata(METADATA)), "UserLambdaValidationException", 400);

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("PreSignUp failed with error Domain not allowed.");
        assertAwsError(() -> admin.adminGetUser(r -> r.userPoolId(pool).username("rejected")), "UserNotFoundException", 400);
        assertThat(AccountFixtures.outbox(pool)).isEmpty();
        ObjectNode event = hooks.calls("/pre").get(0).event();
        assertThat(event.get("triggerSource").asText()).isEqualTo("PreSignUp_SignUp");
        assertThat(event.get("userName").asText()).isEqualTo("rejected");
        assertThat(event.at("/callerContext/clientId").asText()).isEqualTo(app.clientId());
        assertThat(event.at("/request/userAttributes/email").asText()).isEqualTo(email);
        assertThat(event.at("/request/validationData/captcha").asText()).isEqualTo("ok");
        assertThat(event.at("/request/clientMetadata/campaign").asText()).isEqualTo("spring");
    }

    @Test
    void signUpWhenAutoConfirmAndAutoVerifyThenConfirmedVerifiedAndNoCode() {
        String pool = pool(Map.of("preSignUp", hooks.url("/pre")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        hooks.editEvent("/pre", event -> ((ObjectNode) event.get("response")).put("autoConfirmUser", true)
                .put("autoVerifyEmail", true));

        SignUpResponse signedUp = cognito.signUp(r -> r.clientId(app.clientId()).username("trusted").password(PASSWORD)
                .userAttributes(email(AccountFixtures.email("trusted"))));

        assertThat(signedUp.userConfirmed()).isTrue();
        assertThat(signedUp.codeDeliveryDetails()).isNull();
        AdminGetUserResponse user = admin.adminGetUser(r -> r.userPoolId(pool).username("trusted"));
        assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(user.userAttributes()).contains(AttributeType.builder().name("email_verified").value("true").build());
        assertThat(AccountFixtures.outbox(pool)).isEmpty();
        assertThat(SignUpSdkTest.passwordSignIn(cognito, app, "trusted", PASSWORD).authenticationResult().accessToken())
                .isNotBlank();
    }

    @Test
    void signUpWhenAutoVerifyWithoutAutoConfirmThenUnconfirmedAndEmailNotVerified() {
        String pool = pool(Map.of("preSignUp", hooks.url("/pre")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        hooks.editEvent("/pre", event -> ((ObjectNode) event.get("response")).put("autoVerifyEmail", true));

        SignUpResponse signedUp = cognito.signUp(r -> r.clientId(app.clientId()).username("half").password(PASSWORD)
                .userAttributes(email(AccountFixtures.email("half"))));

        assertThat(signedUp.userConfirmed()).isFalse();
        assertThat(signedUp.codeDeliveryDetails()).isNotNull();
        AdminGetUserResponse user = admin.adminGetUser(r -> r.userPoolId(pool).username("half"));
        assertThat(user.userStatus()).isEqualTo(UserStatusType.UNCONFIRMED);
        assertThat(user.userAttributes()).noneMatch(a -> a.name().equals("email_verified") && a.value().equals("true"));
    }

    @Test
    void adminCreateUserWhenPreSignUpRejectsThenNothingStoredAndSourceAdminCreateUser() {
        String pool = pool(Map.of("preSignUp", hooks.url("/pre")));
        hooks.answer("/pre", call -> TriggerReceiver.Reply.json(400, "{\"message\": \"No\"}"));

        assertAwsError(() -> admin.adminCreateUser(r -> r.userPoolId(pool).username("invited")
                .userAttributes(email(AccountFixtures.email("invited"))).clientMetadata(METADATA)),
                "UserLambdaValidationException", 400);

        assertAwsError(() -> admin.adminGetUser(r -> r.userPoolId(pool).username("invited")), "UserNotFoundException", 400);
        ObjectNode event = hooks.calls("/pre").get(0).event();
        assertThat(event.get("triggerSource").asText()).isEqualTo("PreSignUp_AdminCreateUser");
        assertThat(event.at("/request/clientMetadata/campaign").asText()).isEqualTo("spring");
    }

    @Test
    void confirmSignUpWhenPostConfirmationThenCalledOnceWithSourceAndMetadata() {
        String pool = pool(Map.of("postConfirmation", hooks.url("/post")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        String email = signUp(app, "carol");

        cognito.confirmSignUp(r -> r.clientId(app.clientId()).username("carol").clientMetadata(METADATA)
                .confirmationCode(AccountFixtures.latestCode(pool, AccountFixtures.SIGN_UP, email)));

        assertThat(hooks.calls("/post")).hasSize(1);
        ObjectNode event = hooks.calls("/post").get(0).event();
        assertThat(event.get("triggerSource").asText()).isEqualTo("PostConfirmation_ConfirmSignUp");
        assertThat(event.at("/request/userAttributes/cognito:user_status").asText()).isEqualTo("CONFIRMED");
        assertThat(event.at("/request/userAttributes/email_verified").asText()).isEqualTo("true");
        assertThat(event.at("/request/clientMetadata/campaign").asText()).isEqualTo("spring");
    }

    @Test
    void confirmSignUpWhenPostConfirmationFailsThenErrorButUserStaysConfirmed() {
        String pool = pool(Map.of("postConfirmation", hooks.url("/post")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        String email = signUp(app, "dave");
        hooks.answer("/post", call -> TriggerReceiver.Reply.json(500, "{\"message\": \"CRM down\"}"));

        var e = assertAwsError(() -> cognito.confirmSignUp(r -> r.clientId(app.clientId()).username("dave")
                .confirmationCode(AccountFixtures.latestCode(pool, AccountFixtures.SIGN_UP, email))),
                "UserLambdaValidationException", 400);

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("PostConfirmation failed with error CRM down.");
        assertThat(admin.adminGetUser(r -> r.userPoolId(pool).username("dave")).userStatus())
                .isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void adminConfirmSignUpWhenPostConfirmationThenSourceConfirmSignUp() {
        String pool = pool(Map.of("postConfirmation", hooks.url("/post")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        signUp(app, "erin");

        admin.adminConfirmSignUp(r -> r.userPoolId(pool).username("erin").clientMetadata(METADATA));

        assertThat(hooks.calls("/post")).hasSize(1);
        ObjectNode event = hooks.calls("/post").get(0).event();
        assertThat(event.get("triggerSource").asText()).isEqualTo("PostConfirmation_ConfirmSignUp");
        assertThat(event.at("/request/clientMetadata/campaign").asText()).isEqualTo("spring");
    }

    @Test
    void confirmForgotPasswordWhenPostConfirmationThenSourceConfirmForgotPassword() {
        String pool = pool(Map.of("postConfirmation", hooks.url("/post")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        String email = AccountFixtures.email("fay");
        String username = PoolFixtures.createUser(pool, "fay", Map.of("email", email, "email_verified", "true"));
        cognito.forgotPassword(r -> r.clientId(app.clientId()).username(username));

        cognito.confirmForgotPassword(r -> r.clientId(app.clientId()).username(username).password(NEW_PASSWORD)
                .clientMetadata(METADATA)
                .confirmationCode(AccountFixtures.latestCode(pool, AccountFixtures.PASSWORD_RESET, email)));

        assertThat(hooks.calls("/post")).hasSize(1);
        ObjectNode event = hooks.calls("/post").get(0).event();
        assertThat(event.get("triggerSource").asText()).isEqualTo("PostConfirmation_ConfirmForgotPassword");
        assertThat(event.get("userName").asText()).isEqualTo(username);
        assertThat(event.at("/request/clientMetadata/campaign").asText()).isEqualTo("spring");
    }

    @Test
    void signUpWhenClientMetadataOversizedThenInvalidParameterAndTriggerNotCalled() {
        String pool = pool(Map.of("preSignUp", hooks.url("/pre")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        Map<String, String> huge = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            huge.put("k" + i, "v");
        }

        assertAwsError(() -> cognito.signUp(r -> r.clientId(app.clientId()).username("big").password(PASSWORD)
                .clientMetadata(huge)), "InvalidParameterException", 400);
        assertAwsError(() -> cognito.signUp(r -> r.clientId(app.clientId()).username("big").password(PASSWORD)
                .clientMetadata(Map.of("k", "x".repeat(2049)))), "InvalidParameterException", 400);

        assertThat(hooks.calls("/pre")).isEmpty();
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

    private static AttributeType email(String address) {
        return AttributeType.builder().name("email").value(address).build();
    }
}
