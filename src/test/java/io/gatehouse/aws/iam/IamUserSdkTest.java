package io.gatehouse.aws.iam;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import io.gatehouse.testing.SelfServicePolicy;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.ListUsersResponse;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;

/** IAM users through the real SDK's query protocol, including a new user's own key calling GetUser. */
@GatehouseTest
class IamUserSdkTest {

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void getUserWhenSignedByNewUsersKeyThenReturnsThatUser() {
        String name = unique("sdk");
        try (IamClient iam = QueryClients.iam()) {
            User created = iam.createUser(r -> r.userName(name).path("/sdk/")
                    .tags(Tag.builder().key("team").value("core").build())).user();
            assertThat(created.userId()).matches("AIDA[A-Z2-7]{17}");
            assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:user/sdk/" + name);
            assertThat(created.createDate()).isNotNull();
            iam.putUserPolicy(r -> r.userName(name).policyName(SelfServicePolicy.NAME)
                    .policyDocument(SelfServicePolicy.DOCUMENT));
            AccessKey key = iam.createAccessKey(r -> r.userName(name)).accessKey();
            assertThat(key.accessKeyId()).matches("AKIA[A-Z2-7]{16}");
            assertThat(key.secretAccessKey()).hasSize(40);
            assertThat(key.userName()).isEqualTo(name);

            try (IamClient asUser = QueryClients.iamAs(key.accessKeyId(), key.secretAccessKey())) {
                User self = asUser.getUser().user();
                assertThat(self.userName()).isEqualTo(name);
                assertThat(self.userId()).isEqualTo(created.userId());
                assertThat(self.arn()).isEqualTo(created.arn());
                assertThat(self.tags()).containsExactly(Tag.builder().key("team").value("core").build());
            }
        }
    }

    @Test
    void getUserWhenRootWithoutNameThenRootArn() {
        try (IamClient iam = QueryClients.iam()) {
            User root = iam.getUser().user();
            assertThat(root.arn()).isEqualTo("arn:aws:iam::000000000000:root");
            assertThat(root.userId()).isEqualTo("000000000000");
            assertThat(root.userName()).isNull();
        }
    }

    @Test
    void createWhenExistsOrInvalidThenIamErrors() {
        String name = unique("dup");
        try (IamClient iam = QueryClients.iam()) {
            iam.createUser(r -> r.userName(name));
            var e = assertAwsError(() -> iam.createUser(r -> r.userName(name.toUpperCase())), "EntityAlreadyExists", 409);
            assertThat(e).isInstanceOf(EntityAlreadyExistsException.class);
            assertAwsError(() -> iam.createUser(r -> r.userName("no spaces allowed")), "ValidationError", 400);
            assertAwsError(() -> iam.createUser(r -> r.userName("ok").path("bad")), "ValidationError", 400);
            assertAwsError(() -> iam.createUser(r -> r.userName(unique("t"))
                    .tags(Tag.builder().key("aws:x").value("v").build())), "InvalidInput", 400);
            var missing = assertAwsError(() -> iam.getUser(r -> r.userName(unique("nobody"))), "NoSuchEntity", 404);
            assertThat(missing).isInstanceOf(NoSuchEntityException.class);
        }
    }

    @Test
    void listUsersWhenMaxItemsThenTruncatedWithMarker() {
        String prefix = "/" + unique("page") + "/";
        try (IamClient iam = QueryClients.iam()) {
            for (String n : new String[] {"a", "b", "c"}) {
                iam.createUser(r -> r.userName(unique(n)).path(prefix));
            }
            ListUsersResponse first = iam.listUsers(r -> r.pathPrefix(prefix).maxItems(2));
            assertThat(first.users()).hasSize(2);
            assertThat(first.isTruncated()).isTrue();
            ListUsersResponse second = iam.listUsers(r -> r.pathPrefix(prefix).maxItems(2).marker(first.marker()));
            assertThat(second.users()).hasSize(1);
            assertThat(second.isTruncated()).isFalse();
            assertThat(second.marker()).isNull();
            assertThat(second.users().get(0).userName()).startsWith("c-");
            assertAwsError(() -> iam.listUsers(r -> r.maxItems(1001)), "ValidationError", 400);
        }
    }

    @Test
    void updateTagDeleteWhenValidThenReflectedAndConflictsReported() {
        String name = unique("upd");
        String group = unique("grp");
        try (IamClient iam = QueryClients.iam()) {
            iam.createUser(r -> r.userName(name));
            iam.tagUser(r -> r.userName(name).tags(Tag.builder().key("a").value("1").build(),
                    Tag.builder().key("b").value("2").build()));
            iam.untagUser(r -> r.userName(name).tagKeys("a"));
            assertThat(iam.listUserTags(r -> r.userName(name)).tags())
                    .containsExactly(Tag.builder().key("b").value("2").build());
            iam.updateUser(r -> r.userName(name).newUserName(name + "-2").newPath("/new/"));
            assertThat(iam.getUser(r -> r.userName(name + "-2")).user().path()).isEqualTo("/new/");
            iam.createGroup(r -> r.groupName(group));
            iam.addUserToGroup(r -> r.groupName(group).userName(name + "-2"));
            assertThat(iam.listGroupsForUser(r -> r.userName(name + "-2")).groups()).extracting(g -> g.groupName())
                    .containsExactly(group);
            var conflict = assertAwsError(() -> iam.deleteUser(r -> r.userName(name + "-2")), "DeleteConflict", 409);
            assertThat(conflict).isInstanceOf(DeleteConflictException.class);
            iam.removeUserFromGroup(r -> r.groupName(group).userName(name + "-2"));
            iam.deleteUser(r -> r.userName(name + "-2"));
            assertAwsError(() -> iam.getUser(r -> r.userName(name + "-2")), "NoSuchEntity", 404);
        }
    }

    @Test
    void getUserWhenOtherAccountsUserThenNoSuchEntity() {
        String name = unique("iso");
        TestAccounts.root("666677778888", "AKIASDKISOLATION0001", "sdk-isolation-secret-00000000000000000");
        try (IamClient iam = QueryClients.iam();
             IamClient other = QueryClients.iamAs("AKIASDKISOLATION0001", "sdk-isolation-secret-00000000000000000")) {
            iam.createUser(r -> r.userName(name));
            assertAwsError(() -> other.getUser(r -> r.userName(name)), "NoSuchEntity", 404);
        }
    }
}
