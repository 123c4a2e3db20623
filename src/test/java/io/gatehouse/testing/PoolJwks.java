package io.gatehouse.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;

/**
 * Verifies a pool's JWTs the way a relying party does, independently of the server's own
 * verifier: fetch {@code /{pool}/.well-known/jwks.json} over HTTP, require an RS256 header whose
 * {@code kid} is in that set, check the signature with that key.
 * <pre>{@code JWTClaimsSet claims = PoolJwks.verify(DEMO_POOL, accessToken);}</pre>
 */
public final class PoolJwks {

    private PoolJwks() {
    }

    /** The pool's published JWKS, fetched over HTTP. */
    public static JWKSet fetch(String poolId) {
        String body = given().get("/" + poolId + "/.well-known/jwks.json").then().statusCode(200).extract().asString();
        try {
            return JWKSet.parse(body);
        } catch (ParseException e) {
            throw new AssertionError("JWKS of " + poolId + " does not parse: " + body, e);
        }
    }

    /** The published public key a token's {@code kid} names; fails the test when there is none. */
    public static RSAKey keyOf(String poolId, SignedJWT jwt) {
        JWK key = fetch(poolId).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("JWKS key for kid %s", jwt.getHeader().getKeyID()).isNotNull();
        return key.toRSAKey();
    }

    /** Parses, checks header (RS256, typ JWT, kid in JWKS) and signature; returns the claims. */
    public static JWTClaimsSet verify(String poolId, String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
            assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
            RSAKey key = keyOf(poolId, jwt);
            assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature verifies with the JWKS key").isTrue();
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("Not a verifiable JWT of pool " + poolId, e);
        }
    }

    /** The claims of a JWT without verifying it (to build forged variants or read a kid). */
    public static JWTClaimsSet claims(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError("Not a JWT", e);
        }
    }
}
