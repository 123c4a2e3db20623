package io.gatehouse.userpool;

import java.util.Optional;

/**
 * The readable copy of confidential clients' secrets, for checking Cognito's SECRET_HASH (an
 * HMAC keyed by the secret). Stored only encrypted under the master key.
 */
public interface ClientSecretStore {

    void save(String clientId, String secret);

    Optional<String> find(String clientId);
}
