package io.gatehouse.identitypool;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.identitypool.IdentityProviders.CognitoProvider;
import io.gatehouse.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identity pools of an account: create, describe, update, delete, list, and their tags. Every
 * signed operation names a pool of the caller's account; a pool of another account is as absent as
 * one that never existed. Each state change is one transaction with its audit event.
 */
@ApplicationScoped
public class IdentityPoolService {

    /** An id as AWS generates them: a region, a colon and a lowercase UUID. */
    private static final Pattern EXPLICIT_ID = Pattern.compile(
            "[a-z]{2}(-[a-z]+)+-\\d:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final IdentityPoolStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final PlatformConfig platform;

    public IdentityPoolService(IdentityPoolStore store, AuditLog audit, Clock clock, PlatformConfig platform) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    @Transactional
    public IdentityPool create(String accountId, String actor, IdentityPoolSpec spec, Map<String, String> tags) {
        return create(accountId, actor, null, spec, tags);
    }

    /**
     * Creates a pool; {@code requestedId} ({@code <region>:<uuid>}) may fix the id so that apps can
     * hard-code it (realm files), otherwise one is generated.
     */
    @Transactional
    public IdentityPool create(String accountId, String actor, String requestedId, IdentityPoolSpec spec,
                               Map<String, String> tags) {
        if (requestedId != null) {
            requireFreeId(requestedId);
        }
        validate(accountId, null, spec);
        IdentityPoolRules.tags(tags, "identityPoolTags");
        String id = requestedId != null ? requestedId : platform.region() + ":" + UUID.randomUUID();
        IdentityPool pool = new IdentityPool(id, accountId, spec.name(),
                spec.allowUnauthenticated(), spec.allowClassicFlow(), spec.developerProviderName(), spec.providers(),
                tags, clock.instant());
        store.insert(pool);
        audit.record(entry("identitypool.create", pool, actor));
        return pool;
    }

    public IdentityPool describe(String accountId, String poolId) {
        IdentityPoolRules.id(poolId, "identityPoolId");
        return store.find(poolId).filter(p -> p.accountId().equals(accountId)).orElseThrow(() -> notFound(poolId));
    }

    /** A pool by id alone, for the unsigned operations that name no account. */
    public IdentityPool find(String poolId) {
        IdentityPoolRules.id(poolId, "identityPoolId");
        return store.find(poolId).orElseThrow(() -> notFound(poolId));
    }

    @Transactional
    public IdentityPool update(String accountId, String actor, String poolId, IdentityPoolSpec spec, Map<String, String> tags) {
        IdentityPool current = describe(accountId, poolId);
        if (current.developerProviderName() != null && !current.developerProviderName().equals(spec.developerProviderName())) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "Developer provider name cannot be changed once set.");
        }
        validate(accountId, poolId, spec);
        if (tags != null) {
            IdentityPoolRules.tags(tags, "identityPoolTags");
        }
        IdentityPool updated = new IdentityPool(poolId, accountId, spec.name(), spec.allowUnauthenticated(),
                spec.allowClassicFlow(), spec.developerProviderName(), spec.providers(),
                tags == null ? current.tags() : tags, current.createdAt());
        store.update(updated);
        audit.record(entry("identitypool.update", updated, actor));
        return updated;
    }

    @Transactional
    public void delete(String accountId, String actor, String poolId) {
        IdentityPool pool = describe(accountId, poolId);
        store.delete(poolId);
        audit.record(entry("identitypool.delete", pool, actor));
    }

    public List<IdentityPool> list(String accountId, String afterId, int limit) {
        return store.list(accountId, afterId, limit);
    }

    /** The pool an identity-pool ARN names, in the caller's account. */
    public IdentityPool byArn(String accountId, String arn) {
        IdentityPoolRules.arn(arn, "resourceArn");
        String poolId = IdentityPoolArns.poolIdOf(arn);
        if (poolId == null || !IdentityPoolRules.ID.matcher(poolId).matches()) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "Invalid identity pool ARN: " + arn);
        }
        IdentityPool pool = describe(accountId, poolId);
        if (!pool.arn().equals(arn)) {
            throw notFound(poolId);
        }
        return pool;
    }

    @Transactional
    public IdentityPool tag(String accountId, String actor, String arn, Map<String, String> tags) {
        IdentityPool pool = byArn(accountId, arn);
        IdentityPoolRules.size(tags, "tags", 1, IdentityPoolRules.MAX_TAGS);
        Map<String, String> merged = new HashMap<>(pool.tags());
        merged.putAll(IdentityPoolRules.tags(tags, "tags"));
        IdentityPoolRules.tags(merged, "tags");
        IdentityPool tagged = pool.withTags(merged);
        store.update(tagged);
        audit.record(entry("identitypool.tag", tagged, actor));
        return tagged;
    }

    @Transactional
    public IdentityPool untag(String accountId, String actor, String arn, List<String> keys) {
        IdentityPool pool = byArn(accountId, arn);
        IdentityPoolRules.size(keys, "tagKeys", IdentityPoolRules.MAX_TAGS);
        if (keys.isEmpty()) {
            throw IdentityPoolRules.invalid("Value at 'tagKeys' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        Map<String, String> remaining = new HashMap<>(pool.tags());
        keys.forEach(remaining::remove);
        IdentityPool untagged = pool.withTags(remaining);
        store.update(untagged);
        audit.record(entry("identitypool.untag", untagged, actor));
        return untagged;
    }

    private void validate(String accountId, String poolId, IdentityPoolSpec spec) {
        IdentityPoolRules.poolName(spec.name());
        if (spec.allowUnauthenticated() == null) {
            throw IdentityPoolRules.invalid("Value null at 'allowUnauthenticatedIdentities' failed to satisfy constraint: Member must not be null");
        }
        IdentityPoolRules.developerProviderName(spec.developerProviderName(), "developerProviderName");
        IdentityProviders providers = spec.providers();
        IdentityPoolRules.size(providers.supportedLoginProviders(), "supportedLoginProviders", 0, IdentityPoolRules.MAX_LOGINS);
        providers.supportedLoginProviders().forEach((k, v) -> {
            IdentityPoolRules.length(k, "supportedLoginProviders.key", 1, 128);
            IdentityPoolRules.length(v, "supportedLoginProviders.value", 1, 128);
        });
        providers.openIdConnectProviderArns().forEach(a -> IdentityPoolRules.arn(a, "openIdConnectProviderARNs.member"));
        providers.samlProviderArns().forEach(a -> IdentityPoolRules.arn(a, "samlProviderARNs.member"));
        for (CognitoProvider provider : providers.cognitoProviders()) {
            IdentityPoolRules.cognitoProviderName(provider.providerName());
            IdentityPoolRules.clientId(provider.clientId());
        }
        String developer = spec.developerProviderName();
        if (developer != null && store.findByDeveloperProvider(accountId, developer)
                .filter(other -> !other.id().equals(poolId)).isPresent()) {
            throw new GatehouseException(IdentityPoolError.RESOURCE_CONFLICT,
                    "Developer provider name " + developer + " is already used by another identity pool.");
        }
        if (Set.copyOf(providers.cognitoProviders()).size() != providers.cognitoProviders().size()) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "Duplicate CognitoIdentityProviders entries.");
        }
    }

    private void requireFreeId(String id) {
        if (!EXPLICIT_ID.matcher(id).matches()) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER,
                    "Identity pool id must look like <region>:<uuid>, e.g. us-east-1:0b5e4c1a-8f3d-4b6e-9a2c-7d1e5f3a9b40");
        }
        if (store.find(id).isPresent()) {
            throw new GatehouseException(IdentityPoolError.RESOURCE_CONFLICT, "Identity pool " + id + " already exists.");
        }
    }

    static GatehouseException notFound(String poolId) {
        return new GatehouseException(CommonError.NOT_FOUND, "IdentityPool '" + poolId + "' not found.");
    }

    private static AuditEntry entry(String action, IdentityPool pool, String actor) {
        return AuditEntry.success(action).withAccount(pool.accountId()).withActor(actor).withTarget(pool.id());
    }
}
