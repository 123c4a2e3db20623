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
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;

/** GetUserAttributeVerificationCode, VerifyUserAttribute and UpdateUserAttributes through the real AWS SDK. */
@GatehouseTest
class AttributeVerificationSdkTest {

    @Test
    void updateUserAttributesWhenEmailChangesThenUnverifiedAndCodeVerifiesIt() {
        String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        String username = PoolFixtures.createUser(pool, "pat",
                Map.of("email", AccountFixtures.email("pat"), "email_verified", "true"));
        String newEmail = AccountFixtures.email("patricia");
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned();
             CognitoIdentityProviderClient admin = CognitoClients.root()) {
            String token = SignUpSdkTest.passwordSignIn(cognito, app, username, PoolFixtures.PASSWORD)
                    .authenticationResult().accessToken();

            List<CodeDeliveryDetailsType> sent = cognito.updateUserAttributes(r -> r.accessToken(token)
                    .userAttributes(AttributeType.builder().name("email").value(newEmail).build()))
                    .codeDeliveryDetailsList();

            assertThat(sent).hasSize(1);
            assertThat(sent.get(0).destination()).isEqualTo("p***@e***.com");
            assertThat(verified(admin, pool, username)).isNull();
            String code = AccountFixtures.latestCode(pool, AccountFixtures.VERIFY_EMAIL, newEmail);
            assertAwsError(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email")
                    .code(SignUpSdkTest.wrong(code))), "CodeMismatchException", 400);
            cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(code));
            assertThat(verified(admin, pool, username)).isEqualTo("true");
        }
    }

    @Test
    void getUserAttributeVerificationCodeWhenEmailUnverifiedThenCodeMailed() {
        String pool = AccountFixtures.pool(Map.of());
        PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
        String email = AccountFixtures.email("quinn");
        String username = PoolFixtures.createUser(pool, "quinn", Map.of("email", email));
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned();
             CognitoIdentityProviderClient admin = CognitoClients.root()) {
            String token = SignUpSdkTest.passwordSignIn(cognito, app, username, PoolFixtures.PASSWORD)
                    .authenticationResult().accessToken();
            assertThat(cognito.updateUserAttributes(r -> r.accessToken(token)
                    .userAttributes(AttributeType.builder().name("name").value("Quinn").build()))
                    .codeDeliveryDetailsList()).isEmpty();

            CodeDeliveryDetailsType sent = cognito.getUserAttributeVerificationCode(r -> r.accessToken(token)
                    .attributeName("email")).codeDeliveryDetails();
            assertThat(sent.attributeName()).isEqualTo("email");
            cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email")
                    .code(AccountFixtures.latestCode(pool, AccountFixtures.VERIFY_EMAIL, email)));

            assertThat(verified(admin, pool, username)).isEqualTo("true");
            assertAwsError(() -> cognito.getUserAttributeVerificationCode(r -> r.accessToken(token)
                    .attributeName("phone_number")), "InvalidParameterException", 400);
            assertAwsError(() -> cognito.getUserAttributeVerificationCode(r -> r.accessToken("not-a-token")
                    .attributeName("email")), "NotAuthorizedException", 400);
        }
    }

    private static String verified(CognitoIdentityProviderClient admin, String pool, String username) {
        return admin.adminGetUser(r -> r.userPoolId(pool).username(username)).userAttributes().stream()
                .filter(a -> a.name().equals("email_verified")).map(AttributeType::value).findFirst().orElse(null);
    }
}
