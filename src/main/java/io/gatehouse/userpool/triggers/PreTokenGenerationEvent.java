package io.gatehouse.userpool.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.Triggers;
import io.gatehouse.userpool.UserPool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pre token generation event, V1_0 (ID token) or V2_0 (ID and access token, scopes). The
 * request carries the user's attributes and group configuration (and, in V2, the scopes).
 * <pre>
 * V1 response: {"claimsOverrideDetails": {"claimsToAddOrOverride": {"tier": "gold"},
 *     "claimsToSuppress": ["email"], "groupOverrideDetails": {"groupsToOverride": ["beta"]}}}
 * V2 response: {"claimsAndScopeOverrideDetails": {"idTokenGeneration": {...},
 *     "accessTokenGeneration": {"claimsToAddOrOverride": {...}, "scopesToAdd": ["api/read"]},
 *     "groupOverrideDetails": {...}}}
 * </pre>
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html">Pre token generation Lambda trigger</a>
 */
public final class PreTokenGenerationEvent {

    public static final String HOSTED_AUTH = "TokenGeneration_HostedAuth";
    public static final String AUTHENTICATION = "TokenGeneration_Authentication";
    public static final String NEW_PASSWORD_CHALLENGE = "TokenGeneration_NewPasswordChallenge";
    public static final String REFRESH_TOKENS = "TokenGeneration_RefreshTokens";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PreTokenGenerationEvent() {
    }

    /** The event for {@code user}; {@code groups} are the user's group names, roles and preferred role as issued. */
    public static ObjectNode of(UserPool pool, String source, String clientId, PoolUser user,
                                TokenOverrides.Groups groups, List<String> scopes) {
        boolean v2 = pool.settings().triggers().preTokenGenerationVersion().equals(Triggers.V2_0);
        ObjectNode event = TriggerEvent.create(pool, v2 ? "2" : "1", source, user.username(), clientId);
        ObjectNode request = TriggerEvent.request(event);
        request.set(TriggerEvent.USER_ATTRIBUTES, TriggerEvent.stringMap(TriggerEvent.userAttributes(user)));
        ObjectNode configuration = request.putObject("groupConfiguration");
        configuration.set("groupsToOverride", TriggerEvent.strings(groups.groupsToOverride()));
        configuration.set("iamRolesToOverride", TriggerEvent.strings(groups.iamRolesToOverride()));
        configuration.put("preferredRole", groups.preferredRole());
        if (v2) {
            request.set("scopes", TriggerEvent.strings(scopes));
        }
        request.putObject("clientMetadata");
        return event;
    }

    /** The changes asked for; a V1 pool reads only claimsOverrideDetails, a V2 pool only claimsAndScopeOverrideDetails. */
    public static TokenOverrides parse(UserPool pool, ObjectNode answer) {
        JsonNode response = TriggerEvent.response(answer);
        if (pool.settings().triggers().preTokenGenerationVersion().equals(Triggers.V2_0)) {
            JsonNode details = object(response, "claimsAndScopeOverrideDetails");
            if (details == null) {
                return TokenOverrides.NONE;
            }
            return new TokenOverrides(changes(object(details, "idTokenGeneration"), false, true),
                    changes(object(details, "accessTokenGeneration"), true, true), groups(details));
        }
        JsonNode details = object(response, "claimsOverrideDetails");
        if (details == null) {
            return TokenOverrides.NONE;
        }
        return new TokenOverrides(changes(details, false, false), TokenOverrides.Changes.NONE, groups(details));
    }

    private static TokenOverrides.Changes changes(JsonNode node, boolean scopes, boolean anyJson) {
        if (node == null) {
            return TokenOverrides.Changes.NONE;
        }
        List<String> suppress = TriggerEvent.optionalStrings(node, "claimsToSuppress");
        return new TokenOverrides.Changes(claims(node, anyJson), suppress == null ? null : new java.util.HashSet<>(suppress),
                scopes ? TriggerEvent.optionalStrings(node, "scopesToAdd") : null,
                scopes ? TriggerEvent.optionalStrings(node, "scopesToSuppress") : null);
    }

    /** V1 claims are strings (Cognito's StringMap); V2 claims may be any JSON value. */
    private static Map<String, Object> claims(JsonNode node, boolean anyJson) {
        if (!anyJson) {
            Map<String, String> strings = TriggerEvent.optionalStringMap(node, "claimsToAddOrOverride");
            return strings == null ? null : new LinkedHashMap<>(strings);
        }
        JsonNode claims = object(node, "claimsToAddOrOverride");
        if (claims == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) claims::fields) {
            if (!field.getValue().isNull()) {
                out.put(field.getKey(), JSON.convertValue(field.getValue(), Object.class));
            }
        }
        return out;
    }

    private static TokenOverrides.Groups groups(JsonNode details) {
        JsonNode groups = object(details, "groupOverrideDetails");
        if (groups == null) {
            return null;
        }
        return new TokenOverrides.Groups(TriggerEvent.optionalStrings(groups, "groupsToOverride"),
                TriggerEvent.optionalStrings(groups, "iamRolesToOverride"),
                TriggerEvent.optionalString(groups, "preferredRole"));
    }

    private static JsonNode object(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw TriggerEvent.invalid();
        }
        return node;
    }
}
