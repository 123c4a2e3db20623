package io.gatehouse.userpool.signin.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.testing.CognitoSrpClient;
import io.gatehouse.testing.CognitoSrpClient.PasswordClaim;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole USER_SRP_AUTH exchanges between the independent {@link CognitoSrpClient} and the server
 * with fresh random a, b and salt each time, and every way the client's input can be refused.
 */
class SrpServerTest {

    private static final String POOL_ID = "eu-central-1_RoundTrip9";
    private static final String POOL_NAME = "RoundTrip9";
    private static final String USER = "8d7c5f6a-1b2c-4d3e-9f80-123456789abc";
    private static final String PASSWORD = "Correct-Horse-7";
    private static final Instant NOW = Instant.parse("2026-03-07T08:09:10Z");
    private static final int ROUNDS = 8;

    private final SecureRandom random = new SecureRandom();

    static Stream<Arguments> users() {
        return Stream.of(
                Arguments.of("alice", "Alice-Passw0rd!"),
                Arguments.of("Bob.Builder+test@example.com", "x"),
                Arguments.of("jürgen", "pässwörd with spaces & ünïcode"),
                Arguments.of("用户名", "密码🔑Ünïcode-1"),
                Arguments.of(USER, "\"quotes\" :colons: and \\backslashes\\"));
    }

    @ParameterizedTest
    @MethodSource("users")
    void verifyWhenClientKnowsPasswordThenTrue(String user, String password) {
        for (int round = 0; round < ROUNDS; round++) {
            SrpVerifier verifier = SrpVerifier.create(POOL_NAME, user, password, random);
            CognitoSrpClient client = new CognitoSrpClient(POOL_ID);
            SrpChallenge challenge = SrpServer.challenge(verifier, client.srpA(), random);
            String secretBlock = secretBlock();

            PasswordClaim claim = client.claim(user, password, challenge.srpB(), verifier.saltHex(), secretBlock, NOW);

            assertThat(verify(challenge, user, secretBlock, claim)).isTrue();
        }
    }

    @Test
    void verifyWhenWrongPasswordThenFalse() {
        Exchange exchange = exchange("Correct-Horse-8");

        assertThat(verify(exchange.challenge, USER, exchange.secretBlock, exchange.claim)).isFalse();
    }

    @Test
    void verifyWhenOtherUserIdForSrpThenFalse() {
        Exchange exchange = exchange(PASSWORD);

        assertThat(verify(exchange.challenge, "mallory", exchange.secretBlock, exchange.claim)).isFalse();
    }

    @Test
    void verifyWhenOtherPoolNameThenFalse() {
        Exchange exchange = exchange(PASSWORD);

        assertThat(exchange.challenge.session().verify("OtherPool", USER, exchange.secretBlock,
                SrpTimestamp.parse(exchange.claim.timestamp()), exchange.claim.signature())).isFalse();
    }

    @Test
    void verifyWhenSecretBlockTamperedThenFalse() {
        Exchange exchange = exchange(PASSWORD);
        byte[] block = Base64.getDecoder().decode(exchange.secretBlock);
        block[block.length / 2] ^= 1;

        assertThat(verify(exchange.challenge, USER, Base64.getEncoder().encodeToString(block), exchange.claim))
                .isFalse();
    }

    @Test
    void verifyWhenTimestampChangedThenFalse() {
        Exchange exchange = exchange(PASSWORD);
        SrpTimestamp later = SrpTimestamp.of(NOW.plusSeconds(1));

        assertThat(exchange.challenge.session().verify(POOL_NAME, USER, exchange.secretBlock, later,
                exchange.claim.signature())).isFalse();
    }

    @Test
    void verifyWhenSignatureTamperedThenFalse() {
        Exchange exchange = exchange(PASSWORD);
        byte[] signature = Base64.getDecoder().decode(exchange.claim.signature());
        signature[0] ^= (byte) 0x80;
        PasswordClaim tampered = new PasswordClaim(Base64.getEncoder().encodeToString(signature),
                exchange.claim.timestamp());

        assertThat(verify(exchange.challenge, USER, exchange.secretBlock, tampered)).isFalse();
    }

    @Test
    void verifyWhenSessionOfAnotherChallengeThenFalse() {
        Exchange exchange = exchange(PASSWORD);
        SrpChallenge other = SrpServer.challenge(exchange.verifier, new CognitoSrpClient(POOL_ID).srpA(), random);

        assertThat(verify(other, USER, exchange.secretBlock, exchange.claim)).isFalse();
    }

    @Test
    void verifyWhenSessionRestoredFromTextThenTrue() {
        Exchange exchange = exchange(PASSWORD);
        SrpChallenge restored = new SrpChallenge(exchange.challenge.srpB(),
                SrpSession.parse(exchange.challenge.session().toText()));

        assertThat(verify(restored, USER, exchange.secretBlock, exchange.claim)).isTrue();
    }

    @Test
    void challengeWhenSameInputTwiceThenFreshB() {
        SrpVerifier verifier = SrpVerifier.create(POOL_NAME, USER, PASSWORD, random);
        String srpA = new CognitoSrpClient(POOL_ID).srpA();

        assertThat(SrpServer.challenge(verifier, srpA, random).srpB())
                .isNotEqualTo(SrpServer.challenge(verifier, srpA, random).srpB());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 5})
    void challengeWhenAIsMultipleOfNThenRejected(int multiple) {
        String srpA = SrpGroup.N.multiply(BigInteger.valueOf(multiple)).toString(16);

        assertThatThrownBy(() -> SrpServer.challenge(verifier(), srpA, random))
                .isInstanceOf(SrpParameterException.class)
                .hasMessage("SRP_A mod N must not be 0")
                .extracting("parameter").isEqualTo("SRP_A");
    }

    @Test
    void challengeWhenAIsZeroPaddedThenSameAsUnpadded() {
        SrpVerifier verifier = verifier();
        SrpChallenge plain = SrpServer.challenge(verifier, SrpServer.clientPublicValue("2"), BigInteger.TEN);
        SrpChallenge padded = SrpServer.challenge(verifier, SrpServer.clientPublicValue("0000002"), BigInteger.TEN);

        assertThat(padded.session()).isEqualTo(plain.session());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "xyz", "0x1234", "-1234", "+1234", "12 34", "1234\n", "１２"})
    void challengeWhenAIsNotHexThenRejected(String srpA) {
        assertThatThrownBy(() -> SrpServer.challenge(verifier(), srpA, random))
                .isInstanceOf(SrpParameterException.class)
                .extracting("parameter").isEqualTo("SRP_A");
    }

    @Test
    void challengeWhenAIsNullThenRejected() {
        assertThatThrownBy(() -> SrpServer.challenge(verifier(), null, random))
                .isInstanceOf(SrpParameterException.class)
                .hasMessage("SRP_A is required");
    }

    @Test
    void challengeWhenAIsOversizedThenRejectedBeforeArithmetic() {
        String srpA = "1" + "0".repeat(1024);

        assertThatThrownBy(() -> SrpServer.challenge(verifier(), srpA, random))
                .isInstanceOf(SrpParameterException.class)
                .hasMessage("SRP_A must be at most 1024 characters");
    }

    @Test
    void challengeWhenUpperCaseHexThenAccepted() {
        String srpA = new CognitoSrpClient(POOL_ID).srpA().toUpperCase(Locale.ROOT);

        assertThat(SrpServer.challenge(verifier(), srpA, random).srpB()).isNotBlank();
    }

    private SrpVerifier verifier() {
        return SrpVerifier.create(POOL_NAME, USER, PASSWORD, random);
    }

    private Exchange exchange(String clientPassword) {
        SrpVerifier verifier = verifier();
        CognitoSrpClient client = new CognitoSrpClient(POOL_ID);
        SrpChallenge challenge = SrpServer.challenge(verifier, client.srpA(), random);
        String secretBlock = secretBlock();
        PasswordClaim claim = client.claim(USER, clientPassword, challenge.srpB(), verifier.saltHex(), secretBlock, NOW);
        return new Exchange(verifier, challenge, secretBlock, claim);
    }

    private String secretBlock() {
        byte[] block = new byte[96];
        random.nextBytes(block);
        return Base64.getEncoder().encodeToString(block);
    }

    private static boolean verify(SrpChallenge challenge, String user, String secretBlock, PasswordClaim claim) {
        return challenge.session().verify(POOL_NAME, user, secretBlock, SrpTimestamp.parse(claim.timestamp()),
                claim.signature());
    }

    private record Exchange(SrpVerifier verifier, SrpChallenge challenge, String secretBlock, PasswordClaim claim) {
    }
}
