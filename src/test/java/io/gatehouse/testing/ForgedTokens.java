package io.gatehouse.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Map;

/**
 * Forged variants of a real token, for negative tests of token verification: each keeps the
 * real token's claims (and {@code kid}) and breaks exactly one thing.
 * <pre>{@code String forged = ForgedTokens.unsigned(accessToken);}</pre>
 */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /** {@code alg=none}: the same claims, no signature ("header.payload."). */
    public static String unsigned(String token) {
        return new PlainJWT(parse(token).claims()).serialize();
    }

    /** The payload with some claims changed, the original header and signature kept. */
    public static String tampered(String token, Map<String, Object> changes) {
        Parsed p = parse(token);
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder(p.claims());
        changes.forEach(builder::claim);
        String[] parts = token.split("\\.");
        return parts[0] + "." + Base64URL.encode(builder.build().toString()) + "." + parts[2];
    }

    /** RS256 with a freshly generated key that claims the real token's {@code kid}. */
    public static String signedByOtherKey(String token) {
        Parsed p = parse(token);
        try {
            RSAKey attacker = new RSAKeyGenerator(2048).keyID(p.jwt().getHeader().getKeyID()).generate();
            return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(attacker.getKeyID()).type(JOSEObjectType.JWT)
                    .build(), p.claims(), new RSASSASigner(attacker));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HS256 keyed with public material of the pool's real key (the HS/RS algorithm confusion attack). */
    public static String hmacWithPublicKey(String token, byte[] publicKeyMaterial) {
        Parsed p = parse(token);
        try {
            return sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(p.jwt().getHeader().getKeyID())
                    .type(JOSEObjectType.JWT).build(), p.claims(), new MACSigner(publicKeyMaterial));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, com.nimbusds.jose.JWSSigner signer)
            throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static Parsed parse(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            return new Parsed(jwt, jwt.getJWTClaimsSet());
        } catch (ParseException e) {
            throw new AssertionError("Not a signed JWT", e);
        }
    }

    private record Parsed(SignedJWT jwt, JWTClaimsSet claims) {
    }
}
