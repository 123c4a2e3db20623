package io.gatehouse.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Signs benchmark users in for the scenarios that need their tokens (refresh, introspection,
 * UserInfo): on Keycloak with the password grant, on Gatehouse with the authorization-code flow on
 * its hosted login page, since Gatehouse, like Cognito, has no password grant. Target property
 * {@code tokens.count} (default 200) is how many sign-ins a scenario prepares.
 */
final class TokenSource {

    private final Target target;
    private final SignIn signIn;
    private final TokenEndpoint tokens;

    TokenSource(Target target) throws Exception {
        this.target = target;
        signIn = "keycloak".equals(target.kind()) ? new PasswordGrant(target) : new CodeFlow(target);
        tokens = new TokenEndpoint(target);
    }

    Tokens signIn(Http http, Target.User user) throws Exception {
        Tokens signedIn = signIn.signIn(http, user);
        if (signedIn.refreshToken() == null) {
            throw new LoadFailure("sign-in: no refresh_token in the answer");
        }
        return signedIn;
    }

    Tokens refresh(Http http, Tokens old) throws Exception {
        return tokens.refresh(http, "refresh", old.refreshToken());
    }

    /** {@code tokens.count} sign-ins, one per user in turn. */
    List<Tokens> prepare(Http http) throws Exception {
        int count = Integer.parseInt(target.get("tokens.count", "200"));
        List<Tokens> prepared = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            prepared.add(signIn(http, target.user(i % target.userCount())));
        }
        return prepared;
    }
}
