package io.gatehouse.userpool;

import io.gatehouse.userpool.signin.srp.SrpVerifier;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of users' SRP verifiers. A verifier is derived from the password with one fast hash,
 * so it is as sensitive as a password: it is stored only encrypted under the master key.
 */
public interface SrpVerifierStore {

    Optional<SrpVerifier> find(UUID sub);

    void save(UUID sub, SrpVerifier verifier);

    /** Whether the user has a verifier, without opening it. */
    boolean exists(UUID sub);
}
