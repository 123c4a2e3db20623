package io.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Argon2idTest {

    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static byte[] random(Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    @Test
    void hashWhenRfc9106Argon2idVectorThenExpectedTag() {
        byte[] tag = new Argon2id(1, 32).hash(filled(32, 1), filled(16, 2), filled(8, 3), filled(12, 4), 32, 3, 4, 32);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void hashWhenRandomInputsThenSameAsBouncyCastle() {
        Argon2id argon2 = new Argon2id(1, 300);
        Random random = new Random(20261128L);
        for (int i = 0; i < 150; i++) {
            byte[] password = random(random, random.nextInt(48));
            byte[] salt = random(random, 8 + random.nextInt(25));
            byte[] secret = random.nextBoolean() ? new byte[0] : random(random, 1 + random.nextInt(32));
            byte[] ad = random.nextBoolean() ? new byte[0] : random(random, 1 + random.nextInt(32));
            int parallelism = 1 + random.nextInt(5);
            int memory = 1 + random.nextInt(600);
            int iterations = 1 + random.nextInt(4);
            int length = 4 + random.nextInt(200);

            byte[] ours = argon2.hash(password, salt, secret, ad, memory, iterations, parallelism, length);

            assertThat(ours)
                    .as("m=%d t=%d p=%d length=%d", memory, iterations, parallelism, length)
                    .isEqualTo(BouncyCastleArgon2.hash(password, salt, secret, ad, memory, iterations, parallelism, length));
        }
    }

    @Test
    void hashWhenOneLaneSpansSeveralAddressBlocksThenSameAsBouncyCastle() {
        byte[] password = "Correct-Horse-Battery-Staple-1".getBytes();
        byte[] salt = filled(16, 7);
        for (int memory : new int[] {2048, 2053, 4099}) {
            assertThat(new Argon2id(1, 1024).hash(password, salt, memory, 2, 1, 32))
                    .isEqualTo(BouncyCastleArgon2.hash(password, salt, memory, 2, 1, 32));
        }
    }

    @Test
    void hashWhenParametersOutOfRangeThenRejected() {
        Argon2id argon2 = new Argon2id(1, 64);
        assertThatThrownBy(() -> argon2.hash(new byte[1], new byte[8], 64, 0, 1, 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> argon2.hash(new byte[1], new byte[8], 64, 1, 0, 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> argon2.hash(new byte[1], new byte[8], 64, 1, 1, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
