package io.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    /** The SHA-1 seed of RFC 6238 Appendix B. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.ofEpochSecond(1_111_111_111L);

    /** RFC 6238 Appendix B, the SHA-1 rows, with its 8-digit codes. */
    @ParameterizedTest
    @CsvSource({"59,94287082", "1111111109,07081804", "1111111111,14050471", "1234567890,89005924",
        "2000000000,69279037", "20000000000,65353130"})
    void codeWhenRfc6238VectorWithEightDigitsThenExpected(long unixTime, String expected) {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(unixTime)), 8)).isEqualTo(expected);
    }

    /** The same rows with six digits: the truncated value modulo 10^6, so the last six digits. */
    @ParameterizedTest
    @CsvSource({"59,287082", "1111111109,081804", "1111111111,050471", "1234567890,005924",
        "2000000000,279037", "20000000000,353130"})
    void codeWhenRfc6238VectorThenLastSixDigits(long unixTime, String expected) {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(unixTime)))).isEqualTo(expected);
    }

    @Test
    void stepWhenInstantsThenThirtySecondSteps() {
        assertThat(Totp.step(Instant.ofEpochSecond(0))).isZero();
        assertThat(Totp.step(Instant.ofEpochSecond(29))).isZero();
        assertThat(Totp.step(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(Totp.step(Instant.ofEpochSecond(59))).isEqualTo(1);
    }

    @Test
    void newSecretWhenGeneratedThenTwentyRandomBytes() {
        SecureRandom random = new SecureRandom();
        byte[] first = Totp.newSecret(random);
        assertThat(first).hasSize(Totp.SECRET_BYTES);
        assertThat(Totp.newSecret(random)).isNotEqualTo(first);
    }

    @Test
    void matchWhenCurrentStepThenThatStep() {
        long step = Totp.step(NOW);
        assertThat(Totp.match(RFC_SECRET, "050471", NOW, Totp.NO_STEP_USED)).isEqualTo(OptionalLong.of(step));
    }

    @Test
    void matchWhenOneStepEarlierOrLaterThenAccepted() {
        long step = Totp.step(NOW);
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), NOW, Totp.NO_STEP_USED))
                .isEqualTo(OptionalLong.of(step - 1));
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), NOW, Totp.NO_STEP_USED))
                .isEqualTo(OptionalLong.of(step + 1));
    }

    @Test
    void matchWhenTwoStepsAwayThenRejected() {
        long step = Totp.step(NOW);
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), NOW, Totp.NO_STEP_USED)).isEmpty();
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), NOW, Totp.NO_STEP_USED)).isEmpty();
    }

    @Test
    void matchWhenCodeReplayedThenRejected() {
        String code = Totp.code(RFC_SECRET, Totp.step(NOW));
        long used = Totp.match(RFC_SECRET, code, NOW, Totp.NO_STEP_USED).orElseThrow();

        assertThat(Totp.match(RFC_SECRET, code, NOW, used)).isEmpty();
        assertThat(Totp.match(RFC_SECRET, code, NOW.plusSeconds(Totp.STEP_SECONDS), used)).isEmpty();
    }

    @Test
    void matchWhenEarlierStepThanLastUsedThenRejected() {
        long step = Totp.step(NOW);
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), NOW, step)).isEmpty();
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), NOW, step)).isEqualTo(OptionalLong.of(step + 1));
    }

    @Test
    void matchWhenWrongCodeThenRejected() {
        String code = Totp.code(RFC_SECRET, Totp.step(NOW));
        String wrong = code.charAt(0) == '9' ? "0" + code.substring(1) : (char) (code.charAt(0) + 1) + code.substring(1);
        assertThat(Totp.match(RFC_SECRET, wrong, NOW, Totp.NO_STEP_USED)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "05047", "0504710", "05047a", " 50471", "050 71", "+50471", "-50471", "٠٥٠٤٧١", "14050471"})
    void matchWhenNotSixAsciiDigitsThenRejected(String code) {
        assertThat(Totp.match(RFC_SECRET, code, NOW, Totp.NO_STEP_USED)).isEmpty();
    }

    @Test
    void otpauthUriWhenIssuerAndAccountThenKeyUriFormat() {
        assertThat(Totp.otpauthUri("Example App", "alice@example.com", "jbsw y3dp ehpk 3pxp"))
                .isEqualTo("otpauth://totp/Example%20App:alice%40example.com?secret=JBSWY3DPEHPK3PXP"
                        + "&issuer=Example%20App&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void otpauthUriWhenReservedCharactersThenPercentEncoded() {
        assertThat(Totp.otpauthUri("A&B+C", "x/y?z", "MZXW6"))
                .startsWith("otpauth://totp/A%26B%2BC:x%2Fy%3Fz?secret=MZXW6&issuer=A%26B%2BC&");
    }

    @Test
    void otpauthUriWhenColonInIssuerOrAccountThenRejected() {
        assertThatThrownBy(() -> Totp.otpauthUri("Acme:Corp", "alice", "MZXW6"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Totp.otpauthUri("Acme", "a:lice", "MZXW6"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
