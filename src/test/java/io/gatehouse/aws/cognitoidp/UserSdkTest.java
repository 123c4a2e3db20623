package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/** Users as an administrator manages them, and ListUsers with its filter, through the AWS SDK. */
@GatehouseTest
class UserSdkTest {

    private static final String PASSWORD = "Sdk-Passw0rd!";

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void pool() {
        cognito = CognitoClients.root();
        poolId = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("users"))
                .schema(s -> s.name("team").attributeDataType(AttributeDataType.STRING))).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void adminCreateUserWhenTemporaryPasswordThenForceChangePasswordWithSub() {
        UserType user = cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").temporaryPassword(PASSWORD)
                .messageAction("SUPPRESS").userAttributes(attr("email", "alice@example.com"),
                        attr("email_verified", "true"))).user();

        assertThat(user.username()).isEqualTo("alice");
        assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(user.enabled()).isTrue();
        assertThat(user.userCreateDate()).isNotNull();
        Map<String, String> attributes = map(user.attributes());
        assertThat(attributes).containsEntry("email", "alice@example.com").containsEntry("email_verified", "true");
        assertThat(attributes.get("sub")).matches("[0-9a-f-]{36}");
        assertThat(user.attributes().get(0).name()).isEqualTo("sub");
    }

    @Test
    void adminCreateUserWhenUsernameTakenThenUsernameExists() {
        create("bob");

        assertAwsError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("BOB")),
                "UsernameExistsException", 400);
    }

    @Test
    void adminCreateUserWhenWeakPasswordThenInvalidPassword() {
        assertAwsError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("weak").temporaryPassword("short")),
                "InvalidPasswordException", 400);
    }

    @Test
    void adminGetUserWhenUnknownThenUserNotFound() {
        assertAwsError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("nobody")), "UserNotFoundException", 400);
    }

    @Test
    void adminUpdateAndDeleteUserAttributesWhenChangedThenAdminGetUserShowsThem() {
        create("carol");

        cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("carol")
                .userAttributes(attr("given_name", "Carol"), attr("custom:team", "blue")));
        cognito.adminDeleteUserAttributes(r -> r.userPoolId(poolId).username("carol").userAttributeNames("custom:team"));

        AdminGetUserResponse got = cognito.adminGetUser(r -> r.userPoolId(poolId).username("carol"));
        assertThat(got.username()).isEqualTo("carol");
        assertThat(map(got.userAttributes())).containsEntry("given_name", "Carol").doesNotContainKey("custom:team")
                .containsKey("sub");
        assertThat(got.userLastModifiedDate()).isAfterOrEqualTo(got.userCreateDate());
        assertAwsError(() -> cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("carol")
                .userAttributes(attr("sub", "forged"))), "InvalidParameterException", 400);
    }

    @Test
    void adminDisableAndEnableUserWhenToggledThenEnabledFlagFollows() {
        create("dave");

        cognito.adminDisableUser(r -> r.userPoolId(poolId).username("dave"));
        assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("dave")).enabled()).isFalse();

        cognito.adminEnableUser(r -> r.userPoolId(poolId).username("dave"));
        assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("dave")).enabled()).isTrue();
    }

    @Test
    void adminSetUserPasswordWhenPermanentThenConfirmed() {
        create("erin");

        cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("erin").password(PASSWORD).permanent(true));

        assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("erin")).userStatus())
                .isEqualTo(UserStatusType.CONFIRMED);
        assertAwsError(() -> cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("erin").password("weak")),
                "InvalidPasswordException", 400);
    }

    @Test
    void adminDeleteUserWhenDeletedThenGone() {
        create("frank");

        cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("frank"));

        assertAwsError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("frank")), "UserNotFoundException", 400);
    }

    @Test
    void listUsersWhenFilteredThenOnlyMatches() {
        create("gina", attr("email", "gina@example.com"), attr("family_name", "Reddy"));
        create("gus", attr("email", "gus@example.org"), attr("family_name", "Redford"));
        create("hal", attr("email", "hal@example.com"), attr("family_name", "Smith"));
        cognito.adminDisableUser(r -> r.userPoolId(poolId).username("hal"));
        cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("gus").password(PASSWORD).permanent(true));

        assertThat(usernames("email = \"gina@example.com\"")).containsExactly("gina");
        assertThat(usernames("family_name ^= \"Red\"")).containsExactly("gina", "gus");
        assertThat(usernames("username ^= \"G\"")).containsExactly("gina", "gus");
        assertThat(usernames("status = \"Disabled\"")).containsExactly("hal");
        assertThat(usernames("cognito:user_status = \"confirmed\"")).containsExactly("gus");
        String sub = map(cognito.adminGetUser(r -> r.userPoolId(poolId).username("hal")).userAttributes()).get("sub");
        assertThat(usernames("sub = \"" + sub + "\"")).containsExactly("hal");
        assertThat(usernames("email ^= \"%\"")).isEmpty();
        assertThat(usernames("")).containsExactly("gina", "gus", "hal");
    }

    @Test
    void listUsersWhenPagedWithAttributesToGetThenNarrowedPages() {
        create("ivy", attr("email", "ivy@example.com"), attr("name", "Ivy"));
        create("jon", attr("email", "jon@example.com"));
        create("kim", attr("email", "kim@example.com"));

        ListUsersResponse first = cognito.listUsers(r -> r.userPoolId(poolId).limit(2).attributesToGet("email"));
        ListUsersResponse second = cognito.listUsers(r -> r.userPoolId(poolId).limit(2).attributesToGet("email")
                .paginationToken(first.paginationToken()));

        assertThat(first.users()).extracting(UserType::username).containsExactly("ivy", "jon");
        assertThat(second.users()).extracting(UserType::username).containsExactly("kim");
        assertThat(second.paginationToken()).isNull();
        assertThat(first.users().get(0).attributes()).extracting(AttributeType::name).containsExactly("email");
    }

    @Test
    void listUsersWhenFilterOrLimitInvalidThenInvalidParameter() {
        assertAwsError(() -> cognito.listUsers(r -> r.userPoolId(poolId).filter("email = unquoted")),
                "InvalidParameterException", 400);
        assertAwsError(() -> cognito.listUsers(r -> r.userPoolId(poolId).filter("custom:team = \"x\"")),
                "InvalidParameterException", 400);
        assertAwsError(() -> cognito.listUsers(r -> r.userPoolId(poolId).limit(61)), "InvalidParameterException", 400);
        assertAwsError(() -> cognito.listUsers(r -> r.userPoolId("us-east-1_Nope12345")), "ResourceNotFoundException", 400);
    }

    private List<String> usernames(String filter) {
        return cognito.listUsers(r -> r.userPoolId(poolId).filter(filter)).users().stream().map(UserType::username).toList();
    }

    private void create(String username, AttributeType... attributes) {
        cognito.adminCreateUser(r -> r.userPoolId(poolId).username(username).messageAction("SUPPRESS")
                .temporaryPassword(PASSWORD).userAttributes(attributes));
    }

    private static AttributeType attr(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private static Map<String, String> map(List<AttributeType> attributes) {
        return attributes.stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value, (a, b) -> a));
    }
}
