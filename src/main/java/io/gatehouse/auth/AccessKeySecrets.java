package io.gatehouse.auth;

import io.gatehouse.account.AccessKeyLookup;
import io.gatehouse.account.AccessKeySecret;
import io.gatehouse.auth.sigv4.SecretLookup;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * Feeds the verifier the secret of an access key and remembers the key it found, so the
 * {@link Caller} is built without a second lookup. With temporary credentials the secret comes
 * from the request's opened session token, and only for the access key that token belongs to.
 * One instance per request; not thread-safe.
 */
final class AccessKeySecrets implements SecretLookup {

    private final AccessKeyLookup accessKeys;
    private final OpenedSession session;
    private AccessKeySecret found;

    AccessKeySecrets(AccessKeyLookup accessKeys) {
        this(accessKeys, null);
    }

    /** Secrets for a request signed with the temporary credentials of {@code session} (null: long-term keys). */
    AccessKeySecrets(AccessKeyLookup accessKeys, OpenedSession session) {
        this.accessKeys = Objects.requireNonNull(accessKeys, "accessKeys");
        this.session = session;
    }

    @Override
    public Optional<String> secretFor(String accessKeyId) {
        if (session != null) {
            return MessageDigest.isEqual(bytes(accessKeyId), bytes(session.accessKeyId()))
                    ? Optional.of(session.secretAccessKey()) : Optional.empty();
        }
        Optional<AccessKeySecret> key = accessKeys.find(accessKeyId);
        found = key.orElse(null);
        return key.map(AccessKeySecret::secretAccessKey);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** The long-term key whose secret was handed out, if any. */
    Optional<AccessKeySecret> found() {
        return Optional.ofNullable(found);
    }
}
