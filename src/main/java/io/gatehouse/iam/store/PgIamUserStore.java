package io.gatehouse.iam.store;

import io.gatehouse.iam.IamUser;
import io.gatehouse.iam.IamUserStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
class PgIamUserStore implements IamUserStore {

    @Override
    public void insert(IamUser user) {
        IamUserEntity e = new IamUserEntity();
        e.id = user.id();
        e.accountId = user.accountId();
        e.name = user.name();
        e.path = user.path();
        e.permissionsBoundary = user.permissionsBoundary();
        e.tags = new HashMap<>(user.tags());
        e.createdAt = user.createdAt();
        e.passwordHistory = List.of();
        e.persist();
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
