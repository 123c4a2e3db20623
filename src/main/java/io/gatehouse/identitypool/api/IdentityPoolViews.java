package io.gatehouse.identitypool.api;

import io.gatehouse.identitypool.IdentityPool;
import io.gatehouse.identitypool.PoolIdentity;
import io.gatehouse.identitypool.PoolRoles;
import io.gatehouse.sts.AssumedRole;
import io.gatehouse.sts.TemporaryCredentials;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
            Map<String, IdentityPoolRequests.RoleMapping> mappings = new LinkedHashMap<>();
            roles.mappings().forEach((provider, m) -> mappings.put(provider, new IdentityPoolRequests.RoleMapping(
                    m.type(), m.ambiguousRoleResolution(), m.rules().stream().map(r -> new IdentityPoolRequests.Rule(
                            r.claim(), r.matchType(), r.value(), r.roleArn())).toList())));
            return new RolesView(poolId, roles.roles(), mappings);
        }
    }

    /** GetId's result. */
    public record IdentityIdView(String identityId) {
    }

    /** GetOpenIdToken's result: an identity-pool OpenID token for AssumeRoleWithWebIdentity. */
    public record OpenIdTokenView(String identityId, String token) {
    }

    /** Temporary credentials, in the shape of {@code /api/v1/sts} results; send the token as {@code X-Amz-Security-Token}. */
    @Schema(name = "IdentityPoolCredentials")
    public record CredentialsView(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {
    }

    /** GetCredentialsForIdentity's result. */
    public record IdentityCredentialsView(String identityId, CredentialsView credentials) {

        static IdentityCredentialsView of(String identityId, AssumedRole role) {
            TemporaryCredentials c = role.credentials();
            return new IdentityCredentialsView(identityId, new CredentialsView(c.accessKeyId(), c.secretAccessKey(),
                    c.sessionToken(), c.expiration()));
        }
    }
}
