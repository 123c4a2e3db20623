package io.gatehouse.userpool.signin.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Making and storing verifiers. */
class SrpVerifierTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void createWhenRandomThenFreshSaltOfAtMost128Bits() {
        SrpVerifier first = SrpVerifier.create("Pool", "alice", "pw", random);
        SrpVerifier second = SrpVerifier.create("Pool", "alice", "pw", random);

        assertThat(first.salt()).isNotEqualTo(second.salt());
        assertThat(first.verifier()).isNotEqualTo(second.verifier());
        assertThat(first.salt().bitLength()).isLessThanOrEqualTo(128);
    }

    @Test
    void createWhenSameSaltThenDependsOnPoolUserAndPassword() {
        BigInteger salt = new BigInteger("e0aea7fa0ba5103fa5eee663d00a7e05", 16);
        SrpVerifier verifier = SrpVerifier.create("Pool", "alice", "pw", salt);

        assertThat(SrpVerifier.create("Pool", "alice", "pw", salt)).isEqualTo(verifier);
        assertThat(SrpVerifier.create("Pool2", "alice", "pw", salt)).isNotEqualTo(verifier);
        assertThat(SrpVerifier.create("Pool", "alicf", "pw", salt)).isNotEqualTo(verifier);
        assertThat(SrpVerifier.create("Pool", "alice", "pW", salt)).isNotEqualTo(verifier);
    }

    @Test
    void parseWhenToTextThenRoundTrips() {
        SrpVerifier verifier = SrpVerifier.create("Pool", "alice", "pw", random);

        assertThat(SrpVerifier.parse(verifier.toText())).isEqualTo(verifier);
        assertThat(verifier.toText()).startsWith("srp6a-3072-sha256$" + verifier.saltHex() + "$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "srp6a-3072-sha256$ab", "srp6a-3072-sha256$ab$", "srp6a-3072-sha256$$01",
        "srp6a-3072-sha256$ab$0g", "srp6a-2048-sha256$ab$01", "srp6a-3072-sha256$ab$00",
        "srp6a-3072-sha256$ab$01$02", "srp6a-3072-sha256$123456789012345678901234567890123$01"})
    void parseWhenMalformedThenIllegalArgumentButNotParameterError(String text) {
        assertThatThrownBy(() -> SrpVerifier.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(SrpParameterException.class);
    }

    @Test
    void constructorWhenVerifierNotBelowNThenRejected() {
        assertThatThrownBy(() -> new SrpVerifier(BigInteger.ONE, SrpGroup.N)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringWhenPrintedThenVerifierRedacted() {
        SrpVerifier verifier = SrpVerifier.create("Pool", "alice", "pw", random);

        assertThat(verifier.toString()).doesNotContain(verifier.verifier().toString(16))
                .doesNotContain(verifier.verifier().toString());
    }
}
