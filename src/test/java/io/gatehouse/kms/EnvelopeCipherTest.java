package io.gatehouse.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.Ids;
import io.gatehouse.testing.FixedMasterKey;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnvelopeCipherTest {

    private static EnvelopeCipher cipher(byte[] key) {
        Ids ids = new Ids();
        return new EnvelopeCipher(FixedMasterKey.of(key, ids), ids);
    }

    private static final byte[] KEY_A = new byte[32];
    private static final byte[] KEY_B = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void sealWhenOpenedWithSameContextThenPlaintext() {
        EnvelopeCipher c = cipher(KEY_A);
        byte[] sealed = c.seal("s3cret", "access-key:AKIA1");

        assertThat(c.openString(sealed, "access-key:AKIA1")).isEqualTo("s3cret");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("s3cret");
    }

    @Test
    void sealWhenSameSecretTwiceThenDifferentCiphertexts() {
        EnvelopeCipher c = cipher(KEY_A);
        assertThat(c.seal("x", "ctx")).isNotEqualTo(c.seal("x", "ctx"));
    }

    @Test
    void openWhenOtherContextThenRejected() {
        EnvelopeCipher c = cipher(KEY_A);
        byte[] sealed = c.seal("s3cret", "access-key:AKIA1");
        assertThatThrownBy(() -> c.open(sealed, "access-key:AKIA2")).isInstanceOf(SealedDataException.class);
    }

    @Test
    void openWhenOtherMasterKeyThenRejected() {
        byte[] sealed = cipher(KEY_A).seal("s3cret", "ctx");
        assertThatThrownBy(() -> cipher(KEY_B).open(sealed, "ctx")).isInstanceOf(SealedDataException.class);
    }

    @Test
    void openWhenTamperedOrTruncatedThenRejected() {
        EnvelopeCipher c = cipher(KEY_A);
        byte[] sealed = c.seal("s3cret", "ctx");
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> c.open(tampered, "ctx")).isInstanceOf(SealedDataException.class);
        assertThatThrownBy(() -> c.open(new byte[10], "ctx")).isInstanceOf(SealedDataException.class);
    }

    @Test
    void masterKeyWhenNotThirtyTwoBytesThenStartupFails() {
        assertThatThrownBy(() -> cipher(new byte[16])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }
}
