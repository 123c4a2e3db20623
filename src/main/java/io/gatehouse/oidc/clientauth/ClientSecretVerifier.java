package io.gatehouse.oidc.clientauth;

import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.UserPoolDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a pool's confidential client and checks its secret against the stored Argon2id hash.
 * A successful check is remembered on this node as (stored hash, SHA-256 of the secret), so
 * the hot client_credentials path pays Argon2 once per secret, not once per request; a new
 * secret changes the stored hash and so misses the memo. Failures are never memoized.
 */
@ApplicationScoped
public class ClientSecretVerifier {

    private static final String GENERIC = "Client authentication failed";

    private final UserPoolDirectory directory;
    private final PasswordHasher hasher;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public ClientSecretVerifier(UserPoolDirectory directory, PasswordHasher hasher) {
        this.directory = directory;
        this.hasher = hasher;
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
        if (!hasher.verify(secret, client.secretHash())) {
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
