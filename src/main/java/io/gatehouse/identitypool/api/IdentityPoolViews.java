package io.gatehouse.identitypool.api;

import io.gatehouse.identitypool.IdentityPool;
import io.gatehouse.identitypool.PoolIdentity;
import io.gatehouse.identitypool.PoolRoles;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Response bodies of the native identity-pool API. */
public final class IdentityPoolViews {

    private IdentityPoolViews() {
    }

    public record PoolView(String identityPoolId, String arn, String identityPoolName,
                           boolean allowUnauthenticatedIdentities, boolean allowClassicFlow,
                           String developerProviderName, Map<String, String> supportedLoginProviders,
                           List<IdentityPoolRequests.CognitoProvider> cognitoIdentityProviders,
                           List<String> openIdConnectProviderArns, List<String> samlProviderArns,
                           Map<String, String> tags, Instant createdAt) {

        static PoolView of(IdentityPool p) {
            return new PoolView(p.id(), p.arn(), p.name(), p.allowUnauthenticated(), p.allowClassicFlow(),
                    p.developerProviderName(), p.providers().supportedLoginProviders(),
                    p.providers().cognitoProviders().stream().map(c -> new IdentityPoolRequests.CognitoProvider(
                            c.providerName(), c.clientId(), c.serverSideTokenCheck())).toList(),
                    p.providers().openIdConnectProviderArns(), p.providers().samlProviderArns(), p.tags(), p.createdAt());
        }
    }

    public record IdentityView(String identityId, List<String> logins, Instant createdAt, Instant lastModified) {

        static IdentityView of(PoolIdentity i) {
            return new IdentityView(i.id(), i.providerNames(), i.createdAt(), i.lastModified());
        }
    }

    public record RolesView(String identityPoolId, Map<String, String> roles,
                            Map<String, IdentityPoolRequests.RoleMapping> roleMappings) {

        static RolesView of(String poolId, PoolRoles roles) {
            Map<String, IdentityPoolRequests.RoleMapping> mappings = new java.util.LinkedHashMap<>();
            roles.mappings().forEach((provider, m) -> mappings.put(provider, new IdentityPoolRequests.RoleMapping(
                    m.type(), m.ambiguousRoleResolution(), m.rules().stream().map(r -> new IdentityPoolRequests.Rule(
                            r.claim(), r.matchType(), r.value(), r.roleArn())).toList())));
            return new RolesView(poolId, roles.roles(), mappings);
        }
    }
}
