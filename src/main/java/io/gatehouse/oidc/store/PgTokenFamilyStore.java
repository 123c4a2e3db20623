package io.gatehouse.oidc.store;

import io.gatehouse.oidc.FamilyRevocationCheck;
import io.gatehouse.oidc.TokenFamily;
import io.gatehouse.oidc.TokenFamilyStore;
import io.gatehouse.platform.ClusterEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Every revocation publishes the family on {@link FamilyRevocationCheck#TOPIC} in its own
 * transaction, so no node keeps answering from memory that a revoked family is active.
 */
@ApplicationScoped
class PgTokenFamilyStore implements TokenFamilyStore {

    /** The family columns as {@link #family} reads them; {@code amr} as a text array. */
    private static final String FAMILY_COLUMNS = """
            f.id, f.pool_id, f.client_id, f.sub, f.scope, f.auth_time,
            ARRAY(SELECT jsonb_array_elements_text(f.amr)) AS amr, f.created_at, f.expires_at, f.revoked_at""";

    /** Spends the token if unrotated, of this client and of an active family; inserts the successor for it. */
    private static final String SPEND = """
            WITH spent AS (
                UPDATE refresh_token r SET rotated_at = ?
                FROM token_family f
                WHERE r.token_hash = ? AND r.rotated_at IS NULL AND f.id = r.family_id
                  AND f.client_id = ? AND f.revoked_at IS NULL AND f.expires_at > ?
                RETURNING f.*
            ), successor AS (
                INSERT INTO refresh_token(token_hash, family_id, created_at) SELECT ?, id, ? FROM spent
            )
            SELECT %s FROM spent f""".formatted(FAMILY_COLUMNS);

    /** A refresh token's family and whether the token is rotated; no row for an unknown token. */
    private static final String BY_TOKEN = """
            SELECT %s, r.rotated_at IS NOT NULL AS rotated
            FROM refresh_token r JOIN token_family f ON f.id = r.family_id WHERE r.token_hash = ?""".formatted(FAMILY_COLUMNS);

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

    /**
     * The common case is one statement (one round trip): the conditional {@code UPDATE} spends the
     * token and returns its family, and the successor is inserted for the returned row only. A
     * concurrent exchange of the same token waits for the row lock and then finds it rotated.
     * Only when no row was spent does a second read tell a replay from a refusal.
     */
    @Override
    public Exchange exchange(String tokenHash, String clientId, String successorHash, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement spend = connection.prepareStatement(SPEND)) {
                spend.setObject(1, at);
                spend.setString(2, tokenHash);
                spend.setString(3, clientId);
                spend.setObject(4, at);
                spend.setString(5, successorHash);
                spend.setObject(6, at);
                try (ResultSet row = spend.executeQuery()) {
                    if (row.next()) {
                        return new Exchange.Exchanged(family(row));
                    }
                }
            }
            return unspent(connection, tokenHash, clientId);
        });
    }

    private static Exchange unspent(Connection connection, String tokenHash, String clientId) throws SQLException {
        try (PreparedStatement read = byToken(connection, tokenHash); ResultSet row = read.executeQuery()) {
            if (row.next() && row.getBoolean("rotated") && row.getString("client_id").equals(clientId)) {
                return new Exchange.Reused(family(row));
            }
            return new Exchange.Refused();
        }
    }

    private static PreparedStatement byToken(Connection connection, String tokenHash) throws SQLException {
        PreparedStatement read = connection.prepareStatement(BY_TOKEN);
        read.setString(1, tokenHash);
        return read;
    }

    private static TokenFamily family(ResultSet row) throws SQLException {
        return new TokenFamily(row.getString("id"), row.getString("pool_id"), row.getString("client_id"),
                row.getObject("sub", UUID.class), row.getString("scope"), instant(row, "auth_time"),
                List.of((String[]) row.getArray("amr").getArray()), instant(row, "created_at"),
                instant(row, "expires_at"), instant(row, "revoked_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public Optional<TokenFamily> findByRefreshToken(String tokenHash) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement read = byToken(connection, tokenHash); ResultSet row = read.executeQuery()) {
                return row.next() ? Optional.of(family(row)) : Optional.empty();
            }
        });
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
