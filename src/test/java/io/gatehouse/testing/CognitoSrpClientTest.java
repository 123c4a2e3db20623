package io.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The test client reproduces what amazon-cognito-identity-js computed for every vector. */
class CognitoSrpClientTest {

    private static final DateTimeFormatter VECTOR_TIME =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US);

    static List<SrpVector> vectors() {
        List<SrpVector> vectors = SrpVector.all();
        assertThat(vectors).hasSize(3);
        return vectors;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void srpAWhenSmallAGivenThenMatchesVector(SrpVector vector) {
        CognitoSrpClient client = new CognitoSrpClient(vector.userPoolId(), new BigInteger(vector.a(), 16));

        assertThat(client.srpA()).isEqualTo(vector.srpA());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void passwordAuthenticationKeyWhenVectorReplayedThenMatchesHkdfKey(SrpVector vector) {
        CognitoSrpClient client = new CognitoSrpClient(vector.userPoolId(), new BigInteger(vector.a(), 16));

        byte[] key = client.passwordAuthenticationKey(vector.userIdForSrp(), vector.password(),
                new BigInteger(vector.srpB(), 16), new BigInteger(vector.salt(), 16));

        assertThat(Base64.getEncoder().encodeToString(key)).isEqualTo(vector.hkdfKey());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void claimWhenVectorReplayedAtItsTimeThenSignatureAndTimestampMatch(SrpVector vector) {
        CognitoSrpClient client = new CognitoSrpClient(vector.userPoolId(), new BigInteger(vector.a(), 16));
        Instant at = LocalDateTime.parse(vector.timestamp(), VECTOR_TIME).toInstant(ZoneOffset.UTC);

        CognitoSrpClient.PasswordClaim claim = client.claim(vector.userIdForSrp(), vector.password(), vector.srpB(),
                vector.salt(), vector.secretBlock(), at);

        assertThat(claim.timestamp()).isEqualTo(vector.timestamp());
        assertThat(claim.signature()).isEqualTo(vector.passwordClaimSignature());
    }

    @Test
    void getNowStringWhenDayBelowTenThenNoLeadingZeroButPaddedTime() {
        assertThat(CognitoSrpClient.getNowString(Instant.parse("2026-01-05T09:03:07Z")))
                .isEqualTo("Mon Jan 5 09:03:07 UTC 2026");
        assertThat(CognitoSrpClient.getNowString(Instant.parse("2024-12-29T00:00:00Z")))
                .isEqualTo("Sun Dec 29 00:00:00 UTC 2024");
    }

    @Test
    void padHexWhenTopBitSetOrOddLengthThenPaddedLikeTheSdk() {
        assertThat(CognitoSrpClient.padHex(BigInteger.ZERO)).isEqualTo("00");
        assertThat(CognitoSrpClient.padHex(BigInteger.valueOf(0x7f))).isEqualTo("7f");
        assertThat(CognitoSrpClient.padHex(BigInteger.valueOf(0x80))).isEqualTo("0080");
        assertThat(CognitoSrpClient.padHex(BigInteger.valueOf(0xabc))).isEqualTo("0abc");
        assertThat(CognitoSrpClient.padHex(BigInteger.valueOf(0x8bc))).isEqualTo("08bc");
    }

    @Test
    void srpAWhenTwoClientsThenFreshRandomA() {
        assertThat(new CognitoSrpClient("us-east-1_Pool").srpA()).isNotEqualTo(new CognitoSrpClient("us-east-1_Pool").srpA());
    }
}
