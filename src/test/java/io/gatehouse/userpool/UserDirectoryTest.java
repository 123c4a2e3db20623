package io.gatehouse.userpool;

import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.platform.ClusterEvents;
import io.gatehouse.testing.AuthorizationCodes;
import io.gatehouse.testing.Awaits;
import io.gatehouse.testing.ClusterListener;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The node's cache of users for the token paths: every kind of write through the admin API makes
 * it forget the user at once (this node hears of its own commits synchronously), a transaction
 * reads its own uncommitted change and never caches it, and a lost cluster listener reads the
 * database.
 */
@GatehouseTest
class UserDirectoryTest {

    static final String USERS = "/api/v1/user-pools/" + DEMO_POOL + "/users/";
    static final String GROUPS = "/api/v1/user-pools/" + DEMO_POOL + "/groups/";

    @Inject
    UserDirectory directory;

    @Inject
    UserStore users;

    @Inject
    ClusterEvents events;

    @Inject
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void findWhenLoadedThenRememberedWithoutPasswordHash() {
        String username = PoolFixtures.createUser(DEMO_POOL, "dir-hit", Map.of("email", "hit@example.com"));
        UUID sub = sub(username);

        UserSnapshot first = directory.find(sub).orElseThrow();

        assertThat(directory.remembers(sub)).isTrue();
        assertThat(directory.find(sub)).containsSame(first);
        assertThat(first.user().username()).isEqualTo(username);
        assertThat(first.user().attribute("email")).isEqualTo("hit@example.com");
        assertThat(first.user().enabled()).isTrue();
        assertThat(first.user().passwordHash()).isNull();
        assertThat(first.groups()).isEmpty();
        PoolUser stored = QuarkusTransaction.requiringNew().call(() -> users.findBySub(sub)).orElseThrow();
        assertThat(first.user()).isEqualTo(new PoolUser(stored.sub(), stored.poolId(), stored.username(),
                stored.enabled(), stored.status(), null, stored.attributes(), stored.createdAt(), stored.updatedAt(),
                stored.passwordSetAt()));
    }

    @Test
    void findWhenUnknownSubThenEmptyAndNotRemembered() {
        UUID unknown = UUID.randomUUID();

        assertThat(directory.find(unknown)).isEmpty();
        assertThat(directory.remembers(unknown)).isFalse();
    }

    @Test
    void findWhenAttributesUpdatedThenForgottenAndNewValue() {
        UUID sub = remembered("dir-attr");
        String username = directory.find(sub).orElseThrow().user().username();

        SignedRequests.root().patch(USERS + username + "/attributes", Map.of("name", "Renamed User"))
                .then().statusCode(200);

        assertThat(directory.remembers(sub)).isFalse();
        assertThat(directory.find(sub).orElseThrow().user().attribute("name")).isEqualTo("Renamed User");
    }

    @Test
    void findWhenDisabledThenForgottenAndDisabled() {
        UUID sub = remembered("dir-disable");
        String username = directory.find(sub).orElseThrow().user().username();

        PoolFixtures.disableUser(DEMO_POOL, username);

        assertThat(directory.remembers(sub)).isFalse();
        assertThat(directory.find(sub).orElseThrow().user().enabled()).isFalse();
        SignedRequests.root().post(USERS + username + "/enable", null).then().statusCode(204);
        assertThat(directory.find(sub).orElseThrow().user().enabled()).isTrue();
    }

    @Test
    void findWhenDeletedThenEmpty() {
        UUID sub = remembered("dir-delete");
        String username = directory.find(sub).orElseThrow().user().username();

        SignedRequests.root().delete(USERS + username).then().statusCode(204);

        assertThat(directory.remembers(sub)).isFalse();
        assertThat(directory.find(sub)).isEmpty();
    }

    @Test
    void findWhenAddedToAndRemovedFromGroupThenGroupsFollow() {
        UUID sub = remembered("dir-member");
        String username = directory.find(sub).orElseThrow().user().username();
        String group = createGroup(3, "arn:aws:iam::000000000000:role/Member");

        SignedRequests.root().put(USERS + username + "/groups/" + group, null).then().statusCode(204);

        assertThat(directory.remembers(sub)).isFalse();
        assertThat(directory.find(sub).orElseThrow().groups()).extracting(Group::name).containsExactly(group);
        SignedRequests.root().delete(USERS + username + "/groups/" + group).then().statusCode(204);
        assertThat(directory.find(sub).orElseThrow().groups()).isEmpty();
    }

    @Test
    void findWhenGroupUpdatedThenMembersForgottenAndNewRole() {
        UUID sub = remembered("dir-group-update");
        String username = directory.find(sub).orElseThrow().user().username();
        String group = createGroup(5, "arn:aws:iam::000000000000:role/Before");
        SignedRequests.root().put(USERS + username + "/groups/" + group, null).then().statusCode(204);
        assertThat(directory.find(sub).orElseThrow().groups()).extracting(Group::roleArn)
                .containsExactly("arn:aws:iam::000000000000:role/Before");

        SignedRequests.root().put(GROUPS + group, Map.of("precedence", 1, "roleArn", "arn:aws:iam::000000000000:role/After"))
                .then().statusCode(200);

        assertThat(directory.remembers(sub)).isFalse();
        Group updated = directory.find(sub).orElseThrow().groups().get(0);
        assertThat(updated.precedence()).isEqualTo(1);
        assertThat(updated.roleArn()).isEqualTo("arn:aws:iam::000000000000:role/After");
    }

    @Test
    void findWhenGroupDeletedThenMembersForgottenAndGroupGone() {
        UUID sub = remembered("dir-group-delete");
        String username = directory.find(sub).orElseThrow().user().username();
        String group = createGroup(2, null);
        SignedRequests.root().put(USERS + username + "/groups/" + group, null).then().statusCode(204);
        assertThat(directory.find(sub).orElseThrow().groups()).hasSize(1);

        SignedRequests.root().delete(GROUPS + group).then().statusCode(204);

        assertThat(directory.remembers(sub)).isFalse();
        assertThat(directory.find(sub).orElseThrow().groups()).isEmpty();
    }

    @Test
    void findWhenPoolDeletedThenUsersGone() {
        String pool = PoolFixtures.createPool("dir-pool");
        String username = PoolFixtures.createUser(pool, "doomed", Map.of("email", "doomed@example.com"));
        UUID sub = UUID.fromString(AuthorizationCodes.sub(pool, username));
        remember(sub);

        SignedRequests.root().delete("/api/v1/user-pools/" + pool).then().statusCode(204);

        assertThat(directory.remembers(sub)).isFalse();
        assertThat(directory.find(sub)).isEmpty();
    }

    /**
     * Sign-in flows change a user and mint tokens in one transaction: the minting read must see
     * the change, and a change that rolls back must leave no trace in the cache.
     */
    @Test
    void findWhenTransactionChangedUserThenOwnChangeReadAndNothingKept() throws Exception {
        UUID sub = remembered("dir-own-write");

        transaction.begin();
        try {
            PoolUser user = users.findBySub(sub).orElseThrow();
            users.update(user.withAttributes(with(user.attributes(), "name", "Uncommitted"), Instant.now()));

            assertThat(directory.find(sub).orElseThrow().user().attribute("name")).isEqualTo("Uncommitted");
        } finally {
            transaction.rollback();
        }

        assertThat(directory.find(sub).orElseThrow().user().attribute("name")).isNull();
    }

    /**
     * A transaction that read the user before another one committed a change must load the
     * committed row, not the copy its persistence context holds, which it would then keep.
     */
    @Test
    void findWhenTransactionReadUserBeforeOtherCommitThenCommittedRowKept() {
        UUID sub = remembered("dir-stale-context");

        QuarkusTransaction.requiringNew().run(() -> {
            users.findBySub(sub).orElseThrow();
            QuarkusTransaction.requiringNew().run(() -> {
                PoolUser user = users.findBySub(sub).orElseThrow();
                users.update(user.withAttributes(with(user.attributes(), "name", "Committed"), Instant.now()));
            });

            assertThat(directory.find(sub).orElseThrow().user().attribute("name")).isEqualTo("Committed");
        });

        assertThat(directory.find(sub).orElseThrow().user().attribute("name")).isEqualTo("Committed");
    }

    /**
     * A change whose notification never arrived (here: a bare UPDATE, published nowhere) is still
     * honoured once the listener connection drops: while it is down the database answers, and
     * its reconnection forgets every user.
     */
    @Test
    void findWhenListenerLostThenDatabaseAnswersAndReconnectForgets() {
        UUID sub = remembered("dir-listener");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE pool_user SET enabled = false WHERE sub = ?1").setParameter(1, sub).executeUpdate());
        assertThat(directory.find(sub).orElseThrow().user().enabled()).as("the missed notification, while listening")
                .isTrue();

        ClusterListener.terminate(em, events);

        assertThat(directory.find(sub).orElseThrow().user().enabled()).isFalse();
        ClusterListener.awaitListening(events);
        assertThat(directory.remembers(sub)).isFalse();
        assertThat(directory.find(sub).orElseThrow().user().enabled()).isFalse();
    }

    /** A new user of the demo pool, loaded so the directory remembers it. */
    private UUID remembered(String prefix) {
        String username = PoolFixtures.createUser(DEMO_POOL, prefix, Map.of("email", prefix + "@example.com"));
        UUID sub = sub(username);
        remember(sub);
        return sub;
    }

    /**
     * Loads until remembered: the NOTIFY of the user's creation reaches this node's listener a
     * moment after the commit (which this node already heard of directly) and forgets it once more.
     */
    private void remember(UUID sub) {
        Awaits.until(Duration.ofSeconds(10), () -> directory.find(sub).isPresent() && directory.remembers(sub));
    }

    private static String createGroup(Integer precedence, String roleArn) {
        String name = PoolFixtures.unique("dir-group");
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "precedence", precedence));
        if (roleArn != null) {
            body.put("roleArn", roleArn);
        }
        SignedRequests.root().post(GROUPS, body).then().statusCode(201);
        return name;
    }

    private static UUID sub(String username) {
        return UUID.fromString(AuthorizationCodes.sub(DEMO_POOL, username));
    }

    private static Map<String, String> with(Map<String, String> attributes, String name, String value) {
        Map<String, String> changed = new HashMap<>(attributes);
        changed.put(name, value);
        return changed;
    }
}
