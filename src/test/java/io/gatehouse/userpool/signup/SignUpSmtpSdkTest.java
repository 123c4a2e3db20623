package io.gatehouse.userpool.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.gatehouse.mail.GreenMailResource;
import io.gatehouse.testing.AccountFixtures;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/** With SMTP configured, the sign-up code arrives by real SMTP (GreenMail) and confirms the user. */
@GatehouseTest
@TestProfile(GreenMailResource.Profile.class)
class SignUpSmtpSdkTest {

    @GreenMailResource.InjectGreenMail
    GreenMail greenMail;

    @Test
    void signUpWhenSmtpConfiguredThenCodeArrivesByMailAndConfirms() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        String email = AccountFixtures.email("uma");
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned();
             CognitoIdentityProviderClient admin = CognitoClients.root()) {
            cognito.signUp(r -> r.clientId(app.clientId()).username("uma").password(PoolFixtures.PASSWORD)
                    .userAttributes(AttributeType.builder().name("email").value(email).build()));

            assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage received = greenMail.getReceivedMessages()[0];
            assertThat(received.getAllRecipients()[0].toString()).isEqualTo(email);
            assertThat(received.getSubject()).isEqualTo("Your verification code");
            String code = AccountFixtures.code(((String) received.getContent()).strip());
            assertThat(AccountFixtures.outbox(pool)).isEmpty();

            cognito.confirmSignUp(r -> r.clientId(app.clientId()).username("uma").confirmationCode(code));
            assertThat(admin.adminGetUser(r -> r.userPoolId(pool).username("uma")).userStatus())
                    .isEqualTo(UserStatusType.CONFIRMED);
        }
    }
}
