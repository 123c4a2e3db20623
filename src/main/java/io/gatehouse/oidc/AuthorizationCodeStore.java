package io.gatehouse.oidc;

import java.time.Instant;

/**
 * Storage of authorization codes. A code is single use: {@link #consume} marks it used and
 * records the id of the token family its tokens will belong to, atomically, so of two concurrent
 * redemptions exactly one gets {@link Consumed.Fresh}. A later redemption gets
 * {@link Consumed.Replayed} carrying that family id, so the caller can revoke the tokens issued
 * from it even while the first redemption is still in flight (RFC 6749 §4.1.2: "the
 * authorization server SHOULD revoke … all tokens previously issued based on that authorization code").
 */
public interface AuthorizationCodeStore {

    void save(AuthorizationCode code);

    Consumed consume(String codeHash, Instant now, String familyId);

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
