package io.gatehouse.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The bootstrap account created on first start (env {@code GATEHOUSE_BOOTSTRAP_*}). Unset values are generated. */
@ConfigMapping(prefix = "gatehouse.bootstrap")
public interface BootstrapConfig {

    /** 12-digit id of the bootstrap account. */
    @WithDefault("000000000000")
    String accountId();

    /** Root user's email; generated as {@code root@<accountId>.gatehouse.local} when unset. */
    Optional<String> rootEmail();

    /** Root user's password; generated and printed once when unset. */
    Optional<String> rootPassword();

    /** Root access key id; generated ({@code AKIA…}) and printed once when unset. */
    Optional<String> accessKeyId();

    /** Root secret access key; generated and printed once when unset. */
    Optional<String> secretAccessKey();
}
