package io.gatehouse.crypto;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Argon2id cost parameters. Defaults follow the OWASP Password Storage Cheat Sheet
 * (m=19 MiB, t=2, p=1). Raising them rehashes each password at its next successful sign-in.
 */
@ConfigMapping(prefix = "gatehouse.password")
public interface PasswordConfig {

    /** Argon2id memory cost in KiB. */
    @WithDefault("19456")
    int memoryKib();

    /** Argon2id iterations (time cost). */
    @WithDefault("2")
    int iterations();

    /** Argon2id lanes (parallelism). */
    @WithDefault("1")
    int parallelism();
}
