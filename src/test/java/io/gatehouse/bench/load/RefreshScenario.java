package io.gatehouse.bench.load;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code grant_type=refresh_token}: each operation takes a prepared refresh token out of the pool,
 * refreshes it and puts back the one the server returned (Gatehouse always rotates, and presenting a
 * rotated token would revoke the family; Keycloak returns a new one too), so no token is used twice.
 * A failed refresh drops its token; the pool ({@code tokens.count}) must exceed the connections.
 */
final class RefreshScenario implements Scenario {

    private final TokenSource source;
    private final ConcurrentLinkedQueue<Tokens> pool = new ConcurrentLinkedQueue<>();

    RefreshScenario(Target target) throws Exception {
        source = new TokenSource(target);
    }

    @Override
    public String name() {
        return "refresh";
    }

    @Override
    public void prepare(Http http) throws Exception {
        pool.clear();
        pool.addAll(source.prepare());
    }

    @Override
    public void operate(Http http) throws Exception {
        Tokens tokens = pool.poll();
        if (tokens == null) {
            throw new LoadFailure("refresh: no refresh token left in the pool (more connections than tokens.count?)");
        }
        pool.add(source.refresh(http, tokens));
    }
}
