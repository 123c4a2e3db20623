package io.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.core.Ids;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static PasswordHasher hasher(int memory, int iterations) {
        return new PasswordHasher(new PasswordConfig() {
            @Override
            public int memoryKib() {
                return memory;
            }

            @Override
            public int iterations() {
                return iterations;
            }

            @Override
            public int parallelism() {
                return 1;
            }
        }, new Ids());
    }

    @Test
    void hashWhenVerifiedWithSamePasswordThenTrue() {
        PasswordHasher h = hasher(1024, 1);
        String hash = h.hash("Alice-Passw0rd!");

        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(h.verify("Alice-Passw0rd!", hash)).isTrue();
        assertThat(h.verify("alice-Passw0rd!", hash)).isFalse();
        assertThat(h.verify("", hash)).isFalse();
    }

    @Test
    void hashWhenSamePasswordTwiceThenDifferentSalts() {
        PasswordHasher h = hasher(1024, 1);
        assertThat(h.hash("x")).isNotEqualTo(h.hash("x"));
    }

    @Test
    void verifyWhenHashMalformedThenFalse() {
        PasswordHasher h = hasher(1024, 1);
        assertThat(h.verify("x", null)).isFalse();
        assertThat(h.verify("x", "")).isFalse();
        assertThat(h.verify("x", "$argon2i$v=19$m=1024,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(h.verify("x", "$argon2id$v=19$m=zz,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(h.verify("x", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    }

    @Test
    void needsRehashWhenParametersChangedThenTrue() {
        String oldHash = hasher(1024, 1).hash("pw");

        assertThat(hasher(1024, 1).needsRehash(oldHash)).isFalse();
        assertThat(hasher(2048, 1).needsRehash(oldHash)).isTrue();
        assertThat(hasher(1024, 2).needsRehash(oldHash)).isTrue();
        assertThat(hasher(2048, 1).verify("pw", oldHash)).isTrue();
    }

    @Test
    void hashWhenCheckedWithBouncyCastleThenSameTag() {
        String stored = hasher(1024, 2).hash("Bob-Passw0rd!");
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[4]);

        assertThat(Base64.getDecoder().decode(parts[5]))
                .isEqualTo(BouncyCastleArgon2.hash("Bob-Passw0rd!".getBytes(StandardCharsets.UTF_8), salt, 1024, 2, 1, 32));
    }

    @Test
    void verifyWhenHashMadeByBouncyCastleThenTrue() {
        byte[] salt = new Ids().bytes(16);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String stored = "$argon2id$v=19$m=2048,t=3,p=1$" + b64.encodeToString(salt)
                + "$" + b64.encodeToString(
                        BouncyCastleArgon2.hash("Carol-Passw0rd!".getBytes(StandardCharsets.UTF_8), salt, 2048, 3, 1, 32));

        assertThat(hasher(1024, 1).verify("Carol-Passw0rd!", stored)).isTrue();
        assertThat(hasher(4096, 1).verify("Carol-Passw0rd!", stored)).isTrue();
        assertThat(hasher(1024, 1).verify("carol-Passw0rd!", stored)).isFalse();
    }

    @Test
    void verifyWhenStoredParametersOutOfRangeThenFalse() {
        PasswordHasher h = hasher(1024, 1);
        assertThat(h.verify("x", "$argon2id$v=19$m=1024,t=0,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA")).isFalse();
        assertThat(h.verify("x", "$argon2id$v=19$m=1024,t=1,p=0$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA")).isFalse();
        assertThat(h.verify("x", "$argon2id$v=19$m=1024,t=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAA")).isFalse();
    }
}
