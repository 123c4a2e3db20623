package io.gatehouse.userpool.signin.srp;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.SrpVector;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays {@code vectors/cognito-srp.json} (made with amazon-cognito-identity-js 6.3.21) through
 * the server: every value the server computes (verifier, B, u, S, key, TIMESTAMP) must equal the
 * vector's, and the client's PASSWORD_CLAIM_SIGNATURE must verify.
 */
class SrpVectorTest {

    static List<SrpVector> vectors() {
        List<SrpVector> vectors = SrpVector.all();
        assertThat(vectors).hasSize(3);
        return vectors;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void createWhenVectorSaltGivenThenVerifierAndSaltMatch(SrpVector vector) {
        SrpVerifier verifier = verifierOf(vector);

        assertThat(verifier.verifier().toString(16)).isEqualTo(vector.verifier());
        assertThat(verifier.saltHex()).isEqualTo(vector.salt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void serverPublicValueWhenVectorBGivenThenMatchesSrpB(SrpVector vector) {
        BigInteger serverPublic = SrpServer.serverPublicValue(verifierOf(vector), hex(vector.b()));

        assertThat(serverPublic.toString(16)).isEqualTo(vector.srpB());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void scramblingParameterWhenVectorAAndBThenMatchesU(SrpVector vector) {
        assertThat(SrpServer.scramblingParameter(hex(vector.srpA()), hex(vector.srpB())).toString(16))
                .isEqualTo(vector.u());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void premasterSecretWhenVectorReplayedThenMatchesS(SrpVector vector) {
        BigInteger premaster = SrpServer.premasterSecret(hex(vector.srpA()), hex(vector.verifier()), hex(vector.u()),
                hex(vector.b()));

        assertThat(premaster.toString(16)).isEqualTo(vector.s());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void derivedKeyWhenVectorSAndUThenMatchesHkdfKey(SrpVector vector) {
        byte[] key = SrpServer.derivedKey(hex(vector.s()), hex(vector.u()));

        assertThat(Base64.getEncoder().encodeToString(key)).isEqualTo(vector.hkdfKey());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void challengeWhenVectorReplayedThenSrpBAndSessionKeyMatch(SrpVector vector) {
        SrpChallenge challenge = SrpServer.challenge(verifierOf(vector), SrpServer.clientPublicValue(vector.srpA()),
                hex(vector.b()));

        assertThat(challenge.srpB()).isEqualTo(vector.srpB());
        assertThat(Base64.getEncoder().encodeToString(challenge.session().key())).isEqualTo(vector.hkdfKey());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifyWhenVectorClaimReplayedThenTrue(SrpVector vector) {
        SrpChallenge challenge = SrpServer.challenge(verifierOf(vector), hex(vector.srpA()), hex(vector.b()));

        boolean verified = challenge.session().verify(vector.poolName(), vector.userIdForSrp(), vector.secretBlock(),
                SrpTimestamp.parse(vector.timestamp()), vector.passwordClaimSignature());

        assertThat(verified).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void timestampWhenVectorTimestampThenFormatAndParseAgree(SrpVector vector) {
        SrpTimestamp parsed = SrpTimestamp.parse(vector.timestamp());

        assertThat(SrpTimestamp.of(parsed.instant()).text()).isEqualTo(vector.timestamp());
    }

    private static SrpVerifier verifierOf(SrpVector vector) {
        return SrpVerifier.create(vector.poolName(), vector.userIdForSrp(), vector.password(), hex(vector.salt()));
    }

    private static BigInteger hex(String value) {
        return new BigInteger(value, 16);
    }
}
