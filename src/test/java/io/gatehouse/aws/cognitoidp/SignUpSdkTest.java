package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import io.gatehouse.testing.CognitoClients;

/** SignUp, ConfirmSignUp, ResendConfirmationCode and AdminConfirmSignUp through the real AWS SDK. */
@GatehouseTest
class SignUpSdkTest {

    private static final String PASSWORD = PoolFixtures.PASSWORD;

    @Inject
    EntityManager em;

    @Test
    void signUpWhenEmailAutoVerifiedThenCodeMailedAndConfirmEnablesSignIn() {
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        String email = AccountFixtures.email("alice");
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned();
             CognitoIdentityProviderClient admin = CognitoClients.root()) {
            SignUpResponse signedUp = signUp(cognito, app, "alice-" + email.hashCode(), email);

            assertThat(signedUp.userConfirmed()).isFalse();
            assertThat(signedUp.userSub()).isNotBlank();
            CodeDeliveryDetailsType delivery = signedUp.codeDeliveryDetails();
            assertThat(delivery.destination()).isEqualTo(email.charAt(0) + "***@e***.com");
            assertThat(delivery.deliveryMediumAsString()).isEqualTo("EMAIL");
            assertThat(delivery.attributeName()).isEqualTo("email");
            String username = "alice-" + email.hashCode();
            assertThat(admin.adminGetUser(r -> r.userPoolId(pool).username(username)).userStatus())
                    .isEqualTo(UserStatusType.UNCONFIRMED);
            assertAwsError(() -> passwordSignIn(cognito, app, username, PASSWORD), "UserNotConfirmedException", 400);

            Map<String, Object> mail = AccountFixtures.latestMail(pool, AccountFixtures.SIGN_UP, email);
            assertThat(mail.get("subject")).isEqualTo("Your verification code");
            String code = AccountFixtures.code(String.valueOf(mail.get("textBody")));
            cognito.confirmSignUp(r -> r.clientId(app.clientId()).username(username).confirmationCode(code));

            AdminGetUserResponse user = admin.adminGetUser(r -> r.userPoolId(pool).username(username));
            assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
            assertThat(user.userAttributes()).contains(AttributeType.builder().name("email_verified").value("true").build());
            assertThat(passwordSignIn(cognito, app, username, PASSWORD).authenticationResult().accessToken()).isNotBlank();
        }
    }

    @Test
    void confirmSignUpWhenWrongCodeThenCodeMismatchAndRightCodeStillWorks() {
        Account account = signedUpAccount(true);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            assertAwsError(() -> confirm(cognito, account, wrong(account.code())), "CodeMismatchException", 400);
            confirm(cognito, account, account.code());
        }
    }

    @Test
    void confirmSignUpWhenFiveWrongCodesThenCodeDeadEvenForRightCode() {
        Account account = signedUpAccount(true);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            for (int i = 0; i < 5; i++) {
                assertAwsError(() -> confirm(cognito, account, wrong(account.code())), "CodeMismatchException", 400);
            }
            assertAwsError(() -> confirm(cognito, account, account.code()), "LimitExceededException", 400);

            cognito.resendConfirmationCode(r -> r.clientId(account.app().clientId()).username(account.username()));
            confirm(cognito, account, AccountFixtures.latestCode(account.pool(), AccountFixtures.SIGN_UP, account.email()));
        }
    }

    @Test
    void confirmSignUpWhenCodeExpiredThenExpiredCode() {
        Account account = signedUpAccount(true);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE user_code SET expires_at = now() - interval '1 second' WHERE sub = CAST(?1 AS uuid)")
                .setParameter(1, account.sub()).executeUpdate());
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            assertAwsError(() -> confirm(cognito, account, account.code()), "ExpiredCodeException", 400);
        }
    }

    @Test
    void confirmSignUpWhenCodeReplacedOrReplayedThenRefused() {
        Account account = signedUpAccount(true);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            CodeDeliveryDetailsType resent = cognito.resendConfirmationCode(r -> r.clientId(account.app().clientId())
                    .username(account.username())).codeDeliveryDetails();
            assertThat(resent.destination()).isEqualTo(account.email().charAt(0) + "***@e***.com");
            String second = AccountFixtures.latestCode(account.pool(), AccountFixtures.SIGN_UP, account.email());
            if (!second.equals(account.code())) {
                assertAwsError(() -> confirm(cognito, account, account.code()), "CodeMismatchException", 400);
            }
            confirm(cognito, account, second);

            assertAwsError(() -> confirm(cognito, account, second), "NotAuthorizedException", 400);
            assertAwsError(() -> cognito.resendConfirmationCode(r -> r.clientId(account.app().clientId())
                    .username(account.username())), "InvalidParameterException", 400);
        }
    }

    @Test
    void confirmSignUpWhenUnknownUserAndPreventionOnThenCodeMismatchAndResendLooksSent() {
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            assertAwsError(() -> cognito.confirmSignUp(r -> r.clientId(app.clientId()).username("nobody")
                    .confirmationCode("123456")), "CodeMismatchException", 400);
            CodeDeliveryDetailsType fake = cognito.resendConfirmationCode(r -> r.clientId(app.clientId())
                    .username("nobody")).codeDeliveryDetails();
            assertThat(fake.deliveryMediumAsString()).isEqualTo("EMAIL");
            assertThat(fake.destination()).matches("[a-z]\\*\\*\\*@[a-z]\\*\\*\\*\\.com");
            assertThat(cognito.resendConfirmationCode(r -> r.clientId(app.clientId()).username("nobody"))
                    .codeDeliveryDetails()).isEqualTo(fake);
            assertThat(AccountFixtures.outbox(pool)).isEmpty();
        }
    }

    @Test
    void confirmSignUpWhenUnknownUserAndPreventionOffThenUserNotFound() {
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, false);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            assertAwsError(() -> cognito.confirmSignUp(r -> r.clientId(app.clientId()).username("nobody")
                    .confirmationCode("123456")), "UserNotFoundException", 400);
            assertAwsError(() -> cognito.resendConfirmationCode(r -> r.clientId(app.clientId()).username("nobody")),
                    "UserNotFoundException", 400);
        }
    }

    @Test
    void signUpWhenUsernameTakenThenUsernameExistsEvenWithPrevention() {
        Account account = signedUpAccount(true);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            assertAwsError(() -> signUp(cognito, account.app(), account.username(), AccountFixtures.email("other")),
                    "UsernameExistsException", 400);
        }
    }

    @Test
    void signUpWhenAdminCreateUserOnlyThenNotAuthorized() {
        String pool = AccountFixtures.pool(Map.of("adminCreateUserOnly", true));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            var error = assertAwsError(() -> signUp(cognito, app, "bob", AccountFixtures.email("bob")),
                    "NotAuthorizedException", 400);
            assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("SignUp is not permitted for this user pool");
        }
    }

    @Test
    void signUpWhenClientHasSecretThenSecretHashRequired() {
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client app = AccountFixtures.appClient(pool, true, true);
        String email = AccountFixtures.email("carol");
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            assertAwsError(() -> signUp(cognito, app, "carol", email), "NotAuthorizedException", 400);
            assertAwsError(() -> cognito.signUp(r -> r.clientId(app.clientId()).username("carol").password(PASSWORD)
                    .secretHash(AccountFixtures.secretHash(app, "mallory"))), "NotAuthorizedException", 400);

            cognito.signUp(r -> r.clientId(app.clientId()).username("carol").password(PASSWORD)
                    .secretHash(AccountFixtures.secretHash(app, "carol"))
                    .userAttributes(AttributeType.builder().name("email").value(email).build()));
            String code = AccountFixtures.latestCode(pool, AccountFixtures.SIGN_UP, email);
            assertAwsError(() -> cognito.confirmSignUp(r -> r.clientId(app.clientId()).username("carol")
                    .confirmationCode(code)), "NotAuthorizedException", 400);
            cognito.confirmSignUp(r -> r.clientId(app.clientId()).username("carol").confirmationCode(code)
                    .secretHash(AccountFixtures.secretHash(app, "carol")));
        }
    }

    @Test
    void signUpWhenNothingAutoVerifiedThenNoCodeAndAdminConfirmSignUpConfirms() {
        String pool = AccountFixtures.pool(Map.of());
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned();
             CognitoIdentityProviderClient admin = CognitoClients.root()) {
            SignUpResponse signedUp = signUp(cognito, app, "dave", AccountFixtures.email("dave"));
            assertThat(signedUp.codeDeliveryDetails()).isNull();
            assertThat(AccountFixtures.outbox(pool)).isEmpty();
            assertAwsError(() -> cognito.resendConfirmationCode(r -> r.clientId(app.clientId()).username("dave")),
                    "InvalidParameterException", 400);
            assertAwsError(() -> cognito.adminConfirmSignUp(r -> r.userPoolId(pool).username("dave")),
                    "MissingAuthenticationTokenException", 400);

            admin.adminConfirmSignUp(r -> r.userPoolId(pool).username("dave"));

            assertThat(admin.adminGetUser(r -> r.userPoolId(pool).username("dave")).userStatus())
                    .isEqualTo(UserStatusType.CONFIRMED);
            assertThat(passwordSignIn(cognito, app, "dave", PASSWORD).authenticationResult()).isNotNull();
            assertAwsError(() -> admin.adminConfirmSignUp(r -> r.userPoolId(pool).username("dave")),
                    "NotAuthorizedException", 400);
        }
    }

    @Test
    void signUpWhenRequiredAttributeMissingOrPasswordWeakThenRefusedAndNothingStored() {
        String pool = AccountFixtures.pool(Map.of("autoVerifiedAttributes", List.of("email"),
                "requiredAttributes", List.of("email", "name")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned();
             CognitoIdentityProviderClient admin = CognitoClients.root()) {
            assertAwsError(() -> signUp(cognito, app, "erin", AccountFixtures.email("erin")), "InvalidParameterException", 400);
            assertAwsError(() -> cognito.signUp(r -> r.clientId(app.clientId()).username("erin").password("short")
                    .userAttributes(AttributeType.builder().name("email").value("e@example.com").build(),
                            AttributeType.builder().name("name").value("Erin").build())), "InvalidPasswordException", 400);
            assertAwsError(() -> admin.adminGetUser(r -> r.userPoolId(pool).username("erin")), "UserNotFoundException", 400);
            assertThat(AccountFixtures.outbox(pool)).isEmpty();
        }
    }

    @Test
    void resendConfirmationCodeWhenMoreThanFivePerHourThenLimitExceeded() {
        Account account = signedUpAccount(true);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            for (int i = 0; i < 4; i++) {
                cognito.resendConfirmationCode(r -> r.clientId(account.app().clientId()).username(account.username()));
            }
            assertAwsError(() -> cognito.resendConfirmationCode(r -> r.clientId(account.app().clientId())
                    .username(account.username())), "LimitExceededException", 400);
            confirm(cognito, account, AccountFixtures.latestCode(account.pool(), AccountFixtures.SIGN_UP, account.email()));
        }
    }

    /** A user who signed up in a new email-verifying pool, with the code that was mailed. */
    record Account(String pool, PoolFixtures.Client app, String username, String email, String sub, String code) {
    }

    static Account signedUpAccount(boolean prevent) {
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, prevent);
        String email = AccountFixtures.email("user");
        String username = PoolFixtures.unique("user");
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            SignUpResponse response = signUp(cognito, app, username, email);
            return new Account(pool, app, username, email, response.userSub(),
                    AccountFixtures.latestCode(pool, AccountFixtures.SIGN_UP, email));
        }
    }

    static SignUpResponse signUp(CognitoIdentityProviderClient cognito, PoolFixtures.Client app, String username,
                                 String email) {
        return cognito.signUp(r -> r.clientId(app.clientId()).username(username).password(PASSWORD)
                .userAttributes(AttributeType.builder().name("email").value(email).build()));
    }

    static InitiateAuthResponse passwordSignIn(CognitoIdentityProviderClient cognito, PoolFixtures.Client app,
                                               String username, String password) {
        return cognito.initiateAuth(r -> r.clientId(app.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
    }

    private static void confirm(CognitoIdentityProviderClient cognito, Account account, String code) {
        cognito.confirmSignUp(r -> r.clientId(account.app().clientId()).username(account.username()).confirmationCode(code));
    }

    static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
