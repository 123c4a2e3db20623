package io.gatehouse.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conscrypt.Conscrypt;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Access-token signing and verification as the token endpoint and every resource server pay them,
 * RS256 (2048-bit) and ES256, with the JDK's providers and with Conscrypt (BoringSSL), through
 * Nimbus's {@code JCAContext}. Beside each, its physical bound: the raw JCA signature of the same
 * bytes with the same provider ({@code rawSignatureBound}); tokens per second per core can at best
 * reach one over that time. Run with {@code src/bench/jmh.sh JwtBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class JwtBenchmark {

    @Param({"RS256", "ES256"})
    public String algorithm;

    @Param({"JDK", "Conscrypt"})
    public String provider;

    private JWSSigner signer;
    private JWSVerifier verifier;
    private JWSHeader header;
    private JWTClaimsSet claims;
    private String token;
    private Signature rawSignature;
    private byte[] signingInput;

    @Setup
    public void setUp() throws JOSEException, ParseException, GeneralSecurityException {
        Provider chosen = provider.equals("Conscrypt") ? Conscrypt.newProvider() : null;
        if (algorithm.equals("RS256")) {
            RSAKey key = new RSAKeyGenerator(2048).keyID("bench").generate();
            signer = new RSASSASigner(key);
            verifier = new RSASSAVerifier(chosen == null ? key.toRSAPublicKey() : (RSAPublicKey) KeyFactory
                    .getInstance("RSA", chosen).generatePublic(new X509EncodedKeySpec(key.toRSAPublicKey().getEncoded())));
            rawSignature = chosen == null ? Signature.getInstance("SHA256withRSA")
                    : Signature.getInstance("SHA256withRSA", chosen);
            rawSignature.initSign(key.toPrivateKey());
        } else {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID("bench").generate();
            signer = new ECDSASigner(key);
            verifier = new ECDSAVerifier(key.toPublicJWK());
            rawSignature = chosen == null ? Signature.getInstance("SHA256withECDSA")
                    : Signature.getInstance("SHA256withECDSA", chosen);
            rawSignature.initSign(key.toPrivateKey());
        }
        if (chosen != null) {
            signer.getJCAContext().setProvider(chosen);
            verifier.getJCAContext().setProvider(chosen);
        }
        header = new JWSHeader.Builder(JWSAlgorithm.parse(algorithm)).keyID("bench").type(JOSEObjectType.JWT).build();
        Instant now = Instant.now();
        claims = new JWTClaimsSet.Builder().issuer("http://localhost:8080/us-east-1_BenchPool1")
                .subject("b7c9e2d4-0f1a-4c3b-9d8e-123456789abc").audience(List.of("bench-client"))
                .claim("token_use", "access").claim("scope", "https://api.demo.local/read")
                .claim("client_id", "bench-client").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600))).jwtID("0f8fad5b-d9cb-469f-a165-70867728950e")
                .build();
        token = sign();
        signingInput = SignedJWT.parse(token).getSigningInput();
    }

    @Benchmark
    public String sign() throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    /** As oidc.token.TokenVerifier verifies: for RS256, with a key already in the provider's own form. */
    @Benchmark
    public boolean verify() throws JOSEException, ParseException {
        return SignedJWT.parse(token).verify(verifier);
    }

    /** One raw signature of the token's signing input with the same key and provider. */
    @Benchmark
    public byte[] rawSignatureBound() throws SignatureException {
        rawSignature.update(signingInput);
        return rawSignature.sign();
    }
}
