package io.gatehouse.oidc.clientauth;

import io.gatehouse.audit.RequestOrigin;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.UserPoolDirectory;
import io.gatehouse.userpool.signin.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Finds a pool's confidential client and checks its secret against the stored Argon2id hash.
 * A successful check is remembered on this node as (stored hash, HMAC-SHA256 of the secret), so
 * the hot client_credentials path pays Argon2 once per secret, not once per request; a new
 * secret changes the stored hash, which every node's client cache reloads on the change's
 * cluster event, and so misses the memo. The HMAC key is random per node and never leaves its
 * memory: a heap dump then yields no fast offline test of secret guesses, unlike a plain
 * SHA-256 would. Failures are never memoized; they are throttled per client and source IP with
 * the sign-in back-off, checked only when the memo misses, so guessing is slowed while a client
 * that knows its secret never touches the database. See docs/security.md.
 */
@ApplicationScoped
public class ClientSecretVerifier {

    private static final String GENERIC = "Client authentication failed";
    private static final String HMAC = "HmacSHA256";

    private final UserPoolDirectory directory;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final RequestOrigin origin;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** Keyed once; each check uses a clone, which skips the provider lookup and key setup of a new {@link Mac}. */
    private final Mac memoMac = newMemoMac();

    public ClientSecretVerifier(UserPoolDirectory directory, PasswordHasher hasher, SignInThrottle throttle,
                                RequestOrigin origin) {
        this.directory = directory;
        this.hasher = hasher;
        this.throttle = throttle;
        this.origin = origin;
    }

    public AppClient verify(String poolId, String clientId, String secret) {
        AppClient client = publicOrConfidential(poolId, clientId);
        if (!client.isConfidential() || secret == null) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, GENERIC);
        }
        byte[] digest = memoDigest(secret);
        Verified memo = verified.get(clientId);
        if (memo != null && memo.secretHash.equals(client.secretHash()) && MessageDigest.isEqual(memo.digest, digest)) {
            return client;
        }
        String throttleKey = "client:" + poolId + ":" + clientId + ":" + origin.ip();
        if (throttle.isBlocked(List.of(throttleKey))) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, GENERIC);
        }
        if (!hasher.verify(secret, client.secretHash())) {
            throttle.recordClientFailure(throttleKey);
            throw new OAuthException(OAuthError.INVALID_CLIENT, GENERIC);
        }
        verified.put(clientId, new Verified(client.secretHash(), digest));
        return client;
    }

    /** The client with this id in this pool, or {@code invalid_client}. */
    public AppClient publicOrConfidential(String poolId, String clientId) {
        return directory.client(clientId).filter(c -> c.poolId().equals(poolId))
                .orElseThrow(() -> new OAuthException(OAuthError.INVALID_CLIENT, GENERIC));
    }

    private static Mac newMemoMac() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is required by the Java platform", e);
        }
    }

    private byte[] memoDigest(String secret) {
        try {
            return ((Mac) memoMac.clone()).doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JDK's HMAC-SHA256 is cloneable", e);
        }
    }

    private record Verified(String secretHash, byte[] digest) {
    }
}
