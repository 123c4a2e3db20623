package io.gatehouse.userpool.signin.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code padHex} as the Cognito clients hash numbers, and the group constants. */
class SrpGroupTest {

    @ParameterizedTest
    @CsvSource({
        "0, 00",
        "1, 01",
        "7f, 7f",
        "80, 0080",
        "ff, 00ff",
        "abc, 0abc",
        "8bc, 08bc",
        "7fff, 7fff",
        "8000, 008000",
        "123, 0123",
        "e0aea7fa0ba5103fa5eee663d00a7e05, 00e0aea7fa0ba5103fa5eee663d00a7e05",
        "4ca6e25c0b1120bc48a59ffcddfb233, 04ca6e25c0b1120bc48a59ffcddfb233"})
    void paddedWhenTopBitSetOrOddLengthThenLikePadHex(String value, String padHex) {
        assertThat(HexFormat.of().formatHex(SrpGroup.padded(new BigInteger(value, 16)))).isEqualTo(padHex);
    }

    @Test
    void paddedWhenNegativeThenRejected() {
        assertThatThrownBy(() -> SrpGroup.padded(BigInteger.ONE.negate())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nWhenReadThenIsThe3072BitSafePrimeOfRfc5054() {
        assertThat(SrpGroup.N.bitLength()).isEqualTo(3072);
        assertThat(SrpGroup.N.isProbablePrime(20)).isTrue();
        assertThat(SrpGroup.N.shiftRight(1).isProbablePrime(20)).isTrue();
        assertThat(SrpGroup.padded(SrpGroup.N)).hasSize(385);
    }

    @Test
    void kWhenComputedThenHashesPaddedNAndUnpaddedG() {
        byte[] input = HexFormat.of().parseHex("00" + SrpGroup.N.toString(16) + "02");

        assertThat(SrpGroup.K).isEqualTo(new BigInteger(1, SrpGroup.sha256(input)));
    }
}
