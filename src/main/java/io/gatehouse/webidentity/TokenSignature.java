package io.gatehouse.webidentity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Set;

/**
 * Checks a token's signature against a key set, accepting only asymmetric algorithms: RSA
 * (RS*, PS*) with an RSA key and ECDSA (ES*) with an EC key of the algorithm's curve. So
 * {@code alg=none} and HMAC (the HS/RS confusion, keyed with a public key) never verify, and a key
 * is never used with an algorithm of another family.
 */
final class TokenSignature {

    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private TokenSignature() {
    }

    /** The outcome of a check. */
    enum Result { VALID, BAD_SIGNATURE, NO_KEY }

    static Result check(SignedJWT jwt, JWKSet keys) {
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        String kid = jwt.getHeader().getKeyID();
        List<JWK> candidates = keys.getKeys().stream()
                .filter(k -> kid == null || kid.equals(k.getKeyID()))
                .filter(k -> fits(k, alg)).toList();
        if (candidates.isEmpty()) {
            return Result.NO_KEY;
        }
        for (JWK key : candidates) {
            if (verifies(jwt, key)) {
                return Result.VALID;
            }
        }
        return Result.BAD_SIGNATURE;
    }

    private static boolean fits(JWK key, JWSAlgorithm alg) {
        if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
            return false;
        }
        if (key.getAlgorithm() != null && !key.getAlgorithm().equals(alg)) {
            return false;
        }
        if (JWSAlgorithm.Family.RSA.contains(alg)) {
            return key instanceof RSAKey;
        }
        return JWSAlgorithm.Family.EC.contains(alg) && key instanceof ECKey ec
                && Curve.forJWSAlgorithm(alg).contains(ec.getCurve());
    }

    private static boolean verifies(SignedJWT jwt, JWK key) {
        try {
            JWSVerifier verifier = key instanceof RSAKey rsa ? new RSASSAVerifier(rsa) : new ECDSAVerifier((ECKey) key);
            return jwt.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }
}
