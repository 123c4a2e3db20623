package io.gatehouse.crypto;

import io.gatehouse.core.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * Argon2id password hashing in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}), so each stored hash carries the
 * parameters it was made with and a parameter change can be detected for rehashing. Hashes run
 * in the {@link CpuBulkhead}, so {@link Argon2id} keeps one reusable memory per bulkhead permit.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9106">RFC 9106 Argon2</a>
 */
@ApplicationScoped
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MIN_HASH_BYTES = 4;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final PasswordConfig config;
    private final Ids ids;
    private final CpuBulkhead bulkhead;
    private final Argon2id argon2;
    private volatile String decoy;

    @Inject
    public PasswordHasher(PasswordConfig config, Ids ids, CpuBulkhead bulkhead) {
        this.config = config;
        this.ids = ids;
        this.bulkhead = bulkhead;
        this.argon2 = new Argon2id(bulkhead.permits(), config.memoryKib());
    }

    /** For use outside CDI (benchmarks, unit tests): a bulkhead of its own, one permit per core. */
    public PasswordHasher(PasswordConfig config, Ids ids) {
        this(config, ids, new CpuBulkhead());
    }

    public String hash(String password) {
        Params p = new Params(config.memoryKib(), config.iterations(), config.parallelism());
        byte[] salt = ids.bytes(SALT_BYTES);
        byte[] hash = bulkhead.run(() -> derive(password, salt, p, HASH_BYTES));
        return "$argon2id$v=19$m=" + p.memory + ",t=" + p.iterations + ",p=" + p.parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Constant-time check of a password against a stored PHC string; false for any malformed hash. */
    public boolean verify(String password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null) {
            return false;
        }
        byte[] actual = bulkhead.run(() -> derive(password, parsed.salt, parsed.params, parsed.hash.length));
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    /**
     * Costs what {@link #verify} costs and returns false: for sign-ins of unknown users, so that the
     * answer time does not tell an unknown name from a wrong password.
     */
    public boolean verifyDecoy(String password) {
        String hash = decoy;
        if (hash == null) {
            hash = hash(ids.token(18));
            decoy = hash;
        }
        verify(password, hash);
        return false;
    }

    /** True when the stored hash was made with other parameters than the configured ones. */
    public boolean needsRehash(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null || !parsed.params.equals(
                new Params(config.memoryKib(), config.iterations(), config.parallelism()));
    }

    private byte[] derive(String password, byte[] salt, Params p, int length) {
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try {
            return argon2.hash(secret, salt, p.memory, p.iterations, p.parallelism, length);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private record Params(int memory, int iterations, int parallelism) {
    }

    private record Parsed(Params params, byte[] salt, byte[] hash) {

        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$");
            if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
                return null;
            }
            try {
                String[] kv = parts[3].split(",");
                int m = Integer.parseInt(kv[0].substring(2));
                int t = Integer.parseInt(kv[1].substring(2));
                int p = Integer.parseInt(kv[2].substring(2));
                byte[] hash = B64D.decode(parts[5]);
                if (m < 1 || t < 1 || p < 1 || hash.length < MIN_HASH_BYTES) {
                    return null;
                }
                return new Parsed(new Params(m, t, p), B64D.decode(parts[4]), hash);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return null;
            }
        }
    }
}
