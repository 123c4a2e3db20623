package io.gatehouse.oidc.token;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.platform.BoundedMap;

/**
 * Tokens whose signature this node has checked, by the SHA-256 of the token, with their claims and
 * the published key that verified them. A resource server introspects, and a client calls UserInfo
 * with, the same access token many times in its lifetime; remembering the signature check spares
 * each later call the parse and the RS256 verification, which were most of those requests' work.
 *
 * <p>Only tokens whose signature verified are kept, so no client can fill it with tokens it made
 * up, and the oldest give way past {@link #CAPACITY} (about 1 KB each). What can change after the
 * check is not remembered: the caller checks the claims and the key again on every hit. Entries are
 * keyed by digest, so a lookup never compares a presented token with a stored one.
 */
final class VerifiedTokens {

    static final int CAPACITY = 10_000;

    private final BoundedMap<String, Verified> verified = new BoundedMap<>(CAPACITY);

    /** The key a token is remembered under. */
    static String digestOf(String token) {
        return SecretDigest.sha256Hex(token);
    }

    /** The claims and key of the token with this digest if its signature verified earlier, or null. */
    Verified find(String digest) {
        return verified.get(digest);
    }

    void remember(String digest, JWTClaimsSet claims, RSAKey key) {
        verified.put(digest, new Verified(claims, key));
    }

    record Verified(JWTClaimsSet claims, RSAKey key) {
    }
}
