package io.gatehouse.identitypool.api;

import io.gatehouse.api.RequestInput;
import io.gatehouse.identitypool.IdentityPoolSpec;
import io.gatehouse.identitypool.IdentityProviders;
import io.gatehouse.identitypool.PoolRoles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the native identity-pool API, in its camelCase spelling of the AWS shapes. */
public final class IdentityPoolRequests {

    private IdentityPoolRequests() {
    }

    /** A new pool, or the full settings of an update (tags null on update: unchanged). */
    @Schema(name = "IdentityPoolRequest")
    public record Pool(@Schema(example = "DemoIdentities") String identityPoolName,
                       Boolean allowUnauthenticatedIdentities, Boolean allowClassicFlow,
                       String developerProviderName, Map<String, String> supportedLoginProviders,
                       List<CognitoProvider> cognitoIdentityProviders, List<String> openIdConnectProviderArns,
                       List<String> samlProviderArns, Map<String, String> tags) {

        IdentityPoolSpec spec() {
            return new IdentityPoolSpec(identityPoolName, allowUnauthenticatedIdentities,
                    Boolean.TRUE.equals(allowClassicFlow), developerProviderName, new IdentityProviders(
                    orEmpty(supportedLoginProviders),
                    cognitoIdentityProviders == null ? List.of() : cognitoIdentityProviders.stream()
                            .map(CognitoProvider::toDomain).toList(),
                    orEmpty(openIdConnectProviderArns), orEmpty(samlProviderArns)));
        }
    }

    /** A user pool and app client: {@code cognito-idp.<region>.amazonaws.com/<poolId>}. */
    @Schema(name = "CognitoIdentityProvider")
    public record CognitoProvider(String providerName, String clientId, Boolean serverSideTokenCheck) {

        IdentityProviders.CognitoProvider toDomain() {
            return new IdentityProviders.CognitoProvider(required(providerName, "providerName"),
                    required(clientId, "clientId"), Boolean.TRUE.equals(serverSideTokenCheck));
        }
    }

    /** SetIdentityPoolRoles: default roles and role mappings by provider. */
    @Schema(name = "IdentityPoolRolesRequest")
    public record Roles(Map<String, String> roles, Map<String, RoleMapping> roleMappings) {

        PoolRoles toDomain() {
            Map<String, PoolRoles.RoleMapping> mappings = new LinkedHashMap<>();
            if (roleMappings != null) {
                roleMappings.forEach((provider, m) -> mappings.put(provider, new PoolRoles.RoleMapping(
                        required(m.type(), "type"), m.ambiguousRoleResolution(),
                        m.rules() == null ? List.of() : m.rules().stream().map(r -> new PoolRoles.MappingRule(
                                required(r.claim(), "claim"), required(r.matchType(), "matchType"),
                                required(r.value(), "value"), required(r.roleArn(), "roleArn"))).toList())));
            }
            return new PoolRoles(orEmpty(roles), mappings);
        }
    }

    @Schema(name = "IdentityPoolRoleMapping")
    public record RoleMapping(@Schema(example = "Rules") String type,
                              @Schema(example = "AuthenticatedRole") String ambiguousRoleResolution,
                              List<Rule> rules) {
    }

    @Schema(name = "IdentityPoolMappingRule")
    public record Rule(String claim, @Schema(example = "Equals") String matchType, String value, String roleArn) {
    }

    /** GetId and GetOpenIdToken: {@code {"logins": {"cognito-idp.us-east-1.amazonaws.com/us-east-1_X": "eyJ…"}}}; none for a guest. */
    @Schema(name = "IdentityLoginsRequest")
    public record Logins(Map<String, String> logins) {

        static final Logins NONE = new Logins(null);

        Map<String, String> tokens() {
            return IdentityPoolRequests.tokens(logins);
        }
    }

    /** GetCredentialsForIdentity: the identity's logins (none for a guest) and optionally the role to assume. */
    @Schema(name = "IdentityCredentialsRequest")
    public record CredentialsRequest(Map<String, String> logins,
                                     @Schema(description = "A role the identity's token-based mapping allows")
                                     String customRoleArn) {
    }

    /** Login tokens by provider name; left out is none, a {@code null} token is refused. */
    static Map<String, String> tokens(Map<String, String> logins) {
        if (logins == null) {
            return Map.of();
        }
        RequestInput.noNulls(logins.values(), "logins");
        return logins;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> values) {
        return values == null ? Map.of() : values;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String required(String value, String field) {
        return RequestInput.field(value, field);
    }
}
