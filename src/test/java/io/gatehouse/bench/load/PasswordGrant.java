package io.gatehouse.bench.load;

import java.util.Map;

/** The resource-owner password grant as the app client with scope {@code openid}; Keycloak has it, Gatehouse not. */
final class PasswordGrant implements SignIn {

    private final TokenEndpoint tokens;

    PasswordGrant(Target target) throws Exception {
        tokens = new TokenEndpoint(target);
    }

    @Override
    public Tokens signIn(Http http, Target.User user) throws Exception {
        return tokens.post(http, "password grant", Map.of("grant_type", "password", "scope", "openid",
                "username", user.name(), "password", user.password()));
    }
}
