package io.gatehouse.webidentity;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key sets of external issuers, cached in memory per issuer (a copy of data the issuer
 * publishes, so each node may hold its own). A set is fetched again after the TTL; a token whose
 * {@code kid} is unknown may cause one early refetch, but not twice within the refetch interval,
 * so a key rotation is picked up at once while garbage tokens cannot flood the issuer. Only issuers
 * registered as IAM OIDC providers reach this cache, which bounds its size.
 */
@ApplicationScoped
class RemoteKeySets {

    private final IssuerKeyFetcher fetcher;
    private final WebIdentityConfig config;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    RemoteKeySets(IssuerKeyFetcher fetcher, WebIdentityConfig config, Clock clock) {
        this.fetcher = fetcher;
        this.config = config;
        this.clock = clock;
    }

    /** The issuer's keys, fetched if not cached or older than the TTL. */
    JWKSet keys(String issuer) {
        Instant now = clock.instant();
        return cache.compute(issuer, (key, cached) ->
                cached != null && now.isBefore(cached.fetchedAt().plus(config.jwksCacheTtl()))
                        ? cached : new Cached(fetcher.fetch(issuer), now)).keys();
    }

    /**
     * The issuer's keys fetched again because a token names a key the cached set lacks; the
     * cached set when the last fetch is more recent than the refetch interval.
     */
    JWKSet refetch(String issuer) {
        Instant now = clock.instant();
        return cache.compute(issuer, (key, cached) ->
                cached != null && now.isBefore(cached.fetchedAt().plus(config.jwksRefetchInterval()))
                        ? cached : new Cached(fetcher.fetch(issuer), now)).keys();
    }

    private record Cached(JWKSet keys, Instant fetchedAt) {
    }
}
