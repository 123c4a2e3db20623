package io.gatehouse.userpool.store;

import io.gatehouse.platform.ClusterEvents;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.StandardAttributes;
import io.gatehouse.userpool.UserDirectory;
import io.gatehouse.userpool.UserFilter;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.UserStore;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Every write publishes the user's sub on {@link UserDirectory#USER_TOPIC} in the writing
 * transaction, so no node keeps serving the user as it was before.
 */
@ApplicationScoped
class PgUserStore implements UserStore {

    private final ClusterEvents events;

    PgUserStore(ClusterEvents events) {
        this.events = events;
    }

    @Override
    public void insert(PoolUser user) {
        PoolUserEntity e = new PoolUserEntity();
        e.sub = user.sub();
        copy(user, e);
        e.persist();
        changed(user.sub());
    }

    @Override
    public void update(PoolUser user) {
        copy(user, PoolUserEntity.findById(user.sub()));
        changed(user.sub());
    }

    @Override
    public Optional<PoolUser> findByUsername(String poolId, String username) {
        return PoolUserEntity.<PoolUserEntity>find("poolId = ?1 and usernameKey = ?2", poolId, UserStore.usernameKey(username))
                .firstResultOptional().map(PgUserStore::toRecord);
    }

    @Override
    public Optional<PoolUser> findBySub(UUID sub) {
        return PoolUserEntity.<PoolUserEntity>findByIdOptional(sub).map(PgUserStore::toRecord);
    }

    /** Native SQL so the lookup uses the expression indexes of V3; only sign-in attribute names reach the SQL text. */
    @Override
    @SuppressWarnings("unchecked")
    public List<PoolUser> findByAttribute(String poolId, String attribute, String value) {
        if (!StandardAttributes.ALIAS_ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException("Not a sign-in attribute: " + attribute);
        }
        boolean email = StandardAttributes.EMAIL.equals(attribute);
        String column = email ? "lower(attributes->>'email')" : "(attributes->>'" + attribute + "')";
        List<PoolUserEntity> found = PoolUserEntity.getEntityManager()
                .createNativeQuery("select * from pool_user where pool_id = ?1 and " + column + " = ?2 limit 10",
                        PoolUserEntity.class)
                .setParameter(1, poolId).setParameter(2, email ? value.toLowerCase(Locale.ROOT) : value)
                .getResultList();
        return found.stream().map(PgUserStore::toRecord).toList();
    }

    @Override
    public List<PoolUser> list(String poolId, String afterUsernameKey, int limit) {
        return PoolUserEntity.<PoolUserEntity>find("poolId = ?1 and usernameKey > ?2", Sort.by("usernameKey"), poolId,
                        afterUsernameKey == null ? "" : afterUsernameKey)
                .page(0, limit).list().stream().map(PgUserStore::toRecord).toList();
    }

    @Override
    public boolean delete(UUID sub) {
        changed(sub);
        return PoolUserEntity.deleteById(sub);
    }

    private void changed(UUID sub) {
        events.publish(UserDirectory.USER_TOPIC, sub.toString());
    }

    @Override
    public List<PoolUser> search(String poolId, UserFilter filter, String afterUsernameKey, int limit) {
        String column = column(filter.attribute());
        Optional<String> upper = filter.prefix() ? prefixUpperBound(filter.value()) : Optional.empty();
        String condition = !filter.prefix() ? column + " = :value"
                : column + " LIKE :pattern ESCAPE '\\'"
                        + (upper.isPresent() ? " AND " + column + " ~>=~ :value AND " + column + " ~<~ :upper" : "");
        var query = PoolUserEntity.getEntityManager().createNativeQuery(
                        "SELECT * FROM pool_user WHERE pool_id = :pool AND username_key > :after AND " + condition
                                + " ORDER BY username_key LIMIT :limit", PoolUserEntity.class)
                .setParameter("pool", poolId)
                .setParameter("after", afterUsernameKey == null ? "" : afterUsernameKey)
                .setParameter("limit", limit);
        if (!filter.prefix() || upper.isPresent()) {
            query.setParameter("value", filter.value());
        }
        if (filter.prefix()) {
            query.setParameter("pattern", likePrefix(filter.value()));
        }
        upper.ifPresent(u -> query.setParameter("upper", u));
        @SuppressWarnings("unchecked")
        List<PoolUserEntity> rows = query.getResultList();
        return rows.stream().map(PgUserStore::toRecord).toList();
    }

    /**
     * The least string above every string that starts with {@code prefix}, in byte-wise (UTF-8 code
     * point) order: the prefix with its last code point incremented. With it the prefix search is
     * also a range the text_pattern_ops indexes of V5 serve even in a generic plan, where
     * {@code LIKE :pattern} alone cannot use an index. Empty when there is no such bound.
     */
    static Optional<String> prefixUpperBound(String prefix) {
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        int last = prefix.codePointBefore(prefix.length());
        if (last == Character.MAX_CODE_POINT) {
            return Optional.empty();
        }
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return Optional.of(prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(next));
    }

    /**
     * The SQL expression compared with the filter value. Attribute names come from the fixed
     * {@link UserFilter.Attribute} list, never from input, so they are inlined as literals: an
     * expression index such as {@code (pool_id, (attributes ->> 'email'))} then serves the search.
     */
    private static String column(UserFilter.Attribute attribute) {
        return switch (attribute) {
            case USERNAME -> "username_key";
            case USER_STATUS -> "status";
            case STATUS -> "(CASE WHEN enabled THEN '" + UserFilter.ENABLED + "' ELSE '" + UserFilter.DISABLED + "' END)";
            case SUB -> "CAST(sub AS text)";
            default -> "(attributes ->> '" + attribute.filterName() + "')";
        };
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static void copy(PoolUser u, PoolUserEntity e) {
        e.poolId = u.poolId();
        e.username = u.username();
        e.usernameKey = UserStore.usernameKey(u.username());
        e.enabled = u.enabled();
        e.status = u.status().name();
        e.passwordHash = u.passwordHash();
        e.attributes = u.attributes();
        e.createdAt = u.createdAt();
        e.updatedAt = u.updatedAt();
        e.passwordSetAt = u.passwordSetAt();
    }

    private static PoolUser toRecord(PoolUserEntity e) {
        return new PoolUser(e.sub, e.poolId, e.username, e.enabled, UserStatus.valueOf(e.status), e.passwordHash,
                e.attributes, e.createdAt, e.updatedAt, e.passwordSetAt);
    }
}
