package io.gatehouse.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * ID tokens of the first benchmark users (target property {@code id-tokens.count}, default 100,
 * at most the user count) for one app client, signed in once with USER_PASSWORD_AUTH before the load, so the
 * scenarios that trade a token for credentials measure only the trade. Immutable once collected.
 */
final class IdTokens {

    private final List<String> tokens;

    private IdTokens(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /** Signs in with the client of {@link CognitoSignIn#CognitoSignIn(Target, String)}. */
    static IdTokens collect(Http http, Target target, String client, String step) throws Exception {
        CognitoSignIn signIn = new CognitoSignIn(target, client);
        int count = Math.min(Integer.parseInt(target.get("id-tokens.count", "100")), target.userCount());
        List<String> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tokens.add(signIn.passwordIdToken(http, step + " prepare", target.user(i)));
        }
        return new IdTokens(tokens);
    }

    String random() {
        return tokens.get(ThreadLocalRandom.current().nextInt(tokens.size()));
    }
}
