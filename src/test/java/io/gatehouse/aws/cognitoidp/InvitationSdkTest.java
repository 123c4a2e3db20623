package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/** AdminCreateUser's invitation message, MessageAction RESEND and SUPPRESS, through the real AWS SDK. */
@GatehouseTest
class InvitationSdkTest {

    @Test
    void adminCreateUserWhenNoTemporaryPasswordThenInvitationWithGeneratedPasswordThatSignsIn() {
        String pool = AccountFixtures.pool(Map.of("messages", Map.of("invitationSubject", "Welcome to Acme",
                "invitationMessage", "Hello {username}, your temporary password is {####}")));
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        String email = AccountFixtures.email("kate");
        try (CognitoIdentityProviderClient admin = CognitoClients.root();
             CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            admin.adminCreateUser(r -> r.userPoolId(pool).username("kate")
                    .userAttributes(AttributeType.builder().name("email").value(email).build())
                    .desiredDeliveryMediums(DeliveryMediumType.EMAIL));

            Map<String, Object> mail = AccountFixtures.latestMail(pool, AccountFixtures.INVITATION, email);
            assertThat(mail.get("subject")).isEqualTo("Welcome to Acme");
            String body = String.valueOf(mail.get("textBody"));
            assertThat(body).startsWith("Hello kate, your temporary password is ");
            String temporary = body.substring("Hello kate, your temporary password is ".length());
            assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
            assertThat(SignUpSdkTest.passwordSignIn(cognito, app, "kate", temporary).challengeName())
                    .isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        }
    }

    @Test
    void adminCreateUserWhenResendThenNewTemporaryPasswordMailedAndOldOneFails() {
        String pool = AccountFixtures.pool(Map.of());
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        String email = AccountFixtures.email("leo");
        try (CognitoIdentityProviderClient admin = CognitoClients.root();
             CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            admin.adminCreateUser(r -> r.userPoolId(pool).username("leo").temporaryPassword("First-Temp-Passw0rd!")
                    .userAttributes(AttributeType.builder().name("email").value(email).build()));
            assertThat(AccountFixtures.latestMail(pool, AccountFixtures.INVITATION, email).get("textBody"))
                    .isEqualTo("Your username is leo and temporary password is First-Temp-Passw0rd!.");

            admin.adminCreateUser(r -> r.userPoolId(pool).username("leo").temporaryPassword("Second-Temp-Passw0rd!")
                    .messageAction(MessageActionType.RESEND));

            assertThat(AccountFixtures.latestMail(pool, AccountFixtures.INVITATION, email).get("textBody"))
                    .isEqualTo("Your username is leo and temporary password is Second-Temp-Passw0rd!.");
            assertAwsError(() -> SignUpSdkTest.passwordSignIn(cognito, app, "leo", "First-Temp-Passw0rd!"),
                    "NotAuthorizedException", 400);
            assertThat(SignUpSdkTest.passwordSignIn(cognito, app, "leo", "Second-Temp-Passw0rd!").challengeName())
                    .isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        }
    }

    @Test
    void adminCreateUserWhenResendForConfirmedUserThenUnsupportedUserState() {
        String pool = AccountFixtures.pool(Map.of());
        String username = PoolFixtures.createUser(pool, "mia", Map.of("email", AccountFixtures.email("mia")));
        try (CognitoIdentityProviderClient admin = CognitoClients.root()) {
            assertAwsError(() -> admin.adminCreateUser(r -> r.userPoolId(pool).username(username)
                    .messageAction(MessageActionType.RESEND)), "UnsupportedUserStateException", 400);
        }
    }

    @Test
    void adminCreateUserWhenSuppressThenNoMail() {
        String pool = AccountFixtures.pool(Map.of());
        try (CognitoIdentityProviderClient admin = CognitoClients.root()) {
            admin.adminCreateUser(r -> r.userPoolId(pool).username("ned").messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(AttributeType.builder().name("email").value(AccountFixtures.email("ned")).build()));
            assertThat(AccountFixtures.outbox(pool)).isEmpty();
        }
    }

    @Test
    void adminCreateUserWhenSmsRequestedThenInvalidParameterAndNoUser() {
        String pool = AccountFixtures.pool(Map.of());
        try (CognitoIdentityProviderClient admin = CognitoClients.root()) {
            assertAwsError(() -> admin.adminCreateUser(r -> r.userPoolId(pool).username("olga")
                    .desiredDeliveryMediums(DeliveryMediumType.SMS)), "InvalidParameterException", 400);
            assertAwsError(() -> admin.adminGetUser(r -> r.userPoolId(pool).username("olga")), "UserNotFoundException", 400);
        }
    }
}
