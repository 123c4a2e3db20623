package io.gatehouse.iam.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.iam.IamUser;
import io.gatehouse.iam.IamUserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
class PgIamUserStore implements IamUserStore {

    private final EntityManager em;
    private final ObjectMapper mapper;

    PgIamUserStore(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** A native insert, so a concurrent insert of the same name is reported here instead of failing the commit. */
    @Override
    public boolean insert(IamUser user) {
        return em.createNativeQuery("""
                INSERT INTO iam_user(id, account_id, name, path, permissions_boundary, tags, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb), ?7) ON CONFLICT DO NOTHING""")
                .setParameter(1, user.id()).setParameter(2, user.accountId()).setParameter(3, user.name())
                .setParameter(4, user.path()).setParameter(5, user.permissionsBoundary())
                .setParameter(6, TagsJson.write(mapper, user.tags())).setParameter(7, user.createdAt())
                .executeUpdate() > 0;
    }

    @Override
    public Optional<IamUser> find(String accountId, String name) {
        return IamUserEntity.<IamUserEntity>find("accountId = ?1 and lower(name) = lower(?2)", accountId, name)
                .firstResultOptional().map(PgIamUserStore::toRecord);
    }

    @Override
    public Optional<IamUser> findById(String userId) {
        return IamUserEntity.<IamUserEntity>findByIdOptional(userId).map(PgIamUserStore::toRecord);
    }

    @Override
    public List<IamUser> list(String accountId, String pathPrefix, String afterName, int limit) {
        return IamUserEntity.<IamUserEntity>find("accountId = ?1 and path like ?2 and lower(name) > lower(?3) order by lower(name)",
                        accountId, like(pathPrefix), afterName == null ? "" : afterName)
                .page(0, limit).list().stream().map(PgIamUserStore::toRecord).toList();
    }

    @Override
    public List<IamUser> all(String accountId) {
        return IamUserEntity.<IamUserEntity>find("accountId = ?1 order by lower(name)", accountId).list().stream()
                .map(PgIamUserStore::toRecord).toList();
    }

    @Override
    public long count(String accountId) {
        return IamUserEntity.count("accountId", accountId);
    }

    @Override
    public void rename(String userId, String newName, String newPath) {
        IamUserEntity e = IamUserEntity.findById(userId);
        e.name = newName;
        e.path = newPath;
    }

    @Override
    public void updateTags(IamUser user) {
        IamUserEntity.<IamUserEntity>findById(user.id()).tags = new HashMap<>(user.tags());
    }

    @Override
    public void delete(String userId) {
        IamUserEntity.deleteById(userId);
    }

    @Override
    public Optional<StoredPassword> password(String userId) {
        return IamUserEntity.<IamUserEntity>findByIdOptional(userId).filter(e -> e.passwordHash != null)
                .map(e -> new StoredPassword(e.passwordHash, e.passwordResetRequired, e.passwordSetAt,
                        e.passwordHistory == null ? List.of() : e.passwordHistory));
    }

    @Override
    public void setPassword(String userId, StoredPassword password) {
        IamUserEntity e = IamUserEntity.findById(userId);
        e.passwordHash = password.hash();
        e.passwordResetRequired = password.resetRequired();
        e.passwordSetAt = password.setAt();
        e.passwordHistory = password.history();
    }

    @Override
    public void clearPassword(String userId) {
        IamUserEntity e = IamUserEntity.findById(userId);
        e.passwordHash = null;
        e.passwordResetRequired = false;
        e.passwordSetAt = null;
        e.passwordHistory = List.of();
    }

    @Override
    public void passwordUsed(String userId, Instant at) {
        IamUserEntity.<IamUserEntity>findById(userId).passwordLastUsed = at;
    }

    /** A LIKE pattern matching values that start with {@code prefix} literally. */
    static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static IamUser toRecord(IamUserEntity e) {
        Map<String, String> tags = e.tags == null ? Map.of() : new TreeMap<>(e.tags);
        return new IamUser(e.id, e.accountId, e.name, e.path, e.permissionsBoundary, tags, e.createdAt, e.passwordLastUsed);
    }
}
