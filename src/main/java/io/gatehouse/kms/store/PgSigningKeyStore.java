package io.gatehouse.kms.store;

import io.gatehouse.kms.SigningKey;
import io.gatehouse.kms.SigningKeyStore;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class PgSigningKeyStore implements SigningKeyStore {

    private final EntityManager em;

    PgSigningKeyStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void insert(SigningKey key, byte[] sealedPrivateKey) {
        SigningKeyEntity e = new SigningKeyEntity();
        e.kid = key.kid();
        e.poolId = key.poolId();
        e.algorithm = key.algorithm();
        e.publicJwk = key.publicJwk();
        e.privateSealed = sealedPrivateKey;
        e.createdAt = key.createdAt();
        e.signsFrom = key.signsFrom();
        e.persist();
    }

    @Override
    public List<SigningKey> published(String poolId, Instant now) {
        return SigningKeyEntity.<SigningKeyEntity>find("poolId = ?1 and (publishUntil is null or publishUntil > ?2)",
                        Sort.by("signsFrom").and("kid"), poolId, now)
                .list().stream().map(PgSigningKeyStore::toRecord).toList();
    }

    @Override
    public byte[] sealedPrivateKey(String kid) {
        SigningKeyEntity e = SigningKeyEntity.findById(kid);
        return e == null ? null : e.privateSealed;
    }

    @Override
    public void retireOlder(String poolId, Instant successorSignsFrom, Instant publishUntil) {
        SigningKeyEntity.update("retiredAt = ?1, publishUntil = ?2 where poolId = ?3 and signsFrom < ?1 and retiredAt is null",
                successorSignsFrom, publishUntil, poolId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> poolsWithKeysOlderThan(Instant cutoff) {
        return em.createNativeQuery("SELECT pool_id FROM signing_key GROUP BY pool_id HAVING max(created_at) < ?1")
                .setParameter(1, cutoff).getResultList();
    }

    @Override
    public int deleteUnpublished(Instant now) {
        return (int) SigningKeyEntity.delete("publishUntil is not null and publishUntil <= ?1", now);
    }

    private static SigningKey toRecord(SigningKeyEntity e) {
        return new SigningKey(e.kid, e.poolId, e.algorithm, e.publicJwk, e.createdAt, e.signsFrom, e.retiredAt, e.publishUntil);
    }
}
