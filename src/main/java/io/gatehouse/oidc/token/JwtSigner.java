package io.gatehouse.oidc.token;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.crypto.CpuBulkhead;
import io.gatehouse.kms.SigningKeyService;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs claims with the pool's current signing key (RS256, {@code kid} in the header) into a JWS
 * compact serialization (RFC 7515 §7.1). It composes the three parts itself rather than through
 * Nimbus's {@code SignedJWT}: Nimbus encodes base64url in constant time, a defence meant for
 * secret key material that was a third of the token endpoint's Java samples (about 5% of a
 * token's CPU; the signature is the rest), and header, claims and signature of a token are all
 * public. The encoded header is the same for every token of a key and is kept per key id. The
 * signature runs in the {@link CpuBulkhead}.
 */
@ApplicationScoped
public class JwtSigner {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SigningKeyService keys;
    private final CpuBulkhead bulkhead;
    private final Map<String, String> encodedHeaders = new ConcurrentHashMap<>();

    public JwtSigner(SigningKeyService keys, CpuBulkhead bulkhead) {
        this.keys = keys;
        this.bulkhead = bulkhead;
    }

    public String sign(String poolId, JWTClaimsSet claims) {
        SigningKeyService.ActiveSigner active = keys.signer(poolId);
        String header = encodedHeaders.computeIfAbsent(active.kid(), kid -> new JWSHeader.Builder(active.algorithm())
                .keyID(kid).type(JOSEObjectType.JWT).build().toBase64URL().toString());
        String signingInput = header + '.' + BASE64URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        byte[] input = signingInput.getBytes(StandardCharsets.US_ASCII);
        byte[] signature = bulkhead.run(() -> active.signer().sign(input));
        return signingInput + '.' + BASE64URL.encodeToString(signature);
    }
}
