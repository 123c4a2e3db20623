package io.gatehouse.crypto;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** BouncyCastle's Argon2id (version 0x13): the reference {@link Argon2id} is checked and measured against. */
public final class BouncyCastleArgon2 {

    private static final byte[] NONE = new byte[0];

    private BouncyCastleArgon2() {
    }

    public static byte[] hash(byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        return hash(password, salt, NONE, NONE, memoryKib, iterations, parallelism, length);
    }

    public static byte[] hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
                              int memoryKib, int iterations, int parallelism, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .withSecret(secret)
                .withAdditional(associatedData)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}
