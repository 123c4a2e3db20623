package io.gatehouse.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.Ids;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.testing.FixedMasterKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The keyed digest of small secrets: stable under one master key, different under another, never the plain hash. */
class KeyedDigestTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = Base64.getEncoder().encodeToString(
            "another master key of 32 bytes!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    @Test
    void hexWhenSameMasterKeyThenStableAndNotThePlainHash() {
        KeyedDigest digest = digest(KEY_A);

        assertThat(digest.hex("user_code:123456")).isEqualTo(digest(KEY_A).hex("user_code:123456"))
                .hasSize(64).isNotEqualTo(SecretDigest.sha256Hex("user_code:123456"));
        assertThat(digest.hex("user_code:123457")).isNotEqualTo(digest.hex("user_code:123456"));
    }

    @Test
    void matchesWhenOtherMasterKeyOrOtherValueOrNullThenFalse() {
        String stored = digest(KEY_A).hex("code");

        assertThat(digest(KEY_A).matches("code", stored)).isTrue();
        assertThat(digest(KEY_B).matches("code", stored)).isFalse();
        assertThat(digest(KEY_A).matches("cod3", stored)).isFalse();
        assertThat(digest(KEY_A).matches(null, stored)).isFalse();
        assertThat(digest(KEY_A).matches("code", null)).isFalse();
    }

    private static KeyedDigest digest(String masterKey) {
        return new KeyedDigest(new MasterKey(FixedMasterKey.config(masterKey), new Ids()));
    }
}
