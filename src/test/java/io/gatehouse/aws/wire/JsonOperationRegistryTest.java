package io.gatehouse.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The registry as CDI assembles it from the adapter beans. */
@GatehouseTest
class JsonOperationRegistryTest {

    @Inject
    JsonOperationRegistry registry;

    @Test
    void findWhenAdminOperationsThenAllRegisteredAndSigned() {
        String[] names = {"CreateUserPool", "DescribeUserPool", "UpdateUserPool", "DeleteUserPool", "ListUserPools",
            "CreateUserPoolClient", "DescribeUserPoolClient", "UpdateUserPoolClient", "DeleteUserPoolClient",
            "ListUserPoolClients", "CreateResourceServer", "DescribeResourceServer", "UpdateResourceServer",
            "ListResourceServers", "DeleteResourceServer", "CreateGroup", "GetGroup", "UpdateGroup", "DeleteGroup",
            "ListGroups", "AdminAddUserToGroup", "AdminRemoveUserFromGroup", "AdminListGroupsForUser",
            "ListUsersInGroup", "AdminCreateUser", "AdminGetUser", "AdminUpdateUserAttributes",
            "AdminDeleteUserAttributes", "AdminDisableUser", "AdminEnableUser", "AdminDeleteUser",
            "AdminSetUserPassword", "ListUsers", "AddCustomAttributes", "SetUserPoolMfaConfig", "GetUserPoolMfaConfig",
            "AdminInitiateAuth", "AdminRespondToAuthChallenge", "AdminSetUserMFAPreference", "AdminUserGlobalSignOut"};
        String[] unsigned = {"InitiateAuth", "RespondToAuthChallenge", "RevokeToken", "GetUser", "ChangePassword",
            "DeleteUser", "GlobalSignOut", "AssociateSoftwareToken", "VerifySoftwareToken", "SetUserMFAPreference"};
        for (String name : names) {
            assertThat(registry.find("AWSCognitoIdentityProviderService." + name)).as(name)
                    .hasValueSatisfying(op -> assertThat(op.signed()).isTrue());
        }
        for (String name : unsigned) {
            assertThat(registry.find("AWSCognitoIdentityProviderService." + name)).as(name)
                    .hasValueSatisfying(op -> assertThat(op.signed()).isFalse());
        }
        assertThat(registry.all()).filteredOn(op -> op.targetPrefix().equals("AWSCognitoIdentityProviderService"))
                .allSatisfy(op -> assertThat(op.signed()).as(op.name())
                        .isEqualTo(!io.gatehouse.aws.cognitoidp.CognitoIdp.UNSIGNED_OPERATIONS.contains(op.name())));
        assertThat(registry.all()).filteredOn(op -> op.targetPrefix().equals("AWSCognitoIdentityService"))
                .filteredOn(op -> !op.signed()).extracting(JsonOperation::name)
                .containsExactlyInAnyOrder("GetId", "GetOpenIdToken", "GetCredentialsForIdentity", "UnlinkIdentity");
        assertThat(registry.all()).extracting(JsonOperation::name).contains("SignUp", "ConfirmSignUp",
                "ResendConfirmationCode", "AdminConfirmSignUp", "ForgotPassword", "ConfirmForgotPassword",
                "AdminResetUserPassword", "GetUserAttributeVerificationCode", "VerifyUserAttribute", "UpdateUserAttributes");
    }

    @Test
    void findWhenCaseDiffersOrUnknownThenEmpty() {
        assertThat(registry.find("awscognitoidentityproviderservice.ListUsers")).isEmpty();
        assertThat(registry.find("AWSCognitoIdentityProviderService.Nope")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
    }
}
