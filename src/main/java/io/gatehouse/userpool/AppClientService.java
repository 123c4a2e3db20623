package io.gatehouse.userpool;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import io.gatehouse.platform.ClusterEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Administration of app clients. Secrets are generated with 256 bits of entropy (or taken from
 * a realm file), returned once, and stored only as an Argon2id hash.
 */
@ApplicationScoped
public class AppClientService {

    private static final Pattern CLIENT_ID = Pattern.compile("[\\w+]{1,128}|[\\w.-]{1,128}");

    private final UserPoolService pools;
    private final AppClientStore clients;
    private final ClientSecretStore secrets;
    private final ResourceServerStore resourceServers;
    private final PasswordHasher hasher;
    private final ClusterEvents events;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    public AppClientService(UserPoolService pools, AppClientStore clients, ResourceServerStore resourceServers,
                            ClientSecretStore secrets, PasswordHasher hasher, ClusterEvents events, AuditLog audit,
                            Ids ids, Clock clock) {
        this.pools = pools;
        this.secrets = secrets;
        this.clients = clients;
        this.resourceServers = resourceServers;
        this.hasher = hasher;
        this.events = events;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Creates a client. {@code requestedId} and {@code requestedSecret} may be fixed by a realm
     * file; otherwise they are generated. A secret is made only when {@code confidential}.
     */
    @Transactional
    public CreatedClient create(String accountId, String actor, String poolId, ClientSpec spec, boolean confidential,
                                String requestedId, String requestedSecret) {
        PoolSettings poolSettings = pools.get(accountId, poolId).settings();
        ClientSpecValidator.validate(spec, confidential || spec.jwks() != null, resourceServers.list(poolId));
        requireKnownAttributes(poolSettings, spec.settings());
        String clientId = requestedId != null ? requestedId : ids.lowerAlnum(26);
        if (!CLIENT_ID.matcher(clientId).matches()) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "clientId must be 1 to 128 letters, digits or ._-+");
        }
        if (clients.find(clientId).isPresent()) {
            throw new GatehouseException(UserPoolError.RESOURCE_EXISTS, "App client " + clientId + " already exists");
        }
        String secret = confidential ? (requestedSecret != null ? requestedSecret : ids.token(32)) : null;
        Instant now = clock.instant();
        AppClient client = build(clientId, poolId, spec, secret == null ? null : hasher.hash(secret), now, now);
        clients.insert(client);
        if (secret != null) {
            secrets.save(clientId, secret);
        }
        events.publish(UserPoolDirectory.CLIENT_TOPIC, clientId);
        audit.record(AuditEntry.success("client.create").withAccount(accountId).withPool(poolId).withActor(actor).withTarget(clientId));
        return new CreatedClient(client, secret);
    }

    public AppClient get(String accountId, String poolId, String clientId) {
        pools.get(accountId, poolId);
        return clients.find(clientId).filter(c -> c.poolId().equals(poolId))
                .orElseThrow(() -> new GatehouseException(UserPoolError.RESOURCE_NOT_FOUND, "App client " + clientId + " does not exist"));
    }

    public List<AppClient> list(String accountId, String poolId, String afterId, int limit) {
        pools.get(accountId, poolId);
        return clients.list(poolId, afterId, limit);
    }

    @Transactional
    public AppClient update(String accountId, String actor, String poolId, String clientId, ClientSpec spec) {
        AppClient current = get(accountId, poolId, clientId);
        ClientSpecValidator.validate(spec, current.secretHash() != null || spec.jwks() != null, resourceServers.list(poolId));
        requireKnownAttributes(pools.get(accountId, poolId).settings(), spec.settings());
        AppClient updated = build(clientId, poolId, spec, current.secretHash(), current.createdAt(), clock.instant());
        clients.update(updated);
        events.publish(UserPoolDirectory.CLIENT_TOPIC, clientId);
        audit.record(AuditEntry.success("client.update").withAccount(accountId).withPool(poolId).withActor(actor).withTarget(clientId));
        return updated;
    }

    /**
     * The readable secret of a confidential client, for DescribeUserPoolClient. Empty for a public
     * client and for a client created before secrets were kept encrypted (only the hash exists).
     */
    public Optional<String> secret(String accountId, String poolId, String clientId) {
        AppClient client = get(accountId, poolId, clientId);
        return client.secretHash() == null ? Optional.empty() : secrets.find(client.clientId());
    }

    /** Replaces a confidential client's secret with {@code secret}, or a generated one when null. */
    @Transactional
    public CreatedClient resetSecret(String accountId, String actor, String poolId, String clientId, String secret) {
        AppClient current = get(accountId, poolId, clientId);
        if (!current.isConfidential()) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "A public client has no secret");
        }
        String newSecret = secret != null ? secret : ids.token(32);
        AppClient updated = current.withSecretHash(hasher.hash(newSecret), clock.instant());
        clients.update(updated);
        secrets.save(clientId, newSecret);
        events.publish(UserPoolDirectory.CLIENT_TOPIC, clientId);
        audit.record(AuditEntry.success("client.secret.reset").withAccount(accountId).withPool(poolId).withActor(actor).withTarget(clientId));
        return new CreatedClient(updated, newSecret);
    }

    @Transactional
    public void delete(String accountId, String actor, String poolId, String clientId) {
        get(accountId, poolId, clientId);
        clients.delete(clientId);
        events.publish(UserPoolDirectory.CLIENT_TOPIC, clientId);
        audit.record(AuditEntry.success("client.delete").withAccount(accountId).withPool(poolId).withActor(actor).withTarget(clientId));
    }

    /** As in Cognito, read and write permissions name attributes of the pool's schema; {@code sub} is never writable. */
    private static void requireKnownAttributes(PoolSettings pool, ClientSettings client) {
        for (String name : client.readAttributes()) {
            if (!StandardAttributes.SUB.equals(name) && !known(pool, name)) {
                throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Invalid read attributes specified: " + name);
            }
        }
        for (String name : client.writeAttributes()) {
            if (!known(pool, name)) {
                throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Invalid write attributes specified: " + name);
            }
        }
    }

    private static boolean known(PoolSettings pool, String name) {
        return StandardAttributes.ALL.contains(name) || pool.customAttribute(name).isPresent();
    }

    private static AppClient build(String clientId, String poolId, ClientSpec spec, String secretHash,
                                   Instant created, Instant updated) {
        return new AppClient(clientId, poolId, spec.name(), secretHash, spec.grantTypes(), spec.scopes(),
                spec.callbackUrls(), spec.logoutUrls(),
                TokenValidity.accessOrId(spec.accessTokenSeconds(), TokenValidity.DEFAULT_ACCESS, "accessTokenValidity"),
                TokenValidity.accessOrId(spec.idTokenSeconds(), TokenValidity.DEFAULT_ID, "idTokenValidity"),
                TokenValidity.refresh(spec.refreshTokenSeconds(), "refreshTokenValidity"),
                spec.jwks(), spec.settings(), created, updated);
    }
}
