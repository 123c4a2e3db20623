package io.gatehouse.oidc.clientauth;

import io.gatehouse.audit.RequestOrigin;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.UserPoolDirectory;
import io.gatehouse.userpool.signin.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a pool's confidential client and checks its secret against the stored Argon2id hash.
 * A successful check is remembered on this node as (stored hash, SHA-256 of the secret), so
 * the hot client_credentials path pays Argon2 once per secret, not once per request; a new
 * secret changes the stored hash and so misses the memo. Failures are never memoized; they are
 * throttled per client and source IP with the sign-in back-off, checked only when the memo
 * misses, so guessing is slowed while a client that knows its secret never touches the database.
 */
@ApplicationScoped
public class ClientSecretVerifier {

    private static final String GENERIC = "Client authentication failed";

    private final UserPoolDirectory directory;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final RequestOrigin origin;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

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
        byte[] digest = SecretDigest.sha256(secret.getBytes(StandardCharsets.UTF_8));
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

    private record Verified(String secretHash, byte[] digest) {
    }
}
