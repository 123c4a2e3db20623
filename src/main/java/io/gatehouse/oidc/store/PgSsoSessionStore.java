package io.gatehouse.oidc.store;

import io.gatehouse.oidc.SsoSession;
import io.gatehouse.oidc.SsoSessionStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.Optional;

@ApplicationScoped
class PgSsoSessionStore implements SsoSessionStore {

    @Override
    public void create(SsoSession s) {
        SsoSessionEntity e = new SsoSessionEntity();
        e.idHash = s.idHash();
        e.poolId = s.poolId();
        e.sub = s.sub();
        e.authTime = s.authTime();
        e.amr = s.amr();
        e.expiresAt = s.expiresAt();
        e.revokedAt = s.revokedAt();
        e.persist();
    }

    @Override
    public Optional<SsoSession> findActive(String idHash, Instant now) {
        return SsoSessionEntity.<SsoSessionEntity>findByIdOptional(idHash)
                .map(PgSsoSessionStore::toRecord)
                .filter(s -> s.activeAt(now));
    }

    @Override
    public int revokeAllOf(UUID sub, Instant now) {
        return SsoSessionEntity.update("revokedAt = ?1 where sub = ?2 and revokedAt is null and expiresAt > ?1", now, sub);
    }

    @Override
    public boolean revoke(String idHash, Instant now) {
        return SsoSessionEntity.update("revokedAt = ?1 where idHash = ?2 and revokedAt is null and expiresAt > ?1",
                now, idHash) > 0;
    }

    @Override
    public int deleteExpired(Instant before) {
        return (int) SsoSessionEntity.delete("expiresAt < ?1", before);
    }

    private static SsoSession toRecord(SsoSessionEntity e) {
        return new SsoSession(e.idHash, e.poolId, e.sub, e.authTime, e.amr, e.expiresAt, e.revokedAt);
    }
}
