package io.gatehouse.userpool.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Sign-in throttling, kept in PostgreSQL so it holds across nodes. After the free attempts,
 * each failure doubles the wait (exponential back-off) up to {@link #maxBackoff()}; at
 * the lockout threshold the user or IP is locked out for {@link #lockoutDuration()}.
 */
@ConfigMapping(prefix = "gatehouse.signin")
public interface ThrottleConfig {

    /** Failed attempts per user allowed without delay. */
    @WithDefault("3")
    int userFreeAttempts();

    /** Failed attempts per source IP (per pool) allowed without delay. */
    @WithDefault("20")
    int ipFreeAttempts();

    /** Failed client authentications per client and source IP allowed without delay. */
    @WithDefault("20")
    int clientFreeAttempts();

    /** Failed client authentications per client and source IP that lock that pair out. */
    @WithDefault("100")
    int clientLockoutThreshold();

    /** First back-off delay; doubles with each further failure. */
    @WithDefault("PT1S")
    Duration backoffBase();

    /** Longest back-off delay before lockout. */
    @WithDefault("PT5M")
    Duration maxBackoff();

    /** Failures of one user that lock the user out. */
    @WithDefault("10")
    int userLockoutThreshold();

    /** Failures from one source IP (per pool) that lock the IP out. */
    @WithDefault("100")
    int ipLockoutThreshold();

    /** How long a lockout lasts. */
    @WithDefault("PT15M")
    Duration lockoutDuration();

    /** Failures older than this are forgotten. */
    @WithDefault("PT1H")
    Duration resetAfter();
}
