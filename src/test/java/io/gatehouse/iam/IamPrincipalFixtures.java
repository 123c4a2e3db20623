package io.gatehouse.iam;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * IAM users and groups written straight into their tables, for tests of policies that attach to
 * them (users and groups themselves are administered by another part of IAM).
 * <pre>{@code
 * String user = IamPrincipalFixtures.user("alice-" + IamPrincipalFixtures.suffix());
 * }</pre>
 */
public final class IamPrincipalFixtures {

    public static final String ACCOUNT_ID = "000000000000";

    private IamPrincipalFixtures() {
    }

    /** A random suffix that keeps names of one test apart from another's. */
    public static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** Creates a user in the bootstrap account and returns its id. */
    public static String user(String name) {
        return insert("iam_user", "AIDA", name);
    }

    /** Creates a group in the bootstrap account and returns its id. */
    public static String group(String name) {
        return insert("iam_group", "AGPA", name);
    }

    public static void addMember(String groupId, String userId) {
        QuarkusTransaction.requiringNew().run(() -> em()
                .createNativeQuery("INSERT INTO iam_group_member (group_id, user_id) VALUES (?1, ?2)")
                .setParameter(1, groupId).setParameter(2, userId).executeUpdate());
    }

    private static String insert(String table, String prefix, String name) {
        String id = (prefix + suffix() + "XXXXXXXXXXXXXXXXX").substring(0, 21).toUpperCase(Locale.ROOT);
        QuarkusTransaction.requiringNew().run(() -> em()
                .createNativeQuery("INSERT INTO " + table + " (id, account_id, name, path, created_at) "
                        + "VALUES (?1, ?2, ?3, '/', ?4)")
                .setParameter(1, id).setParameter(2, ACCOUNT_ID).setParameter(3, name).setParameter(4, Instant.now())
                .executeUpdate());
        return id;
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
