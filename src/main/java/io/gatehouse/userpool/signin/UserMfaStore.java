package io.gatehouse.userpool.signin;

import java.util.Optional;
import java.util.UUID;

/** Storage of users' second factors. The TOTP secret is stored only encrypted under the master key. */
public interface UserMfaStore {

    Optional<UserMfa> find(UUID sub);

    void save(UserMfa mfa);
}
