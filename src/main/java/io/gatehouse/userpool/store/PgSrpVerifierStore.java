package io.gatehouse.userpool.store;

import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.userpool.SrpVerifierStore;
import io.gatehouse.userpool.signin.srp.SrpVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PgSrpVerifierStore implements SrpVerifierStore {

    private final EntityManager em;
    private final EnvelopeCipher cipher;
    private final Clock clock;

    PgSrpVerifierStore(EntityManager em, EnvelopeCipher cipher, Clock clock) {
        this.em = em;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public Optional<SrpVerifier> find(UUID sub) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("SELECT verifier_enc FROM user_srp_verifier WHERE sub = ?1")
                .setParameter(1, sub).getResultList();
        return rows.stream().findFirst().map(sealed -> SrpVerifier.parse(cipher.openString(sealed, context(sub))));
    }

    @Override
    public boolean exists(UUID sub) {
        return !em.createNativeQuery("SELECT 1 FROM user_srp_verifier WHERE sub = ?1").setParameter(1, sub)
                .getResultList().isEmpty();
    }

    @Override
    public void save(UUID sub, SrpVerifier verifier) {
        em.createNativeQuery("""
                INSERT INTO user_srp_verifier (sub, verifier_enc, updated_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (sub) DO UPDATE SET verifier_enc = EXCLUDED.verifier_enc, updated_at = EXCLUDED.updated_at""")
                .setParameter(1, sub).setParameter(2, cipher.seal(verifier.toText(), context(sub)))
                .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate();
    }

    /** Binds each ciphertext to its user: a verifier copied to another row does not decrypt. */
    private static String context(UUID sub) {
        return "user_srp_verifier:" + sub;
    }
}
