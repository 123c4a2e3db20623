package io.gatehouse.userpool.store;

import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.userpool.ClientSecretStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PgClientSecretStore implements ClientSecretStore {

    private final EntityManager em;
    private final EnvelopeCipher cipher;

    PgClientSecretStore(EntityManager em, EnvelopeCipher cipher) {
        this.em = em;
        this.cipher = cipher;
    }

    @Override
    public void save(String clientId, String secret) {
        em.flush();
        em.createNativeQuery("UPDATE app_client SET secret_enc = ?2 WHERE client_id = ?1")
                .setParameter(1, clientId).setParameter(2, cipher.seal(secret, context(clientId))).executeUpdate();
    }

    @Override
    public Optional<String> find(String clientId) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("SELECT secret_enc FROM app_client WHERE client_id = ?1 AND secret_enc IS NOT NULL")
                .setParameter(1, clientId).getResultList();
        return rows.stream().findFirst().map(sealed -> cipher.openString(sealed, context(clientId)));
    }

    private static String context(String clientId) {
        return "app_client.secret:" + clientId;
    }
}
