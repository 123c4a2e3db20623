package io.gatehouse.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How callers of the native REST API are authenticated. Defaults follow AWS.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html">Troubleshoot Signature Version 4</a>
 */
@ConfigMapping(prefix = "gatehouse.auth")
public interface AuthConfig {

    /**
     * How far the SigV4 signing time ({@code X-Amz-Date}) may be from the server clock, in either
     * direction, before a request is rejected as expired. AWS allows 5 minutes. Also bounds how far
     * in the future a presigned request may be dated. Env: {@code GATEHOUSE_AUTH_SIGV4_CLOCK_SKEW}.
     */
    @WithDefault("PT5M")
    Duration sigv4ClockSkew();
}
