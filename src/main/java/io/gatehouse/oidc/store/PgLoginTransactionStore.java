package io.gatehouse.oidc.store;

import io.gatehouse.oidc.LoginTransaction;
import io.gatehouse.oidc.LoginTransactionStore;
import io.gatehouse.oidc.message.AuthorizationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class PgLoginTransactionStore implements LoginTransactionStore {

    @Override
    public void create(LoginTransaction t) {
        LoginTransactionEntity e = new LoginTransactionEntity();
        e.idHash = t.idHash();
        e.poolId = t.poolId();
        e.request = t.request().toParameters();
        e.csrfHash = t.csrfHash();
        e.expiresAt = t.expiresAt();
        e.persist();
    }

    @Override
    public Optional<LoginTransaction> find(String idHash, Instant now) {
        return LoginTransactionEntity.<LoginTransactionEntity>findByIdOptional(idHash)
                .filter(e -> now.isBefore(e.expiresAt))
                .map(PgLoginTransactionStore::toRecord);
    }

    /** One DELETE statement: PostgreSQL's row lock lets exactly one concurrent caller see a count of 1. */
    @Override
    public boolean consume(String idHash, Instant now) {
        return LoginTransactionEntity.delete("idHash = ?1 and expiresAt > ?2", idHash, now) == 1;
    }

    @Override
    public int deleteExpired(Instant before) {
        return (int) LoginTransactionEntity.delete("expiresAt < ?1", before);
    }

    private static LoginTransaction toRecord(LoginTransactionEntity e) {
        return new LoginTransaction(e.idHash, e.poolId, AuthorizationRequest.parse(e.request), e.csrfHash, e.expiresAt);
    }
}
