package io.gatehouse.userpool.store;

import io.gatehouse.userpool.signin.AuthSession;
import io.gatehouse.userpool.signin.AuthSessionStore;
import io.gatehouse.userpool.signin.ChallengeName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class PgAuthSessionStore implements AuthSessionStore {

    @Override
    public void insert(AuthSession session) {
        AuthSessionEntity e = new AuthSessionEntity();
        e.idHash = session.idHash();
        e.poolId = session.poolId();
        e.clientId = session.clientId();
        e.sub = session.sub();
        e.challenge = session.challenge().name();
        e.state = session.state();
        e.expiresAt = session.expiresAt();
        e.persist();
    }

    /** A pessimistic delete-then-check: the row lock makes concurrent takes of one session see it once. */
    @Override
    public Optional<AuthSession> take(String idHash, Instant now) {
        Optional<AuthSessionEntity> found = AuthSessionEntity.<AuthSessionEntity>find("idHash", idHash)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        found.ifPresent(AuthSessionEntity::delete);
        return found.filter(e -> now.isBefore(e.expiresAt)).map(e -> new AuthSession(e.idHash, e.poolId, e.clientId,
                e.sub, ChallengeName.valueOf(e.challenge), e.state, e.expiresAt));
    }

    @Override
    public int deleteExpired(Instant now) {
        return (int) AuthSessionEntity.delete("expiresAt <= ?1", now);
    }
}
