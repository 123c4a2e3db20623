package io.gatehouse.oidc.store;

import io.gatehouse.oidc.FamilyRevocationCheck;
import io.gatehouse.oidc.TokenFamily;
import io.gatehouse.oidc.TokenFamilyStore;
import io.gatehouse.platform.ClusterEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every revocation publishes the family on {@link FamilyRevocationCheck#TOPIC} in its own
 * transaction, so no node keeps answering from memory that a revoked family is active.
 */
@ApplicationScoped
class PgTokenFamilyStore implements TokenFamilyStore {

    private final EntityManager em;
    private final ClusterEvents events;

    PgTokenFamilyStore(EntityManager em, ClusterEvents events) {
        this.em = em;
        this.events = events;
    }

    @Override
    public boolean create(TokenFamily f) {
        return insert(f, "ON CONFLICT (id) DO NOTHING") == 1;
    }

    @Override
    public void revokeOrTombstone(TokenFamily f, Instant now) {
        insert(f.revokedAt() == null ? withRevocation(f, now) : f,
                "ON CONFLICT (id) DO UPDATE SET revoked_at = COALESCE(token_family.revoked_at, EXCLUDED.revoked_at)");
        events.publish(FamilyRevocationCheck.TOPIC, f.id());
    }

    private int insert(TokenFamily f, String onConflict) {
        return em.createNativeQuery("""
                INSERT INTO token_family(id, pool_id, client_id, sub, scope, auth_time, amr, created_at, expires_at, revoked_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb), ?8, ?9, CAST(?10 AS timestamptz)) """ + onConflict)
                .setParameter(1, f.id()).setParameter(2, f.poolId()).setParameter(3, f.clientId())
                .setParameter(4, f.sub()).setParameter(5, f.scope()).setParameter(6, f.authTime())
                .setParameter(7, toJson(f.amr())).setParameter(8, f.createdAt()).setParameter(9, f.expiresAt())
                .setParameter(10, f.revokedAt() == null ? null : f.revokedAt().toString())
                .executeUpdate();
    }

    private static TokenFamily withRevocation(TokenFamily f, Instant now) {
        return new TokenFamily(f.id(), f.poolId(), f.clientId(), f.sub(), f.scope(), f.authTime(), f.amr(),
                f.createdAt(), f.expiresAt(), now);
    }

    /** amr values are fixed method names ({@code pwd}, {@code mfa}…), never user input, so plain quoting is exact. */
    private static String toJson(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
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

    /**
     * One round trip, and the family is loaded as a managed entity, so the refresh grant's
     * {@link #rotate} finds it again in the persistence context without another query.
     */
    @Override
    public Optional<TokenFamily> findByRefreshToken(String tokenHash) {
        @SuppressWarnings("unchecked")
        List<TokenFamilyEntity> family = em.createNativeQuery("""
                        SELECT f.* FROM token_family f JOIN refresh_token r ON r.family_id = f.id
                        WHERE r.token_hash = ?1""", TokenFamilyEntity.class)
                .setParameter(1, tokenHash).getResultList();
        return family.stream().findFirst().map(PgTokenFamilyStore::toRecord);
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
        boolean revoked = TokenFamilyEntity.update("revokedAt = ?1 where id = ?2 and revokedAt is null", now, familyId) > 0;
        if (revoked) {
            events.publish(FamilyRevocationCheck.TOPIC, familyId);
        }
        return revoked;
    }

    @Override
    public int revokeAllOf(UUID sub, Instant now) {
        int revoked = TokenFamilyEntity.update("revokedAt = ?1 where sub = ?2 and revokedAt is null", now, sub);
        if (revoked > 0) {
            events.publish(FamilyRevocationCheck.TOPIC, ClusterEvents.ALL);
        }
        return revoked;
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
