package io.gatehouse.testing;

import io.gatehouse.core.Ids;
import io.gatehouse.kms.MasterKey;
import io.gatehouse.platform.PlatformConfig;
import java.util.Base64;
import java.util.Optional;

/** A master key from given bytes, for unit tests and benchmarks of what is sealed under it, without Quarkus. */
public final class FixedMasterKey {

    private FixedMasterKey() {
    }

    /** The master key made of {@code key} (32 bytes). */
    public static MasterKey of(byte[] key, Ids ids) {
        return new MasterKey(config(Base64.getEncoder().encodeToString(key)), ids);
    }

    /** The deployment settings of a test: only the master key (base64, as configured) matters. */
    public static PlatformConfig config(String base64Key) {
        return new PlatformConfig() {
            @Override
            public String publicUrl() {
                return "http://localhost:8080";
            }

            @Override
            public String dataDir() {
                return "/nonexistent";
            }

            @Override
            public String region() {
                return "us-east-1";
            }

            @Override
            public String importDir() {
                return "realms";
            }

            @Override
            public boolean importUnchanged() {
                return false;
            }

            @Override
            public Optional<String> masterKey() {
                return Optional.of(base64Key);
            }
        };
    }
}
