package io.gatehouse.iam.store;

import io.gatehouse.iam.PrincipalDirectory;
import io.gatehouse.iam.PrincipalRef;
import io.gatehouse.iam.PrincipalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads {@code iam_user}, {@code iam_group} and {@code iam_role} by name with native SQL: users and
 * groups are administered (and mapped to entities) by the principals part of IAM, so this store
 * touches only their ids, names and the users' boundary column.
 */
@ApplicationScoped
class PgPrincipalDirectory implements PrincipalDirectory {

    private static final Map<PrincipalType, String> TABLES = Map.of(
            PrincipalType.USER, "iam_user", PrincipalType.GROUP, "iam_group", PrincipalType.ROLE, "iam_role");

    private final EntityManager em;

    PgPrincipalDirectory(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<PrincipalRef> find(String accountId, PrincipalType type, String name) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM " + TABLES.get(type)
                        + " WHERE account_id = ?1 AND lower(name) = lower(?2)")
                .setParameter(1, accountId).setParameter(2, name).getResultList();
        return rows.stream().findFirst().map(r -> new PrincipalRef(type, (String) r[0], (String) r[1], accountId));
    }

    @Override
    public void lock(PrincipalRef principal) {
        em.createNativeQuery("SELECT id FROM " + TABLES.get(principal.type()) + " WHERE id = ?1 FOR UPDATE")
                .setParameter(1, principal.id()).getResultList();
    }

    @Override
    public Optional<String> boundary(PrincipalRef userOrRole) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT permissions_boundary FROM " + TABLES.get(userOrRole.type())
                        + " WHERE id = ?1", String.class)
                .setParameter(1, userOrRole.id()).getResultList();
        return rows.stream().filter(Objects::nonNull).findFirst();
    }

    @Override
    public void setBoundary(PrincipalRef userOrRole, String policyArn) {
        em.createNativeQuery("UPDATE " + TABLES.get(userOrRole.type()) + " SET permissions_boundary = ?2 WHERE id = ?1")
                .setParameter(1, userOrRole.id()).setParameter(2, policyArn).executeUpdate();
    }

    @Override
    public List<PrincipalRef> attachedTo(String accountId, String policyArn) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.type, p.id, p.name FROM (
                    SELECT 'group' AS type, id, name FROM iam_group WHERE account_id = ?1 UNION ALL
                    SELECT 'role', id, name FROM iam_role WHERE account_id = ?1 UNION ALL
                    SELECT 'user', id, name FROM iam_user WHERE account_id = ?1) p
                JOIN iam_attached_policy a ON a.principal_id = p.id AND a.principal_type = p.type
                WHERE a.policy_arn = ?2 ORDER BY p.type, lower(p.name)""")
                .setParameter(1, accountId).setParameter(2, policyArn).getResultList();
        return rows.stream().map(r -> new PrincipalRef(typeOf((String) r[0]), (String) r[1], (String) r[2], accountId))
                .toList();
    }

    static PrincipalType typeOf(String stored) {
        for (PrincipalType type : PrincipalType.values()) {
            if (type.stored().equals(stored)) {
                return type;
            }
        }
        throw new IllegalStateException("Unknown principal type " + stored);
    }
}
