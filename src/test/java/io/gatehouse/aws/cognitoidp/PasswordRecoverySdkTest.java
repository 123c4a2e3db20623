package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/** ForgotPassword, ConfirmForgotPassword and AdminResetUserPassword through the real AWS SDK. */
@GatehouseTest
class PasswordRecoverySdkTest {

    private static final String NEW_PASSWORD = "Brand-New-Passw0rd!";

    @Test
    void forgotPasswordWhenVerifiedEmailThenCodeResetsPasswordAndNewPasswordSignsIn() {
        String pool = AccountFixtures.pool(Map.of());
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        String email = AccountFixtures.email("frank");
        String username = PoolFixtures.createUser(pool, "frank", Map.of("email", email, "email_verified", "true"));
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            CodeDeliveryDetailsType delivery = cognito.forgotPassword(r -> r.clientId(app.clientId()).username(username))
                    .codeDeliveryDetails();
            assertThat(delivery.destination()).isEqualTo("f***@e***.com");
            String code = AccountFixtures.latestCode(pool, AccountFixtures.PASSWORD_RESET, email);

            assertAwsError(() -> confirm(cognito, app, username, SignUpSdkTest.wrong(code), NEW_PASSWORD),
                    "CodeMismatchException", 400);
            assertAwsError(() -> confirm(cognito, app, username, code, "weak"), "InvalidPasswordException", 400);
            confirm(cognito, app, username, code, NEW_PASSWORD);

            assertThat(SignUpSdkTest.passwordSignIn(cognito, app, username, NEW_PASSWORD).authenticationResult())
                    .isNotNull();
            assertAwsError(() -> SignUpSdkTest.passwordSignIn(cognito, app, username, PoolFixtures.PASSWORD),
                    "NotAuthorizedException", 400);
            assertAwsError(() -> confirm(cognito, app, username, code, "Another-Passw0rd!"), "ExpiredCodeException", 400);
        }
    }

    @Test
    void forgotPasswordWhenUnknownUserThenSimulatedWithPreventionElseUserNotFound() {
        String pool = AccountFixtures.pool(Map.of());
        PoolFixtures.Client preventing = AccountFixtures.appClient(pool, false, true);
        PoolFixtures.Client legacy = AccountFixtures.appClient(pool, false, false);
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            assertThat(cognito.forgotPassword(r -> r.clientId(preventing.clientId()).username("ghost@example.org"))
                    .codeDeliveryDetails().destination()).isEqualTo("g***@e***.org");
            assertAwsError(() -> confirm(cognito, preventing, "ghost", "123456", NEW_PASSWORD), "CodeMismatchException", 400);

            assertAwsError(() -> cognito.forgotPassword(r -> r.clientId(legacy.clientId()).username("ghost")),
                    "UserNotFoundException", 400);
            assertAwsError(() -> confirm(cognito, legacy, "ghost", "123456", NEW_PASSWORD), "UserNotFoundException", 400);
            assertThat(AccountFixtures.outbox(pool)).isEmpty();
        }
    }

    @Test
    void forgotPasswordWhenNoVerifiedEmailThenInvalidParameterWithoutPrevention() {
        String pool = AccountFixtures.pool(Map.of());
        PoolFixtures.Client legacy = AccountFixtures.appClient(pool, false, false);
        String username = PoolFixtures.createUser(pool, "gina", Map.of("email", AccountFixtures.email("gina")));
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            var error = assertAwsError(() -> cognito.forgotPassword(r -> r.clientId(legacy.clientId()).username(username)),
                    "InvalidParameterException", 400);
            assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(
                    "Cannot reset password for the user as there is no registered/verified email or phone_number");
        }
    }

    @Test
    void forgotPasswordWhenRecoveryAdminOnlyThenNotAuthorized() {
        String pool = AccountFixtures.pool(Map.of("accountRecovery", List.of("admin_only")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        String username = PoolFixtures.createUser(pool, "hank",
                Map.of("email", AccountFixtures.email("hank"), "email_verified", "true"));
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            assertAwsError(() -> cognito.forgotPassword(r -> r.clientId(app.clientId()).username(username)),
                    "NotAuthorizedException", 400);
        }
    }

    @Test
    void adminResetUserPasswordWhenSignedThenResetRequiredAndCodeResetsPassword() {
        String pool = AccountFixtures.pool(Map.of());
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        String email = AccountFixtures.email("ivy");
        String username = PoolFixtures.createUser(pool, "ivy", Map.of("email", email, "email_verified", "true"));
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned();
             CognitoIdentityProviderClient admin = CognitoClients.root()) {
            assertAwsError(() -> cognito.adminResetUserPassword(r -> r.userPoolId(pool).username(username)),
                    "MissingAuthenticationTokenException", 400);
            admin.adminResetUserPassword(r -> r.userPoolId(pool).username(username));

            assertThat(admin.adminGetUser(r -> r.userPoolId(pool).username(username)).userStatus())
                    .isEqualTo(UserStatusType.RESET_REQUIRED);
            assertAwsError(() -> SignUpSdkTest.passwordSignIn(cognito, app, username, PoolFixtures.PASSWORD),
                    "PasswordResetRequiredException", 400);

            confirm(cognito, app, username, AccountFixtures.latestCode(pool, AccountFixtures.PASSWORD_RESET, email),
                    NEW_PASSWORD);
            assertThat(admin.adminGetUser(r -> r.userPoolId(pool).username(username)).userStatus())
                    .isEqualTo(UserStatusType.CONFIRMED);
            assertThat(SignUpSdkTest.passwordSignIn(cognito, app, username, NEW_PASSWORD).authenticationResult())
                    .isNotNull();
        }
    }

    @Test
    void adminResetUserPasswordWhenNoVerifiedEmailThenInvalidParameter() {
        String pool = AccountFixtures.pool(Map.of());
        String username = PoolFixtures.createUser(pool, "jack", Map.of());
        try (CognitoIdentityProviderClient admin = CognitoClients.root()) {
            assertAwsError(() -> admin.adminResetUserPassword(r -> r.userPoolId(pool).username(username)),
                    "InvalidParameterException", 400);
        }
    }

    private static void confirm(CognitoIdentityProviderClient cognito, PoolFixtures.Client app, String username,
                                String code, String password) {
        cognito.confirmForgotPassword(r -> r.clientId(app.clientId()).username(username).confirmationCode(code)
                .password(password));
    }
}
