package io.gatehouse.oidc.token;

import io.gatehouse.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** The issuer URL of a pool, {@code <public URL>/<poolId>}, and its endpoint URLs (as listed in discovery). */
@ApplicationScoped
public class Issuer {

    private final PlatformConfig platform;

    public Issuer(PlatformConfig platform) {
        this.platform = platform;
    }

    public String of(String poolId) {
        return platform.baseUrl() + "/" + poolId;
    }

    public String endpoint(String poolId, String path) {
        return of(poolId) + path;
    }
}
