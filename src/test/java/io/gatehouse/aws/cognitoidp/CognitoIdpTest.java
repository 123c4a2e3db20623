package io.gatehouse.aws.cognitoidp;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.JsonOutput;
import org.junit.jupiter.api.Test;

/** Which Cognito operations are signed, decided from the one unsigned list. */
class CognitoIdpTest {

    @Test
    void operationWhenAdminOperationThenSignedForCognitoIdp() {
        JsonOperation op = CognitoIdp.operation("AdminCreateUser", call -> JsonOutput.object().toJson());

        assertThat(op.signed()).isTrue();
        assertThat(op.signingName()).isEqualTo("cognito-idp");
        assertThat(op.target()).isEqualTo("AWSCognitoIdentityProviderService.AdminCreateUser");
    }

    @Test
    void operationWhenUserOperationAwsLeavesUnsignedThenUnsigned() {
        for (String name : new String[] {"InitiateAuth", "SignUp", "ConfirmSignUp", "RespondToAuthChallenge",
            "ForgotPassword", "ConfirmForgotPassword", "GetUser", "RevokeToken", "GetTokensFromRefreshToken"}) {
            assertThat(CognitoIdp.operation(name, call -> JsonOutput.object().toJson()).signed()).as(name).isFalse();
        }
        assertThat(CognitoIdp.UNSIGNED_OPERATIONS).hasSize(32)
                .doesNotContain("AdminInitiateAuth", "ListUsers", "AdminRespondToAuthChallenge");
    }
}
