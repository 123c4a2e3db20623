package io.gatehouse.auth.sigv4;

import java.util.Optional;

/**
 * Finds the secret access key of an access key id. Returns empty for an unknown, deleted or
 * inactive key, so the verifier answers {@code InvalidClientTokenId} without telling which.
 * Implementations must not log the secret they return.
 */
@FunctionalInterface
public interface SecretLookup {

    Optional<String> secretFor(String accessKeyId);
}
