package io.gatehouse.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SigningProviderTest {

    private static SigningConfig config(SigningConfig.SignatureProvider provider) {
        return new SigningConfig() {
            @Override
            public int rsaKeySize() {
                return 2048;
            }

            @Override
            public Duration publishLead() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Duration retainAfterRetirement() {
                return Duration.ofDays(1);
            }

            @Override
            public Duration rotationAge() {
                return Duration.ofDays(30);
            }

            @Override
            public SignatureProvider signatureProvider() {
                return provider;
            }

            @Override
            public String rotationSchedule() {
                return "off";
            }
        };
    }

    @Test
    void rs256WhenConscryptConfiguredThenItSignsTheSameBytesAsTheJdkAndTheJdkVerifies() throws GeneralSecurityException {
        KeyPair pair = rsaKeyPair();
        byte[] input = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9".getBytes(StandardCharsets.US_ASCII);
        SigningProvider conscrypt = new SigningProvider(config(SigningConfig.SignatureProvider.CONSCRYPT));
        SigningProvider jdk = new SigningProvider(config(SigningConfig.SignatureProvider.JDK));

        byte[] byConscrypt = conscrypt.rs256(pair.getPrivate().getEncoded()).sign(input);
        byte[] byJdk = jdk.rs256(pair.getPrivate().getEncoded()).sign(input);

        assertThat(conscrypt.name()).isEqualTo("Conscrypt");
        assertThat(jdk.name()).isEqualTo("JDK");
        assertThat(byConscrypt).hasSize(256).isEqualTo(byJdk);
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(pair.getPublic());
        verifier.update(input);
        assertThat(verifier.verify(byConscrypt)).isTrue();
    }

    @Test
    void rs256WhenSignerIsSharedThenConcurrentSignaturesAreAllValid() throws Exception {
        KeyPair pair = rsaKeyPair();
        Rs256Signer signer = new SigningProvider(config(SigningConfig.SignatureProvider.CONSCRYPT))
                .rs256(pair.getPrivate().getEncoded());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = IntStream.range(0, 32).mapToObj(i -> pool.submit(() -> {
                byte[] input = ("token-" + i).getBytes(StandardCharsets.US_ASCII);
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(pair.getPublic());
                verifier.update(input);
                return verifier.verify(signer.sign(input));
            })).toList();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rsaPublicKeyWhenConscryptConfiguredThenTheNativeKeyVerifiesWithConscryptOnly() throws GeneralSecurityException {
        KeyPair pair = rsaKeyPair();
        byte[] input = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9".getBytes(StandardCharsets.US_ASCII);
        SigningProvider conscrypt = new SigningProvider(config(SigningConfig.SignatureProvider.CONSCRYPT));
        byte[] signature = conscrypt.rs256(pair.getPrivate().getEncoded()).sign(input);

        RSAPublicKey key = conscrypt.rsaPublicKey((RSAPublicKey) pair.getPublic());

        assertThat(key.getModulus()).isEqualTo(((RSAPublicKey) pair.getPublic()).getModulus());
        assertThat(key.getClass()).isNotEqualTo(pair.getPublic().getClass());
        Signature verifier = Signature.getInstance("SHA256withRSA", conscrypt.provider().orElseThrow());
        verifier.initVerify(key);
        verifier.update(input);
        assertThat(verifier.verify(signature)).isTrue();
        signature[10] ^= 1;
        verifier.initVerify(key);
        verifier.update(input);
        assertThat(verifier.verify(signature)).isFalse();
    }

    @Test
    void rsaPublicKeyWhenJdkConfiguredThenTheKeyItselfAndNoProvider() throws GeneralSecurityException {
        RSAPublicKey key = (RSAPublicKey) rsaKeyPair().getPublic();
        SigningProvider jdk = new SigningProvider(config(SigningConfig.SignatureProvider.JDK));

        assertThat(jdk.rsaPublicKey(key)).isSameAs(key);
        assertThat(jdk.provider()).isEmpty();
    }

    @Test
    void rs256WhenKeyIsNotPkcs8ThenItIsRefused() {
        SigningProvider conscrypt = new SigningProvider(config(SigningConfig.SignatureProvider.CONSCRYPT));

        assertThatThrownBy(() -> conscrypt.rs256(new byte[] {1, 2, 3})).isInstanceOf(GeneralSecurityException.class);
    }

    private static KeyPair rsaKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
