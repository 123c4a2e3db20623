package io.gatehouse.userpool.store;

import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.userpool.MfaType;
import io.gatehouse.userpool.signin.UserMfa;
import io.gatehouse.userpool.signin.UserMfaStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

@ApplicationScoped
class PgUserMfaStore implements UserMfaStore {

    private final EntityManager em;
    private final EnvelopeCipher cipher;
    private final Clock clock;

    PgUserMfaStore(EntityManager em, EnvelopeCipher cipher, Clock clock) {
        this.em = em;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public Optional<UserMfa> find(UUID sub) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT totp_secret_enc, totp_verified, totp_last_step, totp_enabled,"
                + " email_enabled, preferred FROM user_mfa WHERE sub = ?1").setParameter(1, sub).getResultList();
        return rows.stream().findFirst().map(r -> new UserMfa(sub,
                r[0] == null ? null : cipher.open((byte[]) r[0], context(sub)), (Boolean) r[1],
                ((Number) r[2]).longValue(), (Boolean) r[3], (Boolean) r[4],
                r[5] == null ? null : MfaType.valueOf((String) r[5])));
    }

    @Override
    public void save(UserMfa mfa) {
        em.createNativeQuery("""
                INSERT INTO user_mfa (sub, totp_secret_enc, totp_verified, totp_last_step, totp_enabled, email_enabled,
                                      preferred, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                ON CONFLICT (sub) DO UPDATE SET totp_secret_enc = EXCLUDED.totp_secret_enc,
                    totp_verified = EXCLUDED.totp_verified, totp_last_step = EXCLUDED.totp_last_step,
                    totp_enabled = EXCLUDED.totp_enabled, email_enabled = EXCLUDED.email_enabled,
                    preferred = EXCLUDED.preferred, updated_at = EXCLUDED.updated_at""")
                .setParameter(1, mfa.sub())
                .setParameter(2, new TypedParameterValue<>(StandardBasicTypes.BINARY,
                        mfa.totpSecret() == null ? null : cipher.seal(mfa.totpSecret(), context(mfa.sub()))))
                .setParameter(3, mfa.totpVerified()).setParameter(4, mfa.totpLastStep())
                .setParameter(5, mfa.totpEnabled()).setParameter(6, mfa.emailEnabled())
                .setParameter(7, new TypedParameterValue<>(StandardBasicTypes.STRING,
                        mfa.preferred() == null ? null : mfa.preferred().name()))
                .setParameter(8, java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Binds each ciphertext to its user: a secret copied to another row does not decrypt. */
    private static String context(UUID sub) {
        return "user_mfa.totp:" + sub;
    }
}
