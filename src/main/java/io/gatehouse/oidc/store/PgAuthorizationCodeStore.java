package io.gatehouse.oidc.store;

import io.gatehouse.oidc.AuthorizationCode;
import io.gatehouse.oidc.AuthorizationCodeStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
class PgAuthorizationCodeStore implements AuthorizationCodeStore {

    @Override
    public void save(AuthorizationCode c) {
        AuthorizationCodeEntity e = new AuthorizationCodeEntity();
        e.codeHash = c.codeHash();
        e.poolId = c.poolId();
        e.clientId = c.clientId();
        e.sub = c.sub();
        e.redirectUri = c.redirectUri();
        e.scope = c.scope();
        e.nonce = c.nonce();
        e.codeChallenge = c.codeChallenge();
        e.authTime = c.authTime();
        e.amr = c.amr();
        e.expiresAt = c.expiresAt();
        e.persist();
    }

    @Override
    public Consumed consume(String codeHash, Instant now, String familyId) {
        int updated = AuthorizationCodeEntity.update(
                "consumedAt = ?1, familyId = ?3 where codeHash = ?2 and consumedAt is null", now, codeHash, familyId);
        AuthorizationCodeEntity e = AuthorizationCodeEntity.findById(codeHash);
        if (e == null) {
            return new Consumed.Unknown();
        }
        AuthorizationCode code = toRecord(e);
        return updated == 1 ? new Consumed.Fresh(code) : new Consumed.Replayed(code);
    }

    @Override
    public int deleteExpired(Instant before) {
        return (int) AuthorizationCodeEntity.delete("expiresAt < ?1", before);
    }

    private static AuthorizationCode toRecord(AuthorizationCodeEntity e) {
        return new AuthorizationCode(e.codeHash, e.poolId, e.clientId, e.sub, e.redirectUri, e.scope, e.nonce,
                e.codeChallenge, e.authTime, e.amr, e.expiresAt, e.familyId);
    }
}
