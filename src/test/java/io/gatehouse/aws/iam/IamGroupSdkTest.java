package io.gatehouse.aws.iam;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetGroupResponse;
import software.amazon.awssdk.services.iam.model.Group;

/** IAM groups through the real SDK's query protocol. */
@GatehouseTest
class IamGroupSdkTest {

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void groupWhenMembersAddedThenGetGroupPagesUsers() {
        String group = unique("team");
        try (IamClient iam = QueryClients.iam()) {
            Group created = iam.createGroup(r -> r.groupName(group).path("/eng/")).group();
            assertThat(created.groupId()).matches("AGPA[A-Z2-7]{17}");
            assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:group/eng/" + group);
            String a = unique("a");
            String b = unique("b");
            iam.createUser(r -> r.userName(a));
            iam.createUser(r -> r.userName(b));
            iam.addUserToGroup(r -> r.groupName(group).userName(b));
            iam.addUserToGroup(r -> r.groupName(group).userName(a));
            GetGroupResponse first = iam.getGroup(r -> r.groupName(group).maxItems(1));
            assertThat(first.group().groupName()).isEqualTo(group);
            assertThat(first.users()).extracting(u -> u.userName()).containsExactly(a);
            assertThat(first.isTruncated()).isTrue();
            GetGroupResponse second = iam.getGroup(r -> r.groupName(group).marker(first.marker()));
            assertThat(second.users()).extracting(u -> u.userName()).containsExactly(b);
            assertThat(second.isTruncated()).isFalse();

            assertAwsError(() -> iam.deleteGroup(r -> r.groupName(group)), "DeleteConflict", 409);
            iam.removeUserFromGroup(r -> r.groupName(group).userName(a));
            iam.removeUserFromGroup(r -> r.groupName(group).userName(b));
            assertAwsError(() -> iam.removeUserFromGroup(r -> r.groupName(group).userName(b)), "NoSuchEntity", 404);
            iam.updateGroup(r -> r.groupName(group).newGroupName(group + "-x"));
            assertThat(iam.listGroups(r -> r.pathPrefix("/eng/")).groups()).extracting(Group::groupName)
                    .contains(group + "-x").doesNotContain(group);
            iam.deleteGroup(r -> r.groupName(group + "-x"));
            assertAwsError(() -> iam.getGroup(r -> r.groupName(group + "-x")), "NoSuchEntity", 404);
        }
    }

    @Test
    void createGroupWhenExistsOrInvalidThenIamErrors() {
        String group = unique("dup");
        try (IamClient iam = QueryClients.iam()) {
            iam.createGroup(r -> r.groupName(group));
            assertAwsError(() -> iam.createGroup(r -> r.groupName(group)), "EntityAlreadyExists", 409);
            assertAwsError(() -> iam.createGroup(r -> r.groupName("bad/name")), "ValidationError", 400);
            assertAwsError(() -> iam.addUserToGroup(r -> r.groupName(group).userName("nobody-" + group)),
                    "NoSuchEntity", 404);
        }
    }
}
