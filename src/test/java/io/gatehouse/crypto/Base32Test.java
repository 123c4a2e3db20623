package io.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** RFC 4648 section 10 test vectors, without the padding Base32 never writes. */
class Base32Test {

    @ParameterizedTest
    @CsvSource(value = {"'',''", "f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
    void encodeWhenRfc4648VectorThenUnpaddedText(String data, String expected) {
        assertThat(Base32.encode(data.getBytes(StandardCharsets.US_ASCII))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {"'',''", "f,MY======", "fo,MZXQ====", "foo,MZXW6===", "foob,MZXW6YQ=", "fooba,MZXW6YTB",
        "foobar,MZXW6YTBOI======"})
    void decodeWhenRfc4648PaddedVectorThenData(String expected, String text) {
        assertThat(new String(Base32.decode(text), StandardCharsets.US_ASCII)).isEqualTo(expected);
    }

    @Test
    void decodeWhenLowerCaseWithSpacesThenSameAsCanonical() {
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo(Base32.decode("MZXW6YTBOI"));
    }

    @Test
    void decodeWhenEncodedRandomBytesThenRoundTrips() {
        SecureRandom random = new SecureRandom();
        for (int length = 0; length < 64; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertThat(Base32.decode(Base32.encode(data))).isEqualTo(data);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MZXW1", "MZXW8", "MZ-W6", "MZXW6YTBOI+", "MY=A", "MZ=XW6", "M", "MZX", "MZXW6Y"})
    void decodeWhenInvalidCharacterOrLengthThenRejected(String text) {
        assertThatThrownBy(() -> Base32.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
