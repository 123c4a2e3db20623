package io.gatehouse.userpool.signin.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Storing a session between the two requests, and the syntax checks on the password claim. */
class SrpSessionTest {

    private static final SrpSession SESSION = new SrpSession(HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f"));
    private static final SrpTimestamp NOW = SrpTimestamp.of(Instant.parse("2026-01-05T09:03:07Z"));
    private static final String BLOCK = Base64.getEncoder().encodeToString(new byte[64]);
    private static final String SIGNATURE = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void parseWhenToTextThenRoundTrips() {
        assertThat(SESSION.toText()).isEqualTo("000102030405060708090a0b0c0d0e0f");
        assertThat(SrpSession.parse(SESSION.toText())).isEqualTo(SESSION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "000102030405060708090a0b0c0d0e", "000102030405060708090a0b0c0d0e0f00",
        "000102030405060708090a0b0c0d0e0g", "-00102030405060708090a0b0c0d0e0f"})
    void parseWhenMalformedThenIllegalArgumentButNotParameterError(String text) {
        assertThatThrownBy(() -> SrpSession.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(SrpParameterException.class);
    }

    @Test
    void toStringWhenPrintedThenKeyRedacted() {
        assertThat(SESSION.toString()).doesNotContain(SESSION.toText());
    }

    @Test
    void verifyWhenWellFormedButWrongThenFalse() {
        assertThat(SESSION.verify("Pool", "alice", BLOCK, NOW, SIGNATURE)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "AAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void verifyWhenSignatureMalformedThenParameterError(String signature) {
        assertThatThrownBy(() -> SESSION.verify("Pool", "alice", BLOCK, NOW, signature))
                .isInstanceOf(SrpParameterException.class)
                .extracting("parameter").isEqualTo("PASSWORD_CLAIM_SIGNATURE");
    }

    @Test
    void verifyWhenSecretBlockNotBase64ThenParameterError() {
        assertThatThrownBy(() -> SESSION.verify("Pool", "alice", "%%%", NOW, SIGNATURE))
                .isInstanceOf(SrpParameterException.class)
                .extracting("parameter").isEqualTo("PASSWORD_CLAIM_SECRET_BLOCK");
    }

    @Test
    void verifyWhenSecretBlockOversizedThenParameterError() {
        String block = "A".repeat(8196);

        assertThatThrownBy(() -> SESSION.verify("Pool", "alice", block, NOW, SIGNATURE))
                .isInstanceOf(SrpParameterException.class)
                .hasMessage("PASSWORD_CLAIM_SECRET_BLOCK must be at most 8192 characters");
    }
}
