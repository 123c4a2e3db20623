package io.gatehouse.auth;

import io.gatehouse.account.AccessKeyLookup;
import io.gatehouse.account.AccessKeySecret;
import io.gatehouse.auth.sigv4.SecretLookup;
import java.util.Objects;
import java.util.Optional;

/**
 * Feeds the verifier the secret of an access key and remembers the key it found, so the
 * {@link Caller} is built without a second lookup. One instance per request; not thread-safe.
 */
final class AccessKeySecrets implements SecretLookup {

    private final AccessKeyLookup accessKeys;
    private AccessKeySecret found;

    AccessKeySecrets(AccessKeyLookup accessKeys) {
        this.accessKeys = Objects.requireNonNull(accessKeys, "accessKeys");
    }

    @Override
    public Optional<String> secretFor(String accessKeyId) {
        Optional<AccessKeySecret> key = accessKeys.find(accessKeyId);
        found = key.orElse(null);
        return key.map(AccessKeySecret::secretAccessKey);
    }

    /** The key whose secret was handed out, if any. */
    Optional<AccessKeySecret> found() {
        return Optional.ofNullable(found);
    }
}
