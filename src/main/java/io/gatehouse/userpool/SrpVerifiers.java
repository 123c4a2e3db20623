package io.gatehouse.userpool;

import io.gatehouse.userpool.signin.srp.SrpVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each user's SRP verifier in step with the password. Cognito's SRP mixes the pool name
 * and the username into the password hash, so a verifier is made whenever a password is set,
 * after the user's username is final, next to the Argon2id hash that password sign-in uses.
 */
@ApplicationScoped
public class SrpVerifiers {

    private final SrpVerifierStore store;
    private final SecureRandom random = new SecureRandom();

    public SrpVerifiers(SrpVerifierStore store) {
        this.store = store;
    }

    /** Stores the verifier of {@code password} for a user whose row exists. */
    public void store(PoolUser user, String password) {
        store.save(user.sub(), SrpVerifier.create(srpPoolName(user.poolId()), user.username(), password, random));
    }

    /** Whether the user has a verifier; cheap (nothing is decrypted), for the password sign-in path. */
    public boolean exists(UUID sub) {
        return store.exists(sub);
    }

    public Optional<SrpVerifier> find(UUID sub) {
        return store.find(sub);
    }

    /** The part of the pool id after the region, which Cognito's SRP uses as the pool name. */
    public static String srpPoolName(String poolId) {
        return poolId.substring(poolId.indexOf('_') + 1);
    }
}
