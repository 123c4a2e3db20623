package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/** Groups and memberships through the AWS SDK. */
@GatehouseTest
class GroupSdkTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/Admins";

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void pool() {
        cognito = CognitoClients.root();
        poolId = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("groups"))).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createGroupWhenAllFieldsThenGetReturnsThem() {
        GroupType created = cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins")
                .description("Administrators").precedence(1).roleArn(ROLE)).group();

        assertThat(created.groupName()).isEqualTo("admins");
        assertThat(created.userPoolId()).isEqualTo(poolId);
        GroupType got = cognito.getGroup(r -> r.userPoolId(poolId).groupName("admins")).group();
        assertThat(got.description()).isEqualTo("Administrators");
        assertThat(got.precedence()).isEqualTo(1);
        assertThat(got.roleArn()).isEqualTo(ROLE);
        assertThat(got.creationDate()).isNotNull();
        assertThat(got.lastModifiedDate()).isEqualTo(got.creationDate());
    }

    @Test
    void createGroupWhenDuplicateThenGroupExists() {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("dup"));

        assertAwsError(() -> cognito.createGroup(r -> r.userPoolId(poolId).groupName("dup")), "GroupExistsException", 400);
    }

    @Test
    void updateGroupWhenPartialThenOmittedMembersKept() {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("ops").description("Ops").precedence(5).roleArn(ROLE));

        GroupType updated = cognito.updateGroup(r -> r.userPoolId(poolId).groupName("ops").precedence(2)).group();

        assertThat(updated.precedence()).isEqualTo(2);
        assertThat(updated.description()).isEqualTo("Ops");
        assertThat(updated.roleArn()).isEqualTo(ROLE);
    }

    @Test
    void listGroupsWhenPagedThenNameOrderAndDeleteRemoves() {
        for (String name : new String[] {"c", "a", "b"}) {
            cognito.createGroup(r -> r.userPoolId(poolId).groupName(name));
        }
        ListGroupsResponse first = cognito.listGroups(r -> r.userPoolId(poolId).limit(2));
        ListGroupsResponse second = cognito.listGroups(r -> r.userPoolId(poolId).limit(2).nextToken(first.nextToken()));

        assertThat(first.groups()).extracting(GroupType::groupName).containsExactly("a", "b");
        assertThat(second.groups()).extracting(GroupType::groupName).containsExactly("c");
        assertThat(second.nextToken()).isNull();

        cognito.deleteGroup(r -> r.userPoolId(poolId).groupName("b"));

        assertAwsError(() -> cognito.getGroup(r -> r.userPoolId(poolId).groupName("b")), "ResourceNotFoundException", 400);
        assertAwsError(() -> cognito.listGroups(r -> r.userPoolId(poolId).limit(61)), "InvalidParameterException", 400);
    }

    @Test
    void adminAddUserToGroupWhenAddedThenListedBothWaysAndRemovable() {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("devs").precedence(3));
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").precedence(1));
        cognito.adminCreateUser(r -> r.userPoolId(poolId).username("dana").messageAction("SUPPRESS"));
        cognito.adminCreateUser(r -> r.userPoolId(poolId).username("erin").messageAction("SUPPRESS"));

        cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("devs").username("dana"));
        cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins").username("dana"));
        cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("devs").username("erin"));

        assertThat(cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("dana")).groups())
                .extracting(GroupType::groupName).containsExactly("admins", "devs");
        assertThat(cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("devs")).users())
                .extracting(UserType::username).containsExactlyInAnyOrder("dana", "erin");

        cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).groupName("devs").username("dana"));

        assertThat(cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("devs")).users())
                .extracting(UserType::username).containsExactly("erin");
        assertThat(cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("dana")).groups())
                .extracting(GroupType::groupName).containsExactly("admins");
    }

    @Test
    void adminAddUserToGroupWhenUserOrGroupUnknownThenNotFound() {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("g"));

        assertAwsError(() -> cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("g").username("ghost")),
                "UserNotFoundException", 400);
        assertAwsError(() -> cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("nope").username("ghost")),
                "ResourceNotFoundException", 400);
    }
}
