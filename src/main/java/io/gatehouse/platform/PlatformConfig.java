package io.gatehouse.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Service-wide settings of the external contract (see BRIEF: ports, URLs, directories). */
@ConfigMapping(prefix = "gatehouse")
public interface PlatformConfig {

    /** Public base URL; each pool's issuer is {@code <public-url>/<poolId>}. Env: GATEHOUSE_PUBLIC_URL. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Directory for the embedded database and the generated master key. Env: GATEHOUSE_DATA_DIR. */
    @WithDefault("./data")
    String dataDir();

    /** Region used in pool ids and ARNs. Env: GATEHOUSE_REGION. */
    @WithDefault("us-east-1")
    String region();

    /** Directory whose {@code *.json} realm files are imported at start. Env: GATEHOUSE_IMPORT_DIR. */
    @WithDefault("realms")
    String importDir();

    /**
     * Re-apply at start the realm files whose content has not changed since their last import, which
     * puts back what was edited or deleted through the API since. Off: such a file is skipped, which
     * keeps a start with a large realm fast. Env: GATEHOUSE_IMPORT_UNCHANGED.
     */
    @WithDefault("false")
    boolean importUnchanged();

    /** Base64 of the 32-byte master key. Unset: generated once into the data directory. Env: GATEHOUSE_MASTER_KEY. */
    Optional<String> masterKey();

    /** The public URL without a trailing slash. */
    default String baseUrl() {
        String url = publicUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
