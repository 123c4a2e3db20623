package io.gatehouse.oidc.store;

import io.gatehouse.oidc.TokenFamily;
import io.gatehouse.oidc.TokenFamilyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PgTokenFamilyStore implements TokenFamilyStore {

    private final EntityManager em;

    PgTokenFamilyStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void create(TokenFamily f) {
        TokenFamilyEntity e = new TokenFamilyEntity();
        e.id = f.id();
        e.poolId = f.poolId();
        e.clientId = f.clientId();
        e.sub = f.sub();
        e.scope = f.scope();
        e.authTime = f.authTime();
        e.amr = f.amr();
        e.createdAt = f.createdAt();
        e.expiresAt = f.expiresAt();
        e.persist();
    }

    @Override
    public Optional<TokenFamily> find(String familyId) {
        return TokenFamilyEntity.<TokenFamilyEntity>findByIdOptional(familyId).map(PgTokenFamilyStore::toRecord);
    }

    @Override
    public void addRefreshToken(String tokenHash, String familyId, Instant now) {
        em.createNativeQuery("INSERT INTO refresh_token(token_hash, family_id, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, tokenHash).setParameter(2, familyId).setParameter(3, now).executeUpdate();
    }

    @Override
    public Rotation rotate(String tokenHash, Instant now) {
        @SuppressWarnings("unchecked")
        List<String> rotated = em.createNativeQuery(
                        "UPDATE refresh_token SET rotated_at = ?1 WHERE token_hash = ?2 AND rotated_at IS NULL RETURNING family_id")
                .setParameter(1, now).setParameter(2, tokenHash).getResultList();
        if (!rotated.isEmpty()) {
            return find(rotated.get(0)).<Rotation>map(Rotation.Rotated::new).orElseGet(Rotation.Unknown::new);
        }
        return findByRefreshToken(tokenHash).<Rotation>map(Rotation.Reused::new).orElseGet(Rotation.Unknown::new);
    }

    @Override
    public Optional<TokenFamily> findByRefreshToken(String tokenHash) {
        @SuppressWarnings("unchecked")
        List<String> family = em.createNativeQuery("SELECT family_id FROM refresh_token WHERE token_hash = ?1")
                .setParameter(1, tokenHash).getResultList();
        return family.isEmpty() ? Optional.empty() : find(family.get(0));
    }

    @Override
    public boolean isRotated(String tokenHash) {
        @SuppressWarnings("unchecked")
        List<Object> rotated = em.createNativeQuery("SELECT rotated_at FROM refresh_token WHERE token_hash = ?1")
                .setParameter(1, tokenHash).getResultList();
        return rotated.isEmpty() || rotated.get(0) != null;
    }

    @Override
    public boolean revoke(String familyId, Instant now) {
        return TokenFamilyEntity.update("revokedAt = ?1 where id = ?2 and revokedAt is null", now, familyId) > 0;
    }

    @Override
    public boolean isRevoked(String familyId) {
        return find(familyId).map(f -> f.revokedAt() != null).orElse(true);
    }

    @Override
    public int deleteExpired(Instant before) {
        return (int) TokenFamilyEntity.delete("expiresAt < ?1", before);
    }

    private static TokenFamily toRecord(TokenFamilyEntity e) {
        return new TokenFamily(e.id, e.poolId, e.clientId, e.sub, e.scope, e.authTime, e.amr, e.createdAt,
                e.expiresAt, e.revokedAt);
    }
}
