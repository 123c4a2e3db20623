package io.gatehouse.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Prepared sign-ins whose access tokens are presented at random. A token older than
 * {@code tokens.max-age-seconds} (default 240, under Keycloak's default 5-minute access token
 * lifetime) is replaced through its refresh token by the operation that picks it, so a suite of
 * several 30-second runs never presents an expired token; that refresh is part of the measured
 * operation, about once per token per max age (200 refreshes per 4 minutes by default).
 */
final class PreparedTokens {

    private final TokenSource source;
    private final Duration maxAge;
    private volatile List<Slot> slots = List.of();

    PreparedTokens(Target target) throws Exception {
        source = new TokenSource(target);
        maxAge = Duration.ofSeconds(Long.parseLong(target.get("tokens.max-age-seconds", "240")));
    }

    void prepare() throws Exception {
        List<Slot> prepared = source.prepare().stream().map(Slot::new).toList();
        if (prepared.isEmpty()) {
            throw new IllegalArgumentException("tokens.count must be at least 1");
        }
        slots = prepared;
    }

    /** A random prepared sign-in, refreshed first when its tokens are too old. */
    Tokens pick(Http http) throws Exception {
        List<Slot> current = slots;
        if (current.isEmpty()) {
            throw new IllegalStateException("prepare() has not run");
        }
        return current.get(ThreadLocalRandom.current().nextInt(current.size())).fresh(http);
    }

    /**
     * One sign-in's latest tokens. Synchronized so one thread at a time refreshes it: a refresh token
     * presented twice would revoke its whole family on Gatehouse (reuse detection).
     */
    private final class Slot {

        private Tokens tokens;

        Slot(Tokens tokens) {
            this.tokens = tokens;
        }

        synchronized Tokens fresh(Http http) throws Exception {
            if (tokens.age().compareTo(maxAge) >= 0) {
                tokens = source.refresh(http, tokens);
            }
            return tokens;
        }
    }
}
