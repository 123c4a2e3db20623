package io.gatehouse.iam;

import io.gatehouse.audit.RequestOrigin;
import io.gatehouse.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/** The {@link RequestFacts} of the HTTP request being served. */
@ApplicationScoped
public class RequestFactsSource {

    private final RequestOrigin origin;
    private final PlatformConfig platform;

    public RequestFactsSource(RequestOrigin origin, PlatformConfig platform) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    public RequestFacts current() {
        return new RequestFacts(origin.ip(), origin.userAgent(), origin.secure(), platform.region());
    }
}
