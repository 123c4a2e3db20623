package io.gatehouse.realm;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.IamRole;
import io.gatehouse.iam.RoleStore;
import io.gatehouse.identitypool.IdentityPool;
import io.gatehouse.identitypool.IdentityPoolArns;
import io.gatehouse.identitypool.IdentityPoolService;
import io.gatehouse.identitypool.IdentityPoolSpec;
import io.gatehouse.identitypool.IdentityProviders;
import io.gatehouse.identitypool.IdentityProviders.CognitoProvider;
import io.gatehouse.identitypool.PoolRoleService;
import io.gatehouse.identitypool.PoolRoles;
import io.gatehouse.identitypool.PrincipalTagMap;
import io.gatehouse.userpool.AppClientStore;
import io.gatehouse.userpool.UserPoolStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings one declared identity pool into being through the identity-pool services: found by id (or,
 * without one, by name within the account), created when missing, its settings, tags, roles and
 * principal-tag maps written only where they differ from what is stored. Runs after the IAM section
 * and the user pools, whose roles and app clients it names.
 */
@ApplicationScoped
class IdentityPoolImporter {

    private static final int PAGE = 60;

    private final IdentityPoolService pools;
    private final PoolRoleService poolRoles;
    private final UserPoolStore userPools;
    private final AppClientStore clients;
    private final RoleStore roles;

    IdentityPoolImporter(IdentityPoolService pools, PoolRoleService poolRoles, UserPoolStore userPools,
                         AppClientStore clients, RoleStore roles) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.poolRoles = Objects.requireNonNull(poolRoles, "poolRoles");
        this.userPools = Objects.requireNonNull(userPools, "userPools");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.roles = Objects.requireNonNull(roles, "roles");
    }

    void apply(ImportContext ctx, RealmIdentityPool declared, JsonPath at) {
        List<CognitoProvider> providers = providers(ctx, declared, at.child("cognitoIdentityProviders"));
        IdentityPool pool;
        boolean changed;
        Optional<IdentityPool> existing = find(ctx, declared, at);
        try {
            if (existing.isEmpty()) {
                pool = pools.create(ctx.accountId(), ctx.actor(), declared.id(), spec(declared, null, providers),
                        declared.tags());
                changed = false;
            } else {
                pool = existing.get();
                IdentityPoolSpec spec = spec(declared, pool, providers);
                Map<String, String> tags = new HashMap<>(pool.tags());
                tags.putAll(declared.tags());
                changed = !same(spec, pool) || !tags.equals(pool.tags());
                if (changed) {
                    pool = pools.update(ctx.accountId(), ctx.actor(), pool.id(), spec, tags);
                }
            }
        } catch (GatehouseException e) {
            throw ctx.fail(at, e);
        }
        changed |= applyRoles(ctx, declared, pool.id(), at);
        changed |= applyPrincipalTags(ctx, declared, pool.id(), at.child("principalTags"));
        ctx.count(existing.isEmpty() ? Change.CREATED : Change.of(changed));
    }

    /** The declared settings laid over {@code current} (null when the pool is being created). */
    private static IdentityPoolSpec spec(RealmIdentityPool declared, IdentityPool current, List<CognitoProvider> cognito) {
        IdentityProviders base = current == null ? IdentityProviders.NONE : current.providers();
        IdentityProviders providers = new IdentityProviders(base.supportedLoginProviders(),
                cognito != null ? cognito : base.cognitoProviders(),
                declared.openIdConnectProviderArns() != null ? declared.openIdConnectProviderArns()
                        : base.openIdConnectProviderArns(),
                base.samlProviderArns());
        boolean classic = declared.allowClassicFlow() != null ? declared.allowClassicFlow()
                : current != null && current.allowClassicFlow();
        String developer = declared.developerProviderName() != null ? declared.developerProviderName()
                : current == null ? null : current.developerProviderName();
        return new IdentityPoolSpec(declared.name(), declared.allowUnauthenticatedIdentities(), classic, developer, providers);
    }

    private static boolean same(IdentityPoolSpec spec, IdentityPool pool) {
        return spec.name().equals(pool.name()) && spec.allowUnauthenticated() == pool.allowUnauthenticated()
                && spec.allowClassicFlow() == pool.allowClassicFlow()
                && Objects.equals(spec.developerProviderName(), pool.developerProviderName())
                && spec.providers().equals(pool.providers());
    }

    /** The declared user-pool providers, each naming a pool of the account and one of its app clients; null when not declared. */
    private List<CognitoProvider> providers(ImportContext ctx, RealmIdentityPool declared, JsonPath at) {
        if (declared.cognitoIdentityProviders() == null) {
            return null;
        }
        List<CognitoProvider> out = new ArrayList<>();
        for (int i = 0; i < declared.cognitoIdentityProviders().size(); i++) {
            RealmIdentityPool.Provider provider = declared.cognitoIdentityProviders().get(i);
            if (userPools.find(provider.userPool()).filter(p -> p.accountId().equals(ctx.accountId())).isEmpty()) {
                throw ctx.fail(at.index(i).child("userPool"), "no user pool " + provider.userPool()
                        + " in account " + ctx.accountId() + "; declare it in this file's userPools or create it first");
            }
            if (clients.find(provider.clientId()).filter(c -> c.poolId().equals(provider.userPool())).isEmpty()) {
                throw ctx.fail(at.index(i).child("clientId"), "user pool " + provider.userPool()
                        + " has no app client " + provider.clientId());
            }
            String region = provider.userPool().substring(0, provider.userPool().indexOf('_'));
            out.add(new CognitoProvider(IdentityPoolArns.userPoolProvider(region, provider.userPool()),
                    provider.clientId(), provider.serverSideTokenCheck()));
        }
        return out;
    }

    /** Sets the declared roles and role mappings (each replacing the stored ones) when they differ. */
    private boolean applyRoles(ImportContext ctx, RealmIdentityPool declared, String poolId, JsonPath at) {
        if (declared.roles() == null && declared.roleMappings() == null) {
            return false;
        }
        try {
            PoolRoles current = poolRoles.roles(ctx.accountId(), poolId);
            Map<String, String> arns = current.roles();
            if (declared.roles() != null) {
                arns = new LinkedHashMap<>();
                for (Map.Entry<String, String> role : declared.roles().entrySet()) {
                    arns.put(role.getKey(), arn(ctx, role.getValue(), at.child("roles").child(role.getKey())));
                }
            }
            Map<String, PoolRoles.RoleMapping> mappings = declared.roleMappings() == null ? current.mappings()
                    : mappings(ctx, declared.roleMappings(), at.child("roleMappings"));
            PoolRoles wanted = new PoolRoles(arns, mappings);
            if (wanted.equals(current)) {
                return false;
            }
            poolRoles.setRoles(ctx.accountId(), ctx.actor(), poolId, wanted);
            return true;
        } catch (GatehouseException e) {
            throw ctx.fail(at.child(declared.roleMappings() != null ? "roleMappings" : "roles"), e);
        }
    }

    private Map<String, PoolRoles.RoleMapping> mappings(ImportContext ctx, Map<String, RealmIdentityPool.RoleMapping> declared,
                                                        JsonPath at) {
        Map<String, PoolRoles.RoleMapping> out = new LinkedHashMap<>();
        declared.forEach((provider, mapping) -> {
            List<PoolRoles.MappingRule> rules = new ArrayList<>();
            for (int r = 0; r < mapping.rules().size(); r++) {
                RealmIdentityPool.Rule rule = mapping.rules().get(r);
                rules.add(new PoolRoles.MappingRule(rule.claim(), rule.matchType(), rule.value(),
                        arn(ctx, rule.role(), at.child(provider).child("rules").index(r).child("role"))));
            }
            out.put(provider, new PoolRoles.RoleMapping(mapping.type(), mapping.ambiguousRoleResolution(), rules));
        });
        return out;
    }

    /** Sets the declared principal-tag maps when they differ; maps of other providers are kept. */
    private boolean applyPrincipalTags(ImportContext ctx, RealmIdentityPool declared, String poolId, JsonPath at) {
        boolean changed = false;
        for (Map.Entry<String, RealmIdentityPool.PrincipalTags> entry : declared.principalTags().entrySet()) {
            String provider = entry.getKey();
            PrincipalTagMap wanted = new PrincipalTagMap(entry.getValue().useDefaults(), entry.getValue().tags());
            try {
                if (!wanted.equals(poolRoles.principalTags(ctx.accountId(), poolId, provider))) {
                    poolRoles.setPrincipalTags(ctx.accountId(), ctx.actor(), poolId, provider, wanted);
                    changed = true;
                }
            } catch (GatehouseException e) {
                throw ctx.fail(at.child(provider), e);
            }
        }
        return changed;
    }

    /** The ARN of a role reference: itself when an ARN, else that of the role the IAM section declared. */
    private String arn(ImportContext ctx, String reference, JsonPath at) {
        if (RealmIdentityPoolRoles.isArn(reference)) {
            return reference;
        }
        return roles.find(ctx.accountId(), reference).map(IamRole::arn)
                .orElseThrow(() -> ctx.fail(at, "no role named \"" + reference + "\" in account " + ctx.accountId()));
    }

    private Optional<IdentityPool> find(ImportContext ctx, RealmIdentityPool declared, JsonPath at) {
        List<IdentityPool> matching = new ArrayList<>();
        String after = null;
        List<IdentityPool> page;
        do {
            page = pools.list(ctx.accountId(), after, PAGE);
            page.stream().filter(p -> declared.id() != null ? p.id().equals(declared.id())
                    : p.name().equals(declared.name())).forEach(matching::add);
            after = page.isEmpty() ? null : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
        if (matching.size() > 1) {
            throw ctx.fail(at, matching.size() + " identity pools of the account are named \"" + declared.name()
                    + "\"; give this pool an id");
        }
        return matching.stream().findFirst();
    }
}
