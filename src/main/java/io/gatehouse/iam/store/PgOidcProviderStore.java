package io.gatehouse.iam.store;

import io.gatehouse.iam.OidcProvider;
import io.gatehouse.iam.OidcProviderStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class PgOidcProviderStore implements OidcProviderStore {

    private final EntityManager em;

    PgOidcProviderStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void insert(OidcProvider provider) {
        OidcProviderEntity e = new OidcProviderEntity();
        e.arn = provider.arn();
        e.accountId = provider.accountId();
        e.name = provider.name();
        e.url = provider.url();
        e.userPoolId = provider.userPoolId();
        e.createdAt = provider.createdAt();
        copy(provider, e);
        e.persist();
    }

    @Override
    public Optional<OidcProvider> find(String accountId, String name) {
        return OidcProviderEntity.<OidcProviderEntity>find("accountId = ?1 and name = ?2", accountId, name)
                .firstResultOptional().map(PgOidcProviderStore::toRecord);
    }

    @Override
    public Optional<OidcProvider> findByUrl(String accountId, String url) {
        return OidcProviderEntity.<OidcProviderEntity>find("accountId = ?1 and url = ?2", accountId, url)
                .firstResultOptional().map(PgOidcProviderStore::toRecord);
    }

    @Override
    public List<OidcProvider> list(String accountId) {
        return OidcProviderEntity.<OidcProviderEntity>find("accountId = ?1 order by name", accountId)
                .stream().map(PgOidcProviderStore::toRecord).toList();
    }

    @Override
    public int countCreated(String accountId) {
        return (int) OidcProviderEntity.count("accountId = ?1 and userPoolId is null", accountId);
    }

    @Override
    public void update(OidcProvider provider) {
        copy(provider, OidcProviderEntity.findById(provider.arn()));
    }

    /** Deletes at once (not at flush), so a provider of the same name or pool can be inserted next. */
    @Override
    public void delete(String accountId, String name) {
        em.flush();
        em.createNativeQuery("DELETE FROM iam_oidc_provider WHERE account_id = ?1 AND name = ?2")
                .setParameter(1, accountId).setParameter(2, name).executeUpdate();
    }

    @Override
    public Optional<OidcProvider> findForPool(String poolId) {
        return OidcProviderEntity.<OidcProviderEntity>find("userPoolId", poolId).firstResultOptional()
                .map(PgOidcProviderStore::toRecord);
    }

    @Override
    public List<PoolRef> poolsWithoutProvider(String issuerPrefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, p.account_id FROM user_pool p WHERE NOT EXISTS (
                    SELECT 1 FROM iam_oidc_provider o WHERE o.user_pool_id = p.id AND o.url = ?1 || p.id)
                ORDER BY p.id""").setParameter(1, issuerPrefix).getResultList();
        return rows.stream().map(r -> new PoolRef((String) r[0], (String) r[1])).toList();
    }

    private static void copy(OidcProvider provider, OidcProviderEntity e) {
        e.clientIds = new ArrayList<>(provider.clientIds());
        e.thumbprints = new ArrayList<>(provider.thumbprints());
        e.tags = new HashMap<>(provider.tags());
    }

    private static OidcProvider toRecord(OidcProviderEntity e) {
        return new OidcProvider(e.accountId, e.url, e.clientIds == null ? List.of() : e.clientIds,
                e.thumbprints == null ? List.of() : e.thumbprints, e.tags == null ? Map.of() : e.tags,
                e.userPoolId, e.createdAt);
    }
}
