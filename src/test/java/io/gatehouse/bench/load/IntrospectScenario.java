package io.gatehouse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * RFC 7662 introspection of a random prepared user access token, which must be active. The caller
 * is the service client ({@code cc.client-id}): Gatehouse lets any confidential client of the pool
 * introspect any of its tokens, and Keycloak 26.7 only a client in the token's audience, which the
 * bench realm's audience mapper makes {@code svc}.
 */
final class IntrospectScenario implements Scenario {

    private final PreparedTokens tokens;
    private final String url;
    private final String authorization;

    IntrospectScenario(Target target) throws Exception {
        tokens = new PreparedTokens(target);
        url = target.endpoint("introspection_endpoint");
        authorization = Http.basic(target.get("cc.client-id"), target.get("cc.client-secret"));
    }

    @Override
    public String name() {
        return "introspect";
    }

    @Override
    public void prepare(Http http) throws Exception {
        tokens.prepare();
    }

    @Override
    public void operate(Http http) throws Exception {
        String token = tokens.pick(http).accessToken();
        var response = Http.expect(name(), http.postForm(url,
                Map.of("token", token, "token_type_hint", "access_token"), "Authorization", authorization), 200);
        JsonNode active = Target.JSON.readTree(response.body()).get("active");
        if (active == null || !active.asBoolean(false)) {
            throw new LoadFailure(name() + ": the token is not active");
        }
    }
}
