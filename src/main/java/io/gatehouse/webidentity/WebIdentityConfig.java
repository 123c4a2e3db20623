package io.gatehouse.webidentity;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How Gatehouse fetches and caches the signing keys of external OIDC issuers. The single source of
 * these defaults. Unremovable, so {@code gatehouse.web-identity.*} settings validate even in a build
 * where nothing injects the verifier.
 */
@Unremovable
@ConfigMapping(prefix = "gatehouse.web-identity")
public interface WebIdentityConfig {

    /** How long an issuer's key set is used before it is fetched again. */
    @WithDefault("PT1H")
    Duration jwksCacheTtl();

    /**
     * The least time between two fetches of one issuer's keys caused by tokens whose {@code kid}
     * is unknown: a rotated key is found after at most this long, and tokens with invented key ids
     * cannot make Gatehouse hammer the issuer.
     */
    @WithDefault("PT30S")
    Duration jwksRefetchInterval();

    /** Connect and read timeout of each request to an issuer (discovery document, key set). */
    @WithDefault("PT3S")
    Duration httpTimeout();

    /** Largest discovery document or key set read from an issuer, in bytes. */
    @WithDefault("262144")
    int maxResponseBytes();
}
