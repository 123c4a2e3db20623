package io.gatehouse.kms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Lifecycle of each pool's JWT signing keys. */
@ConfigMapping(prefix = "gatehouse.signing")
public interface SigningConfig {

    /** RSA modulus size of new RS256 keys. */
    @WithDefault("2048")
    int rsaKeySize();

    /** How long a new key is published in JWKS before it starts signing, so relying parties see it first. */
    @WithDefault("PT5M")
    Duration publishLead();

    /**
     * How long a retired key stays published: at least the longest lifetime of a token it
     * signed (ID and access tokens live at most one day).
     */
    @WithDefault("P1D")
    Duration retainAfterRetirement();

    /** Age at which the scheduled job rotates a pool's signing key. */
    @WithDefault("P30D")
    Duration rotationAge();

    /**
     * Which JCA provider signs tokens: {@code CONSCRYPT} (BoringSSL, about twice the JDK's RS256
     * speed, see docs/performance.md), falling back to the JDK's where its native library cannot
     * load; or {@code JDK}.
     */
    @WithDefault("CONSCRYPT")
    SignatureProvider signatureProvider();

    /** The JCA providers a signer can use. */
    enum SignatureProvider { CONSCRYPT, JDK }

    /** How often the rotation job runs (Quarkus scheduler syntax, e.g. {@code 1h}; {@code off} disables it). */
    @WithDefault("1h")
    String rotationSchedule();
}
