package io.gatehouse.kms;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
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

    private static SignedJWT signed(SigningProvider provider, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder().subject("alice").issuer("http://localhost:8080/us-east-1_Pool1").build());
        jwt.sign(provider.apply(new RSASSASigner(key)));
        return jwt;
    }

    @Test
    void applyWhenConscryptConfiguredThenItSignsAndTheJdkVerifiesTheSameBytes() throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).generate();
        SigningProvider conscrypt = new SigningProvider(config(SigningConfig.SignatureProvider.CONSCRYPT));
        SigningProvider jdk = new SigningProvider(config(SigningConfig.SignatureProvider.JDK));

        RSASSASigner signer = conscrypt.apply(new RSASSASigner(key));
        SignedJWT byConscrypt = signed(conscrypt, key);
        SignedJWT byJdk = signed(jdk, key);

        assertThat(conscrypt.name()).isEqualTo("Conscrypt");
        assertThat(signer.getJCAContext().getProvider().getName()).isEqualTo("Conscrypt");
        assertThat(byConscrypt.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
        assertThat(byConscrypt.getSignature()).isEqualTo(byJdk.getSignature());
    }

    @Test
    void applyWhenJdkConfiguredThenSignerKeepsTheDefaultProviders() throws JOSEException {
        SigningProvider jdk = new SigningProvider(config(SigningConfig.SignatureProvider.JDK));

        RSASSASigner signer = jdk.apply(new RSASSASigner(new RSAKeyGenerator(2048).generate()));

        assertThat(jdk.name()).isEqualTo("JDK");
        assertThat(signer.getJCAContext().getProvider()).isNull();
    }
}
