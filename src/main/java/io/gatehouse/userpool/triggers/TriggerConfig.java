package io.gatehouse.userpool.triggers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How Gatehouse calls trigger webhooks. The per-pool wait (Cognito's 5 seconds by default) is
 * {@code triggers.timeoutMillis} in the pool's settings; these bound every call service-wide.
 */
@ConfigMapping(prefix = "gatehouse.triggers")
public interface TriggerConfig {

    /** Largest response body read from a trigger; a larger one is InvalidLambdaResponseException. Env: GATEHOUSE_TRIGGERS_MAX_RESPONSE_BYTES. */
    @WithDefault("262144")
    int maxResponseBytes();

    /** Time to open a connection to a trigger (the pool's timeout still bounds the whole call). Env: GATEHOUSE_TRIGGERS_CONNECT_TIMEOUT. */
    @WithDefault("PT5S")
    Duration connectTimeout();
}
