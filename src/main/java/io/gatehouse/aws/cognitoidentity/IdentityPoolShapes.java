package io.gatehouse.aws.cognitoidentity;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.identitypool.IdentityPool;
import io.gatehouse.identitypool.IdentityPoolSpec;
import io.gatehouse.identitypool.IdentityProviders;
import io.gatehouse.identitypool.IdentityProviders.CognitoProvider;
import io.gatehouse.identitypool.PoolIdentity;
import io.gatehouse.identitypool.PoolRoles;
import io.gatehouse.identitypool.PoolRoles.MappingRule;
import io.gatehouse.identitypool.PoolRoles.RoleMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The identity-pool shapes of the Cognito Identity API, read from requests and written to responses. */
final class IdentityPoolShapes {

    private IdentityPoolShapes() {
    }

    static IdentityPoolSpec spec(JsonInput input) {
        List<CognitoProvider> cognito = new ArrayList<>();
        List<JsonInput> providers = input.objects("CognitoIdentityProviders");
        if (providers != null) {
            for (JsonInput p : providers) {
                Boolean check = p.bool("ServerSideTokenCheck");
                cognito.add(new CognitoProvider(required(p.string("ProviderName"), "ProviderName"),
                        required(p.string("ClientId"), "ClientId"), check != null && check));
            }
        }
        Boolean classic = input.bool("AllowClassicFlow");
        return new IdentityPoolSpec(input.string("IdentityPoolName"), input.bool("AllowUnauthenticatedIdentities"),
                classic != null && classic, input.string("DeveloperProviderName"),
                new IdentityProviders(input.stringMap("SupportedLoginProviders"), cognito,
                        orEmpty(input.strings("OpenIdConnectProviderARNs")), orEmpty(input.strings("SamlProviderARNs"))));
    }

    static JsonOutput pool(IdentityPool pool) {
        IdentityProviders providers = pool.providers();
        List<JsonOutput> cognito = providers.cognitoProviders().stream().map(p -> JsonOutput.object()
                .put("ProviderName", p.providerName()).put("ClientId", p.clientId())
                .put("ServerSideTokenCheck", p.serverSideTokenCheck())).toList();
        return JsonOutput.object()
                .put("IdentityPoolId", pool.id())
                .put("IdentityPoolName", pool.name())
                .put("AllowUnauthenticatedIdentities", pool.allowUnauthenticated())
                .put("AllowClassicFlow", pool.allowClassicFlow())
                .put("SupportedLoginProviders", map(providers.supportedLoginProviders()))
                .put("DeveloperProviderName", pool.developerProviderName())
                .strings("OpenIdConnectProviderARNs", providers.openIdConnectProviderArns())
                .objects("CognitoIdentityProviders", cognito)
                .strings("SamlProviderARNs", providers.samlProviderArns())
                .put("IdentityPoolTags", map(pool.tags()));
    }

    static JsonOutput identity(PoolIdentity identity) {
        return JsonOutput.object()
                .put("IdentityId", identity.id())
                .strings("Logins", identity.providerNames())
                .put("CreationDate", identity.createdAt())
                .put("LastModifiedDate", identity.lastModified());
    }

    static PoolRoles roles(JsonInput input) {
        Map<String, RoleMapping> mappings = new LinkedHashMap<>();
        input.objectMap("RoleMappings").forEach((provider, m) -> {
            List<MappingRule> rules = new ArrayList<>();
            JsonInput config = m.object("RulesConfiguration");
            List<JsonInput> ruleInputs = config == null ? null : config.objects("Rules");
            if (ruleInputs != null) {
                for (JsonInput r : ruleInputs) {
                    rules.add(new MappingRule(required(r.string("Claim"), "Claim"), required(r.string("MatchType"), "MatchType"),
                            required(r.string("Value"), "Value"), required(r.string("RoleARN"), "RoleARN")));
                }
            }
            mappings.put(provider, new RoleMapping(required(m.string("Type"), "Type"), m.string("AmbiguousRoleResolution"),
                    rules));
        });
        return new PoolRoles(input.stringMap("Roles"), mappings);
    }

    static JsonOutput roles(String poolId, PoolRoles roles) {
        JsonOutput mappings = JsonOutput.object();
        roles.mappings().forEach((provider, m) -> {
            JsonOutput mapping = JsonOutput.object().put("Type", m.type())
                    .put("AmbiguousRoleResolution", m.ambiguousRoleResolution());
            if (!m.rules().isEmpty()) {
                mapping.put("RulesConfiguration", JsonOutput.object().objects("Rules", m.rules().stream()
                        .map(r -> JsonOutput.object().put("Claim", r.claim()).put("MatchType", r.matchType())
                                .put("Value", r.value()).put("RoleARN", r.roleArn())).toList()));
            }
            mappings.put(provider, mapping);
        });
        return JsonOutput.object().put("IdentityPoolId", poolId).put("Roles", map(roles.roles()))
                .put("RoleMappings", roles.mappings().isEmpty() ? null : mappings);
    }

    static JsonOutput map(Map<String, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        JsonOutput out = JsonOutput.object();
        values.forEach(out::put);
        return out;
    }

    static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    static String required(String value, String member) {
        if (value == null) {
            throw JsonInput.missing(member);
        }
        return value;
    }
}
