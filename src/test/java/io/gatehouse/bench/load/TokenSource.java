package io.gatehouse.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Signs benchmark users in for the scenarios that need their tokens (refresh, introspection,
 * UserInfo): on Keycloak with the password grant, on Gatehouse with the authorization-code flow on
 * its hosted login page, since Gatehouse, like Cognito, has no password grant. Target property
 * {@code tokens.count} (default 200) is how many sign-ins a scenario prepares.
 */
final class TokenSource {

    private static final int PREPARE_CONNECTIONS = 4;

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

    /**
     * {@code tokens.count} sign-ins, one per user in turn, on a few connections at once: sign-ins are
     * password-hash bound, and preparation is not measured.
     */
    List<Tokens> prepare() throws Exception {
        int count = Integer.parseInt(target.get("tokens.count", "200"));
        ExecutorService threads = Executors.newFixedThreadPool(PREPARE_CONNECTIONS);
        try {
            List<Future<Tokens>> signIns = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Target.User user = target.user(i % target.userCount());
                signIns.add(threads.submit(() -> {
                    try (Http own = new Http()) {
                        return signIn(own, user);
                    }
                }));
            }
            List<Tokens> prepared = new ArrayList<>(count);
            for (Future<Tokens> signIn : signIns) {
                prepared.add(result(signIn));
            }
            return prepared;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Tokens result(Future<Tokens> signIn) throws Exception {
        try {
            return signIn.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
