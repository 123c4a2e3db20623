package io.gatehouse.oidc;

import java.time.Instant;

/**
 * Storage of authorization codes. A code is single use: {@link #consume} marks it used
 * atomically, so of two concurrent redemptions exactly one gets {@link Consumed.Fresh}. A second
 * redemption gets {@link Consumed.Replayed} with the original grant, so the caller can revoke the
 * tokens issued from it (RFC 6749 §4.1.2: "the authorization server SHOULD revoke … all tokens
 * previously issued based on that authorization code").
 */
public interface AuthorizationCodeStore {

    void save(AuthorizationCode code);

    Consumed consume(String codeHash, Instant now);

    /** Records the token family issued from a code, for revocation on replay. */
    void attachFamily(String codeHash, String familyId);

    int deleteExpired(Instant before);

    sealed interface Consumed {
        record Fresh(AuthorizationCode code) implements Consumed {
        }

        record Replayed(AuthorizationCode code) implements Consumed {
        }

        record Unknown() implements Consumed {
        }
    }
}
