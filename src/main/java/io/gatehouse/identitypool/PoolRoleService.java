package io.gatehouse.identitypool;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.identitypool.PoolRoles.MappingRule;
import io.gatehouse.identitypool.PoolRoles.RoleMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an identity pool hands out: its roles and role mappings (SetIdentityPoolRoles /
 * GetIdentityPoolRoles) and its principal-tag maps (SetPrincipalTagAttributeMap /
 * GetPrincipalTagAttributeMap). A role mapping or tag map may only name a provider the pool trusts,
 * as AWS requires.
 */
@ApplicationScoped
public class PoolRoleService {

    private static final List<String> ROLE_KEYS = List.of(PoolRoles.AUTHENTICATED, PoolRoles.UNAUTHENTICATED);
    private static final List<String> RESOLUTIONS = List.of("AuthenticatedRole", RoleMapping.DENY);

    private final IdentityPoolService pools;
    private final IdentityPoolStore store;
    private final AuditLog audit;

    public PoolRoleService(IdentityPoolService pools, IdentityPoolStore store, AuditLog audit) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Transactional
    public void setRoles(String accountId, String actor, String poolId, PoolRoles roles) {
        IdentityPool pool = pools.describe(accountId, poolId);
        IdentityPoolRules.size(roles.roles(), "roles", 0, 2);
        roles.roles().forEach((key, arn) -> {
            if (!ROLE_KEYS.contains(key)) {
                throw IdentityPoolRules.invalid("Value '" + key + "' at 'roles.key' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: (un)?authenticated");
            }
            IdentityPoolRules.roleArn(arn, "roles.value");
        });
        IdentityPoolRules.size(roles.mappings(), "roleMappings", 0, 10);
        roles.mappings().forEach((provider, mapping) -> validate(pool, provider, mapping));
        store.setRoles(poolId, roles);
        audit.record(AuditEntry.success("identitypool.roles.set").withAccount(accountId).withActor(actor).withTarget(poolId));
    }

    public PoolRoles roles(String accountId, String poolId) {
        pools.describe(accountId, poolId);
        return store.roles(poolId);
    }

    @Transactional
    public PrincipalTagMap setPrincipalTags(String accountId, String actor, String poolId, String provider,
                                            PrincipalTagMap map) {
        IdentityPool pool = pools.describe(accountId, poolId);
        requireConfigured(pool, IdentityPoolRules.length(IdentityPoolRules.required(provider, "identityProviderName"),
                "identityProviderName", 1, 128), "identityProviderName");
        IdentityPoolRules.size(map.tags(), "principalTags", 0, IdentityPoolRules.MAX_TAGS);
        map.tags().forEach((k, v) -> {
            IdentityPoolRules.length(k, "principalTags.key", 1, 128);
            IdentityPoolRules.length(v, "principalTags.value", 1, 256);
        });
        Map<String, PrincipalTagMap> maps = new HashMap<>(store.principalTags(poolId));
        maps.put(provider, map);
        store.setPrincipalTags(poolId, maps);
        audit.record(AuditEntry.success("identitypool.principaltags.set").withAccount(accountId).withActor(actor)
                .withTarget(poolId + " " + provider));
        return map;
    }

    /** The provider's map; a provider never set reports the defaults, as AWS does. */
    public PrincipalTagMap principalTags(String accountId, String poolId, String provider) {
        IdentityPool pool = pools.describe(accountId, poolId);
        requireConfigured(pool, IdentityPoolRules.required(provider, "identityProviderName"), "identityProviderName");
        return store.principalTags(poolId).getOrDefault(provider, new PrincipalTagMap(true, Map.of()));
    }

    private static void validate(IdentityPool pool, String provider, RoleMapping mapping) {
        IdentityPoolRules.length(provider, "roleMappings.key", 1, 128);
        String providerName = provider.contains("cognito-idp.") && provider.lastIndexOf(':') > provider.indexOf('/')
                ? provider.substring(0, provider.lastIndexOf(':')) : provider;
        requireConfigured(pool, providerName, "roleMappings");
        if (!List.of(RoleMapping.TOKEN, RoleMapping.RULES).contains(mapping.type())) {
            throw IdentityPoolRules.invalid("Value '" + mapping.type() + "' at 'roleMappings." + provider
                    + ".member.type' failed to satisfy constraint: Member must satisfy enum value set: [Token, Rules]");
        }
        if (mapping.ambiguousRoleResolution() == null || !RESOLUTIONS.contains(mapping.ambiguousRoleResolution())) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER,
                    "AmbiguousRoleResolution must be AuthenticatedRole or Deny for role mapping " + provider + ".");
        }
        if (RoleMapping.RULES.equals(mapping.type()) && mapping.rules().isEmpty()) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER,
                    "RulesConfiguration is required for role mapping " + provider + " of type Rules.");
        }
        IdentityPoolRules.size(mapping.rules(), "rulesConfiguration.rules", 25);
        for (MappingRule rule : mapping.rules()) {
            IdentityPoolRules.claim(rule.claim());
            if (!MappingRule.MATCH_TYPES.contains(rule.matchType())) {
                throw IdentityPoolRules.invalid("Value '" + rule.matchType() + "' at 'matchType' failed to satisfy "
                        + "constraint: Member must satisfy enum value set: " + MappingRule.MATCH_TYPES);
            }
            IdentityPoolRules.length(rule.value(), "value", 1, 128);
            IdentityPoolRules.roleArn(rule.roleArn(), "roleARN");
        }
    }

    private static void requireConfigured(IdentityPool pool, String provider, String member) {
        IdentityProviders providers = pool.providers();
        boolean configured = !providers.clientIdsOf(provider).isEmpty()
                || providers.openIdConnectArnOf(provider) != null
                || providers.supportedLoginProviders().containsKey(provider)
                || provider.equals(pool.developerProviderName());
        if (!configured) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER,
                    provider + " is not a valid " + member + " provider name or is not a configured provider.");
        }
    }
}
