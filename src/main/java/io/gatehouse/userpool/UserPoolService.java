package io.gatehouse.userpool;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import io.gatehouse.platform.ClusterEvents;
import io.gatehouse.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Administration of user pools and their resource servers, scoped to the caller's account:
 * a pool of another account is reported as not found.
 */
@ApplicationScoped
public class UserPoolService {

    private static final Pattern POOL_ID = Pattern.compile("[\\w-]+_[0-9a-zA-Z]+");
    private static final Pattern NAME = Pattern.compile("[\\w\\s+=,.@-]{1,128}");
    private static final Pattern SCOPE_NAME = Pattern.compile("[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]{1,256}");

    private final UserPoolStore pools;
    private final ResourceServerStore resourceServers;
    private final ClusterEvents events;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;
    private final PlatformConfig platform;
    private final Instance<PoolChangeListener> listeners;

    public UserPoolService(UserPoolStore pools, ResourceServerStore resourceServers, ClusterEvents events,
                           AuditLog audit, Ids ids, Clock clock, PlatformConfig platform,
                           Instance<PoolChangeListener> listeners) {
        this.pools = pools;
        this.resourceServers = resourceServers;
        this.events = events;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
        this.platform = platform;
        this.listeners = listeners;
    }

    /** Creates a pool with Cognito's default settings. */
    @Transactional
    public UserPool create(String accountId, String actor, String name, String requestedId) {
        return create(accountId, actor, name, requestedId, PoolSettings.DEFAULT);
    }

    /** Creates a pool; {@code requestedId} may fix the id (realm files), otherwise one is generated. */
    @Transactional
    public UserPool create(String accountId, String actor, String name, String requestedId, PoolSettings settings) {
        requireName(name);
        String id = requestedId != null ? requestedId : platform.region() + "_" + ids.alnum(9);
        if (!POOL_ID.matcher(id).matches() || id.length() > 55) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "User pool id must look like <region>_<letters and digits>");
        }
        if (pools.find(id).isPresent()) {
            throw new GatehouseException(UserPoolError.RESOURCE_EXISTS, "User pool " + id + " already exists");
        }
        Instant now = clock.instant();
        UserPool pool = new UserPool(id, accountId, name, settings, now, now);
        pools.insert(pool);
        listeners.forEach(l -> l.poolCreated(pool));
        audit.record(AuditEntry.success("userpool.create").withAccount(accountId).withPool(id).withActor(actor).withTarget(id));
        return pool;
    }

    public UserPool get(String accountId, String poolId) {
        return pools.find(poolId).filter(p -> p.accountId().equals(accountId))
                .orElseThrow(() -> new GatehouseException(UserPoolError.RESOURCE_NOT_FOUND,
                        "User pool " + poolId + " does not exist"));
    }

    public List<UserPool> list(String accountId, String afterId, int limit) {
        return pools.list(accountId, afterId, limit);
    }

    @Transactional
    public UserPool rename(String accountId, String actor, String poolId, String name) {
        return update(accountId, actor, poolId, name, null);
    }

    /** Changes the name and/or the settings; a null argument keeps what the pool has. */
    @Transactional
    public UserPool update(String accountId, String actor, String poolId, String name, PoolSettings settings) {
        UserPool updated = get(accountId, poolId);
        if (name != null) {
            requireName(name);
            updated = updated.withName(name, clock.instant());
        }
        if (settings != null) {
            requireCompatible(updated.settings(), settings);
            updated = updated.withSettings(settings, clock.instant());
        }
        pools.update(updated);
        events.publish(UserPoolDirectory.POOL_TOPIC, poolId);
        audit.record(AuditEntry.success("userpool.update").withAccount(accountId).withPool(poolId).withActor(actor).withTarget(poolId));
        return updated;
    }

    /**
     * Appends custom attributes to the pool's schema (AddCustomAttributes). As in Cognito, an
     * attribute that already exists cannot be added again, and none can be removed.
     */
    @Transactional
    public UserPool addCustomAttributes(String accountId, String actor, String poolId, List<CustomAttribute> added) {
        PoolSettings current = get(accountId, poolId).settings();
        if (added.isEmpty()) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "CustomAttributes must not be empty");
        }
        for (CustomAttribute attribute : added) {
            if (current.customAttribute(attribute.attributeName()).isPresent()) {
                throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                        "Existing attribute already has name " + attribute.attributeName() + ".");
            }
        }
        return update(accountId, actor, poolId, null, current.withCustomAttributes(added));
    }

    @Transactional
    public void delete(String accountId, String actor, String poolId) {
        UserPool pool = get(accountId, poolId);
        if (pool.settings().deletionProtection()) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "The user pool cannot be deleted because deletion protection is activated");
        }
        listeners.forEach(l -> l.poolDeleted(pool));
        pools.delete(poolId);
        events.publish(UserPoolDirectory.POOL_TOPIC, poolId);
        events.publish(UserPoolDirectory.RESOURCE_SERVER_TOPIC, poolId);
        events.publish(UserPoolDirectory.CLIENT_TOPIC, ClusterEvents.ALL);
        audit.record(AuditEntry.success("userpool.delete").withAccount(accountId).withPool(poolId).withActor(actor).withTarget(poolId));
    }

    @Transactional
    public ResourceServer putResourceServer(String accountId, String actor, ResourceServer server, boolean create) {
        get(accountId, server.poolId());
        validate(server);
        boolean exists = resourceServers.find(server.poolId(), server.identifier()).isPresent();
        if (create && exists) {
            throw new GatehouseException(UserPoolError.RESOURCE_EXISTS,
                    "Resource server " + server.identifier() + " already exists");
        }
        if (!create && !exists) {
            throw notFound(server.identifier());
        }
        if (exists) {
            resourceServers.update(server);
        } else {
            resourceServers.insert(server);
        }
        events.publish(UserPoolDirectory.RESOURCE_SERVER_TOPIC, server.poolId());
        audit.record(AuditEntry.success(create ? "resourceserver.create" : "resourceserver.update").withAccount(accountId)
                .withPool(server.poolId()).withActor(actor).withTarget(server.identifier()));
        return server;
    }

    public ResourceServer getResourceServer(String accountId, String poolId, String identifier) {
        get(accountId, poolId);
        return resourceServers.find(poolId, identifier).orElseThrow(() -> notFound(identifier));
    }

    public List<ResourceServer> listResourceServers(String accountId, String poolId) {
        get(accountId, poolId);
        return resourceServers.list(poolId);
    }

    @Transactional
    public void deleteResourceServer(String accountId, String actor, String poolId, String identifier) {
        get(accountId, poolId);
        if (!resourceServers.delete(poolId, identifier)) {
            throw notFound(identifier);
        }
        events.publish(UserPoolDirectory.RESOURCE_SERVER_TOPIC, poolId);
        audit.record(AuditEntry.success("resourceserver.delete").withAccount(accountId).withPool(poolId)
                .withActor(actor).withTarget(identifier));
    }

    /** As in Cognito: sign-in names are fixed at creation, and custom attributes can be added but never removed. */
    private static void requireCompatible(PoolSettings current, PoolSettings next) {
        if (!current.usernameAttributes().equals(next.usernameAttributes())
                || !current.aliasAttributes().equals(next.aliasAttributes())) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "UsernameAttributes and AliasAttributes cannot be changed after the pool is created");
        }
        for (CustomAttribute attribute : current.customAttributes()) {
            if (!next.customAttributes().contains(attribute)) {
                throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                        "Custom attribute " + attribute.name() + " cannot be changed or removed");
            }
        }
    }

    private static void validate(ResourceServer server) {
        if (server.identifier() == null || server.identifier().isBlank() || server.identifier().length() > 256) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "identifier must be 1 to 256 characters");
        }
        requireName(server.name());
        if (server.scopes().size() > 100) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "At most 100 scopes");
        }
        for (ResourceScope scope : server.scopes()) {
            if (scope.name() == null || !SCOPE_NAME.matcher(scope.name()).matches()) {
                throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                        "Scope name must be 1 to 256 printable characters without spaces, quotes, slashes or backslashes");
            }
        }
    }

    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "name must be 1 to 128 letters, digits, spaces or +=,.@-_");
        }
    }

    private static GatehouseException notFound(String identifier) {
        return new GatehouseException(UserPoolError.RESOURCE_NOT_FOUND,
                "Resource server " + identifier + " does not exist");
    }
}
