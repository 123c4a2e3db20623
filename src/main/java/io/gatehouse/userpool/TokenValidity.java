package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;
import java.time.Duration;

/**
 * Cognito's token lifetime defaults and bounds: access and ID tokens 5 minutes to 1 day
 * (default 1 hour), refresh tokens 60 minutes to 10 years (default 30 days).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html">Cognito token lifetimes</a>
 */
public final class TokenValidity {

    public static final Duration DEFAULT_ACCESS = Duration.ofHours(1);
    public static final Duration DEFAULT_ID = Duration.ofHours(1);
    public static final Duration DEFAULT_REFRESH = Duration.ofDays(30);

    private static final Duration MIN_SHORT = Duration.ofMinutes(5);
    private static final Duration MAX_SHORT = Duration.ofDays(1);
    private static final Duration MIN_REFRESH = Duration.ofMinutes(60);
    private static final Duration MAX_REFRESH = Duration.ofDays(3650);

    private TokenValidity() {
    }

    public static Duration accessOrId(Long seconds, Duration fallback, String field) {
        return bounded(seconds, fallback, MIN_SHORT, MAX_SHORT, field);
    }

    public static Duration refresh(Long seconds, String field) {
        return bounded(seconds, DEFAULT_REFRESH, MIN_REFRESH, MAX_REFRESH, field);
    }

    private static Duration bounded(Long seconds, Duration fallback, Duration min, Duration max, String field) {
        if (seconds == null) {
            return fallback;
        }
        Duration d = Duration.ofSeconds(seconds);
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    field + " must be between " + min.toSeconds() + " and " + max.toSeconds() + " seconds");
        }
        return d;
    }
}
