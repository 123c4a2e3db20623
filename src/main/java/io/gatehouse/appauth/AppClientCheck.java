package io.gatehouse.appauth;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.ClientSecretStore;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolDirectory;
import io.gatehouse.userpool.UserPoolError;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Identifies the app client of an app-facing call and, for a client with a secret, checks
 * Cognito's SECRET_HASH: {@code base64(HMAC-SHA256(client secret, username + client id))},
 * compared in constant time.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash">Computing secret hash values</a>
 */
@ApplicationScoped
public class AppClientCheck {

    private static final int MAX_CLIENT_ID = 128;

    private final UserPoolDirectory directory;
    private final ClientSecretStore secrets;

    public AppClientCheck(UserPoolDirectory directory, ClientSecretStore secrets) {
        this.directory = directory;
        this.secrets = secrets;
    }

    /** A client and its pool for an app call; {@code poolId} (admin calls) must be the client's pool. */
    public Caller client(String poolId, String clientId) {
        if (clientId == null || clientId.isEmpty() || clientId.length() > MAX_CLIENT_ID) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "ClientId must be 1 to 128 characters");
        }
        AppClient client = directory.client(clientId).filter(c -> poolId == null || c.poolId().equals(poolId))
                .orElseThrow(() -> new GatehouseException(UserPoolError.RESOURCE_NOT_FOUND,
                        "User pool client " + clientId + " does not exist."));
        UserPool pool = directory.pool(client.poolId()).orElseThrow(() -> new GatehouseException(
                UserPoolError.RESOURCE_NOT_FOUND, "User pool client " + clientId + " does not exist."));
        return new Caller(pool, client);
    }

    /** Requires a valid SECRET_HASH for {@code username} when the client has a secret. */
    public void requireSecretHash(AppClient client, String username, String secretHash) {
        if (client.secretHash() == null) {
            return;
        }
        if (secretHash == null || secretHash.isEmpty()) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED,
                    "Client " + client.clientId() + " is configured for secret but secret was not received");
        }
        String secret = secrets.find(client.clientId()).orElseThrow(() -> unverifiable(client));
        byte[] expected = hmac(secret, (username == null ? "" : username) + client.clientId());
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(secretHash);
        } catch (IllegalArgumentException e) {
            throw unverifiable(client);
        }
        if (!MessageDigest.isEqual(expected, presented)) {
            throw unverifiable(client);
        }
    }

    private static GatehouseException unverifiable(AppClient client) {
        return new GatehouseException(UserPoolError.NOT_AUTHORIZED,
                "Unable to verify secret hash for client " + client.clientId());
    }

    private static byte[] hmac(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** The pool and client an app call is made through. */
    public record Caller(UserPool pool, AppClient client) {
    }
}
