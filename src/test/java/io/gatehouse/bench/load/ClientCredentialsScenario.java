package io.gatehouse.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OAuth {@code client_credentials} with {@code client_secret_basic}: one signed access token per
 * request, the signing-bound hot path. Target properties {@code cc.client-id}, {@code cc.client-secret}
 * and optionally {@code cc.scope}.
 */
final class ClientCredentialsScenario implements Scenario {

    private final String tokenUrl;
    private final String authorization;
    private final String form;

    ClientCredentialsScenario(Target target) throws Exception {
        tokenUrl = target.endpoint("token_endpoint");
        authorization = Http.basic(target.get("cc.client-id"), target.get("cc.client-secret"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "client_credentials");
        String scope = target.get("cc.scope", "");
        if (!scope.isEmpty()) {
            fields.put("scope", scope);
        }
        form = Http.form(fields);
    }

    @Override
    public String name() {
        return "client_credentials";
    }

    @Override
    public void operate(Http http) throws Exception {
        var response = http.post(tokenUrl, "application/x-www-form-urlencoded", form, "Authorization", authorization);
        Http.expect(name(), response, 200);
        if (!response.body().contains("\"access_token\"")) {
            throw new LoadFailure(name() + ": no access_token in the answer");
        }
    }
}
