package io.gatehouse.iam;

import io.gatehouse.platform.ClusterCache;
import io.gatehouse.platform.ClusterEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link IdentityPolicySource} of the authorizer: each principal's compiled policies, cached per
 * node and dropped on every node, per account, when anything they are made of changes. A change is
 * announced with {@link #invalidateAccount} inside the transaction that makes it, so every node
 * hears of it on commit.
 *
 * <p>The cluster cache holds one table per account; invalidating an account drops the whole table.
 * A load reads the database only after taking the table from the cache, so a load that raced with a
 * change lands in a table that is no longer in use and is never served.
 */
@ApplicationScoped
public class IdentityPolicyCache implements IdentityPolicySource {

    static final String TOPIC = "iam-identity-policies";

    private final ClusterEvents events;
    private final ClusterCache<Map<String, PrincipalPolicies>> accounts;
    private final PrincipalPolicyLoader loader;

    public IdentityPolicyCache(ClusterEvents events, PrincipalPolicyLoader loader) {
        this.events = events;
        this.loader = loader;
        this.accounts = new ClusterCache<>(events, TOPIC);
    }

    @Override
    public Optional<PrincipalPolicies> forUser(String accountId, String userName) {
        return lookup(accountId, PrincipalType.USER, userName);
    }

    @Override
    public Optional<PrincipalPolicies> forRole(String accountId, String roleName) {
        return lookup(accountId, PrincipalType.ROLE, roleName);
    }

    /**
     * Drops every cached principal of the account on every node once the current transaction
     * commits. Call it from any transaction that changes a policy document or default version, an
     * attachment, an inline policy, a permissions boundary, a principal's tags, or a group
     * membership of the account; it must run inside that transaction.
     */
    public void invalidateAccount(String accountId) {
        events.publish(TOPIC, accountId);
    }

    private Optional<PrincipalPolicies> lookup(String accountId, PrincipalType type, String name) {
        Map<String, PrincipalPolicies> table = accounts.get(accountId, key -> Optional.of(new ConcurrentHashMap<>()))
                .orElseThrow();
        String key = type.stored() + "/" + name.toLowerCase(Locale.ROOT);
        PrincipalPolicies cached = table.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PrincipalPolicies> loaded = QuarkusTransaction.requiringNew()
                .call(() -> loader.load(accountId, type, name));
        loaded.ifPresent(value -> table.put(key, value));
        return loaded;
    }
}
