package io.gatehouse.webidentity;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key sets of external issuers, cached in memory per issuer (a copy of data the issuer
 * publishes, so each node may hold its own). A set is fetched again after the TTL; a token whose
 * {@code kid} is unknown may cause one early refetch, but not twice within the refetch interval,
 * so a key rotation is picked up at once while garbage tokens cannot flood the issuer. Fetches of
 * one issuer are serialized (concurrent tokens wait for one fetch instead of each making their own);
 * other issuers are not held up. Only issuers registered as IAM OIDC providers reach this cache,
 * which bounds its size.
 */
@ApplicationScoped
class RemoteKeySets {

    private final IssuerKeyFetcher fetcher;
    private final WebIdentityConfig config;
    private final Clock clock;
    private final Map<String, IssuerKeys> issuers = new ConcurrentHashMap<>();

    RemoteKeySets(IssuerKeyFetcher fetcher, WebIdentityConfig config, Clock clock) {
        this.fetcher = fetcher;
        this.config = config;
        this.clock = clock;
    }

    /** The issuer's keys, fetched if not cached or older than the TTL. */
    JWKSet keys(String issuer) {
        return issuers.computeIfAbsent(issuer, IssuerKeys::new).fetchedWithin(config.jwksCacheTtl());
    }

    /**
     * The issuer's keys fetched again because a token names a key the cached set lacks; the
     * cached set when the last fetch is more recent than the refetch interval.
     */
    JWKSet refetch(String issuer) {
        return issuers.computeIfAbsent(issuer, IssuerKeys::new).fetchedWithin(config.jwksRefetchInterval());
    }

    /** One issuer's cached set and when it was fetched; its monitor serializes that issuer's fetches. */
    private final class IssuerKeys {

        private final String issuer;
        private JWKSet keys;
        private Instant fetchedAt;

        IssuerKeys(String issuer) {
            this.issuer = issuer;
        }

        synchronized JWKSet fetchedWithin(Duration maxAge) {
            Instant now = clock.instant();
            if (keys == null || !now.isBefore(fetchedAt.plus(maxAge))) {
                keys = fetcher.fetch(issuer);
                fetchedAt = now;
            }
            return keys;
        }
    }
}
