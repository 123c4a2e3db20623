package io.gatehouse.oidc.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.kms.SigningKeyService;
import jakarta.enterprise.context.ApplicationScoped;

/** Signs claims with the pool's current signing key (RS256, {@code kid} in the header). */
@ApplicationScoped
public class JwtSigner {

    private final SigningKeyService keys;

    public JwtSigner(SigningKeyService keys) {
        this.keys = keys;
    }

    public String sign(String poolId, JWTClaimsSet claims) {
        SigningKeyService.ActiveSigner active = keys.signer(poolId);
        JWSHeader header = new JWSHeader.Builder(active.algorithm()).keyID(active.kid()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(active.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing failed for pool " + poolId, e);
        }
        return jwt.serialize();
    }
}
