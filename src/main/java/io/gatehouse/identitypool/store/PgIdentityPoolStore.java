package io.gatehouse.identitypool.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gatehouse.identitypool.IdentityPool;
import io.gatehouse.identitypool.IdentityPoolStore;
import io.gatehouse.identitypool.IdentityProviders;
import io.gatehouse.identitypool.PoolIdentity;
import io.gatehouse.identitypool.PoolIdentity.LinkedLogin;
import io.gatehouse.identitypool.PoolRoles;
import io.gatehouse.identitypool.PrincipalTagMap;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IdentityPoolStore} on PostgreSQL. Settings read only as a whole are JSON text; logins are
 * rows of {@code identity_login} whose primary key is the (pool, provider, subject) triple, so a
 * concurrent second link of one login fails in the database rather than creating two identities.
 */
@ApplicationScoped
class PgIdentityPoolStore implements IdentityPoolStore {

    /** The two-key advisory lock space of identity logins (two-key and one-key locks never collide). */
    private static final int LOGIN_LOCK_CLASS = 0x49444c47;

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<Map<String, PrincipalTagMap>> TAG_MAPS = new TypeReference<>() { };

    private final EntityManager em;

    PgIdentityPoolStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void insert(IdentityPool pool) {
        IdentityPoolEntity e = new IdentityPoolEntity();
        e.id = pool.id();
        e.accountId = pool.accountId();
        e.createdAt = pool.createdAt();
        e.roles = write(PoolRoles.NONE);
        e.principalTags = write(Map.of());
        copy(pool, e);
        e.persist();
    }

    @Override
    public Optional<IdentityPool> find(String poolId) {
        return IdentityPoolEntity.<IdentityPoolEntity>findByIdOptional(poolId).map(PgIdentityPoolStore::toPool);
    }

    @Override
    public void update(IdentityPool pool) {
        IdentityPoolEntity e = IdentityPoolEntity.findById(pool.id());
        copy(pool, e);
    }

    @Override
    public void delete(String poolId) {
        em.flush();
        em.createNativeQuery("DELETE FROM identity_pool WHERE id = ?1").setParameter(1, poolId).executeUpdate();
        em.clear();
    }

    @Override
    public List<IdentityPool> list(String accountId, String afterId, int limit) {
        return IdentityPoolEntity.<IdentityPoolEntity>find("accountId = ?1 and id > ?2", Sort.by("id"), accountId,
                afterId == null ? "" : afterId).page(0, limit).list().stream().map(PgIdentityPoolStore::toPool).toList();
    }

    @Override
    public Optional<IdentityPool> findByDeveloperProvider(String accountId, String developerProviderName) {
        return IdentityPoolEntity.<IdentityPoolEntity>find("accountId = ?1 and developerProviderName = ?2", accountId,
                developerProviderName).firstResultOptional().map(PgIdentityPoolStore::toPool);
    }

    @Override
    public PoolRoles roles(String poolId) {
        IdentityPoolEntity e = IdentityPoolEntity.findById(poolId);
        return e == null ? PoolRoles.NONE : read(e.roles, new TypeReference<PoolRoles>() { });
    }

    @Override
    public void setRoles(String poolId, PoolRoles roles) {
        IdentityPoolEntity e = IdentityPoolEntity.findById(poolId);
        e.roles = write(roles);
    }

    @Override
    public Map<String, PrincipalTagMap> principalTags(String poolId) {
        IdentityPoolEntity e = IdentityPoolEntity.findById(poolId);
        return e == null ? Map.of() : read(e.principalTags, TAG_MAPS);
    }

    @Override
    public void setPrincipalTags(String poolId, Map<String, PrincipalTagMap> maps) {
        IdentityPoolEntity e = IdentityPoolEntity.findById(poolId);
        e.principalTags = write(maps);
    }

    @Override
    public void insertIdentity(PoolIdentity identity) {
        PoolIdentityEntity e = new PoolIdentityEntity();
        e.id = identity.id();
        e.poolId = identity.poolId();
        e.createdAt = identity.createdAt();
        e.lastModified = identity.lastModified();
        e.persist();
        em.flush();
    }

    @Override
    public Optional<PoolIdentity> findIdentity(String identityId) {
        return PoolIdentityEntity.<PoolIdentityEntity>findByIdOptional(identityId).map(this::toIdentity);
    }

    @Override
    public List<PoolIdentity> listIdentities(String poolId, String afterId, int limit) {
        return PoolIdentityEntity.<PoolIdentityEntity>find("poolId = ?1 and id > ?2", Sort.by("id"), poolId,
                afterId == null ? "" : afterId).page(0, limit).list().stream().map(this::toIdentity).toList();
    }

    @Override
    public void deleteIdentity(String identityId) {
        em.flush();
        em.createNativeQuery("DELETE FROM pool_identity WHERE id = ?1").setParameter(1, identityId).executeUpdate();
        em.clear();
    }

    @Override
    public void touchIdentity(String identityId, Instant at) {
        PoolIdentityEntity e = PoolIdentityEntity.findById(identityId);
        if (e != null) {
            e.lastModified = at;
        }
    }

    @Override
    public Optional<String> identityOf(String poolId, LinkedLogin login) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                SELECT identity_id FROM identity_login WHERE pool_id = ?1 AND provider = ?2 AND subject = ?3""", String.class)
                .setParameter(1, poolId).setParameter(2, login.provider()).setParameter(3, login.subject()).getResultList();
        return ids.stream().findFirst();
    }

    @Override
    public Optional<String> identityOfLocked(String poolId, LinkedLogin login) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, LOGIN_LOCK_CLASS).setParameter(2, poolId + "\n" + login.provider() + "\n" + login.subject())
                .getSingleResult();
        return identityOf(poolId, login);
    }

    @Override
    public boolean link(String poolId, LinkedLogin login, String identityId, Instant at) {
        em.flush();
        return em.createNativeQuery("""
                INSERT INTO identity_login(pool_id, provider, subject, identity_id, linked_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, poolId).setParameter(2, login.provider()).setParameter(3, login.subject())
                .setParameter(4, identityId).setParameter(5, at).executeUpdate() == 1;
    }

    @Override
    public void unlink(String poolId, LinkedLogin login) {
        em.createNativeQuery("DELETE FROM identity_login WHERE pool_id = ?1 AND provider = ?2 AND subject = ?3")
                .setParameter(1, poolId).setParameter(2, login.provider()).setParameter(3, login.subject())
                .executeUpdate();
    }

    @Override
    public void moveLogins(String fromIdentity, String toIdentity) {
        em.createNativeQuery("UPDATE identity_login SET identity_id = ?2 WHERE identity_id = ?1")
                .setParameter(1, fromIdentity).setParameter(2, toIdentity).executeUpdate();
    }

    private PoolIdentity toIdentity(PoolIdentityEntity e) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT provider, subject FROM identity_login WHERE identity_id = ?1 ORDER BY linked_at, provider, subject")
                .setParameter(1, e.id).getResultList();
        List<LinkedLogin> logins = new ArrayList<>();
        rows.forEach(r -> logins.add(new LinkedLogin((String) r[0], (String) r[1])));
        return new PoolIdentity(e.id, e.poolId, logins, e.createdAt, e.lastModified);
    }

    private static void copy(IdentityPool pool, IdentityPoolEntity e) {
        e.name = pool.name();
        e.allowUnauthenticated = pool.allowUnauthenticated();
        e.allowClassicFlow = pool.allowClassicFlow();
        e.developerProviderName = pool.developerProviderName();
        e.providers = write(pool.providers());
        e.tags = write(pool.tags());
    }

    private static IdentityPool toPool(IdentityPoolEntity e) {
        return new IdentityPool(e.id, e.accountId, e.name, e.allowUnauthenticated, e.allowClassicFlow,
                e.developerProviderName, read(e.providers, new TypeReference<IdentityProviders>() { }),
                new HashMap<>(read(e.tags, STRING_MAP)), e.createdAt);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Identity-pool settings are not serializable", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored identity-pool settings are unreadable", e);
        }
    }
}
