package io.gatehouse.iam.store;

import io.gatehouse.iam.PrincipalDependents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Native counts over the policy tables of V9, which the policy part of IAM maps and owns. */
@ApplicationScoped
class PgPrincipalDependents implements PrincipalDependents {

    private final EntityManager em;

    PgPrincipalDependents(EntityManager em) {
        this.em = em;
    }

    @Override
    public long policies(String principalType, String principalId) {
        return count("""
                SELECT (SELECT count(*) FROM iam_inline_policy WHERE principal_type = ?1 AND principal_id = ?2)
                     + (SELECT count(*) FROM iam_attached_policy WHERE principal_type = ?1 AND principal_id = ?2)""",
                principalType, principalId);
    }

    @Override
    public long roles(String accountId) {
        return count("SELECT count(*) FROM iam_role WHERE account_id = ?1", accountId);
    }

    @Override
    public long managedPolicies(String accountId) {
        return count("SELECT count(*) FROM iam_policy WHERE account_id = ?1", accountId);
    }

    @Override
    public long policyVersionsInUse(String accountId) {
        return count("""
                SELECT count(*) FROM iam_attached_policy a JOIN iam_policy p
                ON a.policy_arn = 'arn:aws:iam::' || p.account_id || ':policy' || p.path || p.name
                WHERE p.account_id = ?1""", accountId);
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
