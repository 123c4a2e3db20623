package io.gatehouse.iam.store;

import io.gatehouse.iam.IamRole;
import io.gatehouse.iam.RoleStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PgRoleStore implements RoleStore {

    private final EntityManager em;

    PgRoleStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void insert(IamRole role) {
        RoleEntity e = new RoleEntity();
        e.id = role.id();
        e.accountId = role.accountId();
        e.name = role.name();
        e.path = role.path();
        e.createdAt = role.createdAt();
        copy(role, e);
        e.persist();
    }

    @Override
    public Optional<IamRole> find(String accountId, String name) {
        return RoleEntity.<RoleEntity>find("accountId = ?1 and lower(name) = lower(?2)", accountId, name)
                .firstResultOptional().map(PgRoleStore::toRecord);
    }

    @Override
    public List<IamRole> list(String accountId, String pathPrefix, String afterKey, int limit) {
        @SuppressWarnings("unchecked")
        List<RoleEntity> rows = em.createNativeQuery("""
                SELECT * FROM iam_role WHERE account_id = ?1 AND starts_with(path, ?2) AND lower(name) > ?3
                ORDER BY lower(name) LIMIT ?4""", RoleEntity.class)
                .setParameter(1, accountId).setParameter(2, pathPrefix)
                .setParameter(3, afterKey == null ? "" : afterKey).setParameter(4, limit).getResultList();
        return rows.stream().map(PgRoleStore::toRecord).toList();
    }

    @Override
    public void update(IamRole role) {
        copy(role, RoleEntity.findById(role.id()));
    }

    @Override
    public void delete(String roleId) {
        RoleEntity.deleteById(roleId);
    }

    private static void copy(IamRole role, RoleEntity e) {
        e.description = role.description();
        e.trustPolicy = role.trustPolicy();
        e.maxSessionDuration = role.maxSessionDuration();
        e.permissionsBoundary = role.permissionsBoundary();
        e.tags = new HashMap<>(role.tags());
    }

    private static IamRole toRecord(RoleEntity e) {
        return new IamRole(e.id, e.accountId, e.name, e.path, e.description, e.trustPolicy, e.maxSessionDuration,
                e.permissionsBoundary, e.tags == null ? java.util.Map.of() : e.tags, e.createdAt, e.lastUsedAt);
    }
}
