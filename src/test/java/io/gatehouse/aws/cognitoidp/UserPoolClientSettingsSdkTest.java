package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * App client sign-in settings through Create/Describe/UpdateUserPoolClient with the AWS SDK:
 * ExplicitAuthFlows, ReadAttributes, WriteAttributes, PreventUserExistenceErrors,
 * EnableTokenRevocation, AuthSessionValidity, and the ClientSecret of confidential clients.
 */
@GatehouseTest
class UserPoolClientSettingsSdkTest {

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void pool() {
        cognito = CognitoClients.root();
        poolId = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("client-settings"))
                .schema(SchemaAttributeType.builder().name("tier").attributeDataType(AttributeDataType.STRING).build()))
                .userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createUserPoolClientWhenSettingsThenDescribeReturnsThemWithSecret() {
        UserPoolClientType created = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
                .generateSecret(true)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .readAttributes("email", "email_verified", "custom:tier")
                .writeAttributes("email", "custom:tier")
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.LEGACY)
                .enableTokenRevocation(false)
                .authSessionValidity(10)).userPoolClient();

        UserPoolClientType described = cognito.describeUserPoolClient(r -> r.userPoolId(poolId)
                .clientId(created.clientId())).userPoolClient();

        assertThat(created.clientSecret()).isNotBlank();
        assertThat(described.clientSecret()).isEqualTo(created.clientSecret());
        assertThat(described.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
                ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH, ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH);
        assertThat(described.readAttributes()).containsExactly("custom:tier", "email", "email_verified");
        assertThat(described.writeAttributes()).containsExactly("custom:tier", "email");
        assertThat(described.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
        assertThat(described.enableTokenRevocation()).isFalse();
        assertThat(described.authSessionValidity()).isEqualTo(10);
    }

    @Test
    void createUserPoolClientWhenNothingSetThenGatehouseDefaultsAndNoSecret() {
        UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("spa"))
                .userPoolClient();

        UserPoolClientType described = cognito.describeUserPoolClient(r -> r.userPoolId(poolId)
                .clientId(client.clientId())).userPoolClient();
        assertThat(described.clientSecret()).isNull();
        assertThat(described.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
        assertThat(described.readAttributes()).isEmpty();
        assertThat(described.writeAttributes()).isEmpty();
        assertThat(described.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.ENABLED);
        assertThat(described.enableTokenRevocation()).isTrue();
        assertThat(described.authSessionValidity()).isEqualTo(3);
    }

    @Test
    void updateUserPoolClientWhenSettingsOmittedThenDefaultsAndSecretKept() {
        UserPoolClientType created = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
                .generateSecret(true).explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)
                .enableTokenRevocation(false).authSessionValidity(15)).userPoolClient();

        UserPoolClientType updated = cognito.updateUserPoolClient(r -> r.userPoolId(poolId)
                .clientId(created.clientId()).preventUserExistenceErrors(PreventUserExistenceErrorTypes.LEGACY))
                .userPoolClient();

        assertThat(updated.clientSecret()).isEqualTo(created.clientSecret());
        assertThat(updated.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
        assertThat(updated.enableTokenRevocation()).isTrue();
        assertThat(updated.authSessionValidity()).isEqualTo(3);
        assertThat(updated.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
    }

    @Test
    void createUserPoolClientWhenLegacyFlowNamesThenAllowNamesWithSrpAndRefresh() {
        UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("legacy")
                .explicitAuthFlows(ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH, ExplicitAuthFlowsType.USER_PASSWORD_AUTH))
                .userPoolClient();

        assertThat(client.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
                ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH, ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
        assertInvalid(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("mixed")
                .explicitAuthFlows(ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH)),
                "legacy");
    }

    @Test
    void createUserPoolClientWhenUnsupportedFlowThenInvalidParameter() {
        for (ExplicitAuthFlowsType flow : new ExplicitAuthFlowsType[] {ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
            ExplicitAuthFlowsType.ALLOW_USER_AUTH, ExplicitAuthFlowsType.CUSTOM_AUTH_FLOW_ONLY}) {
            assertInvalid(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                    .explicitAuthFlows(flow)), "not supported");
        }
        assertInvalid(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                .explicitAuthFlowsWithStrings("ALLOW_MAGIC")), "explicitAuthFlows");
        assertThat(cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients()).isEmpty();
    }

    @Test
    void createUserPoolClientWhenSettingOutOfRangeThenInvalidParameter() {
        assertInvalid(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                .authSessionValidity(2)), "AuthSessionValidity");
        assertInvalid(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                .writeAttributes("custom:unknown")), "custom:unknown");
        assertInvalid(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                .writeAttributes("sub")), "sub");
        assertInvalid(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                .preventUserExistenceErrors("SOMETIMES")), "preventUserExistenceErrors");
    }

    private static void assertInvalid(ThrowingCallable call, String messagePart) {
        AwsServiceException e = assertAwsError(call, "InvalidParameterException", 400);
        assertThat(e.awsErrorDetails().errorMessage()).contains(messagePart);
    }
}
